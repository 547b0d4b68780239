"""Big chapters rendered away from the window, so that it keeps answering.

The page source (page_source.py) sends a chapter of over `worker.BIG_CHARS` here and shows
"One moment: this page is being prepared…" in its place. The chapter is rendered in a
child process (render/worker.py) while the window answers, and `pageReady` tells the
view when the page can be shown. Past the deadline, the child is killed and the page
says that it is too long to show; the rest of the guide keeps working.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, QUrl, Signal

from ..content.model import Book, Lang
from ..render.pages import PageStyle, notice_html
from ..render.worker import DEADLINE_S, Outcome, RenderWorker

log = logging.getLogger(__name__)
POLL_MS = 30


class BackgroundPages(QObject):
    """Requests to the render worker, and the pages it has finished."""

    pageReady = Signal(QUrl)  # a page asked for (without its section) can be shown

    def __init__(self, book: Book, store: Callable[[Hashable, str], None],
                 deadline_s: float = DEADLINE_S, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.store = store  # where finished pages go: the page source's cache
        self.worker = RenderWorker(book, deadline_s)
        self.outcomes: list[Outcome] = []  # every one, for the benchmark and the tests
        self._urls: dict[Hashable, tuple[QUrl, Lang, PageStyle]] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)

    def request(self, key: Hashable, url: QUrl, lang: Lang, style: PageStyle,
                now: bool = True) -> str:
        """Start rendering the chapter at `url` (before the pages prepared ahead when the
        reader waits for it `now`) and give the page to show meanwhile."""
        self._urls[key] = (QUrl(url), lang, style)
        self.worker.submit(key, url.path(), lang, style, first=now)
        self._timer.start()
        return notice_html(self.book, lang, style, "page_preparing", self._title(url, lang),
                           error=False)

    def pending(self, key: Hashable) -> bool:
        return self.worker.pending(key)

    def stop(self) -> None:
        """Forget what was asked (the book changed): the child is ended."""
        self.worker.stop()
        self._urls.clear()
        self._timer.stop()

    def _title(self, url: QUrl, lang: Lang) -> str:
        chapter, _ = self.book.chapter(url.path(), lang)
        return chapter.title if chapter is not None else ""

    def _poll(self) -> None:
        for outcome in self.worker.poll():
            self.outcomes.append(outcome)
            url, lang, style = self._urls.pop(outcome.key, (QUrl(), "en", PageStyle()))
            html = outcome.html
            if html is None:
                log.warning("%s (%s) not shown: %s after %.1f s", url.toString(), lang,
                            outcome.why, outcome.seconds)
                key = "page_too_long" if outcome.why == "deadline" else "unreadable"
                html = notice_html(self.book, lang, style, key, self._title(url, lang))
            self.store(outcome.key, html)
            self.pageReady.emit(url)
        if not self.worker.busy():
            self._timer.stop()
