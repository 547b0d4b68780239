"""Pages prepared while the reader reads: the same page in the other language, then the
next chapter, so the FR | EN switch and "Next" find them rendered (README, Performance).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, QUrl

from ..content.model import Lang, other_lang
from .page_source import page_of

if TYPE_CHECKING:
    from .browser import ChapterView
    from .reader import Reader

log = logging.getLogger(__name__)
AFTER_MS = 80  # once a page is on screen, before preparing the next ones


class Prefetch(QObject):
    """Renders ahead in idle time, one page per turn of the event loop."""

    def __init__(self, reader: Reader, view: ChapterView) -> None:
        super().__init__(view)
        self.reader = reader
        self.view = view
        view.pageChanged.connect(lambda _url: QTimer.singleShot(AFTER_MS, self,
                                                                self._other_language))

    def _other_language(self) -> None:
        self._warm(page_of(self.view.source()), other_lang(self.reader.lang))
        # On its own turn of the event loop: a key pressed meanwhile is not kept waiting.
        QTimer.singleShot(0, self, self._next_chapter)

    def _next_chapter(self) -> None:
        url = page_of(self.view.source())
        if url.scheme() == "chapter":
            next_id = self.reader.book.neighbours(url.path())[1]
            if next_id:
                self._warm(QUrl(f"chapter:{next_id}"), self.reader.lang)

    def _warm(self, url: QUrl, lang: Lang) -> None:
        try:
            self.reader.pages.warm(url, lang)
        except Exception:  # a head start, never a reason to fail
            log.exception("could not prepare %s in %s", url.toString(), lang)
