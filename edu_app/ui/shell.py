"""The window's frame: menus, the main toolbar, the reading stack, docks and panes.

Features (`ui/features/`) add their commands through this small interface instead of
reaching into the window: `add_command` puts an action in a menu (and makes its keys
work), `add_to_toolbar`, `add_menu`, `add_toolbar`, `add_dock` and `add_pane` do the
same for the other places. The core commands (`actions`) are the anchors a feature
places its own beside. What each feature installed is kept in `features`, by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from ..qt.first_frame import TOOL_BUTTON_TEXT_BESIDE_ICON, Qt, set_enum
from .actions import Actions

if TYPE_CHECKING:
    from .browser import ChapterView
    from .toc import TableOfContents

MENUS = ("file", "view", "language", "help")


class Shell(QMainWindow):
    """Menus, toolbar, stack and docks, and the interface features use to add to them.

    The window (window.py) puts the reading view and the contents in it before any
    feature is installed; features may read them (`view`, `toc`, `toc_dock`) and open addresses
    (`open_url`), never replace them."""

    view: ChapterView
    toc: TableOfContents
    toc_dock: QDockWidget

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.features: dict[str, object] = {}
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.actions = Actions(self)
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.view_menu = bar.addMenu("")
        self.language_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        set_enum(self.toolbar, "toolButtonStyle", TOOL_BUTTON_TEXT_BESIDE_ICON)
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self._panes: list[QWidget] = []
        self._lay_out_core_commands()

    def _lay_out_core_commands(self) -> None:
        a = self.actions
        self.file_menu.addAction(a.quit)
        for action in (a.home, a.back, a.forward, None, a.previous_chapter, a.next_chapter,
                       None, a.zoom_in, a.zoom_out, a.zoom_reset, None, a.contents,
                       a.next_pane, None, a.sources):
            self.view_menu.addSeparator() if action is None else self.view_menu.addAction(action)
        self.language_menu.addActions([a.french, a.english])
        self.help_menu.addActions([a.guide, a.about])
        self.toolbar.addActions([a.home, a.back, a.forward, a.previous_chapter, a.next_chapter])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.zoom_out, a.zoom_in])
        self.toolbar.addSeparator()
        self.toolbar.addActions([a.french, a.english])

    # --- the interface features use -----------------------------------------------------
    def open_url(self, url: QUrl) -> None:
        """Show `url` (`chapter:id#section`, `home:`, `terms:`...) in the reading view."""
        raise NotImplementedError  # the window's

    def menu(self, name: str) -> QMenu:
        """One of MENUS by name."""
        return getattr(self, f"{name}_menu")

    def add_command(self, action: QAction, menu: str | None = None,
                    before: QAction | None = None, separate: bool = False) -> QAction:
        """A command whose keys work anywhere in the window, shown in `menu` (before
        `before`, else at the end). `separate` draws a line between it and its
        neighbour (`before`, or the items above when it is added at the end)."""
        self.addAction(action)
        if menu is not None:
            _place(self.menu(menu), action, before, separate)
        return action

    def add_to_toolbar(self, action: QAction, before: QAction | None = None,
                       separate: bool = False) -> None:
        _place(self.toolbar, action, before, separate)

    def add_menu(self, submenu: QMenu, into: str, before: QAction | None = None) -> None:
        self.menu(into).insertMenu(before, submenu) if before else \
            self.menu(into).addMenu(submenu)

    def add_toolbar(self, bar: QToolBar, new_row: bool = False, bottom: bool = False) -> None:
        """A toolbar of the feature's own in the top area (`new_row`: under the others), or
        under the text (`bottom`)."""
        if bottom:
            self.addToolBar(Qt.ToolBarArea.BottomToolBarArea, bar)
            return
        if new_row:
            self.addToolBarBreak()
        self.addToolBar(bar)

    def add_dock(self, dock: QDockWidget, left: bool = True) -> None:
        area = Qt.DockWidgetArea.LeftDockWidgetArea if left else \
            Qt.DockWidgetArea.RightDockWidgetArea
        self.addDockWidget(area, dock)

    def add_pane(self, widget: QWidget) -> None:
        """A part F6 moves the keyboard to, after the ones already there."""
        self._panes.append(widget)

    def panes(self) -> list[QWidget]:
        return list(self._panes)

    def show_message(self, text: str, ms: int = 2000) -> None:
        self.statusBar().showMessage(text, ms)


def _place(where: QMenu | QToolBar, action: QAction, before: QAction | None,
           separate: bool) -> None:
    if before is None:
        if separate:
            where.addSeparator()
        where.addAction(action)
        return
    where.insertAction(before, action)
    if separate:
        where.insertSeparator(before)
