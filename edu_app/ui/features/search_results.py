"""The list of search results under the toolbar's field, and how each result is drawn.

Loaded on the first search: its Qt classes (the item delegate, the style's options) are
not needed before then, and the window opens faster without them (first_frame.py).
The list takes the reader's theme (`set_theme`): a white list under a dark or
high-contrast window was a white flash for a reader who chose a dark page. Its words are
a little larger than the interface's at every text size: whatever font it is given (the
interface's, at the reader's zoom: features/interface_size.py gives it to every part
with a style sheet), it shows it `POPUP_FONT_SCALE` larger, so a zoom changed while it is
open reaches it too, and its width grows with its words (`min_width`).
"""

from __future__ import annotations

from html import escape, unescape

from PySide6.QtCore import QEvent, QModelIndex, QRectF, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QGuiApplication,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...qt.first_frame import Qt
from .. import themes
from ..page_marks import MARK_COLOUR
from .search import HIT_ROLE, HTML_ROLE

POPUP_FONT_SCALE = 1.1
MIN_WIDTH = 560  # at 100 %: room for a snippet on a line or two


def item_css(theme: themes.Theme, selected: bool = False) -> str:
    """A result's colours in `theme`; on the selected result everything takes the
    selection's ink, and the marked words the selection's colours reversed (the yellow
    mark would vanish on the high-contrast theme's yellow selection)."""
    text = theme.highlighted_text if selected else theme.text
    muted = theme.highlighted_text if selected else theme.muted
    accent = theme.highlighted_text if selected else theme.link
    mark_bg, mark_ink = ((theme.highlighted_text, theme.highlight) if selected
                         else (MARK_COLOUR.name(), "#000000"))
    return f"""
.title {{ font-weight: 600; color: {text}; }}
.snippet, .message {{ color: {muted}; }}
.header {{ font-weight: 600; color: {accent}; }}
.suggestion {{ color: {accent}; text-decoration: underline; }}
b {{ background-color: {mark_bg}; color: {mark_ink}; font-weight: normal; }}
"""


class RichItemDelegate(QStyledItemDelegate):
    """Paints an item's HTML (title, place, snippet with its <b> marks) word-wrapped."""

    PADDING = 6

    def _theme(self) -> themes.Theme:
        view = self.parent()
        return view.theme if isinstance(view, ResultsPopup) else themes.LIGHT

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, width: float,
                  selected: bool = False) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDefaultStyleSheet(item_css(self._theme(), selected))
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(40.0, width - 2 * self.PADDING))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        from PySide6.QtWidgets import QStyle  # noqa: TID251 - on the first search

        painter.save()
        theme = self._theme()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.fillRect(option.rect, QColor(theme.highlight if selected else theme.background))
        doc = self._document(option, index, option.rect.width(), selected)
        painter.translate(option.rect.left() + self.PADDING, option.rect.top() + self.PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, QColor(
            theme.highlighted_text if selected else theme.text))
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

    def __init__(self, parent: QWidget, theme: themes.Theme = themes.LIGHT) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.theme = theme
        self.setItemDelegate(RichItemDelegate(self))
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setFrameShape(QFrame.Shape.Box)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self._enlarging = False
        self.set_theme(theme)
        self._enlarge()  # the window's font, inherited until the style sheet was set
        self.hide()

    def _enlarge(self) -> None:
        """The font it was given, `POPUP_FONT_SCALE` larger."""
        self._enlarging = True
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * POPUP_FONT_SCALE)
        self.setFont(font)
        self._enlarging = False

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and not self._enlarging:
            self._enlarge()  # a new text size: the owner places the list again

    def min_width(self) -> int:
        """`MIN_WIDTH` at the text size shown: twice as wide at 200 %."""
        base = QGuiApplication.font().pointSizeF() * POPUP_FONT_SCALE
        return round(MIN_WIDTH * max(1.0, self.font().pointSizeF() / base))

    def set_theme(self, theme: themes.Theme) -> None:
        """The list's ground and frame in `theme`'s colours; the rows repaint in them."""
        self.theme = theme
        self.setStyleSheet(f"QListWidget#searchResults {{ background: {theme.background};"
                           f" color: {theme.text}; border: 1px solid {theme.border}; }}")
        self.viewport().update()

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


def text_item(text: str, css: str) -> QListWidgetItem:
    """A line of the list that is not a result (a header, a message)."""
    item = QListWidgetItem(text)
    item.setData(HTML_ROLE, f'<span class="{css}">{escape(text)}</span>')
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item


def hit_item(where: str, hit, note: str = "") -> QListWidgetItem:  # hit: search.Hit
    """A result: its place and snippet drawn by the delegate, read as plain words."""
    text = f"{where}: {_plain(hit.snippet)}"
    item = QListWidgetItem(text)
    item.setData(HTML_ROLE, f'<div class="title">{escape(where)}</div>'
                            f'<div class="snippet">{hit.snippet}</div>')
    item.setData(HIT_ROLE, hit)
    if note:  # heard by a screen reader, shown on hover
        item.setToolTip(note)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{text} ({note})")
    return item


def _plain(snippet_html: str) -> str:
    return unescape(snippet_html.replace("<b>", "").replace("</b>", ""))
