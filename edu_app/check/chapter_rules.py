"""Checks on each chapter: links, pictures, raw HTML, sections and the "Key points" box.

A clinic PC is offline and the reader switches language in place, so a link to the web,
a picture that is not in the book, a section that exists in one language only or HTML the
renderer will drop all fail silently in front of a family. Each check here turns one of
those into a `Problem` at the line an author must change.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from edu_app.check.scan import Link, find_links, find_raw_html, has_box, heading_ids, scheme_of
from edu_app.content.model import LANGS, Book, Chapter, Problem, Severity
from edu_app.content.reading import read_regular
from edu_app.content.text import book_relative
from edu_app.render.limits import bound
from edu_app.render.worker import BIG_CHARS

LANG_NAMES = {"en": "English", "fr": "French"}
INTERNAL_SCHEMES = ("chapter", "glossary", "sources", "home", "clinic")
MAX_NESTING = 8  # levels of lists or quotes an author may nest (a box counts as one)


def in_clinic(book: Book, path: Path) -> bool:
    """Whether `path` is one of the clinic's files rather than the book's."""
    return book.clinic is not None and path.is_relative_to(book.clinic.root)


def rel(book: Book, path: Path) -> str:
    """A path as shown to authors, with forward slashes: relative to the book, or for the
    clinic's files from the folder holding the clinic's (`clinic/centres.toml`), as the
    loader shows them."""
    if in_clinic(book, path):
        return book_relative(book.clinic.root.parent, path)  # type: ignore[union-attr]
    return book_relative(book.root, path)


class Findings:
    """Collects problems for one book; `add` keeps call sites short."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.items: list[Problem] = []

    def add(self, path: Path | str, line: int, severity: Severity, code: str, msg: str) -> None:
        shown = path if isinstance(path, str) else rel(self.book, path)
        layer = "clinic" if not isinstance(path, str) and in_clinic(self.book, path) else "book"
        self.items.append(Problem(shown, line, msg, severity, code, layer))


def _section_ids(book: Book, chapter_id: str, lang: str) -> set[str] | None:
    by_lang = book.chapters.get(chapter_id)
    if not by_lang:
        return None
    chapter = by_lang.get(lang) or next(iter(by_lang.values()))
    return {s.id for s in chapter.sections}


def _check_internal(book: Book, chapter: Chapter, link: Link, out: Findings) -> None:
    scheme = scheme_of(link.target)
    rest = link.target.split(":", 1)[1]
    where = (chapter.path, link.line)
    if scheme == "chapter":
        cid, _, sid = rest.partition("#")
        ids = _section_ids(book, cid, chapter.lang)
        if ids is None:
            out.add(*where, "error", "broken-link", f"Link to an unknown chapter '{cid}'.")
        elif sid and sid not in ids:
            out.add(*where, "error", "broken-link",
                    f"Link to section '#{sid}', which chapter '{cid}' does not have.")
    elif scheme == "glossary":
        if rest not in book.glossary:
            out.add(*where, "error", "unknown-term",
                    f"Link to glossary term '{rest}', which is not in glossary.toml.")
    elif scheme == "sources":
        sid = rest.lstrip("#")
        if sid and sid not in book.sources:
            out.add(*where, "error", "unknown-source",
                    f"Link to source '{sid}', which is not in sources.toml.")


def _check_link(book: Book, chapter: Chapter, link: Link, out: Findings) -> None:
    scheme = scheme_of(link.target)
    where = (chapter.path, link.line)
    if scheme in INTERNAL_SCHEMES:
        _check_internal(book, chapter, link, out)
    elif scheme == "file":
        out.add(*where, "error", "file-link",
                f"Link to a file on this computer ({link.target[:60]}); it will not open. "
                "Put the text in a chapter instead.")
    elif scheme:
        out.add(*where, "error", "external-link",
                f"External link ({link.target[:60]}); the clinic computer is offline, so it "
                "is shown as an address to copy, not a link.")
    elif link.target.startswith("#"):
        sid = link.target[1:]
        if sid not in {s.id for s in chapter.sections}:
            out.add(*where, "error", "broken-link", f"Link to section '#{sid}', "
                    "which this chapter does not have.")
    else:
        out.add(*where, "error", "broken-link",
                f"Link to '{link.target[:60]}' cannot work; link to a chapter with "
                "'chapter:id' or to a section with 'chapter:id#section'.")


def _check_picture(chapter: Chapter, link: Link, resolve: Callable[[str], Path | None],
                   out: Findings) -> None:
    where = (chapter.path, link.line)
    target = link.target
    scheme = scheme_of(target)
    if scheme in ("http", "https", "ftp"):
        out.add(*where, "error", "remote-image",
                f"Picture from the internet ({target[:60]}); it will not show offline. "
                "Put the file in assets/images/ and use its name.")
    elif scheme or "/" in target or "\\" in target or target.startswith("."):
        out.add(*where, "error", "image-outside-book",
                f"Picture '{target[:60]}' is not a plain file name in assets/images/; "
                "it will not show.")
    elif (path := resolve(target)) is None:
        out.add(*where, "error", "missing-image",
                f"Picture '{target}' is not in assets/images/{chapter.lang}/ or assets/images/.")
    elif (trouble := picture_trouble(path)) is not None:
        out.add(*where, "error", "unreadable-image", f"Picture '{target}' {trouble}; "
                "it will not show.")
    if not link.text.strip():
        out.add(*where, "warning", "image-alt", "Picture without alternative text in [ ].")


PICTURE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")
SNIFF_BYTES = 65536


def picture_trouble(path: Path) -> str | None:
    """Why a picture file that exists will not show (it cannot be read, it is empty or
    is not a PNG, JPEG, GIF, BMP, WebP or SVG picture), or None."""
    try:
        head = read_regular(path, SNIFF_BYTES)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    if not head:
        return "is an empty file"
    if head.startswith(PICTURE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return None
    if b"<svg" in head.lower():
        return None
    return "is not a picture (not PNG, JPEG, GIF, BMP, WebP or SVG)"


def check_links(book: Book, chapter: Chapter, resolve: Callable[[str], Path | None],
                out: Findings) -> None:
    """Every link and picture of one chapter."""
    for link in find_links(chapter.body, chapter.body_line):
        if link.is_image:
            _check_picture(chapter, link, resolve, out)
        else:
            _check_link(book, chapter, link, out)


def check_html(chapter: Chapter, out: Findings) -> None:
    """Raw HTML is dropped by the renderer; scripts and event attributes never run."""
    for item in find_raw_html(chapter.body, chapter.body_line):
        if item.active:
            what = f"'{item.detail}' attribute" if item.detail else f"<{item.tag}>"
            out.add(chapter.path, item.line, "error", "active-html",
                    f"Raw HTML with {what}: it never runs and is removed. Delete it.")
        elif item.tag == "!--":
            out.add(chapter.path, item.line, "info", "raw-html",
                    "HTML comment: not shown to readers.")
        else:
            out.add(chapter.path, item.line, "warning", "raw-html",
                    f"Raw HTML <{item.tag}> is dropped (only its text is kept); use Markdown.")


def check_limits(chapter: Chapter, out: Findings) -> None:
    """What the renderer does to stay bounded (render/limits.py), reported where it
    happens, in the renderer's own words: the checker says what the reader shows."""
    for line, code, message in bound(chapter.body).notes:
        text = message[0].upper() + message[1:]
        if code == "deep-nesting" and message.startswith("nested"):
            text = f"Lists or quotes {message}; hard to follow"
        out.add(chapter.path, chapter.body_line + line - 1, "warning", code, text + ".")


def check_render_time(book: Book, chapter: Chapter, out: Findings) -> None:
    """A chapter big enough to be prepared away from the window (render/worker.py) is
    rendered here the same way, with the same deadline: the checker says whether the
    reader shows it or says "This page is too long to show"."""
    if len(chapter.body) <= BIG_CHARS:
        return
    from edu_app.render import worker
    from edu_app.render.pages import PageStyle

    deadline = worker.DEADLINE_S  # read now: the reader's, whatever it is set to
    outcome = worker.render_within(book, chapter.id, chapter.lang, PageStyle(), deadline)
    if outcome.html is None:
        why = (f"took over {deadline:g} s to prepare" if outcome.why == "deadline"
               else "could not be prepared")
        out.add(chapter.path, chapter.body_line, "error", "too-slow",
                f"This chapter {why}: the reader shows 'This page is too long to show' "
                "instead. Shorten it, or split it into chapters.")
    else:
        out.add(chapter.path, chapter.body_line, "info", "long-chapter",
                f"{len(chapter.body)} characters (over {BIG_CHARS}): the reader shows "
                "'One moment: this page is being prepared' before this chapter.")


def nesting_too_deep(markdown: str) -> int:
    """The line (1-based, within `markdown`) of the first list or quote nested too deep."""
    for n, line in enumerate(markdown.split("\n"), start=1):
        expanded = line.expandtabs(4)
        indent = len(expanded) - len(expanded.lstrip(" "))
        quotes = len(re.match(r"[\s>]*", expanded).group(0).replace(" ", ""))  # type: ignore[union-attr]
        if indent // 4 > MAX_NESTING or quotes > MAX_NESTING:
            return n
    return 0


def check_structure(chapter: Chapter, out: Findings) -> None:
    """Explicit, unique section ids and a closing "Key points" box."""
    seen: dict[str, int] = {}
    for line, title, explicit in heading_ids(chapter.body, chapter.body_line):
        if not explicit:
            out.add(chapter.path, line, "error", "section-id",
                    f"Section '{title[:50]}' has no id; add one such as {{#my-section}} so "
                    "both languages share it.")
    for section in chapter.sections:
        if section.id in seen:
            out.add(chapter.path, section.line, "error", "section-id",
                    f"Section id '{section.id}' is already used on line {seen[section.id]}.")
        seen.setdefault(section.id, section.line)
    check_limits(chapter, out)
    if not has_box(chapter.body, "keypoints"):
        last = chapter.body_line + max(0, chapter.body.count("\n"))
        out.add(chapter.path, last, "warning", "no-keypoints",
                'The chapter has no "Key points" box at the end (!!! keypoints).')


def check_parity(book: Book, out: Findings) -> None:
    """Both languages have the same section ids in the same order."""
    for by_lang in book.chapters.values():
        if not all(lang in by_lang for lang in LANGS):
            continue  # the loader reports the missing language
        chapters = [by_lang[lang] for lang in LANGS]
        if any(c.error for c in chapters):
            continue
        ids = [[s.id for s in c.sections] for c in chapters]
        if ids[0] == ids[1]:
            continue
        i = next((k for k, (a, b) in enumerate(zip(*ids, strict=False)) if a != b),
                 min(len(ids[0]), len(ids[1])))
        for k, chapter in enumerate(chapters):
            other = chapters[1 - k]
            mine = chapter.sections[i] if i < len(chapter.sections) else None
            theirs = ids[1 - k][i] if i < len(ids[1 - k]) else None
            line = mine.line if mine else chapter.body_line + chapter.body.count("\n")
            here = f"'{mine.id}'" if mine else "nothing"
            there = f"'{theirs}'" if theirs else "nothing"
            out.add(chapter.path, line, "error", "section-mismatch",
                    f"Sections differ from the {LANG_NAMES[other.lang]} version "
                    f"({rel(book, other.path)}): section {i + 1} is {here} here, {there} there.")
