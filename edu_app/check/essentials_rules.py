"""Checks on "the essentials on one page": the summary a parent under stress may read alone.

It is written like a chapter (`en/essentials.md`, `fr/essentials.md`, same front matter),
so its links, pictures and HTML go through the chapter checks; what differs is its shape.
The printed page is built from named sections (the questions become tick boxes), so a
missing or renamed section would silently drop part of the page: each one is checked
here, in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from edu_app.check.chapter_rules import Findings, check_html, check_links, rel
from edu_app.check.scan import heading_ids
from edu_app.content.model import LANGS, Book, Chapter

# The sections the printed page is made of, in this order (FORMAT.md, "The essentials").
ESSENTIALS_SECTIONS = ("steps", "who-2018", "figures", "not-known", "questions")
QUESTIONS_WANTED = 5
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+\S", re.M)


def section_text(chapter: Chapter, section_id: str) -> str:
    """The Markdown under a `##` section, up to the next `##` (empty if it has none)."""
    lines = chapter.body.split("\n")
    start = next((s.line - chapter.body_line for s in chapter.sections
                  if s.id == section_id and s.level == 2), None)
    if start is None:
        return ""
    end = next((s.line - chapter.body_line for s in chapter.sections
                if s.level == 2 and s.line - chapter.body_line > start), len(lines))
    return "\n".join(lines[start + 1:end])


def count_items(markdown: str) -> int:
    """List items (bulleted or numbered) at the start of a line."""
    return len(_ITEM.findall(markdown))


def check_essentials(book: Book, resolver: Callable[[Book, str], Callable[[str], Path | None]],
                     out: Findings) -> None:
    """Both languages, every section the page needs, five questions; then the chapter checks."""
    if not book.essentials:
        return
    for lang in LANGS:
        if lang not in book.essentials:
            other = next(iter(book.essentials.values()))
            out.add(other.path, 0, "error", "missing-translation",
                    f"The essentials have no '{lang}' version ({lang}/essentials.md).")
    for lang, chapter in sorted(book.essentials.items()):
        if chapter.error:
            continue
        check_links(book, chapter, resolver(book, lang), out)
        check_html(chapter, out)
        for line, title, explicit in heading_ids(chapter.body, chapter.body_line):
            if not explicit:
                out.add(chapter.path, line, "error", "section-id",
                        f"Section '{title[:50]}' has no id; the essentials use "
                        f"{', '.join('{#' + s + '}' for s in ESSENTIALS_SECTIONS)}.")
        ids = [s.id for s in chapter.sections if s.level == 2]
        missing = [s for s in ESSENTIALS_SECTIONS if s not in ids]
        if missing:
            out.add(chapter.path, chapter.body_line, "error", "essentials-section",
                    "The essentials lack the section(s) "
                    f"{', '.join('{#' + s + '}' for s in missing)}; that part of the page "
                    "would be missing.")
        if not chapter.body.strip() or chapter.body.lstrip().startswith("#"):
            out.add(chapter.path, chapter.body_line, "error", "essentials-section",
                    "The essentials start with what the treatment is, before any section.")
        if "questions" in ids:
            found = count_items(section_text(chapter, "questions"))
            if found != QUESTIONS_WANTED:
                out.add(chapter.path, chapter.body_line, "warning", "essentials-questions",
                        f"The essentials list {found} question(s) for the care team; the page "
                        f"is made for {QUESTIONS_WANTED}, each with a tick box.")
    if all(lang in book.essentials for lang in LANGS):
        ids = {lang: [s.id for s in book.essentials[lang].sections] for lang in LANGS}
        if ids["en"] != ids["fr"]:
            en, fr = (book.essentials[lang] for lang in ("en", "fr"))
            out.add(fr.path, fr.body_line, "error", "section-mismatch",
                    f"Sections differ from the English essentials ({rel(book, en.path)}): "
                    f"{', '.join(ids['fr'])} here, {', '.join(ids['en'])} there.")
