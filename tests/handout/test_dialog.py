"""The composer: a nurse's English handout with the clinic's phone, from a French screen."""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from edu_app.qt import settings as S
from edu_app.ui.features.handout_dialog import HandoutDialog

from .conftest import made, pdf_pages, squash

CUPS_LIBRARY = ctypes.util.find_library("cups")  # Qt's CUPS print support needs it


def _dialog(qtbot, book, settings, chapter="car-t", lang="fr"):
    dialog = HandoutDialog(book, settings, chapter, lang)
    qtbot.addWidget(dialog)
    return dialog


def _check(dialog, cid, checked=True):
    for i in range(dialog.chapter_list.count()):
        item = dialog.chapter_list.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == cid:
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def test_current_chapter_is_preselected_and_all_none_work(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings)
    assert dialog.chosen_chapters() == ["car-t"]
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_chapters() == book.order
    qtbot.mouseClick(dialog.none_button, Qt.MouseButton.LeftButton)
    assert dialog.chosen_chapters() == []
    dialog.rebuild()
    assert not dialog.print_button.isEnabled() and not dialog.pdf_button.isEnabled()


def test_english_handout_from_a_french_screen(qtbot, book, settings, tmp_path):
    settings.set(S.CLINIC_PHONE, "01 23 45 67 89")
    dialog = _dialog(qtbot, book, settings, lang="fr")
    assert dialog.handout_lang == "fr" and dialog.paper.currentData() == "a4"
    assert dialog.clinic_phone.text() == "01 23 45 67 89"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.paper.currentData() == "letter"  # follows the language until chosen
    _check(dialog, "centres")
    qtbot.waitUntil(lambda: dialog.document is not None
                    and [c.id for c in dialog.document.composed.chapters] == ["car-t", "centres"])
    written = dialog.save_pdf(str(tmp_path / "pack.pdf"))
    pages = [squash(p) for p in pdf_pages(written)]
    assert all(squash("01 23 45 67 89") in p for p in pages)
    assert squash("How CAR T-cell therapy works") in "".join(pages)
    assert squash("Page 1 of") in pages[0]


def test_a_chosen_paper_stays_when_the_language_changes(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings, lang="fr")
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    dialog.paper.activated.emit(0)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.paper.currentData() == "a4"
    # ...and next time too: a French clinic printing in English keeps its A4 paper.
    again = _dialog(qtbot, book, settings, lang="en")
    assert again.paper.currentData() == "a4"
    assert settings.get(S.PAPER) == "a4"


def test_choices_reach_the_pages(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings)
    normal = made(qtbot, dialog).page_count
    dialog.large_print.setChecked(True)
    dialog.rebuild()
    assert made(qtbot, dialog).page_count > normal
    dialog.glossary.setChecked(False)
    dialog.questions.setChecked(False)
    dialog.rebuild()
    assert "glossary" not in dict(made(qtbot, dialog).composed.contents)
    assert "questions" not in dict(dialog.document.composed.contents)


def test_clinic_details_are_remembered(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings)
    dialog.clinic_name.setText("Hôpital des Enfants")
    dialog.clinic_note.setText("3e étage")
    qtbot.mouseClick(dialog.remember, Qt.MouseButton.LeftButton)
    assert settings.get(S.CLINIC_NAME) == "Hôpital des Enfants"
    assert settings.get(S.CLINIC_NOTE) == "3e étage"


def test_unwritable_path_says_so_and_writes_nothing(qtbot, book, settings, tmp_path,
                                                    monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    dialog = _dialog(qtbot, book, settings)
    made(qtbot, dialog)
    assert dialog.save_pdf(str(tmp_path / "missing" / "x.pdf")) is None
    assert shown and "does not exist" in shown[0][1]
    assert list(tmp_path.iterdir()) == []


def test_preview_paints_the_pages(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings)
    dialog.show()
    qtbot.waitExposed(dialog)
    document = made(qtbot, dialog)
    assert dialog.preview.page_count() == document.page_count
    pages = dialog.preview.pages
    assert pages.height() > pages.width()  # at least one whole sheet, fitted to the width
    image = pages.grab().toImage()
    sheet_w = round(pages.page_size().width() * pages.scale)
    sheet_h = round(pages.page_size().height() * pages.scale)
    top = [image.pixelColor(x, y).lightness() for x in range(20, 16 + sheet_w, 3)
           for y in range(20, 16 + sheet_h // 3, 3)]
    assert sum(v > 240 for v in top) > len(top) // 2  # white paper...
    assert sum(v < 120 for v in top) > 50  # ...with the printed words on it
    assert dialog.printer is None  # no printer until Print… is pressed


NO_PRINTER_PROBE = r"""
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from edu_app.content import load_book
from edu_app.qt.settings import Settings
from edu_app.ui.features.handout_dialog import HandoutDialog
from PySide6.QtCore import QSettings
book = load_book(Path(sys.argv[1]))
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
os.write(2, b"=====COMPOSER\n")
dialog = HandoutDialog(book, settings, "car-t", "fr")
dialog.show()
while dialog.building:  # the pages are made on a thread of their own
    app.processEvents()
dialog.save_pdf(sys.argv[3])
os.write(2, b"=====PRINTER\n")
from edu_app.ui.features.handout_dialog import make_printer
make_printer()
"""


@pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")
def test_composer_preview_and_pdf_open_no_connection(tmp_path):
    """Seen from outside the process (strace): the composer, its preview and a saved PDF
    make no connect() at all; only making a printer (Print…) asks CUPS (the control)."""
    from tests.conftest import GUIDE

    trace = tmp_path / "trace.txt"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect,write", "-o", str(trace),
         sys.executable, "-c", NO_PRINTER_PROBE, str(GUIDE), str(tmp_path / "s.ini"),
         str(tmp_path / "h.pdf")], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "h.pdf").stat().st_size > 1000
    text = trace.read_text()
    composer = text.split("=====COMPOSER")[1].split("=====PRINTER")[0]
    assert [line for line in composer.splitlines() if "connect(" in line] == []
    printer = text.split("=====PRINTER")[1]
    if CUPS_LIBRARY:
        assert "htons(631)" in printer  # the control: a QPrinter does ask CUPS


def test_window_has_print_in_file_menu_and_toolbar(window, qtbot):
    action = window.features["printing"].action
    assert action in window.file_menu.actions() and action in window.toolbar.actions()
    assert QKeySequence(QKeySequence.StandardKey.Print) in action.shortcuts()
    assert action.text() == "&Print…"
    window.open_url(QUrl("chapter:results"))
    action.trigger()
    dialog = window.features["printing"].dialog
    assert dialog.isVisible() and dialog.chosen_chapters() == ["results"]
    dialog.reject()
