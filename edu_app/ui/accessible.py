"""The chapter as assistive technology reads it: a document with headings, links and
glossary words as objects of their own, and no citation marks in its text.

Qt exposes a read-only QTextBrowser as one flat label (AT-SPI role "label"): no heading,
no link, "[1]" read at every citation. `install()` registers, through
`QAccessible.installFactory`, an interface of ours for the chapter view:

- role Document ("document frame" over AT-SPI), named after the page;
- its text is the page's text without the citation marks (each one is a link object
  named "source 1" instead), through a text interface that maps every offset to the
  document, so the caret, the characters' places and the selection stay right;
- one child per heading (role Heading, its level as the "level" attribute), per link
  (role Link, actions Press and SetFocus) and per glossary word (role Link, the short
  meaning as its description, the attribute "glossary": its id, Press opens the pop-up).

What Qt's AT-SPI adaptor (qtbase `atspiadaptor.cpp`) carries: roles, names,
descriptions, states, the Action, Text and Component interfaces, and the object
attributes of `QAccessibleAttributesInterface` (Qt 6.8+). It has no Hypertext or
Hyperlink interface, so a link is an object with the Link role and a Press action, not
a range of the document's text that a reader can ask for its target.

PySide6 notes (6.11): an interface of Python is handed to Qt from `interface_cast` as a
`shiboken6.VoidPtr` to a Python object of the matching interface class (a VoidPtr of 0
for none); the Python objects are kept by the document interface for its whole life,
since Qt holds them by pointer.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, QRect, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleObject,
    QAccessibleTextInterface,
    QTextCursor,
)
from PySide6.QtWidgets import QAccessibleWidget

from .accessible_parts import (
    IFACE,
    ClearButtonInterface,
    PartInterface,
    cast,
    focus,
    global_rect,
)
from .page_text import PageMap, _t

THE_PAGE = QT_TRANSLATE_NOOP("ChapterAccessible", "The page")
HOW_TO_READ = QT_TRANSLATE_NOOP(
    "ChapterAccessible", "The page's text. Arrow keys move the caret, Ctrl+arrows by word; "
    "H goes to the next heading, Shift+H to the previous one; Enter opens the link or "
    "glossary word at the caret.")


# --- the document ---------------------------------------------------------------------

class DocumentInterface(QAccessibleObject):
    """The chapter view as a document whose children are its headings, links and words."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._map: PageMap | None = None
        self._parts: list[PartInterface] = []
        self._interfaces = {IFACE.TextInterface: DocumentText(self),
                            IFACE.ActionInterface: FocusAction(self)}
        view.pageChanged.connect(self._page_changed)
        view.destroyed.connect(self._retire_all)

    # pages and parts
    def page(self) -> PageMap:
        doc = self.view.document()
        if self._map is None or self._map.revision != doc.revision():
            self._map = PageMap(doc)
            self._retire(self._parts)
            self._parts = [PartInterface(self, p, self._map.revision) for p in self._map.parts]
        return self._map

    def parts(self) -> list[PartInterface]:
        self.page()
        return self._parts

    def _page_changed(self, _url: QUrl) -> None:
        if not QAccessible.isActive():
            return
        self.page()
        for event in (QAccessible.Event.NameChanged, QAccessible.Event.ObjectReorder):
            QAccessible.updateAccessibility(_event(self.view, event))

    def _retire(self, parts: list[PartInterface]) -> None:
        # Qt may hold an old part by pointer: it is taken out of Qt's cache (which deletes
        # its C++ side) from the event loop, never in the middle of a call about it.
        from PySide6.QtCore import QTimer

        if parts:
            QTimer.singleShot(0, lambda: _forget(parts))

    def _retire_all(self, *_args: object) -> None:
        _forget(self._parts)
        self._parts = []

    # QAccessibleInterface
    def isValid(self) -> bool:
        return shiboken6.isValid(self.view)

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.Document

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            title = self.view.documentTitle().strip()
            if not title:
                heading = next((p for p in self.parts() if p.part.kind == "heading"), None)
                title = heading.part.text if heading is not None else _t(THE_PAGE)
            return title
        if kind == QAccessible.Text.Description:
            return _t(HOW_TO_READ)
        return ""

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        view = self.view
        state.focusable = True
        state.focused = view.hasFocus()
        state.readOnly = True
        state.multiLine = True
        state.selectableText = True
        state.invisible = not view.isVisible()
        return state

    def rect(self) -> QRect:
        view = self.view
        return QRect(view.mapToGlobal(QPoint(0, 0)), view.size())

    def parent(self):
        widget = self.view.parentWidget()
        return QAccessible.queryAccessibleInterface(widget or QCoreApplication.instance())

    def childCount(self) -> int:
        return len(self.parts())

    def child(self, index: int):
        parts = self.parts()
        return parts[index] if 0 <= index < len(parts) else None

    def indexOfChild(self, child) -> int:
        for i, part in enumerate(self.parts()):
            if part is child:
                return i
        return -1

    def childAt(self, x: int, y: int):
        return next((p for p in self.parts() if p.rect().contains(x, y)), None)

    def focusChild(self):
        return None

    def window(self):
        return self.view.window().windowHandle()

    def relations(self, _match=None) -> list:
        return []

    def interface_cast(self, kind: QAccessible.InterfaceType):
        return cast(kind, self._interfaces)


def _event(obj, kind: QAccessible.Event):
    from PySide6.QtGui import QAccessibleEvent

    return QAccessibleEvent(obj, kind)


def _forget(parts: list[PartInterface]) -> None:
    for part in parts:
        if shiboken6.isValid(part):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(part))


class DocumentText(QAccessibleTextInterface):
    """The page's text for assistive technology, citation marks left out."""

    def __init__(self, doc: DocumentInterface) -> None:
        super().__init__()
        self.doc = doc

    def _cursor(self) -> QTextCursor:
        return self.doc.view.textCursor()

    def text(self, start: int, end: int) -> str:
        text = self.doc.page().text
        if end < 0 or end > len(text):
            end = len(text)
        return text[max(0, start):end]

    def characterCount(self) -> int:
        return len(self.doc.page().text)

    def cursorPosition(self) -> int:
        return self.doc.page().to_offset(self._cursor().position())

    def setCursorPosition(self, offset: int) -> None:
        view = self.doc.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(self.doc.page().to_position(offset))
        view.setTextCursor(cursor)
        view.ensureCursorVisible()

    # The selection: one at most, the view's own. (PySide6 leaves selection(i, &s, &e)
    # out of its binding, so the selection's range is not readable over AT-SPI.)
    def selectionCount(self) -> int:
        return 0

    def addSelection(self, start: int, end: int) -> None:
        self.setSelection(0, start, end)

    def removeSelection(self, _index: int) -> None:
        cursor = self._cursor()
        cursor.clearSelection()
        self.doc.view.setTextCursor(cursor)

    def setSelection(self, _index: int, start: int, end: int) -> None:
        page = self.doc.page()
        view = self.doc.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(page.to_position(start))
        cursor.setPosition(page.to_position(end), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        pos = self.doc.page().to_position(offset)
        rect = global_rect(self.doc.view, pos, pos)
        after = global_rect(self.doc.view, pos + 1, pos + 1)
        if after.top() == rect.top() and after.left() > rect.left():
            rect.setWidth(after.left() - rect.left())
        return rect

    def offsetAtPoint(self, point: QPoint) -> int:
        view = self.doc.view
        local = view.viewport().mapFromGlobal(point)
        if not view.viewport().rect().contains(local):
            return -1
        return self.doc.page().to_offset(view.cursorForPosition(local).position())

    def scrollToSubstring(self, start: int, _end: int) -> None:
        self.setCursorPosition(start)


class FocusAction(QAccessibleActionInterface):
    """SetFocus: what AT-SPI's GrabFocus asks of the view."""

    def __init__(self, doc: DocumentInterface) -> None:
        super().__init__()
        self.doc = doc

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.setFocusAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.setFocusAction():
            focus(self.doc.view)

    def keyBindingsForAction(self, _name: str) -> list[str]:
        return []


# --- the factory ---------------------------------------------------------------------------
_installed = False


def _factory(key: str, obj):
    if key == "ChapterView":
        return DocumentInterface(obj)
    if key == "QLineEditIconButton":  # Qt's private class of that button
        return ClearButtonInterface(obj, QAccessible.Role.PushButton)
    if key == "GlossaryPopup":  # a frame to Qt ("panel"); a small dialog to its reader
        return QAccessibleWidget(obj, QAccessible.Role.Dialog)
    return None


def install(view=None) -> None:
    """Give chapter views our interface (the factory once per process; Qt asks it only
    while an assistive technology listens). Made after the first paint, `view` may already
    have Qt's own interface: it is replaced, and its window told its children changed."""
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True
    if view is None or not QAccessible.isActive():
        return
    current = QAccessible.queryAccessibleInterface(view)
    if current is not None and not isinstance(current, DocumentInterface):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(current))
        parent = view.parentWidget()
        if parent is not None:
            QAccessible.updateAccessibility(_event(parent, QAccessible.Event.ObjectReorder))
