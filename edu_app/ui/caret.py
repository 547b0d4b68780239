"""Caret browsing in the chapter, as in a web browser's caret mode: the keyboard moves a
caret through the text, so a screen reader can read by character, word and line.

Qt does it all once the view's text is selectable by keyboard (arrows, Home/End,
Ctrl+arrows by word, Ctrl+Home/End, Shift to select, Tab through the links). Added here:
H and Shift+H jump to the next and previous heading (the key screen readers use in web
pages), and Enter opens the link or glossary word the caret is in, not only a link
reached with Tab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from ..qt.first_frame import Qt

SELECTABLE = (Qt.TextInteractionFlag.TextBrowserInteraction
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def heading_after(view: QTextBrowser, position: int, step: int) -> int | None:
    """The position of the next (step 1) or previous (step -1) heading from `position`."""
    doc = view.document()
    block = doc.findBlock(position)
    block = block.next() if step > 0 else block.previous()
    while block.isValid():
        if block.blockFormat().headingLevel() and block.text().strip():
            return block.position()
        block = block.next() if step > 0 else block.previous()
    return None


def go_to_heading(view: QTextBrowser, step: int) -> bool:
    """Put the caret at the start of the next or previous heading; False if there is none."""
    target = heading_after(view, view.textCursor().position(), step)
    if target is None:
        return False
    cursor = QTextCursor(view.document())
    cursor.setPosition(target)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    # The heading is selected, as a browser's caret mode shows it and a reader speaks a
    # selection; the next arrow key starts from it.
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    return True


def anchor_at_caret(view: QTextBrowser) -> str:
    """The address of the link under a caret with no selection ("" if none)."""
    cursor = view.textCursor()
    if cursor.hasSelection():
        return ""
    after = QTextCursor(cursor)
    after.movePosition(QTextCursor.MoveOperation.NextCharacter)  # the character after it
    fmt = after.charFormat()
    if not fmt.isAnchor() or not fmt.anchorHref():
        fmt = cursor.charFormat()  # the caret at a link's end
    return fmt.anchorHref() if fmt.isAnchor() else ""


class CaretKeys(QObject):
    """H / Shift+H and Enter on the caret's link, for one view."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        key: QKeyEvent = event  # type: ignore[assignment]
        mods = key.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key.key() == Qt.Key.Key_H and mods in (Qt.KeyboardModifier.NoModifier,
                                                   Qt.KeyboardModifier.ShiftModifier):
            go_to_heading(self.view, -1 if mods else 1)
            return True
        if key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not mods:
            href = anchor_at_caret(self.view)
            if href:
                from PySide6.QtCore import QUrl

                self._select_anchor()
                self.view.anchorClicked.emit(QUrl(href))
                return True
        return False

    def _select_anchor(self) -> None:
        """Select the whole link at the caret (the glossary pop-up opens below its start)."""
        cursor = self.view.textCursor()
        href = anchor_at_caret(self.view)
        start = end = cursor.position()
        doc = self.view.document()
        while start > 0 and _href_at(doc, start - 1) == href:
            start -= 1
        while _href_at(doc, end) == href:
            end += 1
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)


def _href_at(doc, position: int) -> str:
    """The link address of the character at `position`."""
    if position >= doc.characterCount() - 1:
        return ""
    cursor = QTextCursor(doc)
    cursor.setPosition(position + 1)
    fmt = cursor.charFormat()  # the format of the character before the cursor
    return fmt.anchorHref() if fmt.isAnchor() else ""


def enable(view: QTextBrowser) -> CaretKeys:
    """Make the view's text keyboard-selectable and add the heading and Enter keys."""
    view.setTextInteractionFlags(SELECTABLE)
    keys = CaretKeys(view)
    view.installEventFilter(keys)
    return keys
