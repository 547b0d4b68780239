"""Every dialog opens at the size the user last left it, within the screen; a kiosk keeps none.

A nurse who widens the composer to see the preview better finds it that wide the next
time; a size kept on a big monitor never puts the buttons off a small screen; a family at
a kiosk leaves nothing, not even a window size, in the clinic's settings file.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize

from edu_app.check.report import Report
from edu_app.qt import settings as S
from edu_app.qt.settings import Settings
from edu_app.ui.features import kiosk
from edu_app.ui.features.check_dialog import CheckDialog
from edu_app.ui.features.handout_dialog import HandoutDialog
from edu_app.ui.features.preferences import PreferencesDialog
from edu_app.ui.screen_fit import available_area, saved_size

WANTED = QSize(700, 500)  # smaller than the offscreen screen, and than every default


def _open(name: str, make_window, book, settings):
    """The dialog as the app opens it, shown."""
    if name == "composer":
        dialog = HandoutDialog(book, settings, "car-t", "fr")
    elif name == "checker":
        dialog = CheckDialog(book, report=Report(book.root), settings=settings)
    elif name == "preferences":
        dialog = PreferencesDialog(settings, None, "fr")
    else:
        return make_window(settings_=settings).features["shortcuts"].show_dialog()
    dialog.show()
    return dialog


OPTIONS = {"composer": S.COMPOSER_SIZE, "checker": S.CHECKER_SIZE,
           "shortcuts": S.SHORTCUTS_SIZE, "preferences": S.PREFERENCES_SIZE}


@pytest.mark.parametrize("name", OPTIONS)
def test_a_dialog_reopens_at_the_size_it_was_left(qtbot, make_window, book, settings, name):
    first = _open(name, make_window, book, settings)
    qtbot.addWidget(first)
    qtbot.waitExposed(first)
    assert first.size() != WANTED
    first.resize(WANTED)
    qtbot.waitUntil(lambda: first.size() == WANTED)
    first.reject()
    assert settings.get(OPTIONS[name]) == "700x500"
    if name == "shortcuts":  # one dialog per window, shown again
        second = first.parent().features["shortcuts"].show_dialog()
    else:
        second = _open(name, make_window, book, settings)
        qtbot.addWidget(second)
    assert second.size() == WANTED


@pytest.mark.parametrize("name", OPTIONS)
def test_a_size_from_a_bigger_screen_is_cut_to_this_one(qtbot, make_window, book, settings,
                                                         name):
    settings.set(OPTIONS[name], "3000x2000")
    dialog = _open(name, make_window, book, settings)
    qtbot.addWidget(dialog)
    area = available_area(dialog)
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    assert dialog.frameGeometry().top() >= area.top()


@pytest.mark.parametrize("text, size", [("820x560", QSize(820, 560)), ("", None),
                                        ("0x0", None), ("820", None), ("9x9x9", None),
                                        (True, None), ("820x 560", None)])
def test_a_kept_size_that_is_not_one_reads_as_none(text, size):
    assert saved_size(text) == size


def test_a_kiosk_keeps_no_size_in_the_clinics_file(qtbot, make_window, book, tmp_path: Path):
    ini = tmp_path / "clinic.ini"
    QSettings(str(ini), QSettings.Format.IniFormat).sync()
    session = kiosk.session_settings(Settings(QSettings(str(ini), QSettings.Format.IniFormat)))
    dialog = HandoutDialog(book, session, "car-t", "fr", kiosk=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(WANTED)
    dialog.reject()
    session.sync()
    assert session.get(S.COMPOSER_SIZE) == ""  # not even for the rest of the session
    assert "composer_size" not in (ini.read_text() if ini.exists() else "")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_choice_of_the_composer_is_cut(qtbot, make_window, lang):
    """The choices are as wide as their longest line in the interface's language: the
    French ones are longer, and there is no horizontal scroll bar to reach them."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window = make_window(lang=lang)
    window.features["printing"].open_composer()
    composer = window.features["printing"].dialog
    qtbot.waitExposed(composer)
    panel = composer.choices
    words = [*panel.widget().findChildren(QAbstractButton), *panel.widget().findChildren(QLabel)]

    def cut() -> list[str]:
        viewport = panel.viewport().rect()
        return [w.text() for w in words if w.isVisible() and w.text() and (
            w.width() < w.sizeHint().width()
            or not viewport.contains(w.mapTo(panel.viewport(), w.rect().topRight())))]

    qtbot.waitUntil(lambda: cut() == [])  # once the scroll area has placed its bar
    assert composer.width() <= available_area(composer).width()
    composer.reject()
