"""The interface's own words grow with the page's text size: the window and everything
in it (features/interface_size.py), and the windows of their own that do not inherit its
font, such as the handout composer (the glossary pop-up sizes itself the same way,
glossary_popup._set_scale). A menu, which cannot scroll sideways, takes the largest
step of the zoom at which it fits the screen (`scale_to_fit`); the composer keeps the
reader's size and scrolls where it no longer fits (`fit_on_screen`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scaled_font(zoom: int) -> QFont:
    """The application's font at `zoom` percent."""
    base = QGuiApplication.font()
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * zoom / 100)
    return font


def scale(widget: QWidget, zoom: int) -> None:
    """Give `widget` and its children the application's font at `zoom` percent."""
    if zoom == 100 and widget.font().pointSizeF() == QGuiApplication.font().pointSizeF():
        return  # nothing to change (the first frame sets no font)
    widget.setFont(scaled_font(zoom))


def scale_to_fit(widget: QWidget, zoom: int, room: QSize,
                 needs: Callable[[QWidget], QSize] = QWidget.minimumSizeHint) -> int:
    """Scale `widget` to `zoom`, or to the largest zoom step below it at which what it
    `needs` fits in `room`; returns the zoom given (100 when nothing fits)."""
    from .reader import ZOOM_STEPS

    steps = sorted((z for z in ZOOM_STEPS if z < zoom), reverse=True)
    for step in (zoom, *steps):
        scale(widget, step)
        need = needs(widget)
        if step == 100 or (need.width() <= room.width() and need.height() <= room.height()):
            return step
    return 100


def fit_on_screen(widget: QWidget) -> None:
    """Its size for its words, never larger than the screen it is on: when its parts
    cannot shrink that far (large print on a small screen), they scroll."""
    available = widget.screen().availableGeometry()
    parent = widget.parentWidget()
    if parent is not None:  # room for a frame like its window's (not known before shown)
        window = parent.window()
        extra = window.frameGeometry().size() - window.geometry().size()
        available.adjust(0, 0, -extra.width(), -extra.height())
    needed = widget.minimumSizeHint()
    wanted = widget.sizeHint()  # before a scroll area, whose own hint is small
    layout = widget.layout()
    if layout is not None and (needed.width() > available.width()
                               or needed.height() > available.height()):
        inner = QWidget()
        inner.setLayout(layout)  # Qt moves the layout and its widgets to `inner`
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(widget)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
    # Not adjustSize(): it keeps a window within two thirds of the screen.
    widget.resize(min(max(wanted.width(), needed.width()), available.width()),
                  min(max(wanted.height(), needed.height()), available.height()))
    frame = widget.frameGeometry()
    if not available.contains(frame):  # on the screen rather than past its edge
        widget.move(available.topLeft())
