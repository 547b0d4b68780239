"""Preferences: the clinic's details entered once reach every handout."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog

from edu_app.qt import settings as S


def test_clinic_details_entered_once_reach_the_composer(window, settings, qtbot):
    window.features["preferences"].action.trigger()
    dialog = window.findChild(QDialog, "preferencesDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.clinic_name.setText("  Hôpital d’exemple ")
    dialog.clinic_phone.setText("01 23 45 67 89")
    dialog.mark_all.setChecked(True)
    dialog.accept()
    assert settings.get(S.CLINIC_NAME) == "Hôpital d’exemple"
    assert settings.get(S.CLINIC_PHONE) == "01 23 45 67 89"
    assert window.features["glossary"].mark_all_action.isChecked()
    window.open_url(QUrl("chapter:car-t"))
    window.features["printing"].action.trigger()
    composer = window.findChild(QDialog, "handoutDialog")
    assert composer.clinic_name.text() == "Hôpital d’exemple"
    assert composer.clinic_phone.text() == "01 23 45 67 89"
    composer.reject()


def test_preferences_in_french_and_cancel_keeps_settings(make_window, settings):
    win = make_window(lang="fr")
    win.features["preferences"].action.trigger()
    dialog = win.findChild(QDialog, "preferencesDialog")
    assert dialog.windowTitle() == "Préférences"
    dialog.clinic_name.setText("Changed")
    dialog.reject()
    assert settings.get(S.CLINIC_NAME) == ""
