"""The reader model: what the person reading has chosen, and the signals that say so.

One object, no widgets: the book, the settings, the page source, and the reader's
choices (language, text size, theme, every glossary word or the first) with the current
place. Each choice is stored, applied to the page style and announced once, here; the
window and the features only listen. A feature never reaches into another: it reads the
reader and reacts to its signals, including `resetRequested` (the kiosk's next family).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QUrl, Signal

from ..content.cache import StartupCache
from ..content.model import LANGS, Book, Lang
from ..qt import settings as S
from ..qt.i18n import Translations
from ..render import PageStyle
from . import themes
from .page_source import PageSource

log = logging.getLogger(__name__)
ZOOM_STEPS = (100, 110, 125, 150, 175, 200, 250, 300)


class Reader(QObject):
    """The reader's state; every change goes through a method here and one signal."""

    languageChanged = Signal(str)  # after the interface has its new words
    styleChanged = Signal()  # text size, theme or glossary marking: pages look different
    placeChanged = Signal(QUrl)  # the page (with its section as fragment) being read
    clinicChanged = Signal()  # the clinic's details were saved again (Preferences)
    # Kiosk: forget the previous family. Every part that keeps what a reader did (search
    # text, ticked questions, notes, open pop-ups) connects to it and clears itself.
    resetRequested = Signal()

    def __init__(self, book: Book, settings: S.Settings, translations: Translations,
                 lang: Lang = "fr", startup_cache: StartupCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.settings = settings
        self.translations = translations
        self.startup_cache = startup_cache
        self.kiosk = False  # clinic mode (features/kiosk.py): no file dialogs, staff-only quit
        self.zoom: int = settings.get(S.ZOOM)
        self.theme: str = themes.theme(settings.get(S.THEME)).name
        self.mark_all_terms: bool = settings.get(S.MARK_ALL_TERMS)
        self.place = QUrl()
        self.pages = PageSource(book, lang, self.page_style())

    @property
    def lang(self) -> Lang:
        """The language of the content and the interface (kept by the page source)."""
        return self.pages.lang

    def page_style(self) -> PageStyle:
        return PageStyle(scale=self.zoom / 100,
                         theme_css=themes.page_css(themes.theme(self.theme)),
                         mark_all_terms=self.mark_all_terms, theme=self.theme)

    # --- choices ----------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface and the content (the window keeps the place)."""
        if lang not in LANGS:
            return
        self.settings.set(S.LANGUAGE, lang)
        if lang == self.lang and self.translations.language == lang:
            return
        self.pages.lang = lang  # type: ignore[assignment]
        self.translations.switch(lang)
        # Qt posts LanguageChange to every window; deliver it now, so every part has its
        # new words before the page is shown again.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.languageChanged.emit(lang)

    def set_zoom(self, zoom: int) -> None:
        zoom = max(ZOOM_STEPS[0], min(ZOOM_STEPS[-1], int(zoom)))
        self.zoom = zoom
        self.settings.set(S.ZOOM, zoom)
        self._restyle()

    def step_zoom(self, step: int) -> None:
        if step > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom]
            self.set_zoom(bigger[0] if bigger else ZOOM_STEPS[-1])
        else:
            smaller = [z for z in ZOOM_STEPS if z < self.zoom]
            self.set_zoom(smaller[-1] if smaller else ZOOM_STEPS[0])

    def set_theme(self, name: str) -> None:
        """Light, dark or high contrast, applied now and remembered."""
        self.theme = themes.theme(name).name
        self.settings.set(S.THEME, self.theme)
        self._restyle()

    def set_mark_all_terms(self, mark_all: bool) -> None:
        """Mark every glossary word, or (the default) the first one in each section."""
        self.mark_all_terms = bool(mark_all)
        self.settings.set(S.MARK_ALL_TERMS, self.mark_all_terms)
        self._restyle()

    def _restyle(self) -> None:
        """The one path of "save the setting, set the style, show the page again"."""
        self.pages.set_style(self.page_style())
        self.styleChanged.emit()

    def set_place(self, url: QUrl) -> None:
        if url != self.place:
            self.place = QUrl(url)
            self.placeChanged.emit(self.place)

    def reload_clinic(self, root: Path) -> None:
        """The clinic's details read again from `root/clinic.toml` (Preferences wrote it):
        pages are made anew, and every part showing them is told."""
        from ..content.clinic import refresh_clinic

        for problem in refresh_clinic(self.book, root):
            log.info("%s", problem)
        self.pages.invalidate()
        self.clinicChanged.emit()

    def reset(self) -> None:
        """Kiosk: ask every part to forget what the previous family did."""
        self.resetRequested.emit()
