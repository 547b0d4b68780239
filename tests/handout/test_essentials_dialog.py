"""The composer's one-click "Print the essentials", and the composer opened on the essentials."""

from __future__ import annotations

from PySide6.QtCore import Qt

from edu_app.ui.features.handout_dialog import HandoutDialog

from .conftest import made, pdf_pages, squash


def _dialog(qtbot, book, settings, **kwargs):
    dialog = HandoutDialog(book, settings, "car-t", "en", **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_one_click_prints_the_essentials_in_the_handouts_language(qtbot, book, settings,
                                                                  monkeypatch, tmp_path):
    printed = []
    monkeypatch.setattr(HandoutDialog, "print_handout",
                        lambda self: printed.append(self.document) or True)
    dialog = _dialog(qtbot, book, settings)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.clinic_name.setText("Clinique des Lilas")
    assert dialog.essentials_button.isEnabled()
    qtbot.mouseClick(dialog.essentials_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(printed))  # printed as soon as the pages are made
    assert len(printed) == 1 and printed[0] is dialog.document
    assert dialog.document.page_count == 1
    assert "Essentiel de test" in dialog.document.composed.title
    assert "1" in dialog.status.text()
    written = dialog.save_pdf(str(tmp_path / "e.pdf"))
    text = squash(pdf_pages(written)[0])
    assert squash("Question alpha pour l’équipe ?") in text
    assert squash("Clinique des Lilas") in text


def test_ticking_a_chapter_goes_back_to_the_chapters(qtbot, book, settings):
    dialog = _dialog(qtbot, book, settings, essentials=True)
    assert dialog.essentials_mode and made(qtbot, dialog).composed.chapters == []
    item = dialog.chapter_list.item(dialog.chapter_list.count() - 1)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.rebuild()
    assert not dialog.essentials_mode
    assert [c.id for c in made(qtbot, dialog).composed.chapters]


def test_a_book_without_essentials_greys_the_button(qtbot, book, settings):
    import dataclasses

    dialog = _dialog(qtbot, dataclasses.replace(book, essentials={}), settings,
                     essentials=True)
    assert not dialog.essentials_button.isEnabled() and not dialog.essentials_mode
