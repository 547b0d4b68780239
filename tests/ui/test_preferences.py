"""Preferences: the clinic's details entered once are written to clinic.toml, which the
app, the handouts and the checker read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from edu_app.content import load_book
from edu_app.qt import settings as S

from ..conftest import GUIDE


@pytest.fixture
def clinic_folder(tmp_path, monkeypatch):
    """Where Preferences writes for a clinic without IT (the user's data, in tests tmp)."""
    folder = tmp_path / "user-data" / "clinic"
    monkeypatch.setattr(S, "user_clinic_folder", lambda: folder)
    return folder


def test_clinic_details_entered_once_reach_the_app_and_the_composer(window, settings,
                                                                     clinic_folder):
    settings.set(S.CLINIC_NAME, "Old name")  # from before the clinic layer: shown, replaced
    window.features["preferences"].action.trigger()
    dialog = window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.clinic_name.text() == "Old name"
    dialog.clinic_name.setText("  Hôpital d’exemple ")
    dialog.clinic_phone.setText("01 23 45 67 89")
    dialog.night_phone.setText("01 23 45 67 00")
    dialog.note["en"].setText("Travel is paid back: ask the social worker.")
    dialog.note["fr"].setText("Le transport est remboursé : demandez à l’assistante sociale.")
    dialog.mark_all.setChecked(True)
    dialog.accept()
    assert settings.get(S.CLINIC_NAME) == "" and settings.get(S.CLINIC_PHONE) == ""
    assert window.features["glossary"].mark_all_action.isChecked()
    written = load_book(GUIDE, clinic_folder).clinic  # the file, read as the app reads it
    assert written.name == {"fr": "Hôpital d’exemple", "en": "Hôpital d’exemple"}
    assert [(p.number, p.label["en"]) for p in written.phones] == [
        ("01 23 45 67 89", "During the day"), ("01 23 45 67 00", "At night and in an emergency")]
    assert written.note["en"].startswith("Travel") and written.reviewed is not None
    assert window.reader.book.clinic.first_phone.number == "01 23 45 67 89"
    assert "01 23 45 67 89" in window.features["clinic"].phone.text()
    window.open_url(QUrl("chapter:car-t"))
    window.features["printing"].action.trigger()
    composer = window.findChild(QDialog, "handoutDialog")
    assert composer.clinic_name.placeholderText() == "Hôpital d’exemple"
    assert composer.clinic_phone.placeholderText() == "01 23 45 67 89"
    composer.reject()


def test_preferences_in_french_and_cancel_keeps_settings(make_window, settings, clinic_folder):
    win = make_window(lang="fr")
    win.features["preferences"].action.trigger()
    dialog = win.findChild(QDialog, "preferencesDialog")
    assert dialog.windowTitle() == "Préférences"
    dialog.clinic_name.setText("Changed")
    dialog.reject()
    assert settings.get(S.CLINIC_NAME) == ""
    assert not clinic_folder.exists()
