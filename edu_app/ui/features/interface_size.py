"""The whole window at the reader's text size, not only the page.

A reader who needs the page at 300 % needs the words around it at that size too: the
menus and their items, the toolbars (pictures and words), the contents list, the status
bar and the tooltips. One font on the window reaches every part inside it; the menus and
tooltips are windows of their own, and a widget with a style sheet (the contents' focus
frame, features/theme.py) no longer inherits its parent's font, so those are given it
too (a menu, which cannot scroll sideways, as large as fits the screen: ui_zoom). The
contents dock is widened so its entries stay readable (they wrap, see toc.py), within a
share of the window so the page keeps most of it.

The toolbar's pictures grow up to twice their size, the largest of their drawings
(assets/icons: 24 px and 48 px, both in each icon: first_frame.icon). When the words
beside them no longer leave room in the window, the buttons show their pictures alone
(their names are in their tooltips and for screen readers); when even then the toolbars
of the top row do not fit on it, the others (the search) take a row of their own, so
that the language switch and the search stay in view rather than behind Qt's "»".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QMenu, QToolBar, QToolTip, QWidget

from ...qt.first_frame import TOOL_BUTTON_TEXT_BESIDE_ICON, set_enum
from .. import ui_zoom

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell

CONTENTS_CHARS = 22  # an entry's width in average characters, before it wraps
CONTENTS_SHARE = 0.4  # the contents never take more of the window than this
CONTENTS_DEFAULT = 320  # the width the start-up layout gives it (startup.py)
ICON_MAX_ZOOM = 200  # the icons' largest drawing is twice their size (assets/icons/README.md)
TOOL_BUTTON_ICON_ONLY = 0  # Qt.ToolButtonStyle.ToolButtonIconOnly
DIALOG_TYPES = (0x3, 0xb)  # Qt.WindowType.Dialog, Qt.WindowType.Tool
WORDS_SHARE = 0.75  # the main toolbar's words stay while it takes less of the window


class InterfaceSize(QObject):
    """Keeps the window's own words and pictures at the reader's zoom."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.icon_size = QSize(shell.toolbar.iconSize())  # the style's, at 100 %
        self._applied = 100
        self._dock_width = 0  # the width this gave the contents dock last
        self._breaks: set[QToolBar] = set()  # toolbars this moved to a row of their own
        reader.styleChanged.connect(self.apply)
        shell.installEventFilter(self)  # a narrower window may leave no room for words
        # The saved layout is restored after the features are installed: the dock is
        # widened once the first page is painted, over whatever width it restored.
        shell.view.firstPaint.connect(self._after_first_paint)
        self.apply()

    def apply(self) -> None:
        zoom = self.reader.zoom
        if zoom != 100 or self._applied != 100:
            self._scale_styled(zoom)  # again after a theme change, which restyles them
        if zoom == self._applied:
            return
        self._applied = zoom
        ui_zoom.scale(self.shell, zoom)
        room = self.shell.screen().availableGeometry().size()
        for menu in self.shell.findChildren(QMenu):  # at most the screen's size, not cut
            ui_zoom.scale_to_fit(menu, zoom, room, QMenu.sizeHint)
        QToolTip.setFont(ui_zoom.scaled_font(zoom))
        icon = self.icon_size * (min(zoom, ICON_MAX_ZOOM) / 100)
        for bar in self.shell.findChildren(QToolBar):
            bar.setIconSize(icon)
        if self.shell.isVisible():
            self._after_first_paint()

    def _scale_styled(self, zoom: int) -> None:
        """A widget given a style sheet (the contents' focus frame, the search field's
        theme) keeps the font it had then, whatever its parent's: it is given it here.
        The rest of the window inherits the window's font."""
        for widget in self.shell.findChildren(QWidget):
            if widget.styleSheet() and not widget.isWindow():
                ui_zoom.scale(widget, zoom)

    def _after_first_paint(self) -> None:
        self.fit_toolbars()
        self.fit_contents()

    def fit_toolbars(self) -> None:
        """Words beside the pictures while they leave room, else the pictures alone; the
        top row's other toolbars under the main one when they do not fit beside it."""
        bar, width = self.shell.toolbar, self.shell.width()
        set_enum(bar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        if self._applied == 100 and not self._breaks:
            return  # as laid out by the shell and the saved layout
        if self._applied != 100 and bar.sizeHint().width() > width * WORDS_SHARE:
            set_enum(bar, "toolButtonStyle", TOOL_BUTTON_ICON_ONLY)
        from ...qt.first_frame import Qt  # not at 100 %: see first_frame.py

        top = Qt.ToolBarArea.TopToolBarArea
        others = [b for b in self.shell.findChildren(QToolBar) if b is not bar
                  and not b.isHidden() and self.shell.toolBarArea(b) == top
                  and (b in self._breaks or not self.shell.toolBarBreak(b))]
        crowded = self._applied != 100 and bar.sizeHint().width() + sum(
            b.sizeHint().width() for b in others) > width
        for other in others:
            if crowded and other not in self._breaks:
                self.shell.insertToolBarBreak(other)
                self._breaks.add(other)
            elif not crowded and other in self._breaks:
                self.shell.removeToolBarBreak(other)
                self._breaks.discard(other)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize and (self._applied != 100 or self._breaks):
            self.fit_toolbars()
        elif kind == QEvent.Type.ChildAdded and self._applied != 100:
            self._scale_window(event.child())
        return False

    def _scale_window(self, child: QObject) -> None:
        """A dialog or tool window opened over the window (About, a link's address, the
        shortcuts, the checker's report...) at the reader's size from its first moment,
        so the parts put in it inherit the font. Windows do not inherit it by themselves;
        pop-ups (menus, lists under a field) are left to their owners."""
        if isinstance(child, QWidget) and child.isWindow() \
                and int(child.windowType().value) in DIALOG_TYPES:
            ui_zoom.scale(child, self._applied)

    def contents_width(self) -> int:
        """What the contents need at this zoom: room for a short title on a line, never
        less than the default layout's width nor more than its share of the window."""
        toc = self.shell.toc
        needed = (toc.fontMetrics().averageCharWidth() * CONTENTS_CHARS
                  + 2 * toc.indentation() + toc.verticalScrollBar().sizeHint().width())
        return max(CONTENTS_DEFAULT, min(needed, int(self.shell.width() * CONTENTS_SHARE)))

    def fit_contents(self) -> None:
        """The contents dock at `contents_width`: widened when narrower, and narrowed
        again only when it is still the width given here (the reader's own width stays)."""
        dock = self.shell.toc_dock
        if (self._applied == 100 and not self._dock_width) or not dock.isVisible() \
                or dock.isFloating():
            return  # at 100 %, the width the reader or the default layout gave it
        from ...qt.first_frame import Qt  # not at 100 %: see first_frame.py

        if self.shell.dockWidgetArea(dock) == Qt.DockWidgetArea.NoDockWidgetArea:
            return  # not placed yet (startup.py mends such a layout)
        wanted = self.contents_width()
        if dock.width() < wanted or (dock.width() == self._dock_width != wanted):
            self.shell.resizeDocks([dock], [wanted], Qt.Orientation.Horizontal)
            self._dock_width = wanted


def install(reader: Reader, shell: Shell) -> InterfaceSize:
    return InterfaceSize(reader, shell)
