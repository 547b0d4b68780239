"""Where the reader is in a page, as a place that survives the other language.

A chapter is written section by section in both languages, with the same structure: the
same sections, and in each the same paragraphs, lists and boxes in the same order. So a
place is said as "the Nth block after the heading of section S, this far into it", and
found again in the other language's page by the same section and the same N. The list
of sources after the end of a chapter is a region of its own (`FOOTER_ANCHOR`), so a
reader there stays there. Used when the page is shown again: a language switch, and a
change of text size or theme, where the same words move.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument

FOOTER_ANCHOR = "chapter-footer"  # the name chapter.html gives the sources list's start
OWN_ANCHORS = {"top"}  # anchors that start no region


@dataclass(frozen=True)
class Spot:
    """A place in a page: a region (a section's anchor, the footer's, or "" before the
    first), the number of blocks after the region's first, and how far into that block
    the top of the view is (0 to 1). `at_end`: the view was scrolled to the very end."""

    region: str = ""
    index: int = 0
    into: float = 0.0
    at_end: bool = False


def _region_of(block: QTextBlock) -> str:
    it = block.begin()
    while not it.atEnd():
        for name in it.fragment().charFormat().anchorNames():
            if name not in OWN_ANCHORS:
                return name
        it += 1
    return ""


def spot_at(doc: QTextDocument, y: float, at_end: bool = False) -> Spot:
    """The place of the block at height `y` (the top of the view) in `doc`."""
    layout = doc.documentLayout()
    region, index = "", 0
    block = doc.begin()
    while block.isValid():
        name = _region_of(block)
        if name:
            region, index = name, 0
        rect = layout.blockBoundingRect(block)
        if rect.bottom() > y:
            into = (y - rect.top()) / rect.height() if rect.height() > 0 else 0.0
            return Spot(region, index, min(1.0, max(0.0, into)), at_end)
        index += 1
        block = block.next()
    return Spot(region, index, 0.0, at_end)


def height_of(doc: QTextDocument, spot: Spot) -> float | None:
    """The height in `doc` of the same place; None when the page has not its region."""
    block = doc.begin()
    if spot.region:
        while block.isValid() and _region_of(block) != spot.region:
            block = block.next()
        if not block.isValid():
            return None
    for _ in range(spot.index):  # the same block, or the region's last if it has fewer
        following = block.next()
        if not following.isValid() or _region_of(following):
            break
        block = following
    rect = doc.documentLayout().blockBoundingRect(block)
    return rect.top() + spot.into * rect.height()
