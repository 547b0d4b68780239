"""Windows that open inside the screen they are on.

A clinic's screen may be 800×600, or a 1366×768 laptop with a task bar: a window that
opens at a fixed size puts its buttons off-screen there. Every window asks for the size
it would like and gets at most the screen's available area, centred on it. Dialogs open
at the size the user last gave them (`fit_remembered`), within the same limit.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog, QWidget

from ..qt.settings import Option, Settings

SCREEN_SHARE = 0.96  # leave the window's frame and a little of the desktop visible
_SIZE = re.compile(r"([1-9]\d{1,4})x([1-9]\d{1,4})")


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or its parent's) that windows may use."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_to_screen(widget: QWidget, wanted: QSize, grow: bool = True) -> None:
    """Resize to `wanted`, or less where the screen is smaller, and centre the window.

    `wanted` is a size for the system's text size: a window whose words are larger (the
    reader's zoom, features/interface_size.py) wants as much more room, unless `grow` is
    false (a size the user chose)."""
    from PySide6.QtGui import QGuiApplication

    base = QGuiApplication.font().pointSizeF()
    grown = widget.font().pointSizeF() / base if base > 0 else 1.0
    if grow and grown > 1.0:
        wanted = QSize(round(wanted.width() * grown), round(wanted.height() * grown))
    area = available_area(widget)
    size = QSize(min(wanted.width(), int(area.width() * SCREEN_SHARE)),
                 min(wanted.height(), int(area.height() * SCREEN_SHARE)))
    widget.resize(size)
    frame = widget.frameGeometry()
    frame.moveCenter(area.center())
    widget.move(max(area.left(), frame.left()), max(area.top(), frame.top()))


def saved_size(text: object) -> QSize | None:
    """A size kept as "820x560"; None for anything else (a corrupt file reads as unset)."""
    match = _SIZE.fullmatch(text) if isinstance(text, str) else None
    return QSize(int(match[1]), int(match[2])) if match else None


def fit_remembered(dialog: QDialog, wanted: QSize, settings: Settings | None,
                   option: Option | None) -> None:
    """Open at the size the user last left this dialog at, else `wanted`, at most the
    screen's available area either way (a size kept on a big screen must not put the
    buttons off a small one); keep the size each time the dialog is closed (Close,
    Escape, its title bar's ×). A kiosk's settings are volatile: a family's resizing is
    neither written to the clinic's file nor left for the next family."""
    if settings is None or option is None:
        fit_to_screen(dialog, wanted)
        return
    saved = saved_size(settings.get(option))
    fit_to_screen(dialog, saved or wanted, grow=saved is None)  # the user's size as it is
    if not settings.volatile:
        dialog.finished.connect(lambda _result: settings.set(
            option, f"{dialog.width()}x{dialog.height()}"))
