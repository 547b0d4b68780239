"""Windows open inside small screens (800×600, 1024×600), their buttons in view.

Each case runs in its own process on Qt's offscreen platform given a screen of that
size (its `configfile` option), since a screen's size cannot change inside a process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import GUIDE

PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QPushButton
app = QApplication([])
from edu_app.content import load_book
from edu_app.qt.i18n import Translations
from edu_app.qt.settings import Settings
from edu_app.ui import MainWindow
book = load_book(Path(sys.argv[1]))
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(book, settings, Translations(app), lang="fr")
window.show()
app.processEvents()
area = app.primaryScreen().availableGeometry()
def inside(widget):
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
    return area.contains(top_left) and area.contains(bottom_right)
report = {"window": inside(window)}
window.features["printing"].open_composer()
composer = window.features["printing"].dialog
app.processEvents()
report["composer"] = inside(composer)
WANTED = ("handoutPrint", "handoutSavePdf", "handoutClose")
report["composer_buttons"] = {b.objectName(): inside(b) and b.isVisible()
                              for b in composer.findChildren(QPushButton)
                              if b.objectName() in WANTED}
report["clinic_field_reachable"] = composer.clinic_name.isVisibleTo(composer)
composer.close()
window.features["checker"].open_report()
import time
deadline = time.monotonic() + 60  # the checks run on a thread; the report opens after
while window.features["checker"].running is not None and time.monotonic() < deadline:
    app.processEvents()
    time.sleep(0.02)
app.processEvents()
dialog = [w for w in app.topLevelWidgets() if w.objectName() == "checkDialog" or
          w.metaObject().className() == "CheckDialog"]
report["checker"] = all(inside(d) for d in dialog) and bool(dialog)
print(json.dumps(report))
"""


@pytest.mark.parametrize("width,height", [(800, 600), (1024, 600), (1366, 768)])
def test_windows_open_inside_the_screen(tmp_path, width, height):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "clinic", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-c", PROBE, str(GUIDE), str(tmp_path / "s.ini")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"window": True, "composer": True,
                      "composer_buttons": {"handoutPrint": True, "handoutSavePdf": True,
                                           "handoutClose": True},
                      "clinic_field_reachable": True, "checker": True}, report


CHOOSER_PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from edu_app.content import load_book
from edu_app.qt import settings as S
from edu_app.qt.first_frame import Qt
from edu_app.qt.i18n import Translations
from edu_app.ui import MainWindow
book = load_book(Path(sys.argv[1]))
settings = S.Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = MainWindow(book, settings, Translations(app), lang=None)  # the very first start
window.show()
QTest.qWaitForWindowExposed(window)
area = app.primaryScreen().availableGeometry()
def shown_whole(button):
    top_left = button.mapToGlobal(button.rect().topLeft())
    bottom_right = button.mapToGlobal(button.rect().bottomRight())
    return (area.contains(top_left) and area.contains(bottom_right) and button.isVisible()
            and button.width() >= button.sizeHint().width()
            and window.chooser.rect().contains(button.geometry()))
report = {"buttons": {lang: shown_whole(b) for lang, b in window.chooser.buttons.items()},
          "default": [lang for lang, b in window.chooser.buttons.items() if b.isDefault()]}
QTest.keyClick(app.focusWidget() or window, Qt.Key.Key_Return)  # a family presses Enter
app.processEvents()
report["enter_chose"] = settings.get(S.LANGUAGE)
print(json.dumps(report))
"""


def _chooser(tmp_path, width, height, locale):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "clinic", "x": 0, "y": 0, "width": width, "height": height,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {k: v for k, v in os.environ.items()
           if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", HOME=str(tmp_path),
               LANG=locale)
    result = subprocess.run([sys.executable, "-c", CHOOSER_PROBE, str(GUIDE),
                             str(tmp_path / "s.ini")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("width,height", [(800, 600), (1024, 600)])
def test_the_first_start_shows_both_languages_whole(tmp_path, width, height):
    report = _chooser(tmp_path, width, height, "fr_FR.UTF-8")
    assert report["buttons"] == {"fr": True, "en": True}, report


@pytest.mark.parametrize("locale, chosen", [
    ("fr_FR.UTF-8", "fr"),  # a French clinic: Enter reads the guide in French
    ("en_GB.UTF-8", "en"),
    ("C.UTF-8", ""),  # a locale with no language: no default, Enter chooses nothing
])
def test_enter_at_the_first_start_picks_the_systems_language_or_nothing(tmp_path, locale,
                                                                        chosen):
    report = _chooser(tmp_path, 800, 600, locale)
    assert report["enter_chose"] == chosen, report
    assert report["default"] == ([chosen] if chosen else []), report


@pytest.mark.parametrize("name, lang", [("fr_FR", "fr"), ("fr_CA", "fr"), ("fr_BE", "fr"),
                                        ("en_US", "en"), ("de_DE", "en"), ("C", None)])
def test_the_systems_language_for_the_chooser(qapp, name, lang):
    from PySide6.QtCore import QLocale

    from edu_app.ui.language_chooser import system_language

    assert system_language(QLocale(name)) == lang
