"""The interface's own words grow with the page's text size: the window and everything
in it (features/interface_size.py), and the windows of their own that do not inherit its
font, such as the handout composer (the glossary pop-up sizes itself the same way,
glossary_popup._set_scale). What no longer fits a small screen scrolls (`fit_on_screen`).
"""

from __future__ import annotations

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


def fit_on_screen(widget: QWidget) -> None:
    """Its size for its words, never larger than the screen it is on: when its parts
    cannot shrink that far (large print on a small screen), they scroll."""
    available = widget.screen().availableGeometry()
    needed = widget.minimumSizeHint()
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
    widget.adjustSize()
    widget.resize(min(widget.width(), available.width()),
                  min(widget.height(), available.height()))
