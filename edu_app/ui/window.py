"""The main window: the shell, the reading view and the contents, wired to the reader.

The reader model (`reader.py`) holds what the reader chose; the shell (`shell.py`) the
menus, toolbar and docks; each feature (`features/`) installs itself through both. What
is left here is wiring: core commands to the reader and the view, the reader's signals
to the page, the title and the review date, and the place kept across language switches.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from .. import __version__
from ..content.cache import StartupCache
from ..content.model import Book, Lang
from ..qt import settings as S
from ..qt.first_frame import Qt
from ..qt.i18n import Translations, track
from ..render import format_date
from .browser import ChapterView
from .features import install_features
from .page_source import page_of
from .part_names import PartNames
from .prefetch import Prefetch
from .reader import ZOOM_STEPS, Reader
from .shell import Shell
from .startup import Startup
from .toc import TableOfContents

log = logging.getLogger(__name__)


class MainWindow(Shell):
    def __init__(self, book: Book, settings: S.Settings, translations: Translations,
                 lang: Lang | None = None, parent: QWidget | None = None,
                 startup_cache: StartupCache | None = None, kiosk: bool = False) -> None:
        from ..qt.fonts import install_app_font

        install_app_font(book.assets)  # before any widget: Qt tells existing ones only in exec()
        super().__init__(parent)
        self.setObjectName("mainWindow")
        chosen = lang or settings.get(S.LANGUAGE) or None
        self.reader = Reader(book, settings, translations, chosen or "fr", startup_cache, self)
        self.reader.kiosk = kiosk  # clinic mode: features/kiosk.py
        self.view = ChapterView(self.reader.pages)
        self.stack.addWidget(self.view)
        self.chooser = None  # the two language buttons, made only for the very first start
        if chosen is None:
            from .language_chooser import LanguageChooser

            self.chooser = LanguageChooser()
            self.chooser.chosen.connect(self._first_language)
            self.stack.addWidget(self.chooser)
        self.toc = TableOfContents()
        # A child of the window, placed by the start-up layout (startup.py): on most starts
        # by the saved layout, without the `Qt` enums that addDockWidget() needs.
        self.toc_dock = QDockWidget(self)
        self.toc_dock.setObjectName("contentsDock")
        self.toc_dock.setWidget(self.toc)
        self.toc_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                  | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.add_pane(self.toc)
        self.add_pane(self.stack)
        self.reviewed_label = QLabel()
        self.reviewed_label.setObjectName("reviewedLabel")
        self.statusBar().addPermanentWidget(self.reviewed_label)
        self._connect()
        track(self)  # the core commands are named before the features list them
        install_features(self.reader, self)
        Prefetch(self.reader, self.view)
        self.startup = Startup(self)
        self.startup.restore_layout()  # once every toolbar exists, so the saved layout finds them
        self._zoom_limits()
        PartNames(self)
        translations.switch(self.reader.lang)
        self.toc.populate(book, self.reader.lang, self.tr("Home"))
        if chosen is None:
            self.startup.show_chooser()
        else:
            self.startup.open_start_page()

    # --- wiring ---------------------------------------------------------------------------
    def _connect(self) -> None:
        a, r, view = self.actions, self.reader, self.view
        a.home.triggered.connect(lambda: self.open_url(QUrl("home:")))
        a.back.triggered.connect(view.backward)
        a.forward.triggered.connect(view.forward)
        a.previous_chapter.triggered.connect(lambda: self._step_chapter(-1))
        a.next_chapter.triggered.connect(lambda: self._step_chapter(+1))
        a.zoom_in.triggered.connect(lambda: self._zoom(lambda: r.step_zoom(+1)))
        a.zoom_out.triggered.connect(lambda: self._zoom(lambda: r.step_zoom(-1)))
        a.zoom_reset.triggered.connect(lambda: self._zoom(lambda: r.set_zoom(100)))
        a.sources.triggered.connect(lambda: self.open_url(QUrl("sources:")))
        a.guide.triggered.connect(lambda: self.open_url(QUrl("chapter:how-to-use")))
        a.about.triggered.connect(self._about)
        a.quit.triggered.connect(self.close)
        a.french.triggered.connect(lambda: r.set_language("fr"))
        a.english.triggered.connect(lambda: r.set_language("en"))
        a.contents.toggled.connect(self.toc_dock.setVisible)
        a.next_pane.triggered.connect(self._focus_next_pane)
        self.toc_dock.visibilityChanged.connect(self._contents_shown)
        view.backwardAvailable.connect(a.back.setEnabled)
        view.forwardAvailable.connect(a.forward.setEnabled)
        view.pageChanged.connect(self._on_page_changed)
        view.sectionChanged.connect(self._on_section_changed)
        view.externalLinkActivated.connect(self._show_external)
        self.toc.activated_url.connect(self.open_url)
        r.languageChanged.connect(self._language_changed)
        r.styleChanged.connect(self._restyled)
        r.clinicChanged.connect(lambda: self._language_changed(r.lang))  # words changed
        a.back.setEnabled(False)
        a.forward.setEnabled(False)

    def _contents_shown(self, visible: bool) -> None:
        # A method, not a lambda: Qt drops the connection when the window goes away.
        if self.isVisible():
            self.actions.contents.setChecked(visible)

    def _focus_next_pane(self) -> None:
        panes = [w for w in self.panes() if w.isVisible()]
        if panes:
            focus = self.focusWidget()
            current = next((i for i, w in enumerate(panes) if focus is not None
                            and (w is focus or w.isAncestorOf(focus))), -1)
            target = panes[(current + 1) % len(panes)]
            if target is self.stack:
                target = self.stack.currentWidget()
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # --- navigation -----------------------------------------------------------------------
    def open_url(self, url: QUrl) -> None:
        self.stack.setCurrentWidget(self.view)
        self.view.go(url)
        self.view.setFocus()

    def place(self) -> QUrl:
        """The current page with the current section as its fragment."""
        url = page_of(self.view.source())
        section = self.view.current_section()
        if section:
            url.setFragment(section)
        return url

    def _step_chapter(self, step: int) -> None:
        current, order = self.view.source(), self.reader.book.order
        if not order:
            return
        if current.scheme() == "chapter" and current.path() in order:
            index = order.index(current.path()) + step
        else:  # Home and the other pages come before the chapters: Next opens the first
            index = 0 if step > 0 else -1
        if 0 <= index < len(order):
            self.open_url(QUrl(f"chapter:{order[index]}"))

    def _on_page_changed(self, url: QUrl) -> None:
        book = self.reader.book
        chapter_id = url.path() if url.scheme() == "chapter" else ""
        # Both ends stop, and say so (a disabled button, read as such by screen readers):
        # no Previous before the first chapter (on Home), no Next after the last.
        prev_id, next_id = book.neighbours(chapter_id)
        self.actions.previous_chapter.setEnabled(prev_id is not None)
        self.actions.next_chapter.setEnabled(
            next_id is not None if chapter_id in book.order else bool(book.order))
        self._update_title_and_status()
        self._on_section_changed(self.view.current_section())

    def _on_section_changed(self, section: str) -> None:
        self.toc.show_place(self.view.source(), section)
        self.reader.set_place(self.place())

    def _show_external(self, url: QUrl) -> None:
        from .link_box import LinkBox

        box = LinkBox(url.toString(), self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- the reader's choices -------------------------------------------------------------
    def _first_language(self, lang: str) -> None:
        self.startup.hide_chooser()
        self.reader.set_language(lang)
        self.startup.open_start_page()

    def _language_changed(self, _lang: str) -> None:
        # A hint shown in the old language (the FR | EN button's, under the pointer that
        # pressed it) would stay on screen until the pointer moves.
        self.statusBar().clearMessage()
        self.toc.populate(self.reader.book, self.reader.lang, self.tr("Home"))
        if self.stack.currentWidget() is self.view:
            self.view.refresh()
        self._update_title_and_status()
        self.toc.show_place(self.view.source(), self.view.current_section())

    def _restyled(self) -> None:
        self._zoom_limits()
        if self.view.source().isValid():
            self.view.refresh()

    def _zoom(self, change) -> None:  # a reader method, called now
        change()
        self.show_message(self.tr("Text size: %1 %").replace("%1", str(self.reader.zoom)))

    def _zoom_limits(self) -> None:
        self.actions.zoom_in.setEnabled(self.reader.zoom < ZOOM_STEPS[-1])
        self.actions.zoom_out.setEnabled(self.reader.zoom > ZOOM_STEPS[0])

    # --- words on screen ------------------------------------------------------------------
    def retranslate(self) -> None:
        self.actions.retranslate()
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toc_dock.setWindowTitle(self.tr("Contents"))
        (self.actions.french if self.reader.lang == "fr" else self.actions.english
         ).setChecked(True)
        self._update_title_and_status()

    def _update_title_and_status(self) -> None:
        book, lang = self.reader.book, self.reader.lang
        book_title = book.title.get(lang) or self.tr("Family guide")
        url = self.view.source()
        chapter_title = self.reader.pages.chapter_title(url)
        self.setWindowTitle(f"{chapter_title} — {book_title}" if chapter_title else book_title)
        chapter, _ = book.chapter(url.path(), lang) if url.scheme() == "chapter" \
            else (None, False)
        if url.scheme() == "essentials":  # the one-page summary has its own date
            chapter = book.essentials.get(lang) or next(iter(book.essentials.values()), None)
        reviewed = chapter.reviewed if chapter else book.reviewed
        if url.scheme() == "clinic" and book.clinic is not None:  # the clinic's own date
            reviewed = book.clinic.reviewed
        if reviewed:
            self.reviewed_label.setText(
                self.tr("Reviewed on %1").replace("%1", format_date(reviewed, lang)))
        else:
            self.reviewed_label.clear()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        book = self.reader.book
        QMessageBox.about(self, self.tr("About this guide"), self.tr(
            "<b>%1</b><br>Version %2, content reviewed on %3.<br><br>"
            "This guide explains, in plain words, what the sources listed in it say. "
            "It does not replace your care team.")
            .replace("%1", book.title.get(self.reader.lang, ""))
            .replace("%2", __version__)
            .replace("%3", format_date(book.reviewed, self.reader.lang)))

    # --- remembering ----------------------------------------------------------------------
    def save_state(self) -> None:
        settings = self.reader.settings
        settings.set(S.GEOMETRY, self.saveGeometry())
        settings.set(S.WINDOW_STATE, self.saveState())
        if self.view.source().isValid():
            settings.set(S.LAST_PLACE, self.place().toString())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.save_state()
        except Exception:  # never lose the close because of a settings error
            log.exception("could not save the window state")
        super().closeEvent(event)
