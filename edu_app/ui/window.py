"""The main window: it owns nothing but the wiring between the reader's parts.

Each capability lives in its own module (view, contents, actions, settings,
translations); the window connects them, keeps the reader's place across language
switches and restarts, and sets every visible string in `retranslate_ui()`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__
from ..content.cache import StartupCache
from ..content.model import Book, Lang
from ..render import PageStyle, format_date
from . import settings as S
from . import themes
from .actions import Actions, name_action
from .browser import ChapterView
from .first_frame import TOOL_BUTTON_TEXT_BESIDE_ICON, Qt, set_enum
from .i18n import Translations
from .page_source import PageSource, page_of
from .toc import TableOfContents

log = logging.getLogger(__name__)
ZOOM_STEPS = (100, 110, 125, 150, 175, 200, 250, 300)
LAYOUT_CACHE = "window-layout"  # the default layout of toolbars and contents (start-up cache)
FIRST_PAINT_IDLE_MS = 50  # after the first paint, before the rest of start-up's work


class MainWindow(QMainWindow):
    languageChanged = Signal(str)
    # Kiosk: forget the previous family. Every part that keeps what a reader did (search
    # text, ticked questions, notes, open pop-ups) connects to it and clears itself.
    resetRequested = Signal()
    # After the window renamed everything on Qt's LanguageChange: parts that are not
    # widgets (the owners of a few commands) rename theirs then, without each watching
    # every event the window receives.
    retranslated = Signal()

    def __init__(self, book: Book, settings: S.Settings, translations: Translations,
                 lang: Lang | None = None, parent: QWidget | None = None,
                 startup_cache: StartupCache | None = None) -> None:
        from .fonts import install_app_font

        install_app_font(book.assets)  # before any widget: Qt tells existing ones only in exec()
        super().__init__(parent)
        self.book = book
        self.startup_cache = startup_cache
        self.settings = settings
        self.translations = translations
        self.setObjectName("mainWindow")
        chosen = lang or settings.get(S.LANGUAGE) or None
        lang = chosen or "fr"
        self.zoom = settings.get(S.ZOOM)
        self.theme = themes.theme(settings.get(S.THEME)).name
        self.kiosk = False  # clinic mode (kiosk.py): no file dialogs, no PDF, staff-only quit
        self.pages = PageSource(book, lang, self._page_style())

        self.view = ChapterView(self.pages)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.chooser = None  # the two language buttons, made only for the very first start
        if chosen is None:
            from .language_chooser import LanguageChooser

            self.chooser = LanguageChooser()
            self.chooser.chosen.connect(self._first_language)
            self.stack.addWidget(self.chooser)
        self.setCentralWidget(self.stack)

        self.toc = TableOfContents()
        # A child of the window, placed by _restore_window(): on most starts by the saved
        # layout, without the `Qt` enums that addDockWidget() needs (first_frame.py).
        self.toc_dock = QDockWidget(self)
        self.toc_dock.setObjectName("contentsDock")
        self.toc_dock.setWidget(self.toc)
        self.toc_dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                  | QDockWidget.DockWidgetFeature.DockWidgetMovable)

        self.actions = Actions(self)
        self._build_menus()
        self.reviewed_label = QLabel()
        self.reviewed_label.setObjectName("reviewedLabel")
        self.statusBar().addPermanentWidget(self.reviewed_label)
        self._connect()
        self._install_printing()
        self._install_preferences()
        self._install_check()
        self._install_search()
        self._install_glossary()
        self._install_comfort()
        self._restore_window()  # once every toolbar exists, so the saved layout finds them
        self.view.firstPaint.connect(self._after_first_paint)
        translations.switch(self.lang)
        self.retranslate_ui()
        self.toc.populate(book, self.lang, self.tr("Home"))

        if chosen is None:
            self.stack.setCurrentWidget(self.chooser)
            self.toc_dock.hide()
            # Nothing but the two buttons until the family has chosen its language.
            self._chooser_hidden = [*(bar for bar in self.findChildren(QToolBar)
                                      if not bar.isHidden()),
                                    self.menuBar(), self.statusBar()]
            for bar in self._chooser_hidden:
                bar.hide()
            self.menuBar().setEnabled(False)
            self.chooser.preselect()
        else:
            self._open_start_page()

    @property
    def lang(self) -> Lang:
        """The language of the content and the interface (kept by the page source)."""
        return self.pages.lang

    # --- building --------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(a.quit)
        self.view_menu = bar.addMenu("")
        for action in (a.home, a.back, a.forward, None, a.previous_chapter, a.next_chapter,
                       None, a.zoom_in, a.zoom_out, a.zoom_reset, None, a.contents, a.sources):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.language_menu = bar.addMenu("")
        self.language_menu.addAction(a.french)
        self.language_menu.addAction(a.english)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(a.guide)
        self.help_menu.addAction(a.about)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        set_enum(self.toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.toolbar.setMovable(False)
        for action in (a.home, a.back, a.forward, a.previous_chapter, a.next_chapter):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(a.zoom_out)
        self.toolbar.addAction(a.zoom_in)
        self.toolbar.addSeparator()
        self.toolbar.addAction(a.french)
        self.toolbar.addAction(a.english)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        a = self.actions
        a.home.triggered.connect(lambda: self.open_url(QUrl("home:")))
        a.back.triggered.connect(self.view.backward)
        a.forward.triggered.connect(self.view.forward)
        a.previous_chapter.triggered.connect(lambda: self._step_chapter(-1))
        a.next_chapter.triggered.connect(lambda: self._step_chapter(+1))
        a.zoom_in.triggered.connect(lambda: self.step_zoom(+1))
        a.zoom_out.triggered.connect(lambda: self.step_zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self.set_zoom(100))
        a.sources.triggered.connect(lambda: self.open_url(QUrl("sources:")))
        a.guide.triggered.connect(lambda: self.open_url(QUrl("chapter:how-to-use")))
        a.about.triggered.connect(self._about)
        a.quit.triggered.connect(self.close)
        a.french.triggered.connect(lambda: self.set_language("fr"))
        a.english.triggered.connect(lambda: self.set_language("en"))
        a.contents.toggled.connect(self.toc_dock.setVisible)
        self.toc_dock.visibilityChanged.connect(self._contents_shown)
        self.view.backwardAvailable.connect(a.back.setEnabled)
        self.view.forwardAvailable.connect(a.forward.setEnabled)
        self.view.pageChanged.connect(self._on_page_changed)
        self.view.sectionChanged.connect(self._on_section_changed)
        self.view.externalLinkActivated.connect(self._show_external)
        self.toc.activated_url.connect(self.open_url)
        a.back.setEnabled(False)
        a.forward.setEnabled(False)

    def _install_search(self) -> None:
        """The search field in the toolbar (Ctrl+K) and the find bar under the text (Ctrl+F)."""
        from .find_bar import FindBar
        from .search_panel import SearchField

        self.search = SearchField(self.book, self.view, self, open_url=self.open_url)
        self.addToolBar(self.search.bar)
        self.find_bar = FindBar(self.view, self)  # joins the window when first opened
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.search.action, self.find_bar.find_action,
                                   self.find_bar.next_action, self.find_bar.previous_action])

    def _install_preferences(self) -> None:
        """File → Preferences…: the clinic's details for handouts, entered once."""
        self.preferences_action = QAction(self)
        self.preferences_action.setObjectName("actionPreferences")
        self.preferences_action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
             QKeySequence("Ctrl+,")])
        self.preferences_action.setProperty("writesFiles", True)  # hidden in kiosk mode
        self.preferences_action.triggered.connect(self.open_preferences)
        self.addAction(self.preferences_action)
        self.file_menu.insertAction(self.actions.quit, self.preferences_action)
        self.file_menu.insertSeparator(self.actions.quit)

    def _install_check(self) -> None:
        """Help → Check this guide: the content checker's report, for staff who edit it."""
        self.check_action = QAction(self)
        self.check_action.setObjectName("actionCheckGuide")
        self.check_action.triggered.connect(self.open_check_report)
        self.help_menu.insertAction(self.actions.about, self.check_action)

    def open_check_report(self) -> None:
        from .check_dialog import CheckDialog  # the checker loads only when asked

        dialog = CheckDialog(self.book, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_preferences(self) -> None:
        if self.kiosk:
            return
        from .preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.accepted.connect(
            lambda: self.mark_all_action.setChecked(self.settings.get(S.MARK_ALL_TERMS)))
        dialog.open()
        self.preferences_dialog = dialog

    def _install_printing(self) -> None:
        """Print… (Ctrl+P) in the File menu and the toolbar: opens the handout composer."""
        from .printing import install_printing

        self.print_action = install_printing(self)

    def _install_comfort(self) -> None:
        """View → Theme, Help → Keyboard shortcuts, F6 between contents and text."""
        from . import read_aloud
        from .shortcuts_help import ShortcutsHelp

        self.theme_menu = themes.ThemeMenu(self.theme, self)
        self.theme_menu.chosen.connect(self.set_theme)
        self.view_menu.insertMenu(self.actions.contents, self.theme_menu)
        self.next_pane = QAction(self)
        self.next_pane.setObjectName("actionNextPane")
        self.next_pane.setShortcuts([QKeySequence("F6")])
        self.next_pane.triggered.connect(self._focus_next_pane)
        self.addAction(self.next_pane)
        self.view_menu.insertAction(self.actions.sources, self.next_pane)
        self.view_menu.insertSeparator(self.actions.sources)
        self.shortcuts_help = ShortcutsHelp(self)
        self.help_menu.insertAction(self.actions.about, self.shortcuts_help.action)
        self.read_aloud = read_aloud.install(self)  # None without the `speech` extra
        self._light_icons: dict[QAction, QIcon] = {}
        self._apply_theme()

    def _focus_next_pane(self) -> None:
        panes = [w for w in (self.toc, self.view if self.stack.currentWidget() is self.view
                             else self.chooser, self.search) if w is not None and w.isVisible()]
        if panes:
            focus = self.focusWidget()
            current = next((i for i, w in enumerate(panes) if focus is not None
                            and (w is focus or w.isAncestorOf(focus))), -1)
            panes[(current + 1) % len(panes)].setFocus(Qt.FocusReason.TabFocusReason)

    def set_theme(self, name: str) -> None:
        """Light, dark or high contrast, applied now and remembered."""
        self.theme = themes.theme(name).name
        self.settings.set(S.THEME, self.theme)
        self._apply_theme()

    def _apply_theme(self) -> None:
        theme = themes.theme(self.theme)
        themes.apply_palette(theme)
        for widget in (self.view, self.toc):
            widget.setStyleSheet(themes.focus_style(theme))
        self.theme_menu.show_current(theme.name)
        themes.apply_icons([a for a in self.toolbar.actions() if not a.icon().isNull()],
                           theme, self._light_icons)
        self.find_bar.set_theme(theme.name)
        self.pages.set_style(self._page_style())
        if self.view.source().isValid():
            self.view.refresh()

    def _install_glossary(self) -> None:
        """Marked words open a pop-up; View → Glossary (and the toolbar) opens the A–Z page."""
        from .glossary import Glossary

        self.glossary = Glossary(self)
        self.view_menu.insertAction(self.actions.sources, self.glossary.action)
        self.mark_all_action = QAction(self)
        self.mark_all_action.setObjectName("actionMarkAllTerms")
        self.mark_all_action.setCheckable(True)
        self.mark_all_action.setChecked(self.settings.get(S.MARK_ALL_TERMS))
        self.mark_all_action.toggled.connect(self.set_mark_all_terms)
        self.view_menu.insertAction(self.actions.sources, self.mark_all_action)
        self.toolbar.insertAction(self.actions.zoom_out, self.glossary.action)
        self.toolbar.insertSeparator(self.actions.zoom_out)

    def set_mark_all_terms(self, mark_all: bool) -> None:
        """Mark every glossary word, or (the default) the first one in each section."""
        self.settings.set(S.MARK_ALL_TERMS, bool(mark_all))
        self.pages.set_style(self._page_style())
        if self.view.source().isValid():
            self.view.refresh()

    def _contents_shown(self, visible: bool) -> None:
        # A method, not a lambda: Qt drops the connection when the window goes away.
        if self.isVisible():
            self.actions.contents.setChecked(visible)

    # --- navigation --------------------------------------------------------------------
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

    def _open_start_page(self) -> None:
        self.stack.setCurrentWidget(self.view)
        last = QUrl(self.settings.get(S.LAST_PLACE))
        url = last if last.isValid() and self.pages.handles(last) and self._exists(last) \
            else QUrl("home:")
        cache = self.startup_cache
        cached = cache.load("start-page") if cache else None
        key = repr(self.pages.key(url))  # the cache keeps JSON: the key as text
        if isinstance(cached, list) and len(cached) == 2 and cached[0] == key \
                and isinstance(cached[1], str):
            self.pages.preload(url, cached[1])
            cache = None  # nothing new to save
        self.view.go(url)
        if cache is not None:
            cache.save("start-page", (key, self.pages.html(url)))

    def _exists(self, url: QUrl) -> bool:
        return url.scheme() != "chapter" or url.path() in self.book.chapters

    def _step_chapter(self, step: int) -> None:
        current = self.view.source()
        order = self.book.order
        if not order:
            return
        if current.scheme() == "chapter" and current.path() in order:
            index = order.index(current.path()) + step
        else:
            index = 0 if step > 0 else len(order) - 1
        if 0 <= index < len(order):
            self.open_url(QUrl(f"chapter:{order[index]}"))

    def _on_page_changed(self, url: QUrl) -> None:
        chapter_id = url.path() if url.scheme() == "chapter" else ""
        prev_id, next_id = self.book.neighbours(chapter_id) if chapter_id else (None, None)
        on_chapter = bool(chapter_id)
        self.actions.previous_chapter.setEnabled(not on_chapter or prev_id is not None)
        self.actions.next_chapter.setEnabled(not on_chapter or next_id is not None)
        self._update_title_and_status()
        self.toc.show_place(url, self.view.current_section())
        # Once this page is on screen, prepare it in the other language while the reader
        # reads: a family switching language mid-page then waits for nothing. Then the
        # next chapter, for the reader who goes on.
        QTimer.singleShot(80, self, self._warm_other_language)

    def _warm_other_language(self) -> None:
        self._warm(page_of(self.view.source()), "en" if self.lang == "fr" else "fr")
        # On its own turn of the event loop: a key pressed meanwhile is not kept waiting.
        QTimer.singleShot(0, self, self._warm_next_chapter)

    def _warm_next_chapter(self) -> None:
        url = page_of(self.view.source())
        next_id = self.book.neighbours(url.path())[1] if url.scheme() == "chapter" else None
        if next_id:
            self._warm(QUrl(f"chapter:{next_id}"), self.lang)

    def _warm(self, url: QUrl, lang: str) -> None:
        try:
            self.pages.warm(url, lang)  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a head start, never a reason to fail
            log.exception("could not prepare %s in %s", url.toString(), lang)

    def _on_section_changed(self, section: str) -> None:
        self.toc.show_place(self.view.source(), section)

    def _show_external(self, url: QUrl) -> None:
        from .link_box import LinkBox

        box = LinkBox(url.toString(), self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # --- language and zoom ----------------------------------------------------------------
    def _first_language(self, lang: str) -> None:
        self.toc_dock.show()
        for bar in getattr(self, "_chooser_hidden", []):
            bar.show()
        self.menuBar().setEnabled(True)
        self.set_language(lang)
        self._open_start_page()

    def set_language(self, lang: str) -> None:
        """Switch the interface and the content, staying on the same chapter and section."""
        if lang not in ("fr", "en"):
            return
        self.settings.set(S.LANGUAGE, lang)
        if lang == self.lang and self.translations.language == lang:
            self._check_language_action()
            return
        self.pages.lang = lang  # type: ignore[assignment]
        self.translations.switch(lang)
        # A hint shown in the old language (the FR | EN button's, under the pointer that
        # pressed it) would stay on screen until the pointer moves.
        self.statusBar().clearMessage()
        # Qt posts LanguageChange to every window; deliver it now, so every part
        # (this window included) has its new words before the page is shown again.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.toc.populate(self.book, self.lang, self.tr("Home"))
        if self.stack.currentWidget() is self.view:
            self.view.refresh()
        self._update_title_and_status()
        self.toc.show_place(self.view.source(), self.view.current_section())
        self.languageChanged.emit(lang)

    def _check_language_action(self) -> None:
        (self.actions.french if self.lang == "fr" else self.actions.english).setChecked(True)

    def _page_style(self) -> PageStyle:
        return PageStyle(scale=self.zoom / 100,
                         theme_css=themes.page_css(themes.theme(self.theme)),
                         mark_all_terms=self.settings.get(S.MARK_ALL_TERMS))

    def step_zoom(self, step: int) -> None:
        steps = ZOOM_STEPS
        if step > 0:
            bigger = [z for z in steps if z > self.zoom]
            self.set_zoom(bigger[0] if bigger else steps[-1])
        else:
            smaller = [z for z in steps if z < self.zoom]
            self.set_zoom(smaller[-1] if smaller else steps[0])

    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(zoom)))
        self.zoom = zoom
        self.settings.set(S.ZOOM, zoom)
        self.pages.set_style(self._page_style())
        self.actions.zoom_in.setEnabled(zoom < ZOOM_STEPS[-1])
        self.actions.zoom_out.setEnabled(zoom > ZOOM_STEPS[0])
        if self.view.source().isValid():
            self.view.refresh()
        self.statusBar().showMessage(self.tr("Text size: %1 %").replace("%1", str(zoom)), 2000)

    # --- words on screen ----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.actions.retranslate()
        name_action(self.check_action, self.tr("&Check this guide…"),
                    self.tr("Look for broken links, missing translations and hard sentences"))
        name_action(self.preferences_action, self.tr("Pre&ferences…"),
                    self.tr("The clinic's details for handouts"))
        name_action(self.mark_all_action, self.tr("&Mark every glossary word"),
                    self.tr("Underline every word of the glossary, not only the first in "
                            "each part"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.toc_dock.setWindowTitle(self.tr("Contents"))
        self.toc.setAccessibleName(self.tr("Contents"))
        self.toc.setAccessibleDescription(self.tr("The chapters of the guide and their sections"))
        self.view.setAccessibleName(self.tr("Chapter text"))
        self.view.setAccessibleDescription(self.tr("The text of the page you are reading"))
        self._retranslate_comfort()
        self._check_language_action()
        self._update_title_and_status()

    def _retranslate_comfort(self) -> None:
        """Names for assistive technology, and the comfort actions' words."""
        tip = self.tr("Move the keyboard between the contents, the text and the search field")
        self.next_pane.setText(self.tr("Move between &panes"))
        self.next_pane.setStatusTip(tip)
        self.next_pane.setToolTip(tip)
        for widget, name, description in (
            (self.toolbar, self.tr("Main toolbar"), self.tr("Move around the guide")),
            (self.toc_dock, self.tr("Contents"), self.tr("The chapters of the guide")),
            (self.stack, self.tr("Reading area"), self.tr("The page you are reading")),
            *([(self.chooser, self.tr("Choose a language"),
                self.tr("Choose the language of the guide"))] if self.chooser is not None else []),
            (self.menuBar(), self.tr("Menu bar"), self.tr("The guide's menus")),
            (self.statusBar(), self.tr("Status bar"), self.tr("Messages and the review date")),
            (self.reviewed_label, self.tr("Review date"),
             self.tr("When the content was last checked")),
        ):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        for button, name in (
            (self.toc_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton"),
             self.tr("Close the contents")),
            (self.menuBar().findChild(QAbstractButton, "qt_menubar_ext_button"),
             self.tr("More menus")),
            *((b, self.tr("More buttons"))
              for b in self.findChildren(QAbstractButton, "qt_toolbar_ext_button")),
        ):
            if button is not None:
                button.setAccessibleName(name)
                button.setAccessibleDescription(name)
        if self.isVisible():  # before, nothing has asked for the names yet
            QTimer.singleShot(0, self, self._refresh_toolbar_names)  # once the parts retranslate

    def _refresh_toolbar_names(self) -> None:
        """Qt keeps a toolbar's accessible name from the first time it is asked: ask again."""
        from PySide6.QtGui import QAccessible  # 5 ms of enums: never before the first paint

        for bar in self.findChildren(QToolBar):
            interface = QAccessible.queryAccessibleInterface(bar)
            if interface is not None:
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))

    def _update_title_and_status(self) -> None:
        book_title = self.book.title.get(self.lang) or self.tr("Family guide")
        url = self.view.source()
        chapter_title = self.pages.chapter_title(url)
        self.setWindowTitle(f"{chapter_title} — {book_title}" if chapter_title else book_title)
        chapter, _ = self.book.chapter(url.path(), self.lang) if url.scheme() == "chapter" \
            else (None, False)
        reviewed = chapter.reviewed if chapter else self.book.reviewed
        if reviewed:
            locale_date = format_date(reviewed, self.lang)
            self.reviewed_label.setText(self.tr("Reviewed on %1").replace("%1", locale_date))
        else:
            self.reviewed_label.clear()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
            self.retranslated.emit()
        super().changeEvent(event)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About this guide"), self.tr(
            "<b>%1</b><br>Version %2, content reviewed on %3.<br><br>"
            "This guide explains, in plain words, what the sources listed in it say. "
            "It does not replace your care team.")
            .replace("%1", self.book.title.get(self.lang, ""))
            .replace("%2", __version__)
            .replace("%3", str(self.book.reviewed or "")))

    # --- remembering ----------------------------------------------------------------------
    def _restore_window(self) -> None:
        """Size, toolbars and contents as the reader left them, or as on every first day.

        The contents dock is placed by the saved layout: the reader's own, else the
        default one kept in the start-up cache. Only when there is neither is it added
        by hand (which makes the `Qt` namespace: see first_frame.py), and the layout
        this gives is kept, after the first paint, for the next start.
        """
        geometry = self.settings.get(S.GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1100, 760)
        self._keep_default_layout = False
        for state in (self.settings.get(S.WINDOW_STATE), self._cached_layout()):
            if not state.isEmpty() and self.restoreState(state):
                break  # a layout this window saved always holds the dock (checked in _settle)
        else:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.toc_dock)
            self.resizeDocks([self.toc_dock], [320], Qt.Orientation.Horizontal)
            self._keep_default_layout = self.startup_cache is not None
        self.actions.contents.setChecked(not self.toc_dock.isHidden())
        self.actions.zoom_in.setEnabled(self.zoom < ZOOM_STEPS[-1])
        self.actions.zoom_out.setEnabled(self.zoom > ZOOM_STEPS[0])

    def _cached_layout(self) -> QByteArray:
        cached = self.startup_cache.load(LAYOUT_CACHE) if self.startup_cache else None
        return QByteArray(cached) if isinstance(cached, bytes) else QByteArray()

    def _after_first_paint(self) -> None:
        """What can wait until the reader sees the page (see first_frame.py)."""
        if self._keep_default_layout and self.startup_cache is not None:
            # Laid out now, and kept at once: even a start that ends here (a benchmark,
            # a check) lets the next one place the dock without the `Qt` namespace.
            self._keep_default_layout = False
            self.startup_cache.save(LAYOUT_CACHE, bytes(self.saveState().data()))
        QTimer.singleShot(FIRST_PAINT_IDLE_MS, self, self._settle)

    def _settle(self) -> None:
        # The first use of `Qt` since start-up: it is made now, in idle time.
        if self.dockWidgetArea(self.toc_dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            log.warning("the saved layout had no contents; placing them on the left")
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.toc_dock)

    def save_state(self) -> None:
        self.settings.set(S.GEOMETRY, self.saveGeometry())
        self.settings.set(S.WINDOW_STATE, self.saveState())
        if self.view.source().isValid():
            self.settings.set(S.LAST_PLACE, self.place().toString())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's API
        try:
            self.save_state()
        except Exception:  # noqa: BLE001 - never lose the close because of a settings error
            log.exception("could not save the window state")
        super().closeEvent(event)

