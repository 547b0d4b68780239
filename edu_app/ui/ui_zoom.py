"""The interface's own words grow with the page's text size where a reader needs them:
the contents list and the handout composer (the glossary pop-up sizes itself the same
way, glossary_popup._set_scale). Menus and the toolbar keep the system's size: at 300 %
they would no longer fit a clinic screen, and the page's own size is one key away.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget


def scale(widget: QWidget, zoom: int) -> None:
    """Give `widget` and its children the application's font at `zoom` percent."""
    base = QGuiApplication.font()
    if zoom == 100 and widget.font().pointSizeF() == base.pointSizeF():
        return  # nothing to change (the first frame sets no font)
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * zoom / 100)
    widget.setFont(font)


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
