"""A page's text as it is read (by a screen reader, or aloud): the document's text
without the citation marks ("[1]") and pictures' placeholders, its headings, links,
citations and glossary words, and the offsets of that text mapped to the document's
positions (no widget: QTextDocument only).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocument

from ..content.text import as_text

CONTEXT = "ChapterAccessible"
OBJECT_CHAR = "\ufffc"  # a picture's place in the document's text
SOURCE = QT_TRANSLATE_NOOP("ChapterAccessible", "source %1")


def _t(text: str, arg: str | None = None) -> str:
    """`text` in the interface's language (its %1 replaced by `arg`)."""
    done = QCoreApplication.translate(CONTEXT, text)
    return done if arg is None else done.replace("%1", arg)


@dataclass(frozen=True)
class Part:
    """A heading, link, citation or glossary word: a range of the document."""

    kind: str  # "heading", "link", "citation", "glossary"
    start: int  # document positions
    end: int
    text: str
    level: int = 0
    href: str = ""


class PageMap:
    """One revision of a page: its accessible text and parts, and offsets <-> positions.

    The accessible text is the document's plain text (one character per document
    position) without the kept-out ranges: citation marks and pictures' placeholders.
    """

    def __init__(self, doc: QTextDocument) -> None:
        self.revision = doc.revision()
        # The no-break hyphen of "CAR T-cells" on screen is read as the hyphen it is
        plain = as_text(doc.toPlainText())
        self.parts: list[Part] = []
        dropped: list[tuple[int, int]] = []
        block = doc.begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level and block.text().strip():
                self.parts.append(Part("heading", block.position(),
                                       block.position() + block.length() - 1,
                                       as_text(block.text().strip()), level))
            self._links(block, dropped)
            block = block.next()
        dropped += [(m.start(), m.end()) for m in re.finditer(OBJECT_CHAR, plain)]
        dropped.sort()
        # Kept ranges of the document, and where each starts in the accessible text.
        self.kept: list[tuple[int, int]] = []
        pos = 0
        for start, end in dropped:
            if start > pos:
                self.kept.append((pos, start))
            pos = max(pos, end)
        if pos < len(plain):
            self.kept.append((pos, len(plain)))
        self.doc_starts = [a for a, _b in self.kept]
        self.acc_starts: list[int] = []
        total = 0
        for a, b in self.kept:
            self.acc_starts.append(total)
            total += b - a
        self.text = "".join(plain[a:b] for a, b in self.kept)
        self.parts.sort(key=lambda p: (p.start, p.kind != "heading"))

    def _links(self, block, dropped: list[tuple[int, int]]) -> None:
        it = block.begin()
        current: list = []  # [href, start, end, text]
        runs = []
        while not it.atEnd():
            frag = it.fragment()
            fmt = frag.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href and current and current[0] == href and current[2] == frag.position():
                current[2] += frag.length()
                current[3] += frag.text()
            else:
                if current:
                    runs.append(current)
                current = [href, frag.position(), frag.position() + frag.length(),
                           frag.text()] if href else []
            it += 1
        if current:
            runs.append(current)
        for href, start, end, text in runs:
            if href.startswith("sources:#") and re.fullmatch(r"\s*\[[^\]]*\]\s*", text):
                number = text.strip().strip("[]")
                self.parts.append(Part("citation", start, end,
                                       _t(SOURCE, number), href=href))
                dropped.append((start, end))
            else:
                kind = "glossary" if href.startswith("glossary:") else "link"
                self.parts.append(Part(kind, start, end, as_text(text.strip()), href=href))

    def to_offset(self, pos: int) -> int:
        """The accessible offset of document position `pos` (a dropped range: its start)."""
        i = bisect.bisect_right(self.doc_starts, pos) - 1
        if i < 0:
            return 0
        a, b = self.kept[i]
        return self.acc_starts[i] + min(pos, b) - a

    def to_position(self, offset: int) -> int:
        """The document position of accessible offset `offset`."""
        offset = max(0, min(offset, len(self.text)))
        i = bisect.bisect_right(self.acc_starts, offset) - 1
        if i < 0:
            return 0
        return self.kept[i][0] + offset - self.acc_starts[i]


def page_language(view) -> str:
    """The language of the text on screen (a chapter missing in one language shows the other)."""
    pages = view.pages
    lang = pages.lang
    url = view.source()
    if url.scheme() == "chapter":
        chapter, _ = pages.book.chapter(url.path(), lang)
        lang = chapter.lang if chapter is not None else lang
    return lang
