"""Qt's own dialogs speak the interface's language: a French "Save as PDF" was half English.

Every stock dialog the app shows (the file dialog of "Save as PDF", the print dialog and its
Properties, message boxes and button boxes, the menus of text fields and of the page) is
opened offscreen in English and in French and its words read back from its widgets:
labels, buttons, titles, tooltips, list items and menu commands. A French dialog may share
no word with the English one but those that French writes the same way.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from edu_app.qt.i18n import Translations

# Words a French dialog writes as the English one does.
SAME_IN_FRENCH = {"OK", "Orientation", "Portrait", "Secret", "Standard", "Note", "Statement",
                  "&Options >>", "Quarto", "Didot (DD)", "Pica (P̸)", "Copies", "Pages"}
PAPER_NAMES = {QPageSize.name(QPageSize.PageSizeId(i))
               for i in range(QPageSize.PageSizeId.LastPageSize.value + 1)}
NOT_WORDS = re.compile(r"^[\d\W_x]*$")  # numbers, "1 (1x1)", paths, "…"


def words(widget: QWidget) -> set[str]:
    """Everything a reader sees or hears on `widget` and its children."""
    found = set()
    for part in [widget, *widget.findChildren(QWidget)]:
        for name in ("text", "title", "windowTitle", "toolTip", "placeholderText"):
            getter = getattr(part, name, None)
            try:
                value = getter() if callable(getter) else None
            except TypeError:  # a method of that name with arguments
                value = None
            if isinstance(value, str):
                found.add(value)
        if isinstance(part, QComboBox):
            found |= {part.itemText(i) for i in range(part.count())}
        found |= {action.text() for action in part.actions()}
    return {w for w in found if w and not w.startswith("/") and not NOT_WORDS.match(w)}


def when_shown(kind: type, seen: list, skip: QWidget | None = None) -> None:
    """Read the words of the next visible `kind` dialog, then close it."""
    def look():
        for top in QApplication.topLevelWidgets():
            if isinstance(top, kind) and top.isVisible() and top is not skip:
                seen.append(words(top))
                top.reject()
                return
        QTimer.singleShot(50, look)
    QTimer.singleShot(50, look)


def save_as_pdf_dialog(window, qtbot) -> set[str]:
    """The composer's own "Save as PDF" file dialog (Qt's, as in the bundle)."""
    from edu_app.ui.features.handout_dialog import HandoutDialog

    reader = window.reader
    dialog = HandoutDialog(reader.book, reader.settings, "car-t", reader.translations.language)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.document is not None)
    seen: list[set[str]] = []
    when_shown(QFileDialog, seen)
    assert dialog.save_pdf() is None  # closed without choosing: nothing written
    return seen[0]


def print_dialogs(qtbot) -> set[str]:
    """The print dialog, and the Properties dialog its button opens."""
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    dialog.show()
    qtbot.waitExposed(dialog)
    shown = words(dialog)
    seen: list[set[str]] = []
    when_shown(QDialog, seen, skip=dialog)
    properties = next(b for b in dialog.findChildren(QPushButton)
                      if b.text() in ("P&roperties", "P&ropriétés"))
    properties.click()
    qtbot.waitUntil(lambda: bool(seen))
    dialog.reject()
    return shown | seen[0]


def boxes_and_menus(window, qtbot) -> set[str]:
    box = QMessageBox(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.Ok
                      | QMessageBox.StandardButton.Cancel, window)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                               | QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, window)
    field = QLineEdit("text", window)
    shown = words(box) | words(buttons)
    for menu in (field.createStandardContextMenu(),
                 window.view.createStandardContextMenu()):
        shown |= {action.text().split("\t")[0] for action in menu.actions() if action.text()}
    return shown


@pytest.fixture
def both(make_window, qtbot):
    """Each dialog's words in English, then in French, from the app's own window."""
    def read(collect) -> dict[str, set[str]]:
        shown = {}
        for lang in ("en", "fr"):
            window = make_window(lang=lang)
            assert window.reader.translations.language == lang
            shown[lang] = collect(window)
            window.reader.translations.switch("en")
        return shown
    return read


def english_left(shown: dict[str, set[str]]) -> set[str]:
    return (shown["en"] & shown["fr"]) - SAME_IN_FRENCH - PAPER_NAMES


def test_save_as_pdf_file_dialog_is_french(both, qtbot):
    shown = both(lambda window: save_as_pdf_dialog(window, qtbot))
    assert {"&Look in:", "Files of &type:", "&Save"} & shown["en"]
    assert {"&Voir dans\u00a0:", "Fichiers de &type\u00a0:", "&Nom de fichier\u00a0:",
            "Annuler"} <= shown["fr"]
    assert english_left(shown) == set()


def test_print_dialog_and_its_properties_are_french(both, qtbot):
    shown = both(lambda _window: print_dialogs(qtbot))
    assert "Page &Set:" in shown["en"] and "Pages à &imprimer\u00a0:" in shown["fr"]
    assert english_left(shown) == set()


def test_message_boxes_and_text_menus_are_french(both, qtbot):
    shown = both(lambda window: boxes_and_menus(window, qtbot))
    assert {"Annuler", "Fermer", "Cop&ier", "Tout sélectionner"} <= shown["fr"]
    assert english_left(shown) == set()


def test_qt_fr_meta_catalogue_falls_back_to_qtbase(qapp, tmp_path, monkeypatch):
    """Without the speech extra, qtmultimedia_fr is missing and qt_fr does not load:
    qtbase_fr alone must still give Qt's dialogs their French."""
    import shutil

    from PySide6.QtCore import QCoreApplication, QLibraryInfo

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qt_fr.qm", "qtbase_fr.qm"):
        shutil.copy(f"{qt_dir}/{name}", tmp_path)
    monkeypatch.setattr(QLibraryInfo, "path", lambda _which: str(tmp_path))
    translations = Translations(qapp)
    try:
        translations.switch("fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Voir dans\u00a0:"
    finally:
        translations.switch("en")
