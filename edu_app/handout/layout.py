"""The composed handout laid out in pages: one QTextDocument for preview, printer and PDF.

The document is laid out once, at a fixed 96 dots per inch with design metrics, on the
page size of the chosen paper minus the margins, header and footer; painting then only
scales it to the device. So the preview, the printer and the PDF have the same pages.

After Qt's own pagination, two things Qt does not do are fixed here:
- a heading never stays alone at the bottom of a page: it moves to the next page;
- a picture and its caption (one paragraph) and every short paragraph stay in one piece;
then `balance.py` sees that no page is left nearly empty.
Pictures are drawn by `pictures.py`'s text-object handler.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QMarginsF, QObject, QSizeF
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from ..qt.richtext import honour_heading_sizes
from .balance import (
    MIN_FILL,
    balance,
    close_blank_pages,
    fit_questions_page,
    inked_page_count,
    shrink_picture_to_fit,
    snapshot,
)
from .bands import LAYOUT_DPI, PX_PER_PT, Bands, footer_band, header_band
from .compose import ComposedHandout, contents_mark
from .keep_whole import keep_terms_on_one_line
from .pictures import SvgPictures
from .strings import print_date, t

PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(16, 11, 16, 11)  # left, top, right, bottom: inside any printer's reach
LONELY_HEADING = 0.85  # a heading whose bottom is below 85 % of the page moves on
SHORT_LINES = 6  # paragraphs up to this many lines are never split
MAX_BOX_HEIGHT = 0.75  # boxes up to this part of a page move whole rather than split
OBJECT_CHAR = "\ufffc"


@dataclass(frozen=True)
class PageGeometry:
    """The paper, its margins, and the bands for header and footer, in layout pixels."""

    paper: str
    large_print: bool
    bands: Bands | None = None  # laid out for the handout once its typeface is known

    @property
    def page_layout(self) -> QPageLayout:
        return QPageLayout(QPageSize(PAPER_SIZES[self.paper]), QPageLayout.Orientation.Portrait,
                           MARGINS_MM, QPageLayout.Unit.Millimeter)

    def paint_size(self) -> QSizeF:
        rect = self.page_layout.paintRect(QPageLayout.Unit.Point)
        return QSizeF(rect.width() * PX_PER_PT, rect.height() * PX_PER_PT)

    def text_size(self) -> QSizeF:
        """What the header and footer leave of the paint area, for the pages' text."""
        size = self.paint_size()
        bands = 0.0 if self.bands is None else self.bands.header.height + self.bands.footer.height
        # Whole pixels: Qt keeps the page height in 1/64 px, cutting the rest, so an
        # exact height drifts a pixel from our page tops every 70 pages or so.
        return QSizeF(size.width(), math.floor(size.height() - bands))

    def with_bands(self, composed: ComposedHandout, families: tuple[str, ...]) -> PageGeometry:
        """The geometry with the header and footer laid out for `composed` (`bands.py`)."""
        options = composed.options
        lang = options.lang
        width = self.paint_size().width()
        header = header_band(families, self.large_print, width, composed.title,
                             options.clinic_name, options.clinic_phone)
        dates = [t(lang, "printed_on", date=print_date(options.print_date, lang))]
        if composed.reviewed:
            dates.append(t(lang, "reviewed_on", date=print_date(composed.reviewed, lang)))
        label = t(lang, "page_of", page="{page}", pages="{pages}")
        footer = footer_band(families, self.large_print, width, dates, label)
        return dataclasses.replace(self, bands=Bands(header, footer))


class LayoutStopped(Exception):
    """The layout was asked to stop (the composer closed, or its choices changed)."""


def _never() -> bool:
    return False


class HandoutDocument(QTextDocument):
    """The handout's pages. Build with `lay_out()`; read `page_count` and `geometry`."""

    def __init__(self, composed: ComposedHandout, parent: QObject | None = None,
                 should_stop: Callable[[], bool] = _never) -> None:
        super().__init__(parent)
        self.composed = composed
        # Asked between blocks: a build nobody waits for any more ends at the next one.
        self.should_stop = should_stop
        self.geometry = PageGeometry(composed.options.paper_size, composed.options.large_print)
        # Metrics come from a 96 dpi image, never from the screen or the printer.
        self._device = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = round(LAYOUT_DPI / 0.0254)
        self._device.setDotsPerMeterX(dots_per_metre)
        self._device.setDotsPerMeterY(dots_per_metre)
        self.documentLayout().setPaintDevice(self._device)
        self._pictures, self._pages = SvgPictures(self), 0
        self.documentLayout().registerHandler(QTextFormat.ObjectTypes.ImageObject,
                                              self._pictures)
        option = self.defaultTextOption()
        option.setUseDesignMetrics(True)
        self.setDefaultTextOption(option)
        self.setDocumentMargin(0)
        self.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, composed.title)

    @property
    def page_height(self) -> float:
        return self.pageSize().height()

    def lay_out(self) -> HandoutDocument:
        self.setHtml(self.composed.html)
        families = self.begin().charFormat().fontFamilies()
        families = tuple(families) if isinstance(families, list | tuple) else ()
        self.geometry = self.geometry.with_bands(self.composed, families)
        self.setPageSize(self.geometry.text_size())
        honour_heading_sizes(self)
        keep_terms_on_one_line(self)  # "CAR T-cells" never split at a line's end
        pristine = snapshot(self)
        self._stop_if_asked()
        self.fix_page_breaks()
        balance(self, pristine)
        fit_questions_page(self)
        close_blank_pages(self, pristine)
        # Qt's relayout after many format changes can stop short, leaving the last blocks
        # with no lines (a chapter printed blank): lay the whole document out once more.
        self.markContentsDirty(0, self.characterCount())
        self._fill_contents()
        self._pages = inked_page_count(self)
        return self

    def adopt(self) -> None:
        """Lay the pages out again on this thread, with this thread's fonts.

        Made on another thread, the lines keep that thread's font engines, which go when
        it ends: painting them would crash. The page breaks are in the blocks' formats,
        so a second layout gives the same pages; it is one pass, no fixes."""
        self.markContentsDirty(0, self.characterCount())
        self.documentLayout().documentSize()

    def _stop_if_asked(self) -> None:
        if self.should_stop():
            raise LayoutStopped

    @property
    def page_count(self) -> int:
        """Qt's count, less a last page that would hold nothing but a block's margin."""
        return self._pages or self.pageCount()

    def page_of(self, y: float) -> int:
        """0-based page index of a document position (Qt's page tops carry rounding)."""
        return int((y + 1) // self.page_height)

    # --- pagination fixes ---------------------------------------------------------------
    def line_pages(self, block) -> list[int]:  # QTextBlock
        """The page of each line of a block.

        `blockBoundingRect().top()` is where the block's layout sits in the document (even
        in a table cell, where the layout's own position is relative to the cell); each
        line's `y()` is relative to it, and already includes Qt's jump to a new page.
        """
        top = self.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return [self.page_of(top)]
        lines = (layout.lineAt(i) for i in range(layout.lineCount()))
        return [self.page_of(top + line.y()) for line in lines]

    def _at_page_top(self, block) -> bool:  # QTextBlock
        top = self.line_pages(block)[0] * self.page_height
        return self.first_line_top(block) - top < 2

    def first_line_top(self, block) -> float:  # QTextBlock
        """Where the block's first line is drawn, in document coordinates."""
        top = self.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return top
        return top + layout.lineAt(0).y()

    def last_line_bottom(self, block) -> float:  # QTextBlock
        """Where the block's last line ends, in document coordinates."""
        rect = self.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        if layout is None or layout.lineCount() == 0:
            return rect.bottom()
        line = layout.lineAt(layout.lineCount() - 1)
        return rect.top() + line.y() + line.height()

    def fix_page_breaks(self, start: int = 0, stop: int | None = None) -> None:
        """One pass in reading order, over the blocks from position `start` up to `stop`;
        each move only pushes what follows further down."""
        height = self.page_height
        seen_tables: set[int] = set()
        block = self.findBlock(start)
        while block.isValid() and (stop is None or block.position() < stop):
            self._stop_if_asked()
            if not block.text().strip():
                block = block.next()
                continue
            table = QTextCursor(block).currentTable()
            if table is not None and table.firstPosition() not in seen_tables:
                seen_tables.add(table.firstPosition())
                self._keep_box_whole(table, block)
            if _is_heading(block):
                pages = self.line_pages(block)
                following = _next_text_block(block)
                bottom = self.last_line_bottom(block)
                lonely = bottom - pages[0] * height > LONELY_HEADING * height or (
                    following is not None
                    and self.page_of(self.first_line_top(following)) > pages[-1])
                if lonely:
                    self.move_to_next_page(block)
            elif table is None:
                pages = self.line_pages(block)
                if OBJECT_CHAR in block.text() and shrink_picture_to_fit(self, block):
                    pass  # Qt would have put it (or its caption) on the next page
                elif pages[0] != pages[-1]:
                    first = pages.count(pages[0])
                    last = pages.count(pages[-1])
                    if OBJECT_CHAR in block.text() or len(pages) <= SHORT_LINES \
                            or first == 1 or last == 1:
                        self.move_to_next_page(block)
            block = block.next()

    def _keep_box_whole(self, table, block) -> None:  # QTextTable, QTextBlock
        """A small box split over two pages moves whole to the next page, unless that would
        leave its page less than MIN_FILL full."""
        rect = self.documentLayout().frameBoundingRect(table)
        first, last = self.page_of(rect.top() + 1), self.page_of(rect.bottom() - 1)
        above = rect.top() - first * self.page_height
        if first != last and rect.height() < MAX_BOX_HEIGHT * self.page_height \
                and above >= MIN_FILL * self.page_height:
            self.move_to_next_page(block)

    def move_to_next_page(self, block) -> None:  # QTextBlock
        """Start a new page before `block`, taking along the headings just above it."""
        target = block
        previous = _previous_text_block(block)
        while previous is not None and _is_heading(previous) \
                and QTextCursor(previous).currentTable() is None \
                and self.line_pages(previous)[-1] == self.line_pages(target)[0]:
            target = previous
            previous = _previous_text_block(previous)
        if self._at_page_top(target):
            return
        cursor = QTextCursor(target)
        table = cursor.currentTable()
        if table is not None:  # inside a box: the whole box moves
            top = self.documentLayout().frameBoundingRect(table).top()
            if top - self.page_of(top + 1) * self.page_height < 2:
                return
            fmt = table.format()
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
            return
        fmt = target.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.setBlockFormat(fmt)

    def anchor_block(self, name: str):  # QTextBlock or None
        block = self.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1 and any(
                    name in part.format.anchorNames() for part in block.textFormats()):
                return block
            block = block.next()
        return None

    # --- the contents on the cover ------------------------------------------------------
    def anchor_pages(self) -> dict[str, int]:
        """1-based page of each `handout-*` anchor (cover, chapters, glossary, ...)."""
        pages: dict[str, int] = {}
        layout = self.documentLayout()
        block = self.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 1:
                for fmt_range in block.textFormats():
                    for name in fmt_range.format.anchorNames():
                        if name.startswith("handout-"):
                            top = layout.blockBoundingRect(block).top()
                            pages[name.removeprefix("handout-")] = self.page_of(top) + 1
            block = block.next()
        return pages

    def _fill_contents(self) -> None:
        lang = self.composed.options.lang
        pages = self.anchor_pages()
        mark = contents_mark(lang)
        cursor = edit = QTextCursor(self)
        edit.beginEditBlock()  # one layout for all the numbers, not one each
        for key, _title in self.composed.contents:
            cursor = self.find(mark, cursor)
            if cursor.isNull():
                break
            page = pages.get(key)
            cursor.insertText(t(lang, "page_short", page=str(page)) if page else "")
        edit.endEditBlock()


def _is_heading(block) -> bool:  # QTextBlock
    return block.blockFormat().headingLevel() > 0


def _next_text_block(block):  # QTextBlock
    following = block.next()
    while following.isValid() and not following.text().strip():
        following = following.next()
    return following if following.isValid() else None


def _previous_text_block(block):  # QTextBlock
    previous = block.previous()
    while previous.isValid() and not previous.text().strip():
        previous = previous.previous()
    return previous if previous.isValid() else None


def build_document(composed: ComposedHandout, parent: QObject | None = None,
                   should_stop: Callable[[], bool] = _never) -> HandoutDocument:
    """The composed handout laid out in pages, ready for `pdf.paint_handout()`.

    Raises LayoutStopped as soon as `should_stop()` says so."""
    return HandoutDocument(composed, parent, should_stop).lay_out()
