"""The running header and footer of a printed handout: laid out once, painted on each page.

The header carries the guide's title and the clinic's name and phone; the footer the
print date, the "reviewed on" date and "Page N of M". A clinic's name can be long and
the phone is the one thing a family must be able to read, so the bands are laid out
before the pages: a line that does not fit is first set a little smaller (never below
`MIN_BAND_FONT_PT`, and never in large print), then wrapped over more lines (the band grows and the
page holds less text), and the phone number is never cut, elided or split. The pages'
text height is what the bands leave, so nothing is ever drawn over a band's rule.

Large print makes the bands large (`LARGE_BAND_FONT_PT`), and never shrinks them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QRectF, Qt  # noqa: TID251 - paper
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

LAYOUT_DPI = 96
PX_PER_PT = LAYOUT_DPI / 72
BAND_FONT_PT = 9.0  # header and footer of a normal handout
LARGE_BAND_FONT_PT = 14.0  # in large print: large, a little under the body (16.25 pt),
# so that the dates and the page number still share one line on A4 and Letter
MIN_BAND_FONT_PT = 8.0  # a normal band's line may be set this small before it wraps;
# large print never shrinks: it wraps
MAX_CLINIC_LINES = 4  # the clinic's name wraps over at most this many header lines
GAP = 16.0  # between the title and the clinic, and between the dates and the page
RULE_GAP = 4.0  # between a band's text and its rule
TEXT_GAP = 0.4  # of a line's height, between a rule and the page's text
WORST_PAGE = "888"  # the widest page number a footer must hold
NBSP = "\u00a0"
INK = QColor("#000000")
RULE = QColor("#555555")
ALIGN_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def band_font(families: tuple[str, ...], large_print: bool, size: float = 0.0) -> QFont:
    """The bands' typeface (the body's), at `size` points or the band size for normal
    or large print."""
    font = QFont()
    if families:
        font.setFamilies(list(families))
    size = size or (LARGE_BAND_FONT_PT if large_print else BAND_FONT_PT)
    font.setPixelSize(round(size * PX_PER_PT))
    return font


@dataclass(frozen=True)
class BandLine:
    """One line of a band: text on the left, text on the right (either may be empty)."""

    left: str = ""
    right: str = ""


@dataclass(frozen=True)
class Band:
    """A header or a footer: its lines, at one font size."""

    lines: tuple[BandLine, ...]
    pixel_size: int
    families: tuple[str, ...] = ()

    @property
    def font(self) -> QFont:
        font = QFont()
        if self.families:
            font.setFamilies(list(self.families))
        font.setPixelSize(self.pixel_size)
        return font

    @property
    def line_height(self) -> float:
        return QFontMetricsF(self.font).height()

    @property
    def height(self) -> float:
        """Text, the gap to the rule, the rule, and the gap between the rule and the page."""
        return self.line_height * (len(self.lines) + TEXT_GAP) + RULE_GAP + 4

    def texts(self) -> list[str]:
        return [part for line in self.lines for part in (line.left, line.right) if part]


@dataclass(frozen=True)
class Bands:
    """The header and the footer of every page of one handout."""

    header: Band
    footer: Band


def _fits(font: QFont, text: str, width: float) -> bool:
    return QFontMetricsF(font).horizontalAdvance(text) <= width


def _shrunk(families: tuple[str, ...], large: bool, texts: list[str], width: float) -> QFont:
    """The largest band font, down to `MIN_BAND_FONT_PT` (large print: its own size
    only), at which `texts` fit on one line in `width`; the smallest one tried if none."""
    font = band_font(families, large)
    if large:
        return font
    size = BAND_FONT_PT
    while size >= MIN_BAND_FONT_PT:
        font = band_font(families, large, size)
        if _fits(font, "".join(texts), width):
            break
        size -= 0.25
    return font


def _wrap(words: list[str], font: QFont, width: float) -> list[str]:
    """Words greedily over lines of `width` (a word wider than a line gets its own)."""
    lines: list[str] = []
    for word in words:
        if lines and _fits(font, f"{lines[-1]} {word}", width):
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def _elide(font: QFont, text: str, width: float) -> str:
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def header_band(families: tuple[str, ...], large: bool, width: float, title: str,
                clinic_name: str, clinic_phone: str) -> Band:
    """The title on the left; the clinic's name and phone on the right, whole.

    One line if it fits (set a little smaller if need be); else the clinic's name wraps in
    the right-hand half over up to `MAX_CLINIC_LINES` lines, and the phone follows it,
    on the last line if there is room, or on a line of its own: never cut."""
    phone = clinic_phone.strip().replace(" ", NBSP)
    name = " ".join(clinic_name.split())
    clinic = " · ".join(x for x in (name, phone) if x)
    if not clinic:
        font = band_font(families, large)
        return Band((BandLine(_elide(font, title, width)),), font.pixelSize(), families)
    font = _shrunk(families, large, [title, clinic], width - GAP)
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(title) + GAP + metrics.horizontalAdvance(clinic) <= width:
        return Band((BandLine(title, clinic),), font.pixelSize(), families)
    font = band_font(families, large)
    metrics = QFontMetricsF(font)
    title_room = min(metrics.horizontalAdvance(title), width / 2 - GAP)
    column = max(width - title_room - GAP, metrics.horizontalAdvance(phone))
    lines = _wrap(name.split(), font, column) if name else []
    if len(lines) > MAX_CLINIC_LINES:
        lines = lines[:MAX_CLINIC_LINES - 1] + [
            _elide(font, " ".join(lines[MAX_CLINIC_LINES - 1:]), column)]
    if phone:
        if lines and _fits(font, f"{lines[-1]} · {phone}", column):
            lines[-1] = f"{lines[-1]} · {phone}"
        else:
            lines.append(phone)
    left = _elide(font, title, width - column - GAP)
    rows = [BandLine(left if i == 0 else "", line) for i, line in enumerate(lines)]
    return Band(tuple(rows), font.pixelSize(), families)


def footer_band(families: tuple[str, ...], large: bool, width: float, dates: list[str],
                page_label: str) -> Band:
    """The dates on the left, "Page N of M" on the right: on one line if they fit (set
    a little smaller if need be), else one date per line, the page number on the first."""
    joined = "  ·  ".join(dates)
    widest = page_label.format(page=WORST_PAGE, pages=WORST_PAGE)
    font = _shrunk(families, large, [joined, widest], width - GAP)
    metrics = QFontMetricsF(font)
    if metrics.horizontalAdvance(joined) + GAP + metrics.horizontalAdvance(widest) <= width:
        return Band((BandLine(joined, page_label),), font.pixelSize(), families)
    font = band_font(families, large)
    room = width - GAP - QFontMetricsF(font).horizontalAdvance(widest)
    rows = [BandLine(_elide(font, date, room if i == 0 else width), page_label if i == 0
                     else "") for i, date in enumerate(dates or [""])]
    return Band(tuple(rows), font.pixelSize(), families)


def paint_header(painter: QPainter, band: Band, width: float) -> None:
    """The header's lines from the top of the page, then its rule."""
    painter.setFont(band.font)
    painter.setPen(INK)
    height = band.line_height
    for row, line in enumerate(band.lines):
        rect = QRectF(0, row * height, width, height)
        if line.left:
            painter.drawText(rect, ALIGN_LEFT, line.left)
        if line.right:
            painter.drawText(rect, ALIGN_RIGHT, line.right)
    painter.setPen(RULE)
    rule_y = len(band.lines) * height + RULE_GAP
    painter.drawLine(QLineF(0, rule_y, width, rule_y))


def paint_footer(painter: QPainter, band: Band, width: float, bottom: float,
                 page: str, pages: str) -> None:
    """The footer's rule, then its lines, ending at `bottom` (the foot of the paint area)."""
    painter.setFont(band.font)
    height = band.line_height
    top = bottom - len(band.lines) * height
    painter.setPen(RULE)
    painter.drawLine(QLineF(0, top - RULE_GAP, width, top - RULE_GAP))
    painter.setPen(INK)
    for row, line in enumerate(band.lines):
        rect = QRectF(0, top + row * height, width, height)
        if line.left:
            painter.drawText(rect, ALIGN_LEFT, line.left)
        if line.right:
            painter.drawText(rect, ALIGN_RIGHT, line.right.format(page=page, pages=pages))
