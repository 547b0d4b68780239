"""The composer's pages are made on a thread of their own, so the window keeps answering.

A very long chapter takes seconds to compose and lay out in pages: the page-break fixes
and the balancing lay out again what follows each block they move. On the GUI thread the
composer, and the whole window behind it, would stop answering all that time.

PySide keeps Python's lock for the whole of each Qt call, so a thread helps only because
this work is many short Qt calls (the longest, reading the HTML in, is a fraction of a
second even on a 2 MB chapter): Python hands the GUI thread its turn between them. Qt
objects belong to the thread that made them, so the document is moved to the GUI thread
before it is handed over, and only then painted; a document is never used by two threads
at once. One build runs at a time. A change of choices stops the running build at its
next block and builds the newest choices; closing the composer stops it too, without
waiting for it (a build belongs to the application, which waits for it only at quit).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from ...content.model import Book
from ...handout import HandoutOptions, compose_handout
from ...handout.essentials import compose_essentials
from ...handout.layout import HandoutDocument, LayoutStopped, build_document

log = logging.getLogger(__name__)

STOP_WAIT_S = 2.0  # a stopped build ends at its next block, well within this


@dataclass
class Pages:
    """What a build gives back: the laid-out pages, or None and why."""

    document: HandoutDocument | None
    skipped: list[str] = field(default_factory=list)  # chapters that could not be read


def make_pages(book: Book, options: HandoutOptions, essentials: bool,
               should_stop: Callable[[], bool]) -> Pages:
    """Compose and lay out the pages for `options` (on the builder's thread).

    A broken chapter is left out and named; a handout that cannot be made at all gives
    no document, never an exception (the composer says so in a sentence)."""
    try:
        if essentials:
            return Pages(build_document(compose_essentials(book, options),
                                        should_stop=should_stop))
        composed = compose_handout(book, options)
        skipped = [cid for cid, _ in composed.skipped]
        if not composed.chapters:
            return Pages(None, skipped)
        return Pages(build_document(composed, should_stop=should_stop), skipped)
    except LayoutStopped:
        raise
    except Exception:
        log.exception("could not compose the handout")
        return Pages(None)


class _Build(QThread):
    """One build. A QThread, not a Python thread: Qt's text layout starts timers while it
    reads a long document in, and only a thread Qt started has an event dispatcher."""

    def __init__(self, ticket: int, make: Callable[[Callable[[], bool]], Pages]) -> None:
        # The application's child, not the composer's: a composer deleted while it is
        # hidden gets no close, and a QThread destroyed while it runs aborts the app.
        app = QCoreApplication.instance()
        super().__init__(app)
        self.ticket = ticket
        self.make = make
        self.stop = threading.Event()
        self.pages: Pages | None = None  # None: stopped, nothing to show
        app.aboutToQuit.connect(self.stop_now)

    def stop_now(self) -> None:
        """Stop at the next block and wait for the thread (the app is quitting)."""
        self.stop.set()
        if not self.wait(round(STOP_WAIT_S * 1000)):
            log.warning("the handout's pages were still being made at the end")

    def run(self) -> None:  # Qt names it: the building thread
        try:
            pages = self.make(self.stop.is_set)
        except LayoutStopped:
            return
        except Exception:  # make_pages never raises on content: a bug, logged
            log.exception("the handout's pages could not be made")
            pages = Pages(None)
        if pages.document is not None:
            if self.stop.is_set():
                return  # nobody waits for it: it dies here, in its own thread
            # before this thread ends and takes its event dispatcher along
            pages.document.moveToThread(QCoreApplication.instance().thread())
        self.pages = pages


class PageBuilder(QObject):
    """Builds pages away from the GUI thread; `ready` brings the newest request's pages."""

    ready = Signal(object)  # Pages, on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticket = 0  # of the newest request
        self._build: _Build | None = None  # the running one
        self._next: Callable[[Callable[[], bool]], Pages] | None = None
        self._awaited = False  # pages are wanted that have not come yet

    @property
    def busy(self) -> bool:
        """Pages are being made for the newest choices: the pages shown are older."""
        return self._awaited

    def request(self, book: Book, options: HandoutOptions, essentials: bool) -> None:
        """Build these choices' pages; a build still running for older choices stops."""
        self._ticket += 1
        self._awaited = True
        self._next = partial(make_pages, book, options, essentials)
        if self._build is None:
            self._start()
        else:
            self._build.stop.set()  # it ends at its next block; `_ended` starts the next

    def cancel(self) -> None:
        """No pages are wanted any more (no chapter chosen): drop what is running."""
        self._ticket += 1
        self._awaited = False
        self._next = None
        if self._build is not None:
            self._build.stop.set()

    def _start(self) -> None:
        make, self._next = self._next, None
        if make is None:
            return
        self._build = _Build(self._ticket, make)
        # `finished` comes from the building thread: Qt's automatic connection queues it
        # to this object's (the GUI) thread
        self._build.finished.connect(self._ended)
        # after `_ended` has taken the pages (queued in this order), even if the composer
        # is gone by then
        self._build.finished.connect(self._build.deleteLater)
        self._build.start()

    def _ended(self) -> None:
        build, self._build = self._build, None
        if build is None:
            return
        build.wait()  # it has finished: its thread is ending
        pages, build.pages = build.pages, None
        if build.ticket == self._ticket and pages is not None:
            self._awaited = False
            self.ready.emit(pages)
        elif pages is not None and pages.document is not None:
            pages.document.deleteLater()  # older choices' pages
        self._start()
