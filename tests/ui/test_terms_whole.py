""""CAR T-cells" on screen: never split at a line's end, copied and read with its real
hyphen (issue 17, item 17). The page holds U+2011; clipboard, screen reader, find and
search see "-"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication

from edu_app.content.text import fold
from edu_app.ui.page_text import PageMap

TERM = re.compile(r"CAR[ \u00a0]T[-\u2011]cells?", re.IGNORECASE)


def split_terms(doc) -> list[str]:
    """The lines of `doc` that end inside a "CAR T-cells"-like term, as laid out now."""
    doc.size()  # laid out at the current width
    cut = []
    block = doc.begin()
    while block.isValid():
        text = block.text()
        layout = block.layout()
        spans = [m.span() for m in TERM.finditer(text)]
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            end = line.textStart() + line.textLength()
            cut += [text[a:b] for a, b in spans if a < end < b and a > line.textStart()]
        block = block.next()
    return cut


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_term_never_ends_a_line_on_screen(make_window, lang):
    window = make_window(lang=lang)
    window.open_url(QUrl("chapter:car-t"))
    doc = window.view.document().clone()
    cut = []
    for width in range(220, 760, 7):  # the page's column at every window width
        doc.setTextWidth(width)
        cut += split_terms(doc)
    assert cut == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_copied_and_read_with_a_real_hyphen(make_window, lang):
    window = make_window(lang=lang)
    window.open_url(QUrl("chapter:car-t"))
    view = window.view
    assert "T\u2011cells" in view.toPlainText()  # what is drawn
    view.selectAll()
    view.copy()
    copied = QApplication.clipboard().mimeData()
    assert "CAR T-cells" in copied.text().replace("\u00a0", " ")
    assert "\u2011" not in copied.text() and "\u2011" not in copied.html()
    page = PageMap(view.document())  # what a screen reader is given (AT-SPI)
    assert "CAR T-cells" in page.text.replace("\u00a0", " ") and "\u2011" not in page.text
    assert all("\u2011" not in part.text for part in page.parts)
    assert "t-cells" in fold(view.toPlainText())  # the find bar's comparison


def test_search_marks_the_joined_term(make_window, qtbot):
    window = make_window(lang="en")
    field = window.features["search"]
    field.action.trigger()
    field.setText("T-cells")
    field.search_now()
    field.activate_current()
    marked = [sel.cursor.selectedText() for sel in window.view.extraSelections()]
    assert marked and all(re.fullmatch(r"T[-\u2011]cells?", m, re.I) for m in marked), marked
