"""Pages that waste no paper: a chapter's last lines pulled back, or never left alone.

Each chapter (and the glossary, the questions, the sources) starts a new page, so a
chapter whose last few lines spill over wastes a sheet: a "Key points" box alone on a
page, a glossary's last page holding one entry. Qt's pagination and the fixes in
`layout.py` (no lonely heading, whole boxes and pictures) are blind to that, so after
them each section whose last page is less than `MIN_FILL` full is looked at again:

1. set a little tighter (less space between paragraphs, then slightly closer lines, never
   below `TIGHTEST_LINE_HEIGHT`) if that makes it end one page earlier; not a section of
   more than `LONG_SECTION_PAGES`: there one sheet is little of the whole, and each try
   paginates the whole section again (seconds on a huge chapter);
2. else a widow rule: enough of the page before moves over, so that neither page is
   less than `MIN_FILL` full.

A box that would move whole to the next page stays and splits if moving it would leave
its page less than `MIN_FILL` full (`layout.py`), and a picture that would do the same
is drawn smaller to fit, down to `MIN_PICTURE_SCALE` (`shrink_picture_to_fit`).

Sections start on a page of their own, so one section's changes never move another's
page breaks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCursor,
    QTextFormat,
    QTextImageFormat,
    QTextTableFormat,
)

MIN_FILL = 1 / 3  # of the text height: no page holds less, if the pages can be arranged
TIGHTER = ((0.6, 132.0), (0.4, 125.0))  # (space between blocks, line height %) tried in turn
TIGHTEST_LINE_HEIGHT = 125.0
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
LONG_SECTION_PAGES = 30  # the shipped guide's longest section is 20 (large print, Letter)
ROOM = 0.97  # of a page: what a widow move may fill on the last page, at most
MIN_PICTURE_SCALE = 0.7  # a picture may be drawn this much smaller to stay on its page
OBJECT_CHAR = "\ufffc"
QUESTIONS_CLEARANCE = 12  # free space kept under the last line to write on
ALWAYS = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore


@dataclass
class Formats:
    """The block and table formats of part of a document, to put back after a trial."""

    blocks: list[tuple[int, QTextBlockFormat]] = field(default_factory=list)
    tables: list[tuple[object, QTextTableFormat]] = field(default_factory=list)


def snapshot(doc, start: int = 0, stop: int | None = None) -> Formats:
    """The formats of the blocks (and boxes) from position `start` up to `stop`."""
    formats = Formats()
    seen: set[int] = set()
    block = doc.findBlock(start)
    while block.isValid() and (stop is None or block.position() < stop):
        formats.blocks.append((block.position(), QTextBlockFormat(block.blockFormat())))
        table = QTextCursor(block).currentTable()
        if table is not None and table.firstPosition() not in seen:
            seen.add(table.firstPosition())
            formats.tables.append((table, QTextTableFormat(table.format())))
        block = block.next()
    return formats


def restore(doc, formats: Formats) -> None:
    """Put the formats back, as one edit (the layout is redone once, not per block)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for position, fmt in formats.blocks:
        cursor.setPosition(position)
        cursor.setBlockFormat(fmt)
    for table, fmt in formats.tables:
        table.setFormat(fmt)
    cursor.endEditBlock()


def section_starts(pristine: Formats) -> list[int]:
    """Where each section starts: the blocks the template puts on a new page."""
    return [0, *(p for p, fmt in pristine.blocks if p > 0 and fmt.pageBreakPolicy() & ALWAYS)]


def page_bottoms(doc, start: int, stop: int) -> dict[int, float]:
    """For each page of the section, where its last line ends, from the page's top."""
    height = doc.page_height
    layout = doc.documentLayout()
    bottoms: dict[int, float] = {}
    block = doc.findBlock(start)
    while block.isValid() and block.position() < stop:
        lines = block.layout()
        if block.text().strip() and lines is not None:
            top = layout.blockBoundingRect(block).top()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                page = doc.page_of(top + line.y())
                bottom = top + line.y() + line.height() - page * height
                bottoms[page] = max(bottoms.get(page, 0.0), bottom)
        block = block.next()
    return bottoms


def tighten(doc, formats: Formats, space: float, line_height: float) -> None:
    """The section's spacing times `space`, its lines no further apart than `line_height`
    percent (from its formats before any page break was added)."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for position, original in formats.blocks:
        fmt = QTextBlockFormat(original)
        fmt.setTopMargin(original.topMargin() * space)
        fmt.setBottomMargin(original.bottomMargin() * space)
        if original.lineHeightType() == PROPORTIONAL and original.lineHeight() > line_height:
            fmt.setLineHeight(max(line_height, TIGHTEST_LINE_HEIGHT), PROPORTIONAL)
        cursor.setPosition(position)
        cursor.setBlockFormat(fmt)
    for table, original in formats.tables:
        fmt = QTextTableFormat(original)
        fmt.setTopMargin(original.topMargin() * space)
        fmt.setBottomMargin(original.bottomMargin() * space)
        table.setFormat(fmt)
    cursor.endEditBlock()


def balance(doc, pristine: Formats) -> None:
    """Every section's last page pulled back or filled (see the module's docstring);
    `pristine` holds the formats before `doc.fix_page_breaks()` first ran."""
    starts = section_starts(pristine)
    ends = [*starts[1:], doc.characterCount()]
    for start, stop in zip(starts, ends, strict=True):
        _balance_section(doc, pristine, start, stop)


def _section_formats(formats: Formats, start: int, stop: int) -> Formats:
    return Formats([(p, f) for p, f in formats.blocks if start <= p < stop],
                   [(t, f) for t, f in formats.tables if start <= t.firstPosition() < stop])


def _short_tail(doc, start: int, stop: int) -> tuple[int, int] | None:
    """(first page, last page) of a section whose last page is less than MIN_FILL full."""
    bottoms = page_bottoms(doc, start, stop)
    if len(bottoms) < 2:
        return None
    last = max(bottoms)
    if bottoms[last] >= MIN_FILL * doc.page_height:
        return None
    return min(bottoms), last


def _balance_section(doc, pristine: Formats, start: int, stop: int) -> None:
    tail = _short_tail(doc, start, stop)
    if tail is None:
        return
    base = _section_formats(pristine, start, stop)  # the formats before any added break
    if tail[1] - tail[0] + 1 > LONG_SECTION_PAGES:
        _fill_last_page(doc, base, start, stop)
        return
    fixed = snapshot(doc, start, stop)
    kept = None  # the lightest tightening that saves the page: the tightest is tried first
    for space, line_height in reversed(TIGHTER):
        restore(doc, base)
        tighten(doc, base, space, line_height)
        tightened = snapshot(doc, start, stop)
        doc.fix_page_breaks(start, stop)
        pages = page_bottoms(doc, start, stop)
        if not pages or max(pages) >= tail[1]:
            break
        kept = (tightened, snapshot(doc, start, stop))
    if kept is None:
        restore(doc, fixed)
    else:
        base, done = kept
        restore(doc, done)
    if _short_tail(doc, start, stop) is not None:
        _fill_last_page(doc, base, start, stop)


def _fill_last_page(doc, base: Formats, start: int, stop: int) -> None:
    """The widow rule: move the end of the page before over to the last page, so both
    are at least MIN_FILL full; nothing if no block boundary allows it."""
    height = doc.page_height
    bottoms = page_bottoms(doc, start, stop)
    last = max(bottoms)
    before = last - 1
    if before not in bottoms:
        return
    need = MIN_FILL * height - bottoms[last]
    layout = doc.documentLayout()
    candidates = []  # (top on the page before, block) of what may start the last page
    seen: set[int] = set()
    block = doc.findBlock(start)
    while block.isValid() and block.position() < stop:
        if block.text().strip():
            table = QTextCursor(block).currentTable()
            if table is None:
                top = doc.first_line_top(block)
            elif table.firstPosition() not in seen:
                seen.add(table.firstPosition())
                top = layout.frameBoundingRect(table).top()
            else:
                top = None
            if top is not None and doc.page_of(top + 1) == before:
                candidates.append((top - before * height, block))
        block = block.next()
    for top, block in reversed(candidates):
        if top < MIN_FILL * height:
            return
        moved = bottoms[before] - top
        if moved >= need:
            if moved + bottoms[last] > ROOM * height:
                return
            saved = snapshot(doc, start, stop)
            restore(doc, _section_formats(base, block.position(), stop))  # breaks after it
            doc.move_to_next_page(block)
            doc.fix_page_breaks(block.position(), stop)
            if max(page_bottoms(doc, start, stop)) > last:  # it spilled: put it back
                restore(doc, saved)
            return


def shrink_picture_to_fit(doc, block) -> bool:
    """A picture (and its caption) that would move to the next page and leave its page
    less than MIN_FILL full is drawn smaller to fit, down to MIN_PICTURE_SCALE; True
    if it now fits."""
    height = doc.page_height
    top = doc.documentLayout().blockBoundingRect(block).top()  # where the page was left
    page = doc.page_of(top)
    if doc.page_of(doc.last_line_bottom(block) - 1) == page:
        return False  # it fits as it is
    previous = block.previous()
    while previous.isValid() and not previous.text().strip():
        previous = previous.previous()
    filled = doc.last_line_bottom(previous) - page * height if previous.isValid() else 0.0
    if filled >= MIN_FILL * height:
        return False  # the page is full enough: the picture may move on
    index = block.text().find(OBJECT_CHAR)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + index)
    cursor.setPosition(block.position() + index + 1, QTextCursor.MoveMode.KeepAnchor)
    fmt = cursor.charFormat()
    if not fmt.isImageFormat():
        return False
    lines = block.layout()
    picture = lines.lineAt(0).height()
    whole = doc.last_line_bottom(block) - doc.first_line_top(block)
    room = (page + 1) * height - top - block.blockFormat().topMargin() - (whole - picture) - 2
    scale = room / picture if picture > 0 else 0.0
    if scale < MIN_PICTURE_SCALE:
        return False
    image = QTextImageFormat(fmt.toImageFormat())
    natural = doc.documentLayout().handlerForObject(image.objectType())
    size = natural.intrinsicSize(doc, block.position() + index, image) \
        if natural is not None else None
    if size is None or size.height() <= 0:
        return False
    image.setWidth(size.width() * scale)
    image.setHeight(size.height() * scale)
    cursor.setCharFormat(image)
    return doc.page_of(doc.last_line_bottom(block) - 1) == page


def inked_page_count(doc) -> int:
    """Pages up to the one holding the last line (a no-break space counts: the lines to
    write on are cells holding one). Qt counts a page more when the last block's bottom
    margin crosses into it, and that page would print blank."""
    block = doc.lastBlock()
    while block.isValid() and not block.text():
        block = block.previous()
    if not block.isValid():
        return doc.pageCount()
    return min(doc.pageCount(), doc.page_of(doc.last_line_bottom(block) - 1) + 1)


def close_blank_pages(doc, pristine: Formats) -> None:
    """No blank page before a section: when the content before it ends at the foot of a
    page, the bottom margin of its last box (or paragraph) crosses into the next page,
    and the section's page break then skips that page. The margin goes; if the page is
    still blank, the section starts where the layout is, a few pixels down its page."""
    for start in section_starts(pristine)[1:]:
        block = doc.findBlock(start)
        previous = block.previous()
        while previous.isValid() and not previous.text():  # a line to write on counts
            previous = previous.previous()
        if not previous.isValid() or not _blank_before(doc, previous, block):
            continue
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        table = QTextCursor(previous).currentTable()
        if table is not None:
            fmt = table.format()
            fmt.setBottomMargin(0)
            table.setFormat(fmt)
        for each in (previous, previous.next()):
            cursor.setPosition(each.position())
            fmt = each.blockFormat()
            fmt.setBottomMargin(0)
            cursor.setBlockFormat(fmt)
        cursor.endEditBlock()
        if _blank_before(doc, previous, block):
            cursor.setPosition(block.position())
            fmt = block.blockFormat()
            fmt.setPageBreakPolicy(fmt.pageBreakPolicy() & ~ALWAYS)
            cursor.setBlockFormat(fmt)


def _blank_before(doc, previous, block) -> bool:
    """True if a page with no line lies between `previous` and `block`."""
    return doc.page_of(doc.first_line_top(block)) - \
        doc.page_of(doc.last_line_bottom(previous) - 1) > 1


def fit_questions_page(doc) -> None:
    """Fewer lines to write on until the "my questions" page fits on one page: every
    block counts, the lines' cells too (a no-break space), and the phone line."""
    heading = doc.anchor_block("handout-questions")
    if heading is None:
        return
    page = doc.line_pages(heading)[0]
    blocks, table = [], None
    block = heading.next()
    while block.isValid() and not block.blockFormat().pageBreakPolicy() & ALWAYS:
        table = table or QTextCursor(block).currentTable()
        blocks.append(block)
        block = block.next()
    if table is None:
        return
    limit = (page + 1) * doc.page_height - QUESTIONS_CLEARANCE
    layout = doc.documentLayout()

    def bottom() -> float:
        ends = [doc.last_line_bottom(b) for b in blocks if b.isValid()]
        return max([layout.frameBoundingRect(table).bottom(), *ends])

    while table.rows() > 3 and bottom() > limit:
        table.removeRows(table.rows() - 1, 1)
