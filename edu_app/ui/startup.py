"""Start-up mechanics in one place: the saved layout, the first page, the first paint.

A start must show the page fast (README, Performance): the first page and the default
window layout come from the start-up cache, the contents dock is placed by a saved
layout rather than by `addDockWidget()` (which makes the slow `Qt` namespace), and what
can wait runs once the first frame is painted. (The cycle collector's pause is in
`app.run_gui`, which runs before PySide6 is imported.)
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSize, QTimer, QUrl
from PySide6.QtWidgets import QToolBar

from ..qt import settings as S
from ..qt.first_frame import Qt
from .screen_fit import fit_to_screen

if TYPE_CHECKING:
    from .window import MainWindow

log = logging.getLogger(__name__)
LAYOUT_CACHE = "window-layout"  # the default layout of toolbars and contents
START_PAGE_CACHE = "start-page"
FIRST_PAINT_IDLE_MS = 50  # after the first paint, before the rest of start-up's work


class Startup(QObject):
    """The window's first minutes: layout, first page, the chooser, and after the paint."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.cache = window.reader.startup_cache
        self._keep_default_layout = False
        self._chooser_hidden: list = []
        window.view.firstPaint.connect(self._after_first_paint)

    def restore_layout(self) -> None:
        """Size, toolbars and contents as the reader left them, or as on every first day.

        The contents dock is placed by the saved layout: the reader's own, else the
        default one kept in the start-up cache. Only when there is neither is it added
        by hand (which makes the `Qt` namespace: see first_frame.py), and the layout
        this gives is kept, after the first paint, for the next start.
        """
        w, settings = self.window, self.window.reader.settings
        geometry = settings.get(S.GEOMETRY)
        if geometry.isEmpty() or not w.restoreGeometry(geometry):
            fit_to_screen(w, QSize(1100, 760))
        for state in (settings.get(S.WINDOW_STATE), self._cached_layout()):
            if not state.isEmpty() and w.restoreState(state):
                break  # a layout this window saved always holds the dock (checked in _settle)
        else:
            w.add_dock(w.toc_dock)
            w.resizeDocks([w.toc_dock], [320], Qt.Orientation.Horizontal)
            self._keep_default_layout = self.cache is not None
        w.actions.contents.setChecked(not w.toc_dock.isHidden())

    def _cached_layout(self) -> QByteArray:
        cached = self.cache.load(LAYOUT_CACHE) if self.cache else None
        return QByteArray(cached) if isinstance(cached, bytes) else QByteArray()

    def open_start_page(self) -> None:
        """The last place read (if it still exists), else home; from the cache if it has
        that very page in this style, else rendered and kept for the next start."""
        w = self.window
        pages = w.reader.pages
        w.stack.setCurrentWidget(w.view)
        last = QUrl(w.reader.settings.get(S.LAST_PLACE))
        exists = last.scheme() != "chapter" or last.path() in w.reader.book.chapters
        url = last if last.isValid() and pages.handles(last) and exists else QUrl("home:")
        url = pages.locate(url)  # a paged glossary's word may be on another page now
        cache = self.cache
        cached = cache.load(START_PAGE_CACHE) if cache else None
        key = repr(pages.key(url))  # the cache keeps JSON: the key as text
        if isinstance(cached, list) and len(cached) == 2 and cached[0] == key \
                and isinstance(cached[1], str):
            pages.preload(url, cached[1])
            cache = None  # nothing new to save
        w.view.go(url)
        if cache is not None and pages.is_ready(url, pages.lang):  # not "being prepared"
            cache.save(START_PAGE_CACHE, (key, pages.html(url)))

    def show_chooser(self) -> None:
        """Nothing but the two language buttons until the family has chosen its language."""
        w = self.window
        w.stack.setCurrentWidget(w.chooser)
        w.toc_dock.hide()
        self._chooser_hidden = [*(bar for bar in w.findChildren(QToolBar) if not bar.isHidden()),
                                w.menuBar(), w.statusBar()]
        for bar in self._chooser_hidden:
            bar.hide()
        w.menuBar().setEnabled(False)
        w.chooser.preselect()

    def hide_chooser(self) -> None:
        w = self.window
        w.toc_dock.show()
        for bar in self._chooser_hidden:
            bar.show()
        w.menuBar().setEnabled(True)

    def _after_first_paint(self) -> None:
        """What can wait until the reader sees the page (see first_frame.py)."""
        if self._keep_default_layout and self.cache is not None:
            # Laid out now, and kept at once: even a start that ends here (a benchmark,
            # a check) lets the next one place the dock without the `Qt` namespace.
            self._keep_default_layout = False
            self.cache.save(LAYOUT_CACHE, bytes(self.window.saveState().data()))
        QTimer.singleShot(FIRST_PAINT_IDLE_MS, self, self._settle)

    def _settle(self) -> None:
        # The first use of `Qt` since start-up: it is made now, in idle time.
        w = self.window
        if w.dockWidgetArea(w.toc_dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            log.warning("the saved layout had no contents; placing them on the left")
            w.add_dock(w.toc_dock)
