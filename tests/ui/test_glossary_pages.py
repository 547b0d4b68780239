"""A long glossary in the window: a page at a time, reached by keyboard, by a search hit,
by the pop-up's button and across a language switch, and never made before it is asked for.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from edu_app.content import load_book
from edu_app.qt.first_frame import Qt

from ..conftest import GUIDE
from ..render.test_glossary_page_scale import synthetic_terms

COUNT = 2_000


@pytest.fixture
def long_book():
    book = load_book(GUIDE)
    book.glossary = {**book.glossary, **synthetic_terms(COUNT)}
    return book


def index_of(window):
    from edu_app.render.glossary_page import GlossaryIndex

    return GlossaryIndex(window.reader.book, window.reader.lang)


def word_of(window, tid: str) -> str:
    return window.reader.book.glossary[tid].text[window.reader.lang].term


def word_is_on_screen(view, word: str) -> bool:
    found = view.document().find(word)
    if found.isNull():
        return False
    start = QTextCursor(found)
    start.setPosition(found.selectionStart())
    return view.viewport().rect().contains(view.cursorRect(start).center())


def test_a_search_hit_lands_on_the_page_of_its_word(make_window, qtbot, long_book):
    window = make_window(long_book)
    index = index_of(window)
    assert index.page_count > 5
    tid = "w1500"
    window.open_url(QUrl(f"terms:#{tid}"))  # what the search's glossary hit opens
    page = index.page_of(tid)
    assert page > 0
    qtbot.waitUntil(lambda: window.view.source().path() == index.path(page))
    assert window.view.source().fragment() == tid
    assert word_is_on_screen(window.view, word_of(window, tid))
    assert f"Page {page + 1} of {index.page_count}" in window.view.toPlainText()
    assert window.toc.currentItem().text(0) == "Glossary (A to Z)"


def test_open_in_glossary_from_the_pop_up_finds_the_words_page(make_window, qtbot, long_book):
    window = make_window(long_book, lang="fr")
    index = index_of(window)
    window.view.termActivated.emit("w1234", QPoint(40, 40))
    popup = window.features["glossary"].popup
    qtbot.waitUntil(popup.isVisible)
    popup.open_button.click()
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    assert window.view.source().path() == index.path(index.page_of("w1234"))
    assert word_is_on_screen(window.view, word_of(window, "w1234"))


@pytest.mark.parametrize(("lang", "next_words", "page_words"), [
    ("en", "Next page", "Page 2 of"), ("fr", "Page suivante", "Page 2 sur")])
def test_the_next_page_by_keyboard_and_back(make_window, qtbot, long_book, lang, next_words,
                                            page_words):
    window = make_window(long_book, lang=lang)
    index = index_of(window)
    window.features["glossary"].open_page()
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    view = window.view
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(60):  # Tab goes through the letters, then to the pages
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        if view.textCursor().selectedText().startswith(next_words):
            break
    assert view.textCursor().selectedText().startswith(next_words)  # words, not an arrow
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.source().path() == index.path(1))
    assert page_words in view.toPlainText()
    first_of_page_2 = window.reader.book.glossary[index.ids[index.bounds(1)[0]]]
    assert first_of_page_2.text[lang].term in view.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    qtbot.waitUntil(lambda: view.source().toString() == "terms:")
    assert page_words not in view.toPlainText()


def test_a_letter_of_the_bar_opens_the_page_it_starts_on(make_window, qtbot, long_book):
    window = make_window(long_book)
    index = index_of(window)
    window.open_url(QUrl("terms:"))
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    window.view.anchorClicked.emit(QUrl(f"terms:{index.path(index.page_of_letter('M'))}"
                                        "#letter-m"))  # as clicking "M" in the bar does
    qtbot.waitUntil(lambda: window.view.source().fragment() == "letter-m")
    assert window.view.source().path() == index.path(index.page_of_letter("M"))
    assert word_is_on_screen(window.view, word_of(window, index.ids[index.letter_start["M"]]))


def test_the_language_switch_keeps_the_word_at_the_top(make_window, qtbot, long_book):
    window = make_window(long_book)
    window.open_url(QUrl("terms:#w1500"))
    qtbot.waitUntil(lambda: window.view.current_section() == "w1500")
    window.reader.set_language("fr")
    index = index_of(window)
    qtbot.waitUntil(lambda: window.view.source().path() == index.path(index.page_of("w1500")))
    assert word_is_on_screen(window.view, word_of(window, "w1500"))
    assert "Glossaire" in window.view.toPlainText()


def test_a_filter_shows_its_words_from_their_first_page(make_window, qtbot, long_book):
    window = make_window(long_book)
    window.open_url(QUrl("terms:#w1500"))
    qtbot.waitUntil(lambda: window.view.source().path() != "")
    field = window.features["glossary"].filter_bar.field
    field.setFocus()
    qtbot.keyClicks(field, "word0150")
    qtbot.waitUntil(lambda: window.view.source().toString() == "terms:")
    qtbot.waitUntil(lambda: window.features["glossary"].filter_text == "word0150")
    assert QApplication.focusWidget() is field  # typing goes on in the box
    text = window.view.toPlainText()
    assert word_of(window, "w1500") in text and "Words containing “word0150”: 10 of" in text


def test_start_up_makes_no_part_of_the_a_to_z_page(make_window, qtbot, long_book,
                                                   monkeypatch):
    """Not shown, not made: a book of thousands of words starts as fast as another."""
    from edu_app.render import glossary_page

    made: list[str] = []
    real_page, real_order = glossary_page.glossary_html, glossary_page.GlossaryIndex.__init__

    def page(*args, **kwargs):
        made.append("page")
        return real_page(*args, **kwargs)

    def order(self, *args, **kwargs):
        made.append("order")
        real_order(self, *args, **kwargs)

    monkeypatch.setattr(glossary_page, "glossary_html", page)
    monkeypatch.setattr(glossary_page.GlossaryIndex, "__init__", order)
    window = make_window(long_book)
    qtbot.waitUntil(lambda: window.view.caret_keys is not None)  # after the first paint
    qtbot.wait(300)  # the idle-time work (prefetch, layout) has run
    assert made == []
    window.open_url(QUrl("terms:"))
    assert made  # the control: the page is made when it is asked for


def test_100000_words_keep_their_pop_ups_and_a_paged_a_to_z(make_window, qtbot):
    """The guide's words are still marked and open their pop-up among 100,000 others, and
    the A–Z page says which of its pages it shows."""
    from edu_app.content.model import Term, TermText

    book = load_book(GUIDE)
    book.glossary = {**book.glossary, **{f"x{i}": Term(f"x{i}", {
        "en": TermText(f"xword{i:06d}", (f"xword{i:06d}",), "Short.", "Longer."),
        "fr": TermText(f"xmot{i:06d}", (f"xmot{i:06d}",), "Court.", "Plus long."),
    }, ()) for i in range(100_000)}}
    window = make_window(book)
    window.open_url(QUrl("chapter:car-t"))
    qtbot.waitUntil(lambda: window.view.source().path() == "car-t")
    html = window.view.toHtml()
    assert 'href="glossary:t-cell"' in html  # marked among 100,000 other words
    window.view.termActivated.emit("t-cell", QPoint(40, 40))
    popup = window.features["glossary"].popup
    qtbot.waitUntil(popup.isVisible)
    assert popup.title.text() == "T-cell"
    popup.close()
    window.open_url(QUrl("terms:#x99999"))
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    text = window.view.toPlainText()
    assert "xword099999" in text and f"of {len(book.glossary):,}." in text
    assert "← Previous page (X: xword099" in text  # a page of a long letter: its words


def test_a_screen_reader_finds_the_next_page_as_a_link_and_presses_it(make_window, qtbot,
                                                                      long_book):
    from PySide6.QtGui import QAccessible, QAccessibleActionInterface

    window = make_window(long_book, lang="fr")
    index = index_of(window)
    qtbot.waitUntil(lambda: window.view.caret_keys is not None)  # reading aids installed
    window.open_url(QUrl("terms:"))
    qtbot.waitUntil(lambda: window.view.source().scheme() == "terms")
    iface = QAccessible.queryAccessibleInterface(window.view)
    assert iface.role() == QAccessible.Role.Document
    links = [iface.child(i) for i in range(iface.childCount())]
    following = [p for p in links if p.role() == QAccessible.Role.Link
                 and p.text(QAccessible.Text.Name).startswith("Page suivante (")]
    assert len(following) == 2  # above the words and below them
    following[0].actionInterface().doAction(QAccessibleActionInterface.pressAction())
    qtbot.waitUntil(lambda: window.view.source().path() == index.path(1))


def test_a_word_found_by_the_search_box_opens_on_its_page(make_window, qtbot, long_book):
    from ..ui.test_search_ui import hits_shown, type_query

    window = make_window(long_book)
    index = index_of(window)
    word = word_of(window, "w1777")
    type_query(qtbot, window, word)
    hit = next(h for h in hits_shown(window) if h.kind == "term" and h.ref_id == "w1777")
    window.features["search"].open_hit(hit)
    qtbot.waitUntil(lambda: window.view.source().path() == index.path(index.page_of("w1777")))
    assert index.page_of("w1777") > 0 and word_is_on_screen(window.view, word)


def test_back_to_a_word_that_the_filter_now_hides_shows_it(make_window, qtbot, long_book):
    window = make_window(long_book)
    glossary = window.features["glossary"]
    window.open_url(QUrl("terms:#w1500"))
    qtbot.waitUntil(lambda: window.view.source().fragment() == "w1500")
    window.open_url(QUrl("chapter:car-t"))
    qtbot.waitUntil(lambda: window.view.source().scheme() == "chapter")
    glossary.set_filter("word0001")  # hides w1500
    window.view.backward()
    qtbot.waitUntil(lambda: glossary.filter_text == "")
    assert word_is_on_screen(window.view, word_of(window, "w1500"))
    assert window.view.isForwardAvailable()  # the chapter is still ahead in the history
