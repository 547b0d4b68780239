"""View → Theme: light, dark and high contrast, for the page and the whole window.

The reader model keeps the choice (and restyles the page); this feature gives the
window the theme's palette, the focus frames and toolbar pictures in the theme's ink.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from .. import themes

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from ..reader import Reader
    from ..shell import Shell


class ThemeChoice(QObject):
    """The Theme submenu, and the window's colours following the reader's theme."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.menu = themes.ThemeMenu(reader.theme, shell)
        self.menu.chosen.connect(reader.set_theme)
        shell.add_menu(self.menu, "view", before=shell.actions.contents)
        self._light_icons: dict[QAction, QIcon] = {}
        self._applied = ""
        reader.styleChanged.connect(self.apply)
        self.apply()

    def apply(self) -> None:
        if self.reader.theme == self._applied:
            return
        self._applied = self.reader.theme
        theme = themes.theme(self.reader.theme)
        themes.apply_palette(theme)
        for widget in (self.shell.view, self.shell.toc):
            widget.setStyleSheet(themes.focus_style(theme))
        self.menu.show_current(theme.name)
        themes.apply_icons([a for a in self.shell.toolbar.actions() if not a.icon().isNull()],
                           theme, self._light_icons)


def install(reader: Reader, shell: Shell) -> ThemeChoice:
    return ThemeChoice(reader, shell)
