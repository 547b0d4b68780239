"""The table of contents: chapters and their sections, kept in step with the view."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    QUrl,
    Signal,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ..content.model import Book, Lang
from ..qt.first_frame import USER_ROLE
from .page_source import page_of

URL_ROLE = USER_ROLE


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped words.

    QTreeView asks a row's height without the column's width (qtreeview.cpp: "if we
    want word wrapping in the items..."), so a long title gets one line, cut with "…".
    Given the width its entry has, the style wraps the words and counts the lines."""

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        view = self.parent()
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        wrapped = QStyleOptionViewItem(option)
        width = max(1, view.viewport().width() - view.indentation() * depth)
        wrapped.rect = QRect(0, 0, width, 1)  # valid (a height), or the style ignores it
        return super().sizeHint(wrapped, index)


class TableOfContents(QTreeWidget):
    """Emits `activated_url` when the reader picks an entry (click, Enter or Space)."""

    activated_url = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableOfContents")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(True)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setExpandsOnDoubleClick(False)
        self.itemActivated.connect(self._on_activated)
        self.itemClicked.connect(self._on_activated)
        self._items: dict[str, QTreeWidgetItem] = {}

    def populate(self, book: Book, lang: Lang, home_label: str) -> None:
        """Show the entries for `lang`, keeping which chapters are expanded.

        A language switch usually changes only the words: the entries are then renamed
        in place, which is quicker than building them again and keeps the selection.
        """
        entries = self._entries(book, lang, home_label)
        if [url for _parent, _label, url in entries] == list(self._items):
            for _parent, label, url in entries:
                self._items[url].setText(0, label)
            return
        expanded = {key for key, item in self._items.items() if item.isExpanded()}
        self.clear()
        self._items.clear()
        for parent, label, url in entries:
            item = self._add(self._items.get(parent) if parent else None, label, url)
            if parent is None:
                item.setExpanded(url in expanded)

    def _entries(self, book: Book, lang: Lang, home_label: str) -> list[tuple[str, str, str]]:
        """(parent address or "", label, address) of every entry, in order."""
        entries = [("", home_label, "home:")]
        if book.clinic is not None:
            entries.append(("", self.tr("Your clinic"), "clinic:"))
        chapters = [(cid, *book.chapter(cid, lang)) for cid in book.order]
        chapters = [c for c in chapters if c[1] is not None]
        # the chapters for children are their own, unnumbered entries after the others
        chapters.sort(key=lambda c: c[1].for_children)  # type: ignore[union-attr]
        number = 0
        for cid, chapter, fallback in chapters:
            marker = f" ({chapter.lang.upper()})" if fallback else ""  # type: ignore[union-attr]
            number += 0 if chapter.for_children else 1  # type: ignore[union-attr]
            label = chapter.title if chapter.for_children \
                else f"{number}. {chapter.title}"  # type: ignore[union-attr]
            entries.append(("", f"{label}{marker}", f"chapter:{cid}"))
            entries.extend((f"chapter:{cid}", section.title, f"chapter:{cid}#{section.id}")
                           for section in chapter.sections  # type: ignore[union-attr]
                           if section.level == 2)
        if book.glossary:
            entries.append(("", self.tr("Glossary (A to Z)"), "terms:"))
        return entries

    def _add(self, parent: QTreeWidgetItem | None, label: str, url: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([label])
        item.setData(0, URL_ROLE, url)
        if parent is None:
            self.addTopLevelItem(item)
        else:
            parent.addChild(item)
        self._items[url] = item
        return item

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.scheduleDelayedItemsLayout()

    def viewportEvent(self, event: QEvent) -> bool:
        """An entry's tooltip is its label, for a list too narrow to show it whole.

        Shown from here rather than stored in each entry: a language switch would
        otherwise change every entry twice, and the list lay itself out twice.
        """
        if event.type() == QEvent.Type.Resize \
                and event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # the rows' heights follow the new width
        elif event.type() == QEvent.Type.ToolTip:
            item = self.itemAt(event.pos())
            if item is not None:
                QToolTip.showText(event.globalPos(), item.text(0), self.viewport())
                return True
        return super().viewportEvent(event)

    def _on_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.activated_url.emit(QUrl(item.data(0, URL_ROLE)))

    def show_place(self, url: QUrl, section: str) -> None:
        """Select the entry for what the view shows, without emitting anything."""
        base = page_of(url).toString()
        item = self._items.get(f"{base}#{section}") if section else None
        # A page of a paged list (`terms:TERM-ID`) selects its entry (`terms:`).
        item = item or self._items.get(base) or self._items.get(f"{url.scheme()}:")
        self.blockSignals(True)
        try:
            if item is None:
                self.clearSelection()
                return
            if item.parent() is not None:
                item.parent().setExpanded(True)
            self.setCurrentItem(item)
            self.scrollToItem(item)
        finally:
            self.blockSignals(False)
