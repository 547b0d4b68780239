"""The handout composer's preview: the pages as they will print, drawn from the laid-out
document by the same paint function as the printer and the PDF.

Not `QPrintPreviewWidget`: it needs a `QPrinter`, and making one asks the system's print
service (CUPS) for the default printer, which connects to ::1:631 and 127.0.0.1:631
before anyone asked to print. The app promises no network connection; a preview and a
PDF need no printer, so the printer is made only when the nurse presses Print….
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QPageLayout, QPainter, QPalette
from PySide6.QtWidgets import QScrollArea, QWidget

from ...handout.layout import PX_PER_PT, HandoutDocument
from ...handout.pdf import paint_page
from ...qt.first_frame import Qt

GAP = 16  # pixels between pages, and around them
PAPER = QColor("#ffffff")
EDGE = QColor("#808080")


class _Pages(QWidget):
    """Every page one under the other, at the width the preview gives it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: HandoutDocument | None = None
        self.scale = 1.0
        self.message = ""  # shown instead of pages while there are none (being made)

    def page_size(self) -> QSize:
        """One sheet of paper in layout pixels (96 per inch)."""
        if self.document is None:
            return QSize(0, 0)
        full = self.document.geometry.page_layout.fullRect(QPageLayout.Unit.Point)
        return QSize(round(full.width() * PX_PER_PT), round(full.height() * PX_PER_PT))

    def fit(self, width: int) -> None:
        """Scale the pages to `width` and take the height they then need."""
        sheet = self.page_size()
        count = self.document.page_count if self.document is not None else 0
        if not count or sheet.width() <= 0:
            self.resize(width, 8 * self.fontMetrics().height() if self.message else 0)
            self.update()
            return
        self.scale = max(0.1, (width - 2 * GAP) / sheet.width())
        height = GAP + count * (round(sheet.height() * self.scale) + GAP)
        self.resize(width, height)
        self.update()

    def paintEvent(self, event) -> None:  # Qt names it
        if self.document is None:
            if self.message:
                # on a sheet of paper, dark on white like the pages, in every theme
                painter = QPainter(self)
                sheet = self.rect().adjusted(GAP, GAP, -GAP, -GAP)
                painter.fillRect(sheet, PAPER)
                painter.setPen(EDGE)
                painter.drawRect(sheet)
                painter.setPen(QColor("#202020"))
                painter.drawText(sheet, Qt.AlignmentFlag.AlignCenter
                                 | Qt.TextFlag.TextWordWrap, self.message)
                painter.end()
            return
        sheet = self.page_size()
        margins = self.document.geometry.page_layout.paintRect(QPageLayout.Unit.Point)
        offset = QPointF(margins.left() * PX_PER_PT, margins.top() * PX_PER_PT)
        step = round(sheet.height() * self.scale) + GAP
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        exposed = event.rect()
        for index in range(self.document.page_count):
            top = GAP + index * step
            page = QRectF(GAP, top, sheet.width() * self.scale, sheet.height() * self.scale)
            if page.bottom() < exposed.top() or page.top() > exposed.bottom():
                continue  # only the pages on screen are drawn
            painter.fillRect(page, PAPER)
            painter.setPen(EDGE)
            painter.drawRect(page)
            painter.save()
            painter.translate(page.topLeft())
            painter.scale(self.scale, self.scale)
            painter.translate(offset)
            paint_page(painter, self.document, index)
            painter.restore()
        painter.end()


class PagePreview(QScrollArea):
    """A scrolling column of the handout's pages, fitted to the width of the preview."""

    def __init__(self, parent: QWidget | None = None, objectName: str = "") -> None:
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.pages = _Pages()
        self.setWidget(self.pages)
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(QPalette.ColorRole.Dark)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and PgUp/PgDn scroll it

    def set_document(self, document: HandoutDocument | None, message: str = "") -> None:
        """Show `document`'s pages, or `message` where there are none."""
        self.pages.document = document
        self.pages.message = message if document is None else ""
        self.pages.fit(self.viewport().width())
        self.pages.update()

    def page_count(self) -> int:
        document = self.pages.document
        return document.page_count if document is not None else 0

    def resizeEvent(self, event) -> None:  # Qt names it
        super().resizeEvent(event)
        self.pages.fit(self.viewport().width())
