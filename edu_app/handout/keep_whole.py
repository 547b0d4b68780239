"""Paper: a term such as "CAR T-cells" moves whole to the next line, never split.

On screen such a term is joined by a no-break hyphen (U+2011, render/keep_whole.py). On
paper that would not do: the guide's typeface (Atkinson Hyperlegible) has no U+2011, so
Qt draws it from another font, and the PDF's text then reads "T", "‑", "cells" in three
pieces, not the "T-cells" a reader searches for or copies. So the handout keeps the
real hyphen, and where a line would end inside the term a line separator (U+2028, drawn
as nothing and absent from the PDF's text) goes before the term once the page is laid
out: the term starts the next line, whole.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument

from ..content.text import keep_whole_spans

LINE_SEPARATOR = "\u2028"
MOST_PER_BLOCK = 200  # a bound, not a limit one meets: each move starts a later line


def _cut_inside(block, spans: list[tuple[int, int]]) -> int | None:  # QTextBlock
    """The start of the first term a line of `block` ends inside, or None."""
    layout = block.layout()
    for i in range(layout.lineCount() - 1):
        line = layout.lineAt(i)
        end = line.textStart() + line.textLength()
        for start, stop in spans:
            if start < end < stop and start > line.textStart():
                return start
    return None


def keep_terms_on_one_line(doc: QTextDocument) -> int:
    """Move each term a line would split to the start of the next line; how many moved.

    Run once the page size and the fonts are set, before pagination (a move can make a
    paragraph one line longer)."""
    moved = 0
    layout = doc.documentLayout()
    # Laid out whole first: Qt lays a document out lazily, and text inserted into a
    # half-laid-out one left the blocks after it unplaced (a handout 7 pages short).
    doc.pageCount()
    block = doc.begin()
    while block.isValid():
        text = block.text()
        for _ in range(MOST_PER_BLOCK):
            spans = keep_whole_spans(text) if "-" in text else []
            if not spans:
                break
            layout.blockBoundingRect(block)  # lays the block out at the page's width
            cut = _cut_inside(block, spans)
            if cut is None:
                break
            cursor = QTextCursor(doc)
            cursor.setPosition(block.position() + cut)
            cursor.insertText(LINE_SEPARATOR)
            moved += 1
            text = block.text()
        block = block.next()
    return moved
