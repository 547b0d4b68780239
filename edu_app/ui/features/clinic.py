"""The clinic's place in the window: its first number in the status bar, "Your clinic".

A family reading alone should see whom to call without looking for it: when the clinic's
layer (`clinic/clinic.toml`, see docs/clinic-layer.md) gives a number, it stays in the
status bar with what it is for, in the reader's language. View → Your clinic opens the
page with every number, the address, the note and the clinic's centres (`clinic:`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ...qt.first_frame import set_enum
from ...qt.i18n import track
from ..actions import name_action

PLAIN_TEXT = 0  # Qt.TextFormat.PlainText, without the Qt namespace before the first paint

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell


class ClinicDetails(QObject):
    """The status bar's number and the View → Your clinic command, kept up to date."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.phone = QLabel(objectName="clinicPhoneLabel")
        set_enum(self.phone, "textFormat", PLAIN_TEXT)  # a name is words, never markup
        shell.statusBar().addPermanentWidget(self.phone)
        self.action = QAction(shell)
        self.action.setObjectName("actionClinic")
        self.action.triggered.connect(lambda: shell.open_url(QUrl("clinic:")))
        shell.add_command(self.action, "view", before=shell.actions.sources)
        reader.languageChanged.connect(self.show_details)
        reader.clinicChanged.connect(self.show_details)
        track(self)

    def retranslate(self) -> None:
        name_action(self.action, self.tr("Your &clinic"),
                    self.tr("Your clinic's phone numbers, address and note"))
        self.show_details()

    def show_details(self, *_args: object) -> None:
        clinic = self.reader.book.clinic
        self.action.setVisible(clinic is not None)
        phone = clinic.first_phone if clinic is not None else None
        if phone is None:
            self.phone.clear()
            self.phone.hide()
            return
        lang = self.reader.lang
        label = phone.label.get(lang) or next(iter(phone.label.values()), "")
        what = f"{clinic.name_in(lang)} · {label}" if label else clinic.name_in(lang)  # type: ignore
        self.phone.setText(self.tr("%1: %2").replace("%1", what).replace("%2", phone.number))
        self.phone.setAccessibleName(self.tr("Clinic phone number"))
        self.phone.show()


def install(reader: Reader, shell: Shell) -> ClinicDetails:
    return ClinicDetails(reader, shell)
