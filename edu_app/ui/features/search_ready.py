"""The search index, made before the first query without holding the window (issue 20).

Making the index reads every section and glossary entry into SQLite and learns the
glossary's forms. For the shipped guide that takes a few hundredths of a second; for a
clinic's glossary of 100,000 terms it took over 20 s on the GUI thread, and the window
did not answer all that time ("no input may keep the window from answering for more
than 2 s"). So a big book's index is made on a thread of its own, the pattern of the
checker (checker.py): plain Python with no Qt on the thread, the result handed back by a
signal that Qt's automatic connection queues to the GUI thread.

Why a size threshold, and not always a thread: under `SYNC_CHARS` the index is made at
once on the GUI thread, as before: the shipped guide is indexed in a few hundredths of a
second and a book at the threshold in a few tenths (under a second on an old clinic PC),
so the reader sees results as they type with no "getting ready" line flashing up, and what
happens never depends on how busy the computer is (a "wait a little for the thread"
rule would show the line or not depending on the load). Above it, the time grows with
the size, which is why the test is on the size (`search.index_size`), counted no further
than the threshold so that the count itself stays short.

SQLite: the thread makes the `SearchIndex` and its connection (`check_same_thread=False`,
every use under the index's lock) and hands the finished index over in the signal; from
then on only the GUI thread uses it. Nothing is shared while it is being made.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from ...content.model import Book
    from ...search import SearchIndex, Suggester

log = logging.getLogger(__name__)

SYNC_CHARS = 400_000  # about 2.5 times the shipped guide's text and glossary


class IndexMaker(QObject):
    """`start()` makes the index (at once, or on a thread for a big book); `ready` says
    when `index` and `suggester` may be used."""

    made = Signal(object, object)  # (SearchIndex, Suggester), or (None, None): from the thread
    ready = Signal()  # on the GUI thread, once the index may be queried

    def __init__(self, book: Book, parent: QObject, limit: int, term_limit: int) -> None:
        super().__init__(parent)
        self.book = book
        self.limit = limit
        self.term_limit = term_limit
        self.index: SearchIndex | None = None
        self.suggester: Suggester | None = None
        self.failed = False  # the index could not be made: every search finds nothing
        self.thread: threading.Thread | None = None
        # emitted from the thread: the automatic connection queues it to the GUI thread
        # (naming QueuedConnection would load Qt's namespace before the first paint)
        self.made.connect(self._adopt)

    def is_ready(self) -> bool:
        return self.index is not None or self.failed

    def start(self) -> bool:
        """Make the index unless it is made or being made; True when it is ready."""
        if self.is_ready():
            return True
        if self.thread is not None:
            return False
        from ...search import index_size

        if index_size(self.book, SYNC_CHARS) < SYNC_CHARS:
            self._adopt(*self._make())
            return True
        self.thread = threading.Thread(target=self._make_on_thread, daemon=True,
                                       name="edu-app-search-index")
        self.thread.start()
        return False

    def _make(self) -> tuple[SearchIndex | None, Suggester | None]:
        from ...search import SearchIndex, Suggester

        try:
            index = SearchIndex(self.book, limit=self.limit, term_limit=self.term_limit)
            index.build()
            return index, Suggester(self.book)
        except Exception:  # a search must never take the guide down
            log.exception("the search index could not be made")
            return None, None

    def _make_on_thread(self) -> None:
        index, suggester = self._make()
        try:
            self.made.emit(index, suggester)
        except RuntimeError:  # the window was closed while the index was being made
            if index is not None:
                index.close()

    def _adopt(self, index: SearchIndex | None, suggester: Suggester | None) -> None:
        self.thread = None
        self.index, self.suggester = index, suggester
        self.failed = index is None
        self.ready.emit()
