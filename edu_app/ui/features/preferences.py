"""Preferences: what the clinic enters once (its name, numbers, address and note).

A clinic without IT types its details here and they are written to `clinic.toml`, the
clinic layer's file (docs/clinic-layer.md): the app's home page, status bar and "Your
clinic" page, the handouts and `edu-app check` all read that one file. The file goes to
the clinic's folder when there is one, else to the user's data folder. Opened from
File → Preferences… (hidden in kiosk mode, where families should not change what the
clinic set).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
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

from ...content.clinic_file import write_clinic
from ...content.model import LANGS, Clinic, Phone
from ...qt import settings as S
from ...qt.i18n import track
from ..actions import name_action
from ..screen_fit import fit_remembered

# What the two numbers typed here are for, written into clinic.toml in both languages.
DAY_LABEL = {"fr": "En journée", "en": "During the day"}
NIGHT_LABEL = {"fr": "La nuit et en urgence", "en": "At night and in an emergency"}

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell


class PreferencesDialog(QDialog):
    """The clinic's details (for `clinic.toml`), the handouts' note, glossary marking."""

    def __init__(self, settings: S.Settings, clinic: Clinic | None = None,
                 lang: str = "fr", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.settings = settings
        self.clinic = clinic
        phones = clinic.phones if clinic is not None else []

        def field(name: str, text: str) -> QLineEdit:
            edit = QLineEdit(text, objectName=name)
            edit.setMaxLength(400)
            return edit

        self.clinic_name = field("prefClinicName", clinic.name_in(lang) if clinic
                                 else settings.get(S.CLINIC_NAME))
        self.clinic_phone = field("prefClinicPhone", phones[0].number if phones
                                  else settings.get(S.CLINIC_PHONE))
        self.night_phone = field("prefNightPhone", phones[1].number if len(phones) > 1 else "")
        self.address = field("prefAddress", clinic.address if clinic else "")
        self.note = {lang_: field(f"prefNote_{lang_}", clinic.note.get(lang_, "") if clinic
                                  else "") for lang_ in LANGS}
        self.clinic_note = field("prefClinicNote", settings.get(S.CLINIC_NOTE))
        self.mark_all = QCheckBox(objectName="prefMarkAll")
        self.mark_all.setChecked(settings.get(S.MARK_ALL_TERMS))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.form = QFormLayout()
        self.labels = {f: QLabel() for f in (
            self.clinic_name, self.clinic_phone, self.night_phone, self.address,
            self.note["fr"], self.note["en"], self.clinic_note)}
        for edit, label in self.labels.items():
            label.setBuddy(edit)
            self.form.addRow(label, edit)
        self.form.addRow(self.mark_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        fit_remembered(self, QSize(560, self.sizeHint().height()), settings,
                       S.PREFERENCES_SIZE)
        track(self)

    def accept(self) -> None:
        # The name and number now live in clinic.toml; the old keys would override it.
        self.settings.set(S.CLINIC_NAME, "")
        self.settings.set(S.CLINIC_PHONE, "")
        self.settings.set(S.CLINIC_NOTE, self.clinic_note.text().strip())
        self.settings.set(S.MARK_ALL_TERMS, self.mark_all.isChecked())
        self.settings.sync()
        super().accept()

    def typed_clinic(self) -> Clinic | None:
        """The clinic's details as typed (None when nothing is), keeping what the dialog
        does not show: other numbers, the other language's name, centres, pages."""
        name = self.clinic_name.text().strip()
        numbers = [self.clinic_phone.text().strip(), self.night_phone.text().strip()]
        note = {lang: self.note[lang].text().strip() for lang in LANGS}
        if not (name or any(numbers) or self.address.text().strip() or any(note.values())):
            return None
        old = self.clinic
        kept = old.phones if old is not None else []
        phones = [Phone(number, kept[i].label if i < len(kept) else default)
                  for i, (number, default) in enumerate(zip(numbers, (DAY_LABEL, NIGHT_LABEL),
                                                            strict=True)) if number]
        phones += kept[2:]
        names = dict.fromkeys(LANGS, name)
        if old is not None and old.name.get("fr") != old.name.get("en") and name in \
                old.name.values():
            names = dict(old.name)  # two names, one shown here, unchanged: keep both
        return Clinic(old.root if old else Path(), names, self.address.text().strip(),
                      phones, {k: v for k, v in note.items() if v}, dt.date.today(),
                      list(old.centres) if old else [], list(old.chapters) if old else [],
                      paper=old.paper if old else "")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.intro.setText(self.tr(
            "Your clinic's details are shown in the guide (home page, status bar, the "
            "\"Your clinic\" page) and printed on every handout."))
        self.labels[self.clinic_name].setText(self.tr("Clinic &name:"))
        self.labels[self.clinic_phone].setText(self.tr("&Phone (day):"))
        self.labels[self.night_phone].setText(self.tr("Phone (night, &emergency):"))
        self.labels[self.address].setText(self.tr("&Address:"))
        self.labels[self.note["fr"]].setText(self.tr("What is covered, whom to ask (&French):"))
        self.labels[self.note["en"]].setText(self.tr("The same in En&glish:"))
        self.labels[self.clinic_note].setText(self.tr("Short &note for handouts:"))
        self.mark_all.setText(self.tr("&Mark every glossary word, not only the first"))
        for edit, label in self.labels.items():
            edit.setAccessibleName(label.text().replace("&", "").rstrip(" :"))
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
        dialog = PreferencesDialog(self.reader.settings, self.reader.book.clinic,
                                   self.reader.lang, self.shell)
        dialog.accepted.connect(lambda: self._saved(dialog))
        dialog.open()
        self.dialog = dialog

    def _saved(self, dialog: PreferencesDialog) -> None:
        self.reader.set_mark_all_terms(self.reader.settings.get(S.MARK_ALL_TERMS))
        clinic = dialog.typed_clinic()
        if clinic is None:
            return
        old = self.reader.book.clinic
        root = old.root if old is not None else S.user_clinic_folder()
        if root is None:
            return
        try:
            write_clinic(root, clinic)
        except OSError as exc:
            log.warning("could not write %s: %s", root / "clinic.toml", exc)
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self.shell, self.tr("Preferences"), self.tr(
                "The clinic's details could not be saved in %1. Ask the clinic's IT to "
                "make this folder writable, or to edit clinic.toml there.").replace(
                "%1", str(root)))
            return
        self.reader.reload_clinic(root)


def install(reader: Reader, shell: Shell) -> Preferences:
    return Preferences(reader, shell)
