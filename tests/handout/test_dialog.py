"""The composer: a nurse's English handout with the clinic's phone, from a French screen."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox

from edu_app.qt import settings as S
from edu_app.ui.features.handout_dialog import HandoutDialog

from .conftest import pdf_pages, squash


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
    dialog.rebuild()
    normal = dialog.document.page_count
    dialog.large_print.setChecked(True)
    dialog.rebuild()
    assert dialog.document.page_count > normal
    dialog.glossary.setChecked(False)
    dialog.questions.setChecked(False)
    dialog.rebuild()
    assert "glossary" not in dict(dialog.document.composed.contents)
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
    assert dialog.save_pdf(str(tmp_path / "missing" / "x.pdf")) is None
    assert shown and "does not exist" in shown[0][1]
    assert list(tmp_path.iterdir()) == []


def test_preview_paints_the_pages(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.preview.pageCount() == dialog.document.page_count)


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
