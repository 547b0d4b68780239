"""The clinic's own layer: a folder that adds to the shipped book without copying it.

    clinic/
      clinic.toml        name, phone numbers with labels, address, a note per language
      centres.toml       its own centres (the book's format, plus phone and website)
      en/NN-slug.md      its own chapters, both languages, the book's front matter
      fr/NN-slug.md      (`after = "centres"` places one after that chapter)
      images/            pictures its chapters use (optional)

A new edition of the book replaces `content/`; this folder is kept as the clinic wrote
it, and merged into the loaded `Book` each time, so the app, the handouts and the command
line all see the same guide. Problems here carry `layer="clinic"`.
"""

from __future__ import annotations

import re
from pathlib import Path

from .centres_loader import check_centre_sources, read_centres
from .model import LANGS, PAPERS, Book, Chapter, Clinic, Phone, Problem
from .reading import Collector, as_date, as_str, load_toml, read_text

CLINIC_FILE = "clinic.toml"
FOLDER_NAME = "clinic"


def find_clinic_dir(content_dir: Path, explicit: Path | str | None = None,
                    configured: Path | str | None = None,
                    user_folder: Path | None = None) -> Path | None:
    """Where the clinic's layer is: `--clinic-dir`, else the settings key clinic IT set,
    else `clinic/` beside the book, else the folder Preferences writes for a clinic with
    no IT. An explicit choice is kept even when missing, so the problem is reported."""
    for chosen in (explicit, configured):
        if chosen:
            return Path(chosen)
    beside = Path(content_dir).parent / FOLDER_NAME
    if beside.is_dir():
        return beside
    if user_folder is not None and (user_folder / CLINIC_FILE).is_file():
        return user_folder
    return None


def _lines_of(text: str, pattern: str) -> list[int]:
    return [i + 1 for i, line in enumerate(text.split("\n")) if re.match(pattern, line)]


def _by_lang(value: object) -> dict[str, str]:
    """A text given once (the same in both languages) or as a table with fr and en."""
    if isinstance(value, str):
        return {lang: value.strip() for lang in LANGS} if value.strip() else {}
    if isinstance(value, dict):
        return {k: v.strip() for k, v in value.items() if isinstance(v, str) and v.strip()}
    return {}


def read_clinic(root: Path, out: Collector) -> Clinic:
    """`clinic.toml`: who the clinic is and how to reach it."""
    path = root / CLINIC_FILE
    data = load_toml(path, out, required=False)
    text = (read_text(path, Collector(out.root)) or "") if data else ""
    key_line = {key: (_lines_of(text, rf"\s*\[?\s*{key}\b") or [0])[0]
                for key in ("name", "address", "reviewed", "note", "paper")}
    if not path.exists():
        out.add(path, 0, "This file is missing: the clinic needs at least its name.",
                code="missing-file")
    elif not _by_lang(data.get("name")):
        out.add(path, key_line["name"], "The clinic has no name: add name = \"...\".",
                code="clinic")
    reviewed = as_date(data.get("reviewed"))
    if path.exists() and reviewed is None:
        out.add(path, key_line["reviewed"], "'reviewed' must be the date a person last "
                "checked this file, such as 2026-11-30 (no quotes).", code="clinic")
    note = _by_lang(data.get("note"))
    if isinstance(data.get("note"), dict):
        for lang in LANGS:
            if lang not in note:
                out.add(path, key_line["note"], f"The note has no '{lang}' text: write it "
                        "in both languages.", code="missing-translation")
    phones = []
    raw_phones = data.get("phones", [])
    starts = _lines_of(text, r"\s*\[\[\s*phones\s*\]\]")
    if not isinstance(raw_phones, list):
        out.add(path, (_lines_of(text, r"\s*phones\b") or [0])[0],
                "'phones' must be [[phones]] tables with number and label.", code="toml-type")
        raw_phones = []
    for i, entry in enumerate(raw_phones):
        start = starts[i] if i < len(starts) else 0
        below = text.split("\n")[start:] if start else []  # the lines after [[phones]]
        number_line = next((start + 1 + k for k, line in enumerate(below)
                            if re.match(r"\s*number\s*=", line)), start)
        if not isinstance(entry, dict) or not as_str(entry.get("number")).strip():
            out.add(path, start, "A [[phones]] entry needs number = \"...\".", code="clinic")
            continue
        label = _by_lang(entry.get("label"))
        for lang in LANGS:
            if lang not in label:
                out.add(path, start, f"Phone {entry['number']}: its label has no '{lang}' "
                        "text (say what the number is for, in both languages).",
                        code="missing-translation")
        phones.append(Phone(entry["number"].strip(), label, number_line))
    paper = as_str(data.get("paper")).strip().lower()
    if paper not in ("", *PAPERS):
        out.add(path, key_line["paper"], "'paper' must be \"a4\" or \"letter\" (the paper "
                "in the clinic's printers); leave it out to follow the computer's settings.",
                code="clinic")
        paper = ""
    return Clinic(root, _by_lang(data.get("name")), as_str(data.get("address")).strip(),
                  phones, note, reviewed, paper=paper)


def _read_chapters(root: Path, book: Book, out: Collector) -> dict[str, dict[str, Chapter]]:
    from .loader import check_chapter_citations, load_chapter

    chapters: dict[str, dict[str, Chapter]] = {}
    for lang in LANGS:
        for path in sorted((root / lang).glob("*.md")) if (root / lang).is_dir() else ():
            chapter = load_chapter(path, lang, out)
            if chapter is None:
                continue
            chapter.layer = "clinic"
            if chapter.id in book.chapters:
                out.add(path, 2, f"Chapter id '{chapter.id}' is already the book's; choose "
                        "another id for the clinic's chapter.", code="duplicate-id")
                continue
            if lang in chapters.get(chapter.id, {}):
                out.add(path, 2, f"Chapter id '{chapter.id}' is already used by "
                        f"{chapters[chapter.id][lang].path.name}.", code="duplicate-id")
                continue
            check_chapter_citations(chapter, book.sources, out)
            chapters.setdefault(chapter.id, {})[lang] = chapter
    for cid, by_lang in chapters.items():
        for lang in LANGS:
            if lang not in by_lang:
                other = next(iter(by_lang.values()))
                out.add(other.path, 0, f"Chapter '{cid}' has no '{lang}' version.",
                        code="missing-translation")
    return chapters


def _place(book: Book, chapters: dict[str, dict[str, Chapter]], out: Collector) -> list[str]:
    """Each clinic chapter after the book chapter its `after` names, else after the book's."""
    placed: list[str] = []
    for cid, by_lang in sorted(chapters.items(), key=lambda kv: min(
            c.path.name for c in kv[1].values())):
        anchors = {c.after for c in by_lang.values() if c.after}
        after = next(iter(anchors), "")
        if len(anchors) > 1:
            out.add(next(iter(by_lang.values())).path, 2, f"Chapter '{cid}': 'after' differs "
                    "between the languages; one place is used.", code="front-matter")
        if after and after in book.order:
            at = book.order.index(after) + 1
            while at < len(book.order) and book.order[at] in placed:
                at += 1  # several after the same chapter keep their file order
            book.order.insert(at, cid)
        else:
            if after:
                out.add(next(iter(by_lang.values())).path, 2, f"Chapter '{cid}': after = "
                        f"'{after}' is not a chapter of the book; it is shown last.",
                        severity="warning", code="unknown-chapter")
            book.order.append(cid)
        placed.append(cid)
    return placed


def merge_clinic(book: Book, root: Path) -> None:
    """Read the clinic's layer at `root` and add it to `book` (never raises)."""
    out = Collector(root.parent, layer="clinic")
    if not root.is_dir():
        out.add(root, 0, "This clinic folder does not exist.", code="no-clinic")
        book.problems.extend(out.problems)
        return
    clinic = read_clinic(root, out)
    centres_path = root / "centres.toml"
    centres = read_centres(centres_path, out, layer="clinic")
    for cid, centre in centres.items():
        if cid in book.centres:
            out.add(centres_path, centre.line, f"Centre id '{cid}' is already the book's; "
                    "choose another id.", code="duplicate-id")
            continue
        book.centres[cid] = centre
        clinic.centres.append(cid)
    check_centre_sources({c: book.centres[c] for c in clinic.centres}, book.sources,
                         centres_path, out)
    chapters = _read_chapters(root, book, out)
    book.chapters.update(chapters)
    clinic.chapters = _place(book, chapters, out)
    book.clinic = clinic
    book.problems.extend(out.problems)


def refresh_clinic(book: Book, root: Path) -> list[Problem]:
    """Read `root/clinic.toml` again into `book.clinic` (after Preferences wrote it),
    keeping the centres and chapters merged at start; returns what is wrong with it."""
    out = Collector(root.parent, layer="clinic")
    fresh = read_clinic(root, out)
    if book.clinic is not None:
        fresh.centres, fresh.chapters = book.clinic.centres, book.clinic.chapters
    book.clinic = fresh
    return out.problems
