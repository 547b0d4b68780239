"""The chapter view: a QTextBrowser that serves our own addresses and routes links.

Internal links (`chapter:`, `home:`, `sources:`, `#section`) navigate inside the app
with Qt's own history; `glossary:` links ask for the pop-up; anything else is an
external address, which an offline clinic PC cannot open: it is handed to the window to
show as text to copy. Nothing is ever fetched from a network.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QSizeF, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPalette,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip, QWidget

from ..qt.first_frame import SCROLL_BAR_ALWAYS_ON, set_enum
from ..qt.richtext import honour_heading_sizes
from .page_source import PageSource, page_of

log = logging.getLogger(__name__)
COLUMN_CHARS = 75  # a readable line length, whatever the window's width
SAMPLE = "Your child's T-cells are collected, changed in a lab, then given back to them."


class ChapterView(QTextBrowser):
    termActivated = Signal(str, QPoint)  # term id, global position below the word
    externalLinkActivated = Signal(QUrl)
    sectionChanged = Signal(str)
    pageChanged = Signal(QUrl)  # after a page is shown (new, back, forward), source() is set
    firstPaint = Signal()

    def __init__(self, pages: PageSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._route)
        self._anchors: _Anchors | None = None
        self._loading = False  # inside doSetSource: the document is being replaced
        self._section = ""
        self._paint_watch: _FirstPaint | None = None
        self._highlights: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._land_on = ""  # a citation's source, to show and mark once its page is in
        self._landing = None  # landing.Landing, made on the first citation followed
        self.document().documentLayout().documentSizeChanged.connect(self._forget_anchors)
        self.verticalScrollBar().valueChanged.connect(self._track_section)
        self.historyChanged.connect(self._page_loaded)
        pages.background.pageReady.connect(self._background_page_ready)
        self.setObjectName("chapterView")
        # A document to screen readers, read with a caret (accessible.py, caret.py); after
        # the first paint: both load Qt classes the first frame is made without.
        self.caret_keys = None
        self.firstPaint.connect(self._after_first_paint)
        # Lines of about 75 characters, centred; a word longer than the view is broken
        # rather than scrolled sideways (300 % on a small screen).
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setAutoFillBackground(True)  # the margins beside the column look like the page
        self.setBackgroundRole(QPalette.ColorRole.Base)
        # A scroll bar that comes and goes would move the column, and the words under it.
        set_enum(self, "verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)

    # --- loading -------------------------------------------------------------------
    def loadResource(self, kind: int, url: QUrl):
        if self.pages.handles(url):
            try:
                return self.pages.html(url)
            except Exception:  # a broken page must not take the app down
                log.exception("could not render %s", url.toString())
                return "<p>This page could not be shown.</p>"
        if url.isLocalFile() or url.scheme() in ("", "qrc"):
            return super().loadResource(kind, url)
        return None  # never anything remote

    def doSetSource(self, name: QUrl, kind=QTextDocument.ResourceType.UnknownResource):
        # Qt lays out no page of size 0 × 0. Loaded and styled at that size, the page is
        # laid out once, as it will be shown, instead of once by Qt and again after each
        # change of style (a sixth of a chapter switch).
        doc = self.document()
        width = doc.pageSize()
        doc.setPageSize(QSizeF(0, 0))
        # The old page's blocks go with it: the scroll bar moves while Qt loads the new
        # one, and walking the anchors found on the old page crashed (a long A–Z page).
        self._forget_anchors()
        self._loading = True
        try:
            super().doSetSource(name, kind)
            self._style_page()
        finally:
            self._loading = False
            doc.setPageSize(width)
        self.fit_column()
        landing, self._land_on = self._land_on, ""
        if name.hasFragment():  # the layout changed under the anchor Qt scrolled to
            if landing != name.fragment() or not self.land_on(landing):
                self.scrollToAnchor(name.fragment())

    def go(self, url: QUrl) -> None:
        """Navigate to `url` (on the page it lands on: `PageSource.locate`), adding it to
        the history."""
        self.setSource(self.pages.locate(url), QTextDocument.ResourceType.HtmlResource)

    def refresh(self) -> None:
        """Re-render the current page (language, zoom or theme changed), keeping the
        paragraph at the top of the view there, not only its section (reading_place.py)."""
        from .reading_place import height_of, spot_at

        section = self.current_section()
        if section:  # a paged glossary: in the other language the word may be on another page
            here = QUrl(self.source())
            here.setFragment(section)
            there = self.pages.locate(here)
            if there.path() != here.path():
                self.go(there)
                return
        bar = self.verticalScrollBar()
        spot = None
        if self.isVisible() and bar.value() > 0:
            spot = spot_at(self.document(), bar.value(), bar.value() >= bar.maximum())
        self.reload()
        self._forget_anchors()
        y = height_of(self.document(), spot) if spot is not None else 0.0
        if spot is not None and (spot.at_end or (y or 0.0) > bar.maximum()):
            bottom = self._lay_out_to_the_end()
            y = bottom if spot.at_end else y
        bar.setValue(round(y or 0.0))  # a page without that region: its top
        self._track_section()

    def _background_page_ready(self, url: QUrl) -> None:
        """A big chapter, rendered away from the window, replaces "being prepared"."""
        if page_of(self.source()) == url:
            self.reload()  # the page source has it now; the section is scrolled to
            self._forget_anchors()
            self._track_section()

    def _lay_out_to_the_end(self) -> int:
        """Lay the page out to its end; the scroll bar's range then reaches there at once
        (Qt widens it only after the layout's next step): its lowest position."""
        doc = self.document()
        layout = doc.documentLayout()
        layout.blockBoundingRect(doc.lastBlock())
        bottom = max(0, round(layout.documentSize().height()) - self.viewport().height())
        bar = self.verticalScrollBar()
        if bar.maximum() < bottom:
            bar.setRange(0, bottom)
        return bottom

    # --- line length ----------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_column()

    def column_width(self) -> int:
        """The width, in pixels, of about 75 characters of body text at the current zoom."""
        metrics = QFontMetricsF(self._body_font(), self.viewport())
        per_char = metrics.horizontalAdvance(SAMPLE) / len(SAMPLE)
        return round(per_char * COLUMN_CHARS + 2 * self.document().documentMargin())

    def fit_column(self) -> None:
        """Centre a column of `column_width()` with side margins; none when the view is narrower."""
        current = self.viewportMargins()
        available = self.viewport().width() + current.left() + current.right()
        side = max(0, (available - self.column_width()) // 2)
        if current != QMargins(side, 0, side, 0):
            self.setViewportMargins(side, 0, side, 0)
        width = self.viewport().width()
        if self.isVisible() and self.document().pageSize().width() != width:
            # What QTextEdit does on a resize, which a window system may not send us for
            # a change of margins (seen under X11): lay the text out at the column's width.
            self.document().setPageSize(QSizeF(width, -1))

    def _body_font(self) -> QFont:
        block = self.document().begin()
        for _ in range(60):  # the first paragraph of running text
            if not block.isValid():
                break
            if block.blockFormat().headingLevel() == 0 and block.length() > 40:
                return block.begin().fragment().charFormat().font()
            block = block.next()
        font = QFont(self.font())
        font.setPointSizeF(13 * self.pages.style.scale)  # style.css's body size
        return font

    # --- links ---------------------------------------------------------------------
    def _route(self, url: QUrl) -> None:
        if url.scheme() == "" and url.hasFragment() and not url.path():
            target = QUrl(self.source())
            target.setFragment(url.fragment())
            self.go(target)
        elif url.scheme() == "glossary":
            word = QTextCursor(self.textCursor())  # the link is selected: its start, not its end
            word.setPosition(word.selectionStart())
            rect = self.cursorRect(word)
            self.termActivated.emit(url.path(), self.viewport().mapToGlobal(rect.bottomLeft()))
        elif self.pages.handles(url):
            if url.scheme() == "sources" and url.hasFragment():  # a citation
                self._land_on = url.fragment()
            self.go(url)
        else:
            self.externalLinkActivated.emit(url)

    # --- where the reader is ---------------------------------------------------------
    def _forget_anchors(self, *_args: object) -> None:
        self._anchors = None

    def _anchors_down_to(self, y: float) -> list[tuple[float, str]]:
        if self._anchors is None:
            self._anchors = _Anchors(self.document())
        return self._anchors.down_to(y)

    def current_section(self) -> str:
        """The id of the section at the top of the view ("" above the first one)."""
        if not self.isVisible():
            # Nothing is on screen yet, and asking where the sections are would lay the
            # page out at a width that is not yet the window's (twice the work at start).
            return ""
        top = self.verticalScrollBar().value() + 8
        current = ""
        for y, name in self._anchors_down_to(top):
            if y <= top:
                current = name
            else:
                break
        return current

    def _track_section(self, *_args: object) -> None:
        if self._loading:  # a page half loaded: `_page_loaded` looks once it is in
            return
        section = self.current_section()
        if section != self._section:
            self._section = section
            self.sectionChanged.emit(section)

    def _page_loaded(self) -> None:
        # Qt's own sourceChanged fires before source() is updated; historyChanged after,
        # for new pages as well as back and forward.
        self._section = "\0"
        self._style_page()  # back and forward re-read the page without doSetSource
        self._forget_anchors()
        self._highlights.clear()
        self.setExtraSelections([])
        self.pageChanged.emit(self.source())
        self._track_section()

    def land_on(self, name: str) -> bool:
        """Anchor `name`'s entry whole on screen, briefly marked (landing.py)."""
        if self._landing is None:
            from .landing import Landing

            self._landing = Landing(self)
        return self._landing.land(name)

    def _style_page(self) -> None:
        """What Qt's CSS cannot do (headings at their zoomed sizes), once per page."""
        doc = self.document()
        if getattr(self, "_styled_revision", None) == doc.revision():
            return  # a new page goes through doSetSource and then historyChanged
        honour_heading_sizes(doc)
        if not doc.pageSize().isNull():
            # Back and forward load a page without doSetSource, already laid out (lazily).
            # Changed in the middle of that, Qt's layout can stop short and leave the end
            # of the page (the sources, the review date) with no lines: lay it out again.
            doc.markContentsDirty(0, doc.characterCount())
        self._styled_revision = doc.revision()

    # --- glossary words (their dotted underline is in the page's markup) ----------
    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a glossary word shows its one-line definition at the page's text size."""
        if event.type() == QEvent.Type.ToolTip:
            href = self.anchorAt(event.pos())
            tip = self._term_tip(href[len("glossary:"):]) if href.startswith("glossary:") else ""
            if tip:
                QToolTip.showText(event.globalPos(), self._tip_html(tip), self.viewport())
                return True
        return super().viewportEvent(event)

    def _tip_html(self, tip: str) -> str:
        """The tip at the page's zoomed text size, on one line when it fits in about 48
        characters, else wrapped at that width (never wider than the screen)."""
        from html import escape

        font = QFont(self.font())
        font.setPointSizeF(13 * self.pages.style.scale)  # style.css's body size, zoomed
        metrics = QFontMetricsF(font)
        screen = self.screen().availableGeometry().width()
        widest = min(metrics.averageCharWidth() * 48, screen - 40)
        width = round(min(metrics.horizontalAdvance(tip) + 8, widest))
        return (f'<table width="{width}" cellpadding="0"><tr><td style="font-size:'
                f'{font.pointSizeF():.0f}pt">{escape(tip)}</td></tr></table>')

    def _term_tip(self, term_id: str) -> str:
        """The term's one-line definition in the language of the text on screen."""
        term = self.pages.book.glossary.get(term_id)
        if term is None:
            return ""
        lang = self.pages.lang
        url = self.source()
        if url.scheme() == "chapter":  # a chapter missing in one language shows the other
            chapter, _ = self.pages.book.chapter(url.path(), lang)
            lang = chapter.lang if chapter is not None else lang
        text = term.text.get(lang) or next(iter(term.text.values()), None)
        return text.short if text is not None else ""

    # --- copying ----------------------------------------------------------------------
    def createMimeDataFromSelection(self):  # QMimeData
        """What is copied: the words as written, "T-cells" with its real hyphen (the page
        shows U+2011 so that "CAR T-cells" never breaks: render/keep_whole.py)."""
        from ..content.text import as_text

        data = super().createMimeDataFromSelection()
        if data.hasHtml():
            data.setHtml(as_text(data.html()))
        data.setText(as_text(data.text()))
        return data

    # --- marked words (search hits, find bar), until the next page ------------------
    def set_highlights(self, layer: str, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Show `layer`'s marks ("search", "find"), replacing that layer's previous ones."""
        self._highlights[layer] = list(selections)
        self.setExtraSelections([s for marks in self._highlights.values() for s in marks])

    def highlights(self, layer: str) -> list[QTextEdit.ExtraSelection]:
        return list(self._highlights.get(layer, []))

    # --- first paint (the window's deferred start-up, benchmarks, acceptance checks) ---
    def showEvent(self, event) -> None:
        # Watched from here, not from the constructor, and by a small object of its own:
        # a scroll area filters its scroll bars' events, and each would be a call into
        # Python.
        if self._paint_watch is None:  # once: it is removed after the first paint
            self._paint_watch = _FirstPaint(self)
            self.viewport().installEventFilter(self._paint_watch)
        super().showEvent(event)

    def _after_first_paint(self) -> None:
        QTimer.singleShot(0, self, self._enable_reading_aids)  # after the first frame's slots

    def _enable_reading_aids(self) -> None:
        from . import accessible, caret

        if self.caret_keys is None:
            self.caret_keys = caret.enable(self)
            accessible.install(self)


class _Anchors:
    """A page's named anchors with their heights, found in page order as far as asked.

    An anchor's height is known once the page is laid out down to it. Looking no further
    down than the reader's place leaves the rest of a new page to Qt's lazy layout,
    after the page is on screen, instead of laying it all out first.
    """

    def __init__(self, doc: QTextDocument) -> None:
        self.layout = doc.documentLayout()
        self.block = doc.begin()  # the first block not yet looked at
        self.found: list[tuple[float, str]] = []

    def down_to(self, y: float) -> list[tuple[float, str]]:
        """The anchors found so far: every one above `y`, maybe some further down."""
        block = self.block
        while block.isValid():
            top = self.layout.blockBoundingRect(block).top()
            if top > y:
                break
            it = block.begin()
            while not it.atEnd():
                names = it.fragment().charFormat().anchorNames()
                self.found.extend((top, n) for n in names if n != "top")
                it += 1
            block = block.next()
        self.block = block
        return self.found


class _FirstPaint(QObject):
    """Emits the view's `firstPaint` when its viewport first paints a page, then leaves."""

    def __init__(self, view: ChapterView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.view.document().isEmpty():
            watched.removeEventFilter(self)
            self.view.firstPaint.emit()
        return False
