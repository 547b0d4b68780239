"""Checks on the centres (the book's and the clinic's) and on the clinic's own details.

A phone number a family cannot dial, or a centre whose position falls off the map, fails
silently on screen: the number is printed as typed, the place is simply not drawn. Each
check here names the file and line to change; the clinic's files are marked as theirs.
"""

from __future__ import annotations

import re
from pathlib import Path

from edu_app.check.chapter_rules import Findings
from edu_app.content.model import LANGS, Book, Centre
from edu_app.render.centres_map import BOUNDS, inside_map

PHONE_RE = re.compile(r"^\+?[0-9(][0-9 .()/-]*[0-9]$")


def looks_like_phone(number: str) -> bool:
    """Digits with the usual separators: a short number (15, 112, 3114) or 8 to 15 digits
    ("02 47 00 00 01", "+33 2 47 00 00 01")."""
    if not PHONE_RE.match(number.strip()):
        return False
    digits = sum(c.isdigit() for c in number)
    return 2 <= digits <= 4 or 8 <= digits <= 15


def _key_line(path: Path, start: int, key: str) -> int:
    """The line of `key = ...` in the table starting at `start` (or `start` itself)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").split("\n")
    except (OSError, UnicodeDecodeError):
        return start
    for number in range(start, len(lines)):
        line = lines[number]
        if number > start and re.match(r"\s*\[(?!\s*[A-Za-z0-9_-]+\.)", line):
            break  # the next centre's table
        if re.match(rf"\s*{key}\s*=", line):
            return number + 1
    return start


def _centre_file(book: Book, centre: Centre) -> Path:
    if centre.layer == "clinic" and book.clinic is not None:
        return book.clinic.root / "centres.toml"
    return book.root / "centres.toml"


def check_centres(book: Book, out: Findings) -> None:
    """Phones that look like phones, places inside the map, descriptions in both languages."""
    west, south, east, north = BOUNDS
    for centre in book.centres.values():
        path = _centre_file(book, centre)
        if centre.phone and not looks_like_phone(centre.phone):
            out.add(path, _key_line(path, centre.line, "phone"), "error", "bad-phone",
                    f"Centre '{centre.id}': '{centre.phone}' does not look like a phone "
                    "number (digits, spaces, dots or hyphens, and + before a country code).")
        if centre.lat is not None and centre.lon is not None \
                and not inside_map(centre.lat, centre.lon):
            out.add(path, _key_line(path, centre.line, "lat"), "error", "outside-map",
                    f"Centre '{centre.id}' (lat {centre.lat:g}, lon {centre.lon:g}) is outside "
                    f"the map of France (lat {south:g} to {north:g}, lon {west:g} to {east:g}):"
                    " it is listed but not drawn. Check the numbers (lat first, then lon).")
        for lang in LANGS:
            if not centre.description.get(lang, "").strip():
                out.add(path, centre.line, "error", "missing-translation",
                        f"Centre '{centre.id}' has no '{lang}' description.")


def check_clinic(book: Book, out: Findings) -> None:
    """The clinic's phone numbers (the loader has checked the rest of clinic.toml)."""
    clinic = book.clinic
    if clinic is None:
        return
    path = clinic.root / "clinic.toml"
    for phone in clinic.phones:
        if not looks_like_phone(phone.number):
            out.add(path, phone.line, "error", "bad-phone",
                    f"'{phone.number}' does not look like a phone number (digits, spaces, "
                    "dots or hyphens, and + before a country code).")
