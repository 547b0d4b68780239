"""The list of search results under the toolbar's field, and how each result is drawn.

Loaded on the first search: its Qt classes (the item delegate, the style's options) are
not needed before then, and the window opens faster without them (first_frame.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...qt.first_frame import Qt
from .search import HTML_ROLE

POPUP_FONT_SCALE = 1.1
ITEM_CSS = """
.title { font-weight: 600; }
.where { color: #555555; }
.snippet { color: #333333; }
.header { font-weight: 600; color: #1d4ed8; }
.message { color: #333333; }
.suggestion { color: #1d4ed8; text-decoration: underline; }
b { background-color: #ffe066; color: #000000; font-weight: normal; }
"""


class RichItemDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title, place, snippet with its <b> marks) word-wrapped."""

    PADDING = 6

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: float
                  ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(ITEM_CSS)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(40.0, width - 2 * self.PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        from PySide6.QtWidgets import QStyle  # noqa: TID251 - on the first search

        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, QColor("#dbe8ff"))
            painter.fillRect(option.rect.adjusted(0, 0, 4 - option.rect.width(), 0),
                             QColor("#1d4ed8"))
        doc = self._document(option, index, option.rect.width())
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        context.clip = QRectF(0, 0, option.rect.width(), option.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        self.initStyleOption(option, index)
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QListWidget) else 400
        doc = self._document(option, index, width)
        return QSize(width, int(doc.size().height()) + 2 * self.PADDING)


class ResultsPopup(QListWidget):
    """The results under the field: a child of the window, so it never takes the focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setItemDelegate(RichItemDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setFrameShape(QFrame.Shape.Box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setStyleSheet("QListWidget#searchResults { background: white;"
                           " border: 1px solid #8a8a8a; }")
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * POPUP_FONT_SCALE)
        self.setFont(font)
        self.hide()

    def selectable_rows(self) -> list[int]:
        return [row for row in range(self.count())
                if self.item(row).flags() & Qt.ItemFlag.ItemIsSelectable]

    def step(self, delta: int) -> None:
        """Move the current result by `delta` selectable rows, stopping at the ends."""
        rows = self.selectable_rows()
        if not rows:
            return
        current = self.currentRow()
        if current not in rows:
            target = rows[0] if delta > 0 else rows[-1]
        else:
            position = max(0, min(len(rows) - 1, rows.index(current) + delta))
            target = rows[position]
        self.setCurrentRow(target)
        self.scrollToItem(self.item(target))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.doItemsLayout()  # heights depend on the width
