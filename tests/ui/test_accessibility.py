"""Keyboard and screen readers: every control named in the reader's language, every
command reachable without a mouse, a visible focus, and the shortcuts listed in help.

Names are read the way assistive technology reads them, through `QAccessible`.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMenuBar,
    QStatusBar,
    QTextEdit,
    QToolBar,
    QWidget,
    QWidgetAction,
)

from edu_app.ui import themes
from edu_app.ui.features.shortcuts_dialog import plain

CONTROLS = (QAbstractButton, QAbstractItemView, QLineEdit, QTextEdit, QComboBox, QMenuBar,
            QToolBar, QDockWidget, QStatusBar)
SAME_IN_BOTH = {"FR", "EN", "Sources", "Français", "English"}  # the same in both


def accessible(widget: QWidget, what=QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(what) or "") if interface is not None else ""


def controls(window) -> list[QWidget]:
    """What a keyboard or screen-reader user meets: focusable widgets and named parts."""
    return [w for w in window.findChildren(QWidget) if w.isVisible()
            and (isinstance(w, CONTROLS) or w.focusPolicy() & Qt.FocusPolicy.TabFocus)]


def commands(window) -> list[QAction]:
    """The window's commands (not the holders of toolbar widgets, nor Qt's own)."""
    return [a for a in window.findChildren(QAction)
            if not a.isSeparator() and a.isVisible() and a.menu() is None
            and not isinstance(a, QWidgetAction) and not a.objectName().startswith("_q_")]


def has_words(text: str) -> bool:
    return bool(re.search(r"[A-Za-zÀ-ÿ]{3}", text)) and plain(text) not in SAME_IN_BOTH


def names_in(window, qapp, lang: str) -> tuple[dict, dict]:
    window.reader.set_language(lang)
    qapp.processEvents()  # the parts retranslate on Qt's LanguageChange
    qapp.processEvents()
    widgets = {w: (accessible(w), accessible(w, QAccessible.Text.Description))
               for w in controls(window)}
    actions = {a: (plain(a.text()), a.statusTip() or a.toolTip()) for a in commands(window)}
    return widgets, actions


def test_every_control_and_command_is_named_in_both_languages(window, qapp):
    window.open_url(QUrl("chapter:car-t"))
    en_widgets, en_actions = names_in(window, qapp, "en")
    fr_widgets, fr_actions = names_in(window, qapp, "fr")
    assert len(en_widgets) > 15 and len(en_actions) > 20
    unnamed = [(type(w).__name__, w.objectName()) for w, (name, _d) in
               {**en_widgets, **fr_widgets}.items() if not name.strip()]
    assert not unnamed
    untranslated = [en for w, (en, _d) in en_widgets.items()
                    if w in fr_widgets and has_words(en) and fr_widgets[w][0] == en]
    assert not untranslated
    for lang, actions in (("en", en_actions), ("fr", fr_actions)):
        silent = [a.objectName() for a, (text, tip) in actions.items() if not text or not tip]
        assert not silent, lang
    same = [text for a, (text, _tip) in en_actions.items()
            if has_words(text) and fr_actions[a][0] == text]
    assert not same


def test_menus_open_with_alt_and_a_letter_in_both_languages(window, qapp):
    for lang in ("en", "fr"):
        names_in(window, qapp, lang)
        letters = []
        for top in window.menuBar().actions():
            title = top.text()
            assert "&" in title, title
            letters.append(title[title.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), lang
        for menu in (window.view_menu, window.help_menu, window.features["theme"].menu):
            for action in menu.actions():
                if not action.isSeparator():
                    assert "&" in action.text() or not action.shortcut().isEmpty(), action.text()


def test_tab_moves_through_the_links_with_a_visible_focus(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    view = window.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    cursor = view.textCursor()
    assert cursor.hasSelection()  # the link is drawn selected: the focus is visible
    cursor.setPosition(cursor.selectionEnd())
    assert cursor.charFormat().isAnchor()
    palette = view.palette()
    ratio = themes.contrast_ratio(palette.color(QPalette.ColorRole.HighlightedText).name(),
                                  palette.color(QPalette.ColorRole.Highlight).name())
    assert ratio >= 7


@pytest.mark.parametrize("name", list(themes.THEMES))
def test_the_reading_areas_show_a_focus_frame(window, name):
    window.reader.set_theme(name)
    focus = themes.THEMES[name].focus
    for widget in (window.view, window.toc):
        assert f":focus {{ border: 2px solid {focus}; }}" in widget.styleSheet()
    themes.apply_palette(themes.LIGHT)


def test_f6_moves_between_contents_text_and_search(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    window.activateWindow()
    window.view.setFocus()
    seen = []
    for _ in range(3):
        window.actions.next_pane.trigger()
        seen.append(QApplication.focusWidget())
    assert {window.toc, window.features["search"], window.view} <= set(seen) | {window.view}
    assert window.actions.next_pane.shortcut() == QKeySequence("F6")


def test_shortcuts_list_names_keys_not_commands(window, qapp):
    """The list said "F1, Help" and « Alt+Droite, Maj+Effacement, Suivant » beside
    « Suivant »: Qt's dedicated keys (Help, Back, Forward) read like command names. Each
    row now lists keys a keyboard has, each once, and none is a command's name."""
    from edu_app.ui.features.shortcuts_dialog import shortcut_groups

    native = QKeySequence.SequenceFormat.NativeText
    dialog = window.features["shortcuts"].show_dialog()
    for lang in ("en", "fr"):
        names_in(window, qapp, lang)
        rows = dialog.rows()
        dedicated = {QKeySequence(key).toString(native) for key in (
            Qt.Key.Key_Help, Qt.Key.Key_Back, Qt.Key.Key_Forward, Qt.Key.Key_ZoomIn,
            Qt.Key.Key_ZoomOut, Qt.Key.Key_Search, Qt.Key.Key_Find, Qt.Key.Key_Close)}
        commands_ = [row for _title, group in shortcut_groups(window, "") for row in group]
        names = {command for command, _keys in commands_}
        for command, keys in rows:
            parts = keys.split(", ") if keys else []
            assert len(parts) == len(set(parts)), (lang, command, keys)
            assert not dedicated & set(parts), (lang, command, keys)
        for command, keys in commands_:
            assert not names & set(keys.split(", ")), (lang, command, keys)
        assert dict(rows)[plain(window.actions.guide.text())] == "F1"
        assert rows.count((plain(window.actions.quit.text()), dict(rows)[
            plain(window.actions.quit.text())])) == 1
    dialog.close()


def test_keyboard_shortcuts_are_listed_in_both_languages(window, qapp, qtbot):
    speech = window.features["read_aloud"]  # which of its entries shows: after the first paint
    qtbot.waitUntil(lambda: speech.read.isVisible() or speech.unavailable.isVisible())
    assert window.features["shortcuts"].action in window.help_menu.actions()
    window.features["shortcuts"].action.trigger()
    dialog = window.features["shortcuts"].dialog
    assert dialog.isVisible()
    native = QKeySequence.SequenceFormat.NativeText
    for lang, larger, home in (("en", "Larger text", "Home"), ("fr", "Texte plus grand",
                                                                "Accueil")):
        names_in(window, qapp, lang)
        rows = dict(dialog.rows())
        assert larger in rows and home in rows
        assert window.actions.zoom_in.shortcut().toString(native) in rows[larger]
        for action in commands(window):
            if not action.shortcut().isEmpty() and not action.property("hiddenFromHelp"):
                assert plain(action.text()) in rows, (lang, action.text())
    assert dialog.windowTitle() == "Raccourcis clavier"
    dialog.close()
