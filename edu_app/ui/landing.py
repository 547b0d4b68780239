"""Landing on a citation's source: the whole entry in view, and marked for a moment.

Qt's `scrollToAnchor` puts the anchor's line at the very top of the view: the source's
heading was half cut, the lines about it could be below the fold, and nothing said
where the reader had landed among a page of look-alike entries. Here the target (the
anchor's block, and the paragraph under it when the anchor is a heading) is scrolled
fully into view with a margin, the caret is put at its start (a screen reader reads
from there), and its background is tinted for two seconds.

The tint is the theme's selection colour, a quarter strength over the page: the text
and links on it keep their colours and their contrast in every theme (tested).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QTextBlock, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QTextEdit

from . import themes

FLASH_MS = 2000
LAYER = "target"  # the view's highlight layer (browser.set_highlights)
TINT_STRENGTH = 0.25


def tint(theme: themes.Theme) -> str:
    """The landing mark's background: the theme's selection colour over its page."""
    over, under = QColor(theme.highlight), QColor(theme.background)
    mix = [round(TINT_STRENGTH * a + (1 - TINT_STRENGTH) * b) for a, b in (
        (over.red(), under.red()), (over.green(), under.green()), (over.blue(), under.blue()))]
    return QColor(*mix).name()


def anchor_block(doc: QTextDocument, name: str) -> QTextBlock | None:
    """The block holding the anchor named `name`, if the page has one."""
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            if name in it.fragment().charFormat().anchorNames():
                return block
            it += 1
        block = block.next()
    return None


def target_range(doc: QTextDocument, name: str) -> tuple[int, int] | None:
    """(start, end) of what the anchor names: its block, with the paragraph under it when
    it is a heading (a source's title and its details)."""
    block = anchor_block(doc, name)
    if block is None:
        return None
    last = block
    following = block.next()
    if (block.blockFormat().headingLevel() and following.isValid()
            and not following.blockFormat().headingLevel()):
        last = following
    # To the start of the next block: its last line too is marked the whole width.
    return block.position(), min(last.position() + last.length(), doc.characterCount() - 1)


class Landing(QObject):
    """Brings a target into view and marks it; the mark fades after `FLASH_MS`."""

    def __init__(self, view) -> None:  # a ChapterView
        super().__init__(view)
        self.view = view
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FLASH_MS)
        self.timer.timeout.connect(self.clear)

    def land(self, name: str) -> bool:
        """Show the target of anchor `name`; False when the page has no such anchor."""
        doc = self.view.document()
        found = target_range(doc, name)
        if found is None:
            return False
        start, end = found
        caret = QTextCursor(doc)
        caret.setPosition(start)
        self.view.setTextCursor(caret)
        self.view.scrollToAnchor(name)  # Qt's first: it makes the scroll bar reach there
        self.bring_into_view(start, end)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(doc)
        mark.cursor.setPosition(start)
        mark.cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark.format.setBackground(QColor(tint(themes.theme(self.view.pages.style.theme))))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        self.view.set_highlights(LAYER, [mark])
        self.timer.start()
        return True

    def bring_into_view(self, start: int, end: int) -> None:
        """Scroll so that `start`..`end` is whole on screen, a line's height from the
        top (or from the bottom when the page ends there); left alone if it already is."""
        doc = self.view.document()
        layout = doc.documentLayout()
        top = layout.blockBoundingRect(doc.findBlock(start)).top()
        bottom = layout.blockBoundingRect(doc.findBlock(end)).bottom()
        font = doc.findBlock(start).charFormat().font()  # the page's text, at its zoom
        margin = max(QFontMetricsF(font).height(), self.view.fontMetrics().height()) * 1.5
        bar = self.view.verticalScrollBar()
        height = self.view.viewport().height()
        if bar.value() <= top - margin and bottom + margin <= bar.value() + height:
            return
        bar.setValue(round(top - margin))

    def clear(self) -> None:
        self.view.set_highlights(LAYER, [])
