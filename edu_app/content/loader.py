"""Read a book folder into a `Book`, collecting every problem instead of raising.

A clinic edits this content by hand; a typo in one file must cost that file only,
never the whole guide. So each reader below returns what it could and appends
`Problem`s with the file and line an author needs to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .centres_loader import check_centre_sources, read_centres
from .glossary_loader import check_glossary_links, load_glossary
from .model import (
    AUDIENCES,
    CLINIC_SOURCE,
    ESSENTIALS_ID,
    LANGS,
    Book,
    Chapter,
    Lang,
    Section,
    Source,
)
from .reading import Collector, as_date, as_str, load_toml, parse_toml, read_text
from .text import citations, malformed_citations, slugify

ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HEADING_RE = re.compile(r"^(#{2,3})\s+(.*?)\s*(?:\{[^}]*#([A-Za-z0-9_-]+)[^}]*\})?\s*#*\s*$")
FENCE = "+++"



def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Split `+++` front matter from the body: (front matter or None, body, body's first line)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != FENCE:
        return None, text, 1
    for i in range(1, len(lines)):
        if lines[i].strip() == FENCE:
            return "\n".join(lines[1:i]), "\n".join(lines[i + 1:]), i + 2
    return None, text, 1


def find_sections(body: str, first_line: int) -> list[Section]:
    """The `##`/`###` headings outside code fences, with their explicit or derived ids."""
    sections: list[Section] = []
    in_fence = False
    for offset, line in enumerate(body.split("\n")):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
            continue
        match = None if in_fence else HEADING_RE.match(line)
        if match:
            level, title, sid = len(match.group(1)), match.group(2), match.group(3)
            title = re.sub(r"\s*\{[^}]*\}\s*$", "", title)
            sections.append(Section(sid or slugify(title), title, level, first_line + offset))
    return sections


def _key_line(fm_text: str, key: str) -> int:
    """File line of `key = ...` in a front matter (which starts on line 2), or line 2."""
    for offset, line in enumerate(fm_text.split("\n")):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return 2 + offset
    return 2


def load_chapter(path: Path, lang: Lang, out: Collector) -> Chapter | None:
    stem_id = re.sub(r"^\d+-", "", path.stem)
    text = read_text(path, out)
    if text is None:
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter could not be read.")
    fm_text, body, body_line = split_front_matter(text)
    if fm_text is None:
        out.add(path, 1, "The chapter must start with front matter between two '+++' lines.",
                code="front-matter")
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter's heading information is missing.")
    meta = parse_toml(fm_text, path, out, first_line=2)
    if meta is None:
        return Chapter(stem_id, lang, stem_id, "", None, "", path, 1,
                       error="This chapter's heading information could not be read.")
    cid = meta.get("id")
    if not isinstance(cid, str) or not ID_RE.match(cid):
        out.add(path, _key_line(fm_text, "id"),
                f"The chapter id {cid!r} must be lowercase letters, digits and hyphens.",
                code="bad-id")
        cid = stem_id if ID_RE.match(stem_id) else None
        if cid is None:
            return None
    title = meta.get("title")
    if not isinstance(title, str) or not title.strip():
        out.add(path, _key_line(fm_text, "title"), "The chapter has no title.",
                code="front-matter")
        title = cid
    for key in ("summary",):
        if key in meta and not isinstance(meta[key], str):
            out.add(path, _key_line(fm_text, key), f"'{key}' must be text in quotes.",
                    code="front-matter")
    reviewed = as_date(meta.get("reviewed"))
    if "reviewed" in meta and reviewed is None:
        out.add(path, _key_line(fm_text, "reviewed"),
                "'reviewed' must be a date such as 2026-11-23.", code="front-matter")
    audience = meta.get("audience", AUDIENCES[0])
    if audience not in AUDIENCES:
        out.add(path, _key_line(fm_text, "audience"),
                f"'audience' must be one of {', '.join(repr(a) for a in AUDIENCES)}.",
                code="front-matter")
        audience = AUDIENCES[0]
    chapter = Chapter(cid, lang, title, as_str(meta.get("summary")), reviewed, body, path,
                      body_line, find_sections(body, body_line), audience=audience)
    if isinstance(meta.get("after"), str):  # a clinic chapter's place in the book
        chapter.after = meta["after"].strip()
    return chapter


def _load_chapters(root: Path, out: Collector) -> dict[str, dict[str, Chapter]]:
    """Every chapter file by id and language (the essentials among them, taken out later)."""
    chapters: dict[str, dict[str, Chapter]] = {}
    for lang in LANGS:
        folder = root / lang
        if not folder.is_dir():
            out.add(folder, 0, f"The '{lang}' chapter folder is missing.", code="missing-file")
            continue
        for path in sorted(folder.glob("*.md")):
            chapter = load_chapter(path, lang, out)
            if chapter is None:
                continue
            if lang in chapters.get(chapter.id, {}):
                other = chapters[chapter.id][lang].path.name
                out.add(path, 2, f"Chapter id '{chapter.id}' is already used by {other}.",
                        code="duplicate-id")
                continue
            chapters.setdefault(chapter.id, {})[lang] = chapter
    return chapters


def _load_sources(root: Path, out: Collector) -> dict[str, Source]:
    path = root / "sources.toml"
    data = load_toml(path, out)
    sources = {}
    for sid, table in data.items():
        if not isinstance(table, dict):
            out.add(path, 0, f"'{sid}' must be a table [{sid}].", code="toml-type")
            continue
        authors = table.get("authors", [])
        note = table.get("note", {})
        sources[sid] = Source(
            sid,
            tuple(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else (),
            as_str(table.get("title"), sid),
            as_str(table.get("translated_title")),
            as_str(table.get("venue")),
            str(table.get("date", "")),
            as_str(table.get("language")),
            as_str(table.get("kind")),
            tuple((k, v) for k, v in note.items() if isinstance(v, str))
            if isinstance(note, dict) else (),
        )
    return sources



def _check_citations(book: Book, out: Collector) -> None:
    for by_lang in [*book.chapters.values(), book.essentials]:
        for chapter in by_lang.values():
            check_chapter_citations(chapter, book.sources, out)
    check_centre_sources(book.centres, book.sources, book.root / "centres.toml", out)


def check_chapter_citations(chapter: Chapter, sources: dict[str, Source],
                            out: Collector) -> None:
    """Unknown `[@source]` ids and what is not a citation at all; `[@clinic]` is the
    clinic's own, in its own chapters only."""
    for offset, line in enumerate(chapter.body.split("\n")):
        if "[@" not in line:
            continue
        for sid in citations(line):
            if sid == CLINIC_SOURCE:
                if chapter.layer != "clinic":
                    out.add(chapter.path, chapter.body_line + offset,
                            "Only the clinic's own chapters may cite [@clinic].",
                            code="unknown-source")
            elif sid not in sources:
                out.add(chapter.path, chapter.body_line + offset,
                        f"Unknown source '{sid}' (not in sources.toml).",
                        code="unknown-source")
        for written in malformed_citations(line):
            out.add(chapter.path, chapter.body_line + offset,
                    f"'{written}' is not a citation and shows as text: write one "
                    "source id, as in [@source-id].", code="bad-citation")


def _check_order(book: Book, meta_order: list[str], out: Collector) -> None:
    path = book.root / "book.toml"
    for cid in meta_order:
        if cid not in book.chapters:
            out.add(path, 0, f"Chapter '{cid}' is listed but has no file.", code="missing-chapter")
    for cid, by_lang in book.chapters.items():
        if cid not in meta_order:
            out.add(next(iter(by_lang.values())).path, 2,
                    f"Chapter '{cid}' is not listed in book.toml; it is shown last.",
                    severity="warning", code="unlisted-chapter")
        for lang in LANGS:
            if lang not in by_lang:
                other = next(iter(by_lang.values()))
                out.add(other.path, 0, f"Chapter '{cid}' has no '{lang}' version.",
                        code="missing-translation")


def load_book(path: Path | str, clinic_dir: Path | str | None = None) -> Book:
    """Load the book at `path` (the folder holding book.toml), with the clinic's layer
    from `clinic_dir` over it when given. Never raises on bad content."""
    root = Path(path)
    out = Collector(root)
    if not root.is_dir():
        out.add(root, 0, "This folder does not exist.", code="no-book")
        meta: dict = {}
    else:
        meta = load_toml(root / "book.toml", out)
    title = meta.get("title") if isinstance(meta.get("title"), dict) else {}
    subtitle = meta.get("subtitle") if isinstance(meta.get("subtitle"), dict) else {}
    raw_order = meta.get("chapters", [])
    order = [c for c in raw_order if isinstance(c, str)] if isinstance(raw_order, list) else []
    loaders: list[Callable[[Path, Collector], Any]] = [
        _load_chapters, _load_sources, load_glossary,
        lambda r, o: read_centres(r / "centres.toml", o)]
    chapters, sources, glossary, centres = (
        (f(root, out) if root.is_dir() else {}) for f in loaders)
    essentials = chapters.pop(ESSENTIALS_ID, {})
    book = Book(
        root=root,
        title={k: v for k, v in title.items() if isinstance(v, str)},
        subtitle={k: v for k, v in subtitle.items() if isinstance(v, str)},
        version=str(meta.get("version", "")),
        reviewed=as_date(meta.get("reviewed")),
        order=[c for c in order if c in chapters] + sorted(c for c in chapters if c not in order),
        chapters=chapters,
        sources=sources,
        glossary=glossary,
        centres=centres,
        essentials=essentials,
    )
    if root.is_dir():
        _check_order(book, order, out)
        _check_citations(book, out)
        check_glossary_links(book, out)
    book.problems = out.problems
    if clinic_dir is not None:
        from .clinic import merge_clinic

        merge_clinic(book, Path(clinic_dir))
    return book
