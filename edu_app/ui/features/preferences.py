"""Preferences: what the clinic enters once (its name, phone and a note for handouts).

The handout composer reads the same settings, so a nurse types the clinic's details here
once and every handout carries them. Opened from File → Preferences… (hidden in kiosk
mode, where families should not change what the clinic set).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...qt import settings as S
from ...qt.i18n import track
from ..actions import name_action

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell


class PreferencesDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.clinic_name = QLineEdit(settings.get(S.CLINIC_NAME), objectName="prefClinicName")
        self.clinic_phone = QLineEdit(settings.get(S.CLINIC_PHONE), objectName="prefClinicPhone")
        self.clinic_note = QLineEdit(settings.get(S.CLINIC_NOTE), objectName="prefClinicNote")
        self.mark_all = QCheckBox(objectName="prefMarkAll")
        self.mark_all.setChecked(settings.get(S.MARK_ALL_TERMS))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = {field: QLabel() for field in
                       (self.clinic_name, self.clinic_phone, self.clinic_note)}
        for field, label in self.labels.items():
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.mark_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        track(self)

    def accept(self) -> None:
        self.settings.set(S.CLINIC_NAME, self.clinic_name.text().strip())
        self.settings.set(S.CLINIC_PHONE, self.clinic_phone.text().strip())
        self.settings.set(S.CLINIC_NOTE, self.clinic_note.text().strip())
        self.settings.set(S.MARK_ALL_TERMS, self.mark_all.isChecked())
        self.settings.sync()
        super().accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.intro.setText(self.tr("The clinic's details are printed on every handout."))
        self.labels[self.clinic_name].setText(self.tr("Clinic &name:"))
        self.labels[self.clinic_phone].setText(self.tr("&Phone:"))
        self.labels[self.clinic_note].setText(self.tr("Short &note:"))
        self.mark_all.setText(self.tr("&Mark every glossary word, not only the first"))
        for field, label in self.labels.items():
            field.setAccessibleName(label.text().replace("&", "").rstrip(" :"))
        self.mark_all.setAccessibleName(self.mark_all.text().replace("&", ""))


class Preferences(QObject):
    """File → Preferences… (Ctrl+,): the dialog above; hidden in kiosk mode."""

    def __init__(self, reader: Reader, shell: Shell) -> None:
        super().__init__(shell)
        self.reader = reader
        self.shell = shell
        self.dialog: PreferencesDialog | None = None
        self.action = QAction(shell)
        self.action.setObjectName("actionPreferences")
        self.action.setShortcuts(
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences),
             QKeySequence("Ctrl+,")])
        self.action.setProperty("writesFiles", True)  # hidden in kiosk mode
        self.action.triggered.connect(self.open)
        shell.add_command(self.action, "file", before=shell.actions.quit, separate=True)
        track(self)

    def retranslate(self) -> None:
        name_action(self.action, self.tr("Pre&ferences…"),
                    self.tr("The clinic's details for handouts"))

    def open(self) -> None:
        if self.reader.kiosk:
            return
        dialog = PreferencesDialog(self.reader.settings, self.shell)
        dialog.accepted.connect(
            lambda: self.reader.set_mark_all_terms(self.reader.settings.get(S.MARK_ALL_TERMS)))
        dialog.open()
        self.dialog = dialog


def install(reader: Reader, shell: Shell) -> Preferences:
    return Preferences(reader, shell)
