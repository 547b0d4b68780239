"""The Print… command: a light hook so the window starts without loading the composer.

The composer pulls in Qt's print support, Jinja2 and Markdown; none of that is needed
until a nurse presses Ctrl+P, so only this small module is imported at start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ...qt.first_frame import Qt, icon
from ...qt.i18n import track
from ..actions import name_action

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell
    from .handout_dialog import HandoutDialog


class Printing(QObject):
    """File → Print… (Ctrl+P), also in the toolbar: opens the handout composer on the
    chapter being read, in the reader's language."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.dialog: HandoutDialog | None = None
        self.action = QAction(shell)
        self.action.setObjectName("actionPrint")
        self.action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Print))
        self.action.setIcon(icon("print"))
        self.action.triggered.connect(self.open_composer)
        first = shell.file_menu.actions()[0] if shell.file_menu.actions() else None
        shell.add_command(self.action, "file", before=first, separate=first is not None)
        # after the page buttons, where it shows on a small screen
        shell.add_to_toolbar(self.action, before=shell.actions.zoom_out, separate=True)
        track(self)

    def retranslate(self) -> None:
        name_action(self.action, self.tr("&Print…"),
                    self.tr("Print or save as PDF a handout for the family to take home"))
        self.action.setIconText(self.tr("Print"))

    def open_composer(self) -> None:
        from .handout_dialog import HandoutDialog  # Qt's print support loads on first use

        url = self.reader.place
        chapter = url.path() if url.scheme() == "chapter" else None
        dialog = HandoutDialog(self.reader.book, self.reader.settings, chapter,
                               self.reader.lang, self.shell, kiosk=self.reader.kiosk,
                               essentials=url.scheme() == "essentials")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if self.reader.zoom != 100:  # the composer at the page's text size
            from .. import ui_zoom

            ui_zoom.scale(dialog, self.reader.zoom)
            ui_zoom.fit_on_screen(dialog)
        dialog.open()
        self.dialog = dialog


def install(reader: Reader, shell: Shell) -> Printing:
    return Printing(reader, shell)
