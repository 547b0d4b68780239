"""The glossary in the window: the A–Z page, its command, and the pop-up beside a word.

`Glossary` registers the `terms:` page, adds View → Glossary (Ctrl+L) to the menu and
the toolbar, and opens the pop-up when a marked word is clicked, at the reader's zoom.
The pop-up and the page's filter bar (glossary_popup.py) are made on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ..content.model import Book, Lang
from .first_frame import Qt

if TYPE_CHECKING:
    from .glossary_popup import GlossaryFilterBar, GlossaryPopup

BODY_PT = 13.0  # style.css's body size: the pop-up reads like the page, at the same zoom


class Glossary(QObject):
    """Wires the glossary into a main window (see `MainWindow._install_glossary`)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("glossary")
        self.window = window
        self.filter_text = ""
        self._popup: GlossaryPopup | None = None  # built on first use: start-up stays fast
        window.pages.register("terms", self._page)
        self.action = QAction(window)
        self.action.setObjectName("actionGlossary")
        self.action.setShortcuts([QKeySequence("Ctrl+L")])
        self.action.triggered.connect(self.open_page)
        window.addAction(self.action)
        self._filter_bar: GlossaryFilterBar | None = None  # made with the A–Z page
        window.view.termActivated.connect(self.show_term)
        window.view.pageChanged.connect(self._page_changed)
        window.retranslated.connect(self.retranslate)
        reset = getattr(window, "resetRequested", None)  # kiosk: forget the previous family
        if reset is not None:
            reset.connect(self.reset)
        self.retranslate()

    def _page(self, book: Book, _path: str, lang: Lang, style) -> str:  # noqa: ANN001
        from ..render.glossary_page import glossary_html

        return glossary_html(book, lang, style, self.filter_text)

    @property
    def popup(self) -> GlossaryPopup:
        if self._popup is None:
            from .glossary_popup import GlossaryPopup

            self._popup = GlossaryPopup(self.window.book, self.window)
            self._popup.openInGlossary.connect(self.open_page_at)
        return self._popup

    @property
    def filter_bar(self) -> GlossaryFilterBar:
        """The A–Z page's filter, on a toolbar row of its own under the others."""
        if self._filter_bar is None:
            from .glossary_popup import GlossaryFilterBar

            self._filter_bar = GlossaryFilterBar(self.window)
            self._filter_bar.hide()
            self.window.addToolBarBreak()  # the top area, like the other toolbars
            self.window.addToolBar(self._filter_bar)
            self._filter_bar.filterChanged.connect(self.set_filter)
        return self._filter_bar

    def show_term(self, term_id: str, anchor: QPoint) -> None:
        scale = self.window.pages.style.scale
        line = round(BODY_PT * scale * self.window.logicalDpiY() / 72 * 1.4)
        self.popup.show_term(term_id, self.window.lang, anchor, scale, line)

    def open_page(self) -> None:
        """The A–Z page, with the cursor in its filter box."""
        self.window.open_url(QUrl("terms:"))
        self.filter_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_page_at(self, term_id: str) -> None:
        """The A–Z page scrolled to `term_id` (the filter is cleared so it is there)."""
        if self._popup is not None:
            self._popup.close()
        if self.filter_text:
            self.filter_bar.set_text("")
            self.set_filter("", reload=False)
        self.window.open_url(QUrl(f"terms:#{term_id}"))

    def set_filter(self, text: str, reload: bool = True) -> None:
        text = text.strip()
        if text == self.filter_text:
            return
        self.filter_text = text
        self.window.pages.invalidate()
        view = self.window.view
        if reload and view.source().scheme() == "terms":
            view.reload()
            view.verticalScrollBar().setValue(0)

    def reset(self) -> None:
        if self._popup is not None:
            self._popup.close()
        if self._filter_bar is not None:
            self._filter_bar.set_text("")
        self.set_filter("", reload=False)

    def _page_changed(self, url: QUrl) -> None:
        on_page = url.scheme() == "terms"
        if not on_page and self._filter_bar is None:
            return
        if on_page and self.filter_text and url.fragment() in self.window.book.glossary:
            # sent to one word (a search hit, a link): the filter must not hide it
            self.filter_bar.set_text("")
            self.set_filter("")
            self.window.view.scrollToAnchor(url.fragment())
        if on_page and self.filter_bar.text().strip() != self.filter_text:
            self.filter_bar.set_text(self.filter_text)
        self.filter_bar.setVisible(on_page)

    def retranslate(self) -> None:
        tip = self.tr("All the hard words of the guide, from A to Z")
        self.action.setText(self.tr("&Glossary"))
        self.action.setIconText(self.tr("Glossary"))
        self.action.setStatusTip(tip)
        shortcut = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{tip} ({shortcut})")
