"""The glossary in the window: the A–Z page, its commands, and the pop-up beside a word.

`Glossary` registers the `terms:` page, adds View → Glossary (Ctrl+L) to the menu and
the toolbar and View → Mark every glossary word, and opens the pop-up when a marked word
is clicked, at the reader's zoom. The pop-up and the page's filter bar
(glossary_popup.py) are made on first use, and so is the A–Z order: nothing of the
page is built before the reader asks for it.

A long glossary comes a page at a time (`render.glossary_page.GlossaryIndex`): this
module tells the page source on which page an address lands (`terms:#word` is on the
page of that word, in the reader's language and filter).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QUrl
from PySide6.QtGui import QAction, QKeySequence

from ...content.model import Book, Lang
from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..actions import name_action

if TYPE_CHECKING:
    from ...render.glossary_page import GlossaryIndex
    from ..reader import Reader
    from ..shell import Shell
    from .glossary_popup import GlossaryFilterBar, GlossaryPopup

BODY_PT = 13.0  # style.css's body size: the pop-up reads like the page, at the same zoom


class Glossary(QObject):
    """The glossary's page, commands and pop-up, installed through the reader and shell."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.setObjectName("glossary")
        self.reader = reader
        self.shell = shell
        self.view = shell.view
        self.filter_text = ""
        self._popup: GlossaryPopup | None = None  # built on first use: start-up stays fast
        self._indexes: dict[tuple, GlossaryIndex] = {}  # the A–Z order, made on first use
        reader.pages.register("terms", self._page, self._locate)
        self.action = QAction(shell)
        self.action.setObjectName("actionGlossary")
        self.action.setShortcuts([QKeySequence("Ctrl+L")])
        self.action.triggered.connect(self.open_page)
        self.mark_all_action = QAction(shell)
        self.mark_all_action.setObjectName("actionMarkAllTerms")
        self.mark_all_action.setCheckable(True)
        self.mark_all_action.setChecked(reader.mark_all_terms)
        self.mark_all_action.toggled.connect(reader.set_mark_all_terms)
        before = shell.actions.next_pane
        shell.add_command(self.action, "view", before=before)
        shell.add_command(self.mark_all_action, "view", before=before)
        shell.add_to_toolbar(self.action, before=shell.actions.zoom_out, separate=True)
        self._filter_bar: GlossaryFilterBar | None = None  # made with the A–Z page
        self.view.termActivated.connect(self.show_term)
        self.view.pageChanged.connect(self._page_changed)
        reader.styleChanged.connect(
            lambda: self.mark_all_action.setChecked(reader.mark_all_terms))
        reader.resetRequested.connect(self.reset)  # kiosk: forget the previous family
        track(self)

    def _index(self, lang: Lang) -> GlossaryIndex:
        """The terms in A–Z order for `lang` and the filter, sorted once (both languages
        are kept: the page is prepared in the other one for the FR | EN switch)."""
        glossary = self.reader.book.glossary
        key = (lang, self.filter_text, id(glossary), len(glossary))
        index = self._indexes.get(key)
        if index is None:
            from ...render.glossary_page import GlossaryIndex

            self._indexes = {k: v for k, v in self._indexes.items() if k[2:] == key[2:]
                             and k[1] == self.filter_text}
            index = self._indexes[key] = GlossaryIndex(self.reader.book, lang,
                                                       self.filter_text)
        return index

    def _page(self, book: Book, path: str, lang: Lang, style) -> str:
        from ...render.glossary_page import glossary_html

        return glossary_html(book, lang, style, self.filter_text, path, self._index(lang))

    def _locate(self, url: QUrl, lang: Lang) -> QUrl:
        """The page `url` lands on. A word asked for by name (a search hit, the pop-up's
        button, a link) is never hidden by the filter: asking for it clears the filter."""
        fragment = url.fragment()
        if self.filter_text and fragment in self.reader.book.glossary \
                and self._index(lang).page_of(fragment) is None:
            self._clear_filter()
            if self.view.source().scheme() == "terms":
                self.view.reload()  # Qt only scrolls on the same page: show it unfiltered
        path, fragment = self._index(lang).locate(url.path(), fragment)
        located = QUrl()
        located.setScheme("terms")
        located.setPath(path)
        if fragment:
            located.setFragment(fragment)
        return located

    def _clear_filter(self) -> None:
        if self._filter_bar is not None:
            self._filter_bar.set_text("")
        self.filter_text = ""
        self.reader.pages.invalidate()

    @property
    def popup(self) -> GlossaryPopup:
        if self._popup is None:
            from .glossary_popup import GlossaryPopup

            self._popup = GlossaryPopup(self.reader.book, self.shell)
            self._popup.openInGlossary.connect(self.open_page_at)
        return self._popup

    @property
    def filter_bar(self) -> GlossaryFilterBar:
        """The A–Z page's filter, on a toolbar row of its own under the others."""
        if self._filter_bar is None:
            from .glossary_popup import GlossaryFilterBar

            self._filter_bar = GlossaryFilterBar(self.shell)
            self._filter_bar.hide()
            self.shell.add_toolbar(self._filter_bar, new_row=True)  # under the others
            self._filter_bar.filterChanged.connect(self.set_filter)
            self._style_filter()
            self.reader.styleChanged.connect(self._style_filter)
        return self._filter_bar

    def _style_filter(self) -> None:
        """The filter box framed in the theme's colours (Fusion's frame vanishes on the
        dark and high-contrast windows)."""
        from ..themes import field_style, theme

        self.filter_bar.field.setStyleSheet(field_style(theme(self.reader.theme)))

    def show_term(self, term_id: str, anchor: QPoint) -> None:
        scale = self.reader.pages.style.scale
        line = round(BODY_PT * scale * self.shell.logicalDpiY() / 72 * 1.4)
        self.popup.show_term(term_id, self.reader.lang, anchor, scale, line)

    def open_page(self) -> None:
        """The A–Z page, with the cursor in its filter box."""
        self.shell.open_url(QUrl("terms:"))
        self.filter_bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_page_at(self, term_id: str) -> None:
        """The A–Z page (the page of `term_id`) scrolled to `term_id`, with no filter."""
        if self._popup is not None:
            self._popup.close()
        if self.filter_text:
            self._clear_filter()
        url = QUrl("terms:")
        url.setFragment(term_id)
        self.shell.open_url(url)

    def set_filter(self, text: str, reload: bool = True) -> None:
        text = text.strip()
        if text == self.filter_text:
            return
        self.filter_text = text
        self.reader.pages.invalidate()
        view = self.view
        if reload and view.source().scheme() == "terms":
            if view.source().path():  # the words found start on the first page
                view.go(QUrl("terms:"))  # not open_url: the focus stays in the filter box
            else:
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
        if on_page and self.filter_text and url.fragment() in self.reader.book.glossary \
                and self._index(self.reader.lang).page_of(url.fragment()) is None:
            # back or forward to one word that the filter now hides: show it, unfiltered
            self._clear_filter()
            located = self._locate(url, self.reader.lang)
            if located.path() != url.path():
                self.view.go(located)
                return
            self.view.reload()  # the same page, unfiltered: the history is kept
            self.view.scrollToAnchor(url.fragment())
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
        name_action(self.mark_all_action, self.tr("&Mark every glossary word"),
                    self.tr("Underline every word of the glossary, not only the first in "
                            "each part"))


def install(reader: Reader, shell: Shell) -> Glossary:
    return Glossary(reader, shell)
