"""The handout's pictures: SVG drawn as vectors by a text-object handler, never
rasterised, and fitted to the page; other pictures as images. Kept apart from layout.py,
which only registers the handler on its document."""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QByteArray, QObject, QSizeF, QUrl
from PySide6.QtGui import QImage, QPainter, QPyTextObject, QTextDocument, QTextFormat
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

SVG_DATA = "data:image/svg+xml;base64,"
MAX_PICTURE_HEIGHT = 0.7  # of the text height on a page


class SvgPictures(QPyTextObject):
    """Draws `<img src="file:...svg">` (and the renderer's inline SVG) as vectors, fitted
    to the page; others as images."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._svg: dict[str, QSvgRenderer] = {}
        self._images: dict[str, QImage] = {}

    def _load(self, name: str) -> QSvgRenderer | QImage | None:
        if name in self._svg:
            return self._svg[name]
        if name in self._images:
            return self._images[name]
        if name.startswith(SVG_DATA):  # drawn by the renderer (the centres map)
            # a child of this handler, so that it moves with the document to the thread
            # that paints it (made on the composer's thread: ui/features/handout_builder.py)
            renderer = QSvgRenderer(QByteArray(base64.b64decode(name[len(SVG_DATA):])), self)
            if renderer.isValid():
                self._svg[name] = renderer
                return renderer
        path = QUrl(name).toLocalFile() if name.startswith("file:") else ""
        if path.lower().endswith(".svg"):
            renderer = QSvgRenderer(path, self)
            if renderer.isValid():
                self._svg[name] = renderer
                return renderer
        elif path:
            image = QImage(path)
            if not image.isNull():
                self._images[name] = image
                return image
        log.warning("picture not found for print: %s", name)
        return None

    def intrinsicSize(self, doc: QTextDocument, _pos: int, fmt: QTextFormat) -> QSizeF:
        picture = self._load(fmt.toImageFormat().name())
        if picture is None:
            return QSizeF(0, 0)
        size = QSizeF(picture.defaultSize() if isinstance(picture, QSvgRenderer)
                      else picture.size())
        image_format = fmt.toImageFormat()
        if image_format.width() > 0 and image_format.height() > 0:
            size = QSizeF(image_format.width(), image_format.height())
        page = doc.pageSize()
        if page.width() > 0 and size.width() > 0:
            ratio = min(1.0, page.width() / size.width(),
                        MAX_PICTURE_HEIGHT * page.height() / max(size.height(), 1))
            size = QSizeF(size.width() * ratio, size.height() * ratio)
        return size

    def drawObject(self, painter: QPainter, rect, _doc, _pos, fmt) -> None:
        picture = self._load(fmt.toImageFormat().name())
        if isinstance(picture, QSvgRenderer):
            picture.render(painter, rect)
        elif isinstance(picture, QImage):
            painter.drawImage(rect, picture)
