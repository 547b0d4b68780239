"""The toolbar's search field, with the results shown under it as you type.

The field keeps the keyboard: Up/Down move through the results, Enter opens one, Esc
closes the list. Results come from `edu_app.search` (current language first, then a
header and the other language's); opening one shows the section in the language being
read, and marks every matched word in the chapter until the reader goes elsewhere or
empties the field. A result in the other language opens in that language: the guide
switches (the reader's own switch), and the list says so before it is chosen. Nothing
found: the glossary words spelt nearest. The field and its list take the reader's theme.
The index is made when the field is first focused, on a thread for a big book
(search_ready.py); a query typed before it is ready says so and runs when it is.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QListWidgetItem,
    QToolBar,
    QToolTip,
    QWidget,
)

from ...content.model import other_lang
from ...qt.first_frame import USER_ROLE, Qt
from ...qt.i18n import track
from .. import themes
from ..actions import name_action
from ..browser import ChapterView
from ..page_marks import search_marks
from .search_ready import IndexMaker

if TYPE_CHECKING:  # the search package and the results list load on the first search
    from ...search import Hit
    from ..reader import Reader
    from ..shell import Shell
    from .search_results import ResultsPopup

log = logging.getLogger(__name__)

DEBOUNCE_MS = 150
RESULTS_PER_LANGUAGE = 8
TERMS_PER_LANGUAGE = 3
HTML_ROLE = USER_ROLE + 1
HIT_ROLE = USER_ROLE + 2
SUGGESTION_ROLE = USER_ROLE + 3


class SearchField(QLineEdit):
    """The toolbar search: type, see ranked results, open one with Enter or a click."""

    def __init__(self, book, view: ChapterView, window: QWidget,
                 open_url: Callable[[QUrl], None] | None = None,
                 switch_language: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.setObjectName("searchField")
        self.view = view
        self.host = window
        self.open_url = open_url or view.go
        self.switch_language = switch_language
        self.theme = themes.LIGHT
        self.book = book
        self.maker = IndexMaker(book, self, RESULTS_PER_LANGUAGE, TERMS_PER_LANGUAGE)
        self.maker.ready.connect(self._index_ready)
        self.waiting = False  # the list says the search is getting ready
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(200)
        self.setMaximumWidth(340)
        # a toolbar of its own, so a crowded main toolbar never hides the search
        self.bar = QToolBar()
        self.bar.setObjectName("searchToolbar")
        self.bar.setMovable(False)
        self.bar.addWidget(self)
        self._popup: ResultsPopup | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.textChanged.connect(self._text_changed)
        self.action = QAction(window)
        self.action.setObjectName("actionSearch")
        self.action.setShortcuts([QKeySequence("Ctrl+K")])
        self.action.triggered.connect(self.focus_search)
        window.addAction(self.action)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.hits: list[Hit] = []
        track(self)

    @property
    def popup(self) -> ResultsPopup:
        """The list of results under the field, made on the first search."""
        if self._popup is None:
            from .search_results import ResultsPopup

            self._popup = ResultsPopup(self.host, self.theme)
            self._popup.itemClicked.connect(self._activate)
            self._popup.itemActivated.connect(self._activate)
            self._popup.installEventFilter(self)
            self.host.installEventFilter(self)  # a resized window moves the list
            self._popup.setAccessibleName(self.tr("Search results"))
        return self._popup

    def results_shown(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    # --- words on screen --------------------------------------------------------------
    def retranslate(self) -> None:
        self.bar.setWindowTitle(self.tr("Search the guide"))
        self.setPlaceholderText(self.tr("Search the guide"))
        tip = self.tr("Find a word in every chapter and in the glossary")
        self.setToolTip(f"{tip} (Ctrl+K)")
        self.setAccessibleName(self.tr("Search the guide"))
        self.setAccessibleDescription(tip)
        if self._popup is not None:
            self._popup.setAccessibleName(self.tr("Search results"))
        name_action(self.action, self.tr("&Search the guide…"), tip)
        if self.results_shown():
            self.search_now()

    def set_theme(self, theme: themes.Theme) -> None:
        """The field's frame and the results list in the reader's theme."""
        self.theme = theme
        self.setStyleSheet(themes.field_style(theme))
        if self._popup is not None:
            self._popup.set_theme(theme)

    # --- typing -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.bar.show()  # in case it was hidden from the toolbars' menu
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.search_now()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.maker.is_ready():  # now, while the reader is still reaching the keys
            QTimer.singleShot(0, self.maker.start)

    def _text_changed(self, text: str) -> None:
        if text.strip():
            self.timer.start()
        else:
            self.timer.stop()
            self.hits, self.waiting = [], False
            if self._popup is not None:
                self._popup.clear()
                self._popup.hide()
            # an empty field searches for nothing: the words it marked go too
            if self.view.highlights("search"):
                self.view.set_highlights("search", [])

    def search_now(self) -> None:
        """Run the query for the field's text and show the results (or suggestions)."""
        self.timer.stop()
        text = self.text()
        if not text.strip():
            self._text_changed("")
            return
        lang = self.view.pages.lang
        self.waiting = not self.maker.start()
        if self.waiting:  # a big book's index is still being made: run when it is ready
            self.popup.clear()
            self._add_text(self.tr("The search is getting ready. Your results will appear "
                                   "here in a moment."), "message")
        else:
            try:
                index = self.maker.index
                self.hits = index.query(text, lang) if index is not None else []
            except Exception:  # a search must never take the guide down
                log.exception("search failed for %r", text)
                self.hits = []
            self._fill(text, lang)
        self._place_popup()
        self.popup.show()
        self.popup.raise_()

    def _index_ready(self) -> None:
        """The query that waited for the index, run now (unless the list was closed)."""
        if self.waiting and self.results_shown() and self.text().strip():
            self.search_now()
        self.waiting = False

    # --- the list -------------------------------------------------------------------------
    def _fill(self, text: str, lang: str) -> None:
        popup = self.popup
        popup.clear()
        other = other_lang(lang)  # type: ignore[arg-type]
        mine = [h for h in self.hits if h.lang == lang]
        theirs = [h for h in self.hits if h.lang != lang]
        for hit in mine:
            self._add_hit(hit)
        if theirs:
            header = self.tr("In French") if other == "fr" else self.tr("In English")
            self._add_text(header, "header")
            self._add_text(self.switch_note(other), "message")
            for hit in theirs:
                self._add_hit(hit, self.switch_note(other))
        if not self.hits:
            self._add_text(self.tr("Nothing found for “%1”.").replace("%1", text.strip()[:60]),
                           "message")
            suggestions = self._suggestions(text, lang)
            if suggestions:
                self._add_text(self.tr("Did you mean:"), "header")
                for form in suggestions:
                    item = QListWidgetItem(form)
                    item.setData(HTML_ROLE, f'<span class="suggestion">{_escape(form)}</span>')
                    item.setData(SUGGESTION_ROLE, form)
                    item.setToolTip(self.tr("Search for this word"))
                    popup.addItem(item)
            else:
                self._add_text(self.tr("Try a shorter word, or another spelling."), "message")
        rows = popup.selectable_rows()
        if rows and self.hits:
            popup.setCurrentRow(rows[0])

    def _suggestions(self, text: str, lang: str) -> list[str]:
        index, suggester = self.maker.index, self.maker.suggester
        if index is None or suggester is None:
            return []
        return suggester.suggest(text, lang, keep=lambda form: bool(index.query(form, lang)))

    def _add_text(self, text: str, css: str) -> None:
        from .search_results import text_item

        self.popup.addItem(text_item(text, css))

    def switch_note(self, lang: str) -> str:
        """What choosing a result in `lang` does, said before it is chosen."""
        if lang == "fr":
            return self.tr("Opening one switches the guide to French.")
        return self.tr("Opening one switches the guide to English.")

    def _add_hit(self, hit: Hit, note: str = "") -> None:
        from .search_results import hit_item

        glossary = self.tr("Glossary")  # a plain string, where pyside6-lupdate finds it
        where = f"{glossary} › {hit.title}" if hit.kind == "term" else hit.title
        self.popup.addItem(hit_item(where, hit, note))

    def _place_popup(self) -> None:
        host = self.host
        below = self.mapTo(host, QPoint(0, self.height() + 2))
        width = min(max(self.width(), self.popup.min_width()), host.width() - 16)
        x = max(8, min(below.x(), host.width() - width - 8))
        available = max(120, host.height() - below.y() - 12)
        self.popup.setFixedWidth(width)
        self.popup.doItemsLayout()
        wanted = sum(self.popup.sizeHintForRow(r) for r in range(self.popup.count()))
        height = min(available, wanted + 2 * self.popup.frameWidth() + 2)
        self.popup.setGeometry(x, below.y(), width, height)

    def reset(self) -> None:
        """Forget the last search (a kiosk hands the computer to the next family)."""
        self.clear()
        self.close_results()

    def close_results(self) -> None:
        self.timer.stop()
        if self._popup is not None:
            self._popup.hide()

    # --- opening a result ---------------------------------------------------------------
    def activate_current(self) -> None:
        if self.timer.isActive() or not self.results_shown():
            self.search_now()
        item = self.popup.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            rows = self.popup.selectable_rows()
            item = self.popup.item(rows[0]) if rows else None
        if item is not None:
            self._activate(item)

    def _activate(self, item: QListWidgetItem) -> None:
        suggestion = item.data(SUGGESTION_ROLE)
        if suggestion:
            self.setText(suggestion)
            self.setFocus()
            self.search_now()
            return
        hit = item.data(HIT_ROLE)
        if hit is not None:
            self.open_hit(hit)

    def open_hit(self, hit: Hit) -> None:
        """Show the hit's section in the hit's language and mark the words found: a
        French sentence found from an English screen opens in French (the guide switches
        with the reader's own switch, as the list said it would)."""
        self.close_results()
        if hit.lang != self.view.pages.lang and self.switch_language is not None:
            self.switch_language(hit.lang)
        if hit.kind == "term":
            self._open_term(hit.ref_id)
            return
        url = QUrl(f"chapter:{hit.ref_id}")
        if hit.section_id:
            url.setFragment(hit.section_id)
        self.open_url(url)
        self.highlight_words()

    def highlight_words(self) -> int:
        """Mark every occurrence of the searched words in the page shown; returns how many."""
        from ...search import word_spans

        if self.maker.index is None:  # nothing was found without it
            return 0
        parsed = self.maker.index.parse(self.text())
        spans = word_spans(self.view.toPlainText(), parsed.patterns)
        self.view.set_highlights("search", search_marks(self.view, spans))
        return len(spans)

    def _open_term(self, term_id: str) -> None:
        glossary_page = QUrl("terms:")
        if self.view.pages.handles(glossary_page):
            glossary_page.setFragment(term_id)
            self.open_url(glossary_page)
            return
        where = self.mapToGlobal(QPoint(0, self.height()))
        meta = ChapterView.staticMetaObject
        signal = meta.method(meta.indexOfSignal("termActivated(QString,QPoint)"))
        if self.view.isSignalConnected(signal):
            self.view.termActivated.emit(term_id, where)
            return
        term = self.book.glossary.get(term_id)
        text = term.text.get(self.view.pages.lang) if term else None
        if text is not None:
            QToolTip.showText(where, f"<b>{_escape(text.term)}</b><br>"
                                     f"{_escape(text.definition or text.short)}", self)

    # --- keys and focus -------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key = event.key()
        steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5,
                 Qt.Key.Key_PageUp: -5}
        if key in steps:
            if not self.results_shown():
                if self.text().strip():
                    self.search_now()
            else:
                self.popup.step(steps[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activate_current()
        elif key == Qt.Key.Key_Escape:
            if self.results_shown():
                self.close_results()
            elif self.text():
                self.clear()
            else:
                self.view.setFocus()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._popup and kind == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:
                self.close_results()
                self.setFocus()
                return True
        elif (watched is self.host and kind in (QEvent.Type.Resize, QEvent.Type.LayoutRequest)
              or watched is self._popup and kind == QEvent.Type.FontChange):  # a new text size
            if self.results_shown():
                QTimer.singleShot(0, self._place_popup)
        return super().eventFilter(watched, event)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not self.results_shown() or new is None:
            return
        if new is self or new is self.popup or self.popup.isAncestorOf(new):
            return
        self.close_results()


def _escape(text: str) -> str:
    from html import escape  # html loads its table of entities: at the first search

    return escape(text)


def install(reader: Reader, shell: Shell) -> SearchField:
    """The search field in a toolbar of its own (Ctrl+K), listed in the View menu."""
    field = SearchField(reader.book, shell.view, shell, open_url=shell.open_url,
                        switch_language=reader.set_language)
    field.set_theme(themes.theme(reader.theme))
    reader.styleChanged.connect(lambda: field.set_theme(themes.theme(reader.theme)))
    shell.add_toolbar(field.bar)
    shell.add_command(field.action, "view", separate=True)
    shell.add_pane(field)
    reader.resetRequested.connect(field.reset)
    return field
