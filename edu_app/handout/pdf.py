"""Pages onto paper: one paint function for the preview, the printer and the PDF file.

Each page is painted by hand: the header (guide title, clinic), the page's slice of the
laid-out document, and the footer (print date, "Reviewed on", "Page N of M"), the bands
as `bands.py` laid them out. Print is
always dark text on white, whatever the screen's theme.

A PDF is made in memory, then written to a temporary file in the target folder and
renamed over the target, so a full disk or a cancelled write never leaves half a file.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QPagedPaintDevice,
    QPainter,
    QPalette,
    QPdfWriter,
)

from .bands import INK, LAYOUT_DPI, paint_footer, paint_header
from .layout import HandoutDocument

log = logging.getLogger(__name__)


class HandoutWriteError(OSError):
    """The PDF could not be written; `reason` names why, for a message in any language."""

    REASONS = ("permission", "read-only", "not-a-file", "no-folder", "disk-full",
               "is-directory", "paint", "other")

    def __init__(self, reason: str, path: Path, detail: str = "") -> None:
        super().__init__(f"{reason}: {path}: {detail}")
        self.reason = reason
        self.path = path
        self.detail = detail

    def message(self) -> str:
        """A sentence in English for the command line (the dialog has its own, translated)."""
        where = str(self.path)
        return {
            "permission": f"Cannot write {where}: permission denied, the folder is read-only, "
                          "or the file is open in another program.",
            "no-folder": f"Cannot write {where}: the folder does not exist.",
            "disk-full": f"Cannot write {where}: the disk is full.",
            "is-directory": f"Cannot write {where}: it is a folder, not a file name.",
            "read-only": f"Cannot write {where}: the file is read-only; choose another name "
                         "or make it writable first.",
            "not-a-file": f"Cannot write {where}: it is not a regular file (a device, a pipe "
                          "or a socket); choose a file name.",
            "paint": f"Cannot make the PDF for {where}.",
        }.get(self.reason, f"Cannot write {where}: {self.detail or 'unknown error'}.")


def _page_range(device: QPagedPaintDevice, count: int) -> range:
    """All pages, or the range chosen in a print dialog."""
    first = getattr(device, "fromPage", lambda: 0)()
    last = getattr(device, "toPage", lambda: 0)()
    if first > 0 and last >= first:
        return range(first - 1, min(last, count))
    return range(count)


def paint_handout(document: HandoutDocument, device: QPagedPaintDevice) -> int:
    """Paint every page of `document` on `device` (printer, preview or PDF writer).

    Returns the number of pages painted; raises RuntimeError if the device refuses.
    """
    geometry = document.geometry
    device.setPageLayout(geometry.page_layout)
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("the printer or file could not be opened for painting")
    count = document.page_count
    painted = 0
    try:
        scale = device.logicalDpiX() / LAYOUT_DPI
        for index in _page_range(device, count):
            if painted and not device.newPage():
                raise RuntimeError("the printer could not start a new page")
            painter.save()
            painter.scale(scale, device.logicalDpiY() / LAYOUT_DPI)
            _paint_page(painter, document, index, count)
            painter.restore()
            painted += 1
    finally:
        painter.end()
    return painted


def paint_page(painter: QPainter, document: HandoutDocument, index: int) -> None:
    """One page at layout scale (96 per inch), its origin at the top-left of the margins:
    what an on-screen preview draws, with no printer (see ui/features/page_preview.py)."""
    _paint_page(painter, document, index, document.page_count)


def _paint_page(painter: QPainter, document: HandoutDocument, index: int, count: int) -> None:
    geometry = document.geometry
    bands = geometry.bands
    size = geometry.paint_size()
    width = size.width()
    if bands is not None:
        paint_header(painter, bands.header, width)

    # The page's slice of the document, between the bands.
    page_h = document.page_height
    painter.save()
    painter.translate(0, bands.header.height if bands is not None else 0)
    painter.setClipRect(QRectF(0, 0, width, page_h))
    painter.translate(0, -index * page_h)
    context = QAbstractTextDocumentLayout.PaintContext()
    # A line laid out right on the page's edge touches the slice above as well: drawn
    # there too, clipped out of sight but not out of the PDF's text layer, it was read
    # twice. A pixel inside each edge leaves it to its own page.
    context.clip = QRectF(0, index * page_h + 1, width, page_h - 2)
    palette = QPalette()
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        palette.setColor(role, INK)
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    context.palette = palette
    document.documentLayout().draw(painter, context)
    painter.restore()

    if bands is not None:
        paint_footer(painter, bands.footer, width, size.height(), str(index + 1), str(count))


def pdf_bytes(document: HandoutDocument) -> bytes:
    """The handout as a PDF, made in memory."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(document.composed.title)
    writer.setCreator("edu-app")
    writer.setResolution(600)
    paint_handout(document, writer)
    del writer
    buffer.close()
    return bytes(data.data())


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ETXTBSY):
        return "permission"
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG):
        return "disk-full"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "no-folder"
    if exc.errno == errno.EISDIR:
        return "is-directory"
    return "other"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def check_target(path: Path) -> None:
    """Refuse a target that must not be replaced: a folder, anything that is not a
    regular file (renaming over `/dev/null` as root would replace the device with a
    file), and a file marked read-only, even for root, who may write anything.
    A new name is fine. Raises HandoutWriteError."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):  # a link to nowhere: writing would replace the link
            raise HandoutWriteError("not-a-file", path) from None
        return
    except OSError as exc:
        raise HandoutWriteError(_reason(exc), path, exc.strerror or str(exc)) from exc
    if stat.S_ISDIR(st.st_mode):
        raise HandoutWriteError("is-directory", path)
    if not stat.S_ISREG(st.st_mode):
        raise HandoutWriteError("not-a-file", path)
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    if not st.st_mode & 0o222 if root else not os.access(path, os.W_OK):
        raise HandoutWriteError("read-only", path)


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all; raises HandoutWriteError.

    A link is written through: its target is replaced, the link stays."""
    path = Path(path)
    check_target(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise HandoutWriteError("no-folder", path)
    try:
        handle, temp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as exc:  # the folder exists: it does not take new files
        reason = "permission" if exc.errno == errno.ENOENT else _reason(exc)
        raise HandoutWriteError(reason, path, exc.strerror or str(exc)) from exc
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, path)
    except BaseException as exc:
        try:
            temp.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove the temporary file %s", temp)
        if isinstance(exc, OSError):
            raise HandoutWriteError(_reason(exc), path, exc.strerror or str(exc)) from exc
        raise


def write_pdf(document: HandoutDocument, path: Path) -> Path:
    """Save the handout as a PDF at `path`, atomically. Returns the path written."""
    check_target(Path(path))  # before the painting: say at once what cannot work
    try:
        data = pdf_bytes(document)
    except RuntimeError as exc:
        raise HandoutWriteError("paint", Path(path), str(exc)) from exc
    atomic_write(Path(path), data)
    return Path(path)
