"""Find in the page (Ctrl+F): accent-insensitive, counted, next/previous, closed by Esc."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from edu_app.search import fold


def open_find(window, qtbot, text: str):
    bar = window.features["find"]
    window.activateWindow()
    window.view.setFocus()
    bar.find_action.trigger()
    assert bar.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is bar.field)
    bar.field.setText(text)
    return bar


def test_shortcuts_and_menu(window):
    bar = window.features["find"]
    assert not bar.isVisible()
    assert QKeySequence(QKeySequence.StandardKey.Find) in bar.find_action.shortcuts()
    assert QKeySequence("F3") in bar.next_action.shortcuts()
    assert bar.find_action in window.view_menu.actions()


def test_counts_and_marks_every_match_ignoring_accents_and_case(make_window, qtbot):
    window = make_window(lang="fr")
    window.open_url(QUrl("chapter:car-t"))
    expected = fold(window.view.toPlainText()).count("lymphocyte")
    assert expected > 2
    bar = open_find(window, qtbot, "LYMPHOCYTE")
    assert len(bar.matches) == expected
    assert bar.count.text() == f"1 sur {expected}"
    marks = window.view.extraSelections()
    assert len(marks) == expected
    assert all(fold(m.cursor.selectedText()) == "lymphocyte" for m in marks)
    # accents both ways
    bar.field.setText("Etape")
    assert bar.matches and all(
        fold(window.view.toPlainText()[a:b]) == "etape" for a, b in bar.matches)


def test_next_previous_and_wrap(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    bar = open_find(window, qtbot, "cell")
    total = len(bar.matches)
    assert total > 3 and bar.count.text() == f"1 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert bar.current == 1 and bar.count.text() == f"2 of {total}"
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.current == total - 1  # wrapped round to the last one
    window.view.setFocus()
    bar.next_action.trigger()  # F3 from the text
    assert bar.current == 0
    start = bar.matches[-1][0]
    bar.previous_action.trigger()
    assert window.view.textCursor().position() == start
    assert window.view.cursorRect().intersects(window.view.viewport().rect())


def test_no_match_and_escape(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    bar = open_find(window, qtbot, "zzzqqq")
    assert bar.matches == [] and bar.count.text() == "No matches"
    bar.field.setText("cell")
    assert window.view.extraSelections()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert window.view.extraSelections() == []


def test_highlight_all_toggle(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    bar = open_find(window, qtbot, "cell")
    bar.highlight_button.setChecked(False)
    assert len(window.view.extraSelections()) == 1  # only the current one
    bar.highlight_button.setChecked(True)
    assert len(window.view.extraSelections()) == len(bar.matches)


def test_follows_the_page(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    bar = open_find(window, qtbot, "cancer")
    first = len(bar.matches)
    window.open_url(QUrl("chapter:results"))
    assert len(bar.matches) == fold(window.view.toPlainText()).count("cancer")
    assert bar.matches != [] and len(bar.matches) != 0 and first
    assert len(window.view.extraSelections()) == len(bar.matches)
