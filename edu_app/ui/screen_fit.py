"""Windows that open inside the screen they are on.

A clinic's screen may be 800×600, or a 1366×768 laptop with a task bar: a window that
opens at a fixed size puts its buttons off-screen there. Every window asks for the size
it would like and gets at most the screen's available area, centred on it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.96  # leave the window's frame and a little of the desktop visible


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen (or its parent's) that windows may use."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize to `wanted`, or less where the screen is smaller, and centre the window."""
    area = available_area(widget)
    size = QSize(min(wanted.width(), int(area.width() * SCREEN_SHARE)),
                 min(wanted.height(), int(area.height() * SCREEN_SHARE)))
    widget.resize(size)
    frame = widget.frameGeometry()
    frame.moveCenter(area.center())
    widget.move(max(area.left(), frame.left()), max(area.top(), frame.top()))
