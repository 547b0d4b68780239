"""Preferences: what the clinic enters once (its name, phone and a note for handouts).

The handout composer reads the same settings, so a nurse types the clinic's details here
once and every handout carries them. Opened from File → Preferences… (hidden in kiosk
mode, where families should not change what the clinic set).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
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

from . import settings as S


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
        self.retranslate_ui()

    def accept(self) -> None:
        self.settings.set(S.CLINIC_NAME, self.clinic_name.text().strip())
        self.settings.set(S.CLINIC_PHONE, self.clinic_phone.text().strip())
        self.settings.set(S.CLINIC_NOTE, self.clinic_note.text().strip())
        self.settings.set(S.MARK_ALL_TERMS, self.mark_all.isChecked())
        self.settings.sync()
        super().accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.intro.setText(self.tr("The clinic's details are printed on every handout."))
        self.labels[self.clinic_name].setText(self.tr("Clinic &name:"))
        self.labels[self.clinic_phone].setText(self.tr("&Phone:"))
        self.labels[self.clinic_note].setText(self.tr("Short &note:"))
        self.mark_all.setText(self.tr("&Mark every glossary word, not only the first"))
        for field, label in self.labels.items():
            field.setAccessibleName(label.text().replace("&", "").rstrip(" :"))
        self.mark_all.setAccessibleName(self.mark_all.text().replace("&", ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
