"""The glossary's widgets: the pop-up beside a word, and the A–Z page's filter bar.

Clicking a marked word (or pressing Enter on it) opens `GlossaryPopup`: not a dialog,
a small frameless tool window (not a Qt::Popup, which assistive technology never sees)
that takes the focus, closes on Esc or when another window is used, gives the focus
back where it was, with the plain definition, the
word in the other language (so an English-speaking family learns the French word the
doctors use), related words that open in the same pop-up with a way back, and a button
to the A–Z page. `glossary.Glossary` wires them into the window and makes each on first
use, so this module is not loaded before the first page is painted.
"""

from __future__ import annotations

from html import escape

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...content.model import Book, Lang, other_lang
from ...qt.first_frame import Qt
from ...qt.i18n import track
from .glossary import BODY_PT

SCREEN_MARGIN = 8
WIDTH_CHARS = 44


def clamp_to_screen(anchor: QPoint, size: tuple[int, int], available: QRect,
                    line_height: int) -> QPoint:
    """Top-left corner for a box of `size` below `anchor` (the word's bottom-left), or
    above the word when there is no room below, always inside `available`."""
    width, height = size
    left = available.left() + SCREEN_MARGIN
    top = available.top() + SCREEN_MARGIN
    right = available.right() - SCREEN_MARGIN - width + 1
    bottom = available.bottom() - SCREEN_MARGIN - height + 1
    x = max(left, min(anchor.x(), right))
    below = anchor.y() + 4
    above = anchor.y() - line_height - height - 4
    y = below if below <= bottom else above if above >= top else bottom
    return QPoint(x, max(top, y))


class _LinkLabel(QLabel):
    """A label of links where Tab lands on the first link (Shift+Tab on the last), not on
    the label with nothing highlighted."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) \
                and not self.hasSelectedText():
            self.focusNextPrevChild(reason == Qt.FocusReason.TabFocusReason)


class _Body(QWidget):
    """The scrolled part. Its height follows its width (wrapped words), so its minimum
    must not be the height of words wrapped one per line, or it would always scroll."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, 0)


class GlossaryPopup(QFrame):
    """A term's meaning beside the word. Not modal: Esc or a click elsewhere closes it."""

    openInGlossary = Signal(str)  # term id

    def __init__(self, book: Book, parent: QWidget) -> None:
        # A tool window, not a Qt::Popup: Qt leaves pop-ups out of the accessible tree.
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self._return_to: QWidget | None = None  # where the focus goes back on closing
        self.setObjectName("glossaryPopup")
        self.setFrameShape(QFrame.Shape.Box)
        self.setLineWidth(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.book = book
        self.lang: Lang = "en"
        self.term_id = ""
        self.history: list[str] = []
        self._anchor = QPoint()
        self._line_height = 20

        self.title = QLabel(objectName="glossaryTerm")
        self.definition = QLabel(objectName="glossaryDefinition")
        self.other = QLabel(objectName="glossaryOtherLanguage")
        self.related = _LinkLabel(objectName="glossaryRelated")
        for label in (self.title, self.definition, self.other, self.related):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.definition.setTextFormat(Qt.TextFormat.PlainText)
        self.definition.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other.setTextFormat(Qt.TextFormat.RichText)
        self.related.setTextFormat(Qt.TextFormat.RichText)
        self.related.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.related.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.related.linkActivated.connect(lambda href: self.follow(href.split(":", 1)[-1]))

        body = _Body()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for label in (self.definition, self.other, self.related):
            body_layout.addWidget(label)
        body_layout.addStretch(1)
        self.body = body
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.back_button = QPushButton(objectName="glossaryBack")
        self.open_button = QPushButton(objectName="glossaryOpenPage")
        self.close_button = QPushButton(objectName="glossaryClose")
        self.back_button.clicked.connect(self.back)
        self.open_button.clicked.connect(lambda: self.openInGlossary.emit(self.term_id))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.related, self.back_button)
        self.setTabOrder(self.back_button, self.open_button)
        self.setTabOrder(self.open_button, self.close_button)
        track(self)

    # --- showing a term ------------------------------------------------------------------
    def show_term(self, term_id: str, lang: Lang, anchor: QPoint, scale: float = 1.0,
                  line_height: int = 20) -> bool:
        """Open on `term_id` below `anchor` (global), at the page's text `scale`."""
        if term_id not in self.book.glossary:
            return False
        self.lang = lang
        self.history.clear()
        self._anchor = QPoint(anchor)
        self._line_height = line_height
        self._set_scale(scale)
        self._fill(term_id)
        self._fit()
        if not self.isVisible():
            self._return_to = QApplication.focusWidget()
        self.show()
        self._fit()  # again, now that the style has polished the shown widgets
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.PopupFocusReason)
        return True

    def follow(self, term_id: str) -> None:
        """Show a related term in the same pop-up; Back returns to this one."""
        if term_id not in self.book.glossary or term_id == self.term_id:
            return
        self.history.append(self.term_id)
        self._fill(term_id)
        self._fit()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def back(self) -> None:
        if self.history:
            self._fill(self.history.pop())
            self._fit()
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill(self, term_id: str) -> None:
        self.term_id = term_id
        term = self.book.glossary[term_id]
        text = term.text.get(self.lang) or next(iter(term.text.values()))
        other = term.text.get(other_lang(self.lang))
        self.title.setText(text.term)
        self.definition.setText(text.definition or text.short)
        if other is not None and other is not text:
            label = self.tr("In English:") if self.lang == "fr" else self.tr("In French:")
            self.other.setText(f'{escape(label)} <b lang="{other_lang(self.lang)}">'
                               f"{escape(other.term)}</b>")
            self.other.show()
        else:
            self.other.hide()
        links = [f'<a href="glossary:{escape(rid)}">'
                 f'{escape((self.book.glossary[rid].text.get(self.lang) or text).term)}</a>'
                 for rid in term.related if rid in self.book.glossary]
        see_also = self.tr("See also:")
        self.related.setText(f"{escape(see_also)} {', '.join(links)}")
        self.related.setVisible(bool(links))
        self.back_button.setVisible(bool(self.history))
        self.setAccessibleName(text.term)
        self.setAccessibleDescription(text.definition or text.short)
        # Read as its words (a name would hide them), said to be the definition.
        self.definition.setAccessibleDescription(self.tr("Definition"))
        self.scroll.verticalScrollBar().setValue(0)

    # --- size and place --------------------------------------------------------------
    def _set_scale(self, scale: float) -> None:
        font = QGuiApplication.font()
        font.setPointSizeF(BODY_PT * scale)
        self.setFont(font)
        title = self.title.font()
        title.setPointSizeF(BODY_PT * 1.25 * scale)
        title.setBold(True)
        self.title.setFont(title)

    def _fit(self) -> None:
        """Size for the text at this zoom, then keep the whole pop-up on the screen."""
        screen = QGuiApplication.screenAt(self._anchor) or self.parentWidget().screen()
        available = screen.availableGeometry()
        width = min(self.fontMetrics().averageCharWidth() * WIDTH_CHARS,
                    available.width() - 2 * SCREEN_MARGIN)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right() - 2 * self.frameWidth()
        content = self.body.layout().totalHeightForWidth(inner)
        self.scroll.setMinimumHeight(0)
        self.scroll.setFixedHeight(content)
        height = self.layout().totalHeightForWidth(width)
        limit = available.height() - 2 * SCREEN_MARGIN
        if height > limit:  # large print on a small screen: the definition scrolls
            self.scroll.setFixedHeight(max(self.fontMetrics().height(),
                                           content - (height - limit)))
            height = limit
        self.setFixedSize(width, height)
        self.move(clamp_to_screen(self._anchor, (width, height), available,
                                  self._line_height))

    # --- keys and words ----------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        focused = self.focusWidget()
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and isinstance(focused, QPushButton) and self.isAncestorOf(focused):
            focused.click()  # Enter presses the focused button (not only Space)
        elif event.key() == Qt.Key.Key_Backspace or event.matches(QKeySequence.StandardKey.Back):
            self.back()
        else:
            super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isVisible() \
                and not self.isActiveWindow() and QApplication.activeWindow() is not None:
            self._return_to = None  # the reader went to another window: leave the focus there
            self.close()  # what a pop-up does on a click elsewhere
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        back, self._return_to = self._return_to, None
        if back is not None and shiboken6.isValid(back) and back.isVisible():
            back.window().activateWindow()
            back.setFocus(Qt.FocusReason.PopupFocusReason)

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Show the word you saw before"))
        self.open_button.setText(self.tr("Open in glossary"))
        self.open_button.setToolTip(self.tr("Show this word in the list of all words"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this box (Esc)"))
        self.related.setAccessibleName(self.tr("Related words"))
        self.related.setAccessibleDescription(self.tr("Choose a word to see its meaning here"))
        if self.term_id:
            self._fill(self.term_id)


class GlossaryFilterBar(QToolBar):
    """The A–Z page's filter box, shown above the text while that page is open."""

    filterChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryFilterBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QLabel()
        self.field = QLineEdit(objectName="glossaryFilter")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(260)
        self.field.setMaximumWidth(self.field.fontMetrics().averageCharWidth() * 48)
        self.label.setBuddy(self.field)
        self.addWidget(self.label)
        self.addWidget(self.field)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._emit)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._emit)
        self.field.installEventFilter(self)
        track(self)

    def text(self) -> str:
        return self.field.text()

    def set_text(self, text: str) -> None:
        """Set the box without announcing it (the page is already shown for it)."""
        self.field.blockSignals(True)
        self.field.setText(text)
        self.field.blockSignals(False)
        self._timer.stop()

    def _emit(self) -> None:
        self._timer.stop()
        self.filterChanged.emit(self.field.text())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape and self.field.text():
            self.field.clear()
            self._emit()
            return True
        return super().eventFilter(watched, event)


    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary filter"))
        self.label.setText(self.tr("Find a &word:"))
        self.field.setPlaceholderText(self.tr("part of a word, e.g. leucemie"))
        self.field.setAccessibleName(self.tr("Find a word in the glossary"))
        self.field.setAccessibleDescription(
            self.tr("Shows only the words that contain what you type; accents do not matter"))
