"""The glossary in the window: pop-up, hover tooltip, the A–Z page and its filter.

Behaviour is driven the way a reader drives it (clicks, Tab, Enter, Esc, typing) and
checked on what is shown, in both languages.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt, QUrl
from PySide6.QtGui import QHelpEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from edu_app.content.text import as_text
from edu_app.ui.features.glossary_popup import clamp_to_screen

# The offscreen platform cannot raise windows or grab the keyboard for a pop-up; Qt says so.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing",
                                       "does not support activateWindow")


def term_spans(view) -> list[tuple[int, int, str]]:
    """(start, end, href) of every glossary link in the view's document."""
    spans = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href.startswith("glossary:"):
                spans.append((fragment.position(), fragment.position() + fragment.length(),
                              href))
            it += 1
        block = block.next()
    return spans


def word_centre(view, start: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 1)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    return view.cursorRect(cursor).center()


def open_chapter(window, qtbot, chapter: str = "car-t") -> None:
    window.open_url(QUrl(f"chapter:{chapter}"))
    qtbot.waitUntil(lambda: window.view.source().toString() == f"chapter:{chapter}")


def popup_of(window):
    return window.features["glossary"].popup


# --- the pop-up --------------------------------------------------------------------------
def test_clicking_a_word_opens_the_pop_up_with_the_french_word(window, qtbot, book):
    open_chapter(window, qtbot)
    start, _end, href = term_spans(window.view)[0]
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton,
                     pos=word_centre(window.view, start))
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    term = book.glossary[href.split(":", 1)[1]]
    assert popup.title.text() == term.text["en"].term
    assert popup.definition.text() == term.text["en"].definition
    assert popup.other.text() == f'In French: <b lang="fr">{term.text["fr"].term}</b>'
    assert popup.accessibleName() == term.text["en"].term
    assert popup.accessibleDescription() == term.text["en"].definition
    assert not popup.isModal()
    qtbot.waitUntil(lambda: not popup.scroll.verticalScrollBar().isVisible())  # it all fits
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_enter_on_a_focused_word_opens_it_beside_the_word(window, qtbot):
    open_chapter(window, qtbot)
    view = window.view
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(40):  # Tab moves through the links and the marked words
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().charFormat().anchorHref().startswith("glossary:"):
            break
    cursor = view.textCursor()
    assert cursor.hasSelection() and cursor.charFormat().anchorHref().startswith("glossary:")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    assert popup.term_id == cursor.charFormat().anchorHref().split(":", 1)[1]
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart())
    word = view.viewport().mapToGlobal(view.cursorRect(start).bottomLeft())
    available = popup.screen().availableGeometry()
    assert popup.y() > word.y()  # below the word, starting at it unless the screen ends
    assert popup.x() == word.x() or popup.geometry().right() == available.right() - 8


def test_related_word_opens_in_the_same_pop_up_and_back_returns(window, qtbot, book):
    window.view.termActivated.emit("t-cell", QPoint(50, 50))
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    assert popup.title.text() == "T-cell"
    assert not popup.back_button.isVisible()
    # Tab reaches the related words, Enter follows the first one
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is popup.related
    qtbot.keyClick(popup.related, Qt.Key.Key_Return)
    first = book.glossary["t-cell"].related[0]
    qtbot.waitUntil(lambda: popup.term_id == first)
    assert popup.title.text() == book.glossary[first].text["en"].term
    assert popup.isVisible() and popup.back_button.isVisible()
    popup.back_button.setFocus()
    qtbot.keyClick(popup.back_button, Qt.Key.Key_Return)
    assert popup.term_id == "t-cell" and not popup.back_button.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible()


def test_french_pop_up_names_the_english_word(make_window, qtbot):
    window = make_window(lang="fr")
    window.view.termActivated.emit("t-cell", QPoint(50, 50))
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    assert popup.title.text() == "lymphocyte T"
    assert popup.other.text() == 'En anglais\u00a0: <b lang="en">T-cell</b>'
    assert popup.open_button.text() == "Ouvrir dans le glossaire"
    assert popup.related.text().startswith("Voir aussi\u00a0:")
    popup.close()


def test_open_in_glossary_shows_the_a_to_z_page_at_the_word(window, qtbot):
    window.view.termActivated.emit("remission", QPoint(50, 50))
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    popup.open_button.setFocus()
    qtbot.keyClick(popup.open_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.view.source().toString() == "terms:#remission")
    assert not popup.isVisible()
    assert window.features["glossary"].filter_bar.isVisible()
    assert window.view.current_section() in ("remission", "letter-r")


def test_unknown_term_opens_nothing(window, qtbot):
    """The same signal with a known term opens the pop-up at once (the control); with an
    unknown one it stays closed."""
    window.view.termActivated.emit("t-cell", QPoint(50, 50))
    assert popup_of(window).isVisible()
    popup_of(window).hide()
    window.view.termActivated.emit("no-such-term", QPoint(50, 50))
    assert not popup_of(window).isVisible()


def test_clamped_inside_the_screen_at_every_edge():
    screen = QRect(0, 0, 1280, 900)
    size = (400, 300)
    for anchor in (QPoint(1270, 10), QPoint(5, 890), QPoint(1279, 899), QPoint(-50, -50),
                   QPoint(600, 450)):
        top_left = clamp_to_screen(anchor, size, screen, 20)
        assert screen.contains(QRect(top_left.x(), top_left.y(), *size)), anchor
    below = clamp_to_screen(QPoint(100, 100), size, screen, 20)
    assert below.y() > 100  # room below: below the word
    above = clamp_to_screen(QPoint(100, 800), size, screen, 20)
    assert above.y() + size[1] <= 800 - 20  # no room below: above the word, not over it


@pytest.mark.parametrize("corner", ["bottomRight", "topLeft", "bottomLeft"])
def test_whole_pop_up_on_screen_at_300_percent(window, qtbot, corner):
    window.reader.set_zoom(300)
    available = window.screen().availableGeometry()
    anchor = getattr(available, corner)()
    window.view.termActivated.emit("acute-lymphoblastic-leukaemia", anchor)
    popup = popup_of(window)
    qtbot.waitUntil(popup.isActiveWindow)  # shown and given the focus
    assert available.contains(popup.frameGeometry()), (popup.frameGeometry(), available)
    assert popup.title.font().pointSizeF() > 40  # the pop-up reads at the page's zoom
    popup.close()
    window.reader.set_zoom(100)


# --- hover and the look of marked words --------------------------------------------------
def test_hover_shows_the_one_line_definition(window, qtbot, book):
    open_chapter(window, qtbot)
    start, _end, href = term_spans(window.view)[0]
    pos = word_centre(window.view, start)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, window.view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(window.view.viewport(), event)
    short = book.glossary[href.split(":", 1)[1]].text["en"].short
    qtbot.waitUntil(lambda: short.replace("'", "&#x27;") in QToolTip.text()
                    or short in QToolTip.text())
    QToolTip.hideText()


def test_marked_words_have_a_dotted_underline_after_back_and_forward(window, qtbot):
    open_chapter(window, qtbot)
    open_chapter(window, qtbot, "results")
    window.view.backward()
    qtbot.waitUntil(lambda: window.view.source().toString() == "chapter:car-t")
    spans = term_spans(window.view)
    assert spans
    for start, _end, _href in spans:
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(start + 1)
        assert cursor.charFormat().underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine


# --- the A–Z page --------------------------------------------------------------------------
def test_glossary_from_toolbar_menu_and_contents(window, qtbot):
    assert window.features["glossary"].action in window.toolbar.actions()
    assert window.features["glossary"].action in window.view_menu.actions()
    window.features["glossary"].action.trigger()
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    assert window.features["glossary"].filter_bar.isVisible()
    assert QApplication.focusWidget() is window.features["glossary"].filter_bar.field
    open_chapter(window, qtbot)
    assert not window.features["glossary"].filter_bar.isVisible()
    toc = window.toc
    item = next(toc.topLevelItem(i) for i in range(toc.topLevelItemCount())
                if toc.topLevelItem(i).text(0) == "Glossary (A to Z)")
    toc.itemActivated.emit(item, 0)
    qtbot.waitUntil(lambda: window.view.source().toString() == "terms:")


def test_filter_box_ignores_accents_and_case(window, qtbot, book):
    window.features["glossary"].open_page()
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    everything = as_text(window.view.document().toPlainText())  # "T\u2011cell" on screen
    assert "T-cell" in everything and "Leukaemia".lower() in everything.lower()
    qtbot.keyClicks(window.features["glossary"].filter_bar.field, "LEUKAEMIA")
    qtbot.waitUntil(lambda: window.features["glossary"].filter_text == "LEUKAEMIA")
    text = as_text(window.view.document().toPlainText())
    assert "Words containing “LEUKAEMIA”" in text
    assert "acute lymphoblastic leukaemia" in text and "\nT-cell\n" not in text
    qtbot.keyClick(window.features["glossary"].filter_bar.field, Qt.Key.Key_Escape)  # Esc clears
    qtbot.waitUntil(lambda: window.features["glossary"].filter_text == "")
    assert "\nT-cell\n" in as_text(window.view.document().toPlainText())


def test_french_filter_finds_leucemie_without_accents(make_window, qtbot):
    window = make_window(lang="fr")
    window.features["glossary"].open_page()
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    bar = window.features["glossary"].filter_bar
    qtbot.waitUntil(lambda: bar.label.text() == "Chercher un &mot\u00a0:")
    qtbot.keyClicks(window.features["glossary"].filter_bar.field, "leucemie")
    qtbot.keyClick(window.features["glossary"].filter_bar.field, Qt.Key.Key_Return)
    text = window.view.document().toPlainText()
    assert "leucémie aiguë lymphoblastique" in text and "Glossaire" in text
    assert "\nlymphocyte T\n" not in text


def entry_texts(view) -> dict[str, str]:
    """Each A–Z entry's visible text (from its name to the next entry), by term id."""
    entries: dict[str, str] = {}
    current = ""
    block = view.document().begin()
    while block.isValid():
        names = [n for it in _fragments(block) for n in it.charFormat().anchorNames()]
        ids = [n for n in names if n in view.pages.book.glossary]
        if ids:
            current = ids[0]
        if current:
            entries[current] = entries.get(current, "") + block.text() + "\n"
        block = block.next()
    return entries


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


@pytest.mark.parametrize("lang, typed", [("fr", "leucemie"), ("en", "leukaemia")])
def test_every_entry_the_filter_lists_shows_what_it_matched(make_window, qtbot, lang, typed):
    """"leucemie" listed "cellule cancéreuse", whose shown words have no such word (it
    matched the hidden form "cellules de la leucémie"): each listed entry now shows it."""
    from edu_app.content.text import fold_words

    window = make_window(lang=lang)
    glossary = window.features["glossary"]
    glossary.open_page()
    qtbot.keyClicks(glossary.filter_bar.field, typed)
    qtbot.waitUntil(lambda: glossary.filter_text == typed)
    entries = entry_texts(window.view)
    assert "cancer-cell" in entries and "leukaemia" in entries
    for term_id, text in entries.items():
        assert fold_words(typed) in fold_words(text), (term_id, text)
    if lang == "fr":
        assert "sous la forme «\u00a0cellules de la leucémie\u00a0»" in entries["cancer-cell"]


def test_reset_forgets_the_filter_and_closes_the_pop_up(window, qtbot):
    window.features["glossary"].set_filter("virus")
    window.view.termActivated.emit("virus", QPoint(40, 40))
    qtbot.waitUntil(popup_of(window).isVisible)
    window.features["glossary"].reset()
    assert window.features["glossary"].filter_text == "" and not popup_of(window).isVisible()


def test_going_to_one_word_clears_a_filter_that_hides_it(window, qtbot):
    window.features["glossary"].open_page()
    qtbot.keyClicks(window.features["glossary"].filter_bar.field, "virus")
    qtbot.waitUntil(lambda: window.features["glossary"].filter_text == "virus")
    window.open_url(QUrl("terms:#remission"))  # as a search hit does
    qtbot.waitUntil(lambda: window.features["glossary"].filter_text == "")
    assert window.features["glossary"].filter_bar.text() == ""
    assert "remission" in window.view.document().toPlainText()
