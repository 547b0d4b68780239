"""The chapter as a screen reader and the keyboard meet it, inside the process: the
page's read text and its parts (page_text.py), caret browsing (caret.py), the pop-up
giving the focus back, and the interface Qt hands to assistive technology.

The same, over the real AT-SPI bus, is in tests/a11y/test_atspi.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QApplication

from edu_app.content import load_book
from edu_app.content.text import as_text
from edu_app.ui.page_text import PageMap
from tests.check.books import make_book


@pytest.fixture
def reader(make_window, qtbot, tmp_path):
    window = make_window(load_book(make_book("minimal", tmp_path)), lang="en")
    window.open_url(QUrl("chapter:intro"))
    qtbot.waitUntil(lambda: window.view.source().toString() == "chapter:intro")
    qtbot.waitUntil(lambda: window.view.caret_keys is not None)  # made after the first paint
    return window


def test_the_read_text_leaves_out_citation_marks_and_maps_back(reader):
    doc = reader.view.document()
    page = PageMap(doc)
    plain = doc.toPlainText()
    assert "[1]" in plain and "[1]" not in page.text
    kinds = {(p.kind, p.text, p.level) for p in page.parts}
    assert ("heading", "Welcome", 1) in kinds and ("heading", "What is a T-cell?", 2) in kinds
    assert ("citation", "source 1", 0) in kinds and ("glossary", "T-cell", 0) in kinds
    assert ("link", "the care chapter", 0) in kinds
    for offset in range(0, len(page.text), 7):  # each read character is the page's own
        assert plain[page.to_position(offset)] == page.text[offset]
        assert page.to_offset(page.to_position(offset)) == offset
    cite = next(p for p in page.parts if p.kind == "citation")
    assert page.to_offset(cite.start) == page.to_offset(cite.end)  # nothing read there


def test_qt_hands_assistive_technology_a_document_with_headings(reader):
    iface = QAccessible.queryAccessibleInterface(reader.view)
    assert iface.role() == QAccessible.Role.Document
    assert iface.text(QAccessible.Text.Name) == "Welcome"
    parts = [iface.child(i) for i in range(iface.childCount())]
    headings = [(p.text(QAccessible.Text.Name),
                 p.attributesInterface().attributeValue(QAccessible.Attribute.Level))
                for p in parts if p.role() == QAccessible.Role.Heading]
    assert headings[:2] == [("Welcome", 1), ("What is a T-cell?", 2)]
    text = iface.textInterface()
    assert "[1]" not in text.text(0, text.characterCount())
    word = next(p for p in parts if p.text(QAccessible.Text.Name) == "T-cell")
    assert word.text(QAccessible.Text.Description).startswith("Glossary word: A white blood")
    assert word.actionInterface().actionNames() == ["Press", "SetFocus"]


def test_arrows_move_a_caret_and_h_jumps_to_the_next_heading(reader, qtbot):
    view = reader.view
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.textCursor().position() > 0  # keyboard text selection is on
    qtbot.keyClick(view, Qt.Key.Key_H)
    block = view.document().findBlock(view.textCursor().selectionStart())
    assert as_text(block.text()) == "What is a T-cell?" and block.blockFormat().headingLevel() == 2
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    block = view.document().findBlock(view.textCursor().selectionStart())
    assert block.text().strip() == "Welcome" and block.blockFormat().headingLevel() == 1


def test_enter_at_the_caret_opens_the_word_and_escape_gives_the_focus_back(reader, qtbot):
    view = reader.view
    page = PageMap(view.document())
    word = next(p for p in page.parts if p.kind == "glossary")
    view.setFocus()
    cursor = QTextCursor(view.document())
    cursor.setPosition(word.start + 2)  # the caret inside the word, nothing selected
    view.setTextCursor(cursor)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = reader.features["glossary"].popup
    qtbot.waitUntil(popup.isActiveWindow)
    assert popup.term_id == "t-cell" and QApplication.focusWidget() is popup
    assert QAccessible.queryAccessibleInterface(popup).role() == QAccessible.Role.Dialog
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert not popup.isVisible()


@pytest.mark.parametrize("zoom", [200, 300])
def test_the_contents_pop_up_and_composer_grow_with_the_text(reader, qtbot, zoom):
    from edu_app.ui.features.glossary import BODY_PT

    base = QApplication.font().pointSizeF()
    toc = reader.toc
    row = toc.visualItemRect(toc.topLevelItem(0)).height()
    reader.reader.set_zoom(zoom)
    assert toc.font().pointSizeF() == pytest.approx(base * zoom / 100)
    assert toc.visualItemRect(toc.topLevelItem(0)).height() > row * (zoom / 100) * 0.8
    reader.view.termActivated.emit("t-cell", reader.view.mapToGlobal(QPoint(40, 40)))
    popup = reader.features["glossary"].popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.definition.font().pointSizeF() == pytest.approx(BODY_PT * zoom / 100)
    assert popup.back_button.font().pointSizeF() == pytest.approx(BODY_PT * zoom / 100)
    popup.close()
    printing = reader.features["printing"]
    printing.open_composer()
    dialog = printing.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.font().pointSizeF() == pytest.approx(base * zoom / 100)
    available = dialog.screen().availableGeometry()
    assert dialog.width() <= available.width() and dialog.height() <= available.height()
    dialog.close()
    reader.reader.set_zoom(100)
    assert toc.font().pointSizeF() == pytest.approx(base)
