"""Checks on book.toml's value types, which the loader quietly replaces with defaults.

The loader must keep the app running, so `chapters = "intro"` simply gives an empty reading
order. An author needs to hear why the book looks empty: this names the key and its line.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib

from edu_app.check.chapter_rules import Findings
from edu_app.content.model import LANGS, Book
from edu_app.content.reading import MAX_CHAPTER_BYTES, read_regular


def _line_of(text: str, key: str) -> int:
    m = re.search(rf"^[ \t]*(\[{re.escape(key)}\]|{re.escape(key)}[ \t]*=)", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 0


def check_book_toml(book: Book, out: Findings) -> None:
    """Wrong types in book.toml, at their line. Syntax errors are the loader's."""
    path = book.root / "book.toml"
    try:
        text = read_regular(path, MAX_CHAPTER_BYTES).decode("utf-8-sig").replace("\r\n", "\n")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return  # the loader has reported it

    def bad(key: str, what: str) -> None:
        out.add(path, _line_of(text, key), "error", "toml-type", f"'{key}' must be {what}.")

    if "version" in data and not isinstance(data["version"], str):
        bad("version", 'text in quotes, such as "1.0"')
    if "reviewed" in data and not isinstance(data["reviewed"], dt.date):
        bad("reviewed", "a date without quotes, such as 2026-11-23")
    chapters = data.get("chapters")
    if chapters is None:
        out.add(path, 0, "error", "toml-type", "'chapters' is missing: list the chapter ids "
                "in reading order.")
    elif not isinstance(chapters, list) or not all(isinstance(c, str) for c in chapters):
        bad("chapters", 'a list of chapter ids, such as ["intro", "car-t"]')
    for key in ("title", "subtitle"):
        value = data.get(key)
        if value is None and key == "title":
            out.add(path, 0, "error", "toml-type", "The book has no [title] table.")
        elif value is not None and (
            not isinstance(value, dict) or not all(isinstance(value.get(x), str) for x in LANGS)
        ):
            bad(key, f"a table [{key}] with en = \"...\" and fr = \"...\"")
