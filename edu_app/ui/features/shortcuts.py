"""Help → Keyboard shortcuts (Ctrl+F1): the command; the dialog loads when it is opened.

Actions marked with the dynamic property `HIDDEN` (the kiosk's staff key) are never
listed (shortcuts_dialog.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ...qt import settings as S
from ...qt.i18n import track

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell
    from .shortcuts_dialog import ShortcutsDialog

HIDDEN = "hiddenFromHelp"  # a dynamic property: True keeps an action out of the list


class ShortcutsHelp(QObject):
    """The Help → Keyboard shortcuts action and its dialog, opened on demand."""

    def __init__(self, shell: Shell, settings: S.Settings | None = None) -> None:
        super().__init__(shell)
        self.window_ = shell
        self.settings = settings  # for the dialog's size
        self.dialog: ShortcutsDialog | None = None
        self.action = QAction(shell)
        self.action.setObjectName("actionShortcuts")
        self.action.setShortcuts([QKeySequence("Ctrl+F1")])
        self.action.triggered.connect(self.show_dialog)
        shell.add_command(self.action, "help", before=shell.actions.about)
        track(self)

    def retranslate(self) -> None:
        tip = self.tr("List every command and its keys")
        self.action.setText(self.tr("&Keyboard shortcuts"))
        self.action.setStatusTip(tip)
        keys = self.action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.action.setToolTip(f"{tip} ({keys})")

    def show_dialog(self) -> ShortcutsDialog:
        if self.dialog is None:
            from .shortcuts_dialog import ShortcutsDialog

            self.dialog = ShortcutsDialog(self.window_, self.settings)
        else:
            self.dialog.fill()
        if self.dialog.isVisible():
            self.dialog.raise_()  # already open, behind the window
        self.dialog.show()
        self.dialog.activateWindow()
        self.dialog.tree.setFocus()
        return self.dialog


def install(reader: Reader, shell: Shell) -> ShortcutsHelp:  # the shell, and the settings
    return ShortcutsHelp(shell, reader.settings)
