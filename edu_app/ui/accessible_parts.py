"""The parts of a page a screen reader meets as objects (headings, links, citations,
glossary words), and the clear button of text boxes, which Qt leaves unnamed.

See accessible.py for what Qt's AT-SPI adaptor carries and how PySide6 hands Python
interfaces to Qt.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget

from .page_text import Part, _t

NULL = shiboken6.VoidPtr(0)
IFACE = QAccessible.InterfaceType


def cast(kind: QAccessible.InterfaceType, interfaces: dict) -> shiboken6.VoidPtr:
    """`interface_cast`'s answer (see accessible.py): a pointer to the interface of `kind`
    among those the object keeps for its life, or a null one."""
    found = interfaces.get(kind)
    return NULL if found is None else shiboken6.VoidPtr(found)
GLOSSARY_WORD = QT_TRANSLATE_NOOP("ChapterAccessible", "Glossary word: %1")


def global_rect(view, start: int, end: int) -> QRect:
    """The screen rectangle of document range [start, end] (its first to last line)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(max(0, start))
    rect = view.cursorRect(cursor)
    cursor.setPosition(max(start, end))
    rect = rect.united(view.cursorRect(cursor))
    return QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())



def focus(view) -> None:
    """Give the view the keyboard focus, its window first (what GrabFocus asks)."""
    view.window().activateWindow()
    view.setFocus()



# --- headings, links, glossary words ------------------------------------------------------
class PartInterface(QAccessibleInterface):
    """One heading, link, citation or glossary word of the page."""

    def __init__(self, doc, part: Part, revision: int) -> None:
        super().__init__()
        self.doc = doc
        self.part = part
        self.revision = revision
        self._interfaces = {IFACE.ActionInterface: PartAction(self),
                            IFACE.AttributesInterface: PartAttributes(self)}

    def isValid(self) -> bool:
        return (shiboken6.isValid(self.doc.view)
                and self.doc.view.document().revision() == self.revision)

    def object(self):
        return None

    def window(self):
        return self.doc.window()

    def parent(self):
        return self.doc

    def child(self, _index: int):
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, _child) -> int:
        return -1

    def childAt(self, _x: int, _y: int):
        return None

    def focusChild(self):
        return None

    def relations(self, _match=None) -> list:
        return []

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Heading if self.part.kind == "heading" else QAccessible.Role.Link

    def text(self, kind: QAccessible.Text) -> str:
        part = self.part
        if kind == QAccessible.Text.Name:
            return part.text
        if kind == QAccessible.Text.Description and part.kind == "glossary":
            meaning = self.doc.view._term_tip(part.href[len("glossary:"):])
            return _t(GLOSSARY_WORD, meaning)
        if kind == QAccessible.Text.Description and part.kind == "citation":
            cursor = QTextCursor(self.doc.view.document())
            cursor.setPosition(part.start + 1)
            return cursor.charFormat().toolTip()
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        pass

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self.doc.view
        cursor = view.textCursor()
        if self.part.kind != "heading":
            state.focusable = True
            state.linked = True
            state.focused = (view.hasFocus() and cursor.selectionStart() == self.part.start
                             and cursor.selectionEnd() == self.part.end)
        state.invisible = not view.isVisible()
        shown = QRect(view.viewport().mapToGlobal(QPoint(0, 0)), view.viewport().size())
        state.offscreen = not shown.intersects(self.rect())
        return state

    def rect(self) -> QRect:
        return global_rect(self.doc.view, self.part.start, self.part.end)

    def interface_cast(self, kind: QAccessible.InterfaceType):
        return cast(kind, self._interfaces)


class PartAttributes(QAccessibleAttributesInterface):
    """A heading's level."""

    def __init__(self, item: PartInterface) -> None:
        super().__init__()
        self.item = item

    def attributeKeys(self) -> list:
        return [QAccessible.Attribute.Level] if self.item.part.level else []

    def attributeValue(self, key: QAccessible.Attribute):
        return self.item.part.level if key == QAccessible.Attribute.Level else None


class PartAction(QAccessibleActionInterface):
    """Press opens a link or glossary word; SetFocus puts the caret on the part."""

    def __init__(self, item: PartInterface) -> None:
        super().__init__()
        self.item = item

    def actionNames(self) -> list[str]:
        focus = QAccessibleActionInterface.setFocusAction()
        if self.item.part.kind == "heading":
            return [focus]
        return [QAccessibleActionInterface.pressAction(), focus]

    def doAction(self, name: str) -> None:
        if not self.item.isValid():
            return
        part, view = self.item.part, self.item.doc.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(part.start)
        if part.kind != "heading":
            cursor.setPosition(part.end, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.ensureCursorVisible()
        focus(view)
        if name == QAccessibleActionInterface.pressAction() and part.href:
            view.anchorClicked.emit(QUrl(part.href))

    def keyBindingsForAction(self, name: str) -> list[str]:
        return ["Return"] if name == QAccessibleActionInterface.pressAction() else []


# --- the clear button of a text box -----------------------------------------------------
CLEAR = QT_TRANSLATE_NOOP("ChapterAccessible", "Clear")
CLEAR_TIP = QT_TRANSLATE_NOOP("ChapterAccessible", "Empty this box")


class ClearButtonInterface(QAccessibleWidget):
    """The × Qt draws in a QLineEdit (setClearButtonEnabled), which Qt leaves unnamed."""

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return _t(CLEAR)
        if kind == QAccessible.Text.Description:
            return _t(CLEAR_TIP)
        return super().text(kind)

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.widget().click()
