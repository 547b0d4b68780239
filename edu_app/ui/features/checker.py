"""Help → "Check this guide": the command; the report dialog (check_dialog.py) and the
checker load only when it is used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ...qt.first_frame import Qt
from ...qt.i18n import track
from ..actions import name_action

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell


class Checker(QObject):
    """Help → Check this guide: the content checker's report, for staff who edit it."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.action = QAction(shell)
        self.action.setObjectName("actionCheckGuide")
        self.action.setProperty("staffOnly", True)  # hidden in kiosk mode (kiosk.STAFF_ONLY)
        self.action.triggered.connect(self.open_report)
        shell.add_command(self.action, "help", before=shell.actions.about)
        track(self)

    def retranslate(self) -> None:
        name_action(self.action, self.tr("&Check this guide…"),
                    self.tr("Look for broken links, missing translations and hard sentences"))

    def open_report(self) -> None:
        from .check_dialog import CheckDialog

        dialog = CheckDialog(self.reader.book, self.shell, settings=self.reader.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def install(reader: Reader, shell: Shell) -> Checker:
    return Checker(reader, shell)
