"""Citation marks on screen: legible, never alone at the start of a line, and following
one lands on its source whole and marked for a moment, in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCharFormat

from edu_app.ui import themes
from edu_app.ui.landing import LAYER, target_range, tint


def cite_marks(doc) -> list[tuple[int, str, QTextCharFormat]]:
    """(position, href, format) of every numbered source mark in the document."""
    marks = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.anchorHref().startswith("sources:#") and fragment.text().startswith("["):
                marks.append((fragment.position(), fmt.anchorHref(), fmt))
            it += 1
        block = block.next()
    return marks


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_marks_are_legible_and_never_start_a_line(make_window, lang):
    window = make_window(lang=lang)
    for chapter in ("car-t", "centres"):
        window.open_url(QUrl(f"chapter:{chapter}"))
        marks = cite_marks(window.view.document())
        assert marks
        for _pos, _href, fmt in marks:  # on the line, at a reading size (was 9 pt raised)
            assert fmt.verticalAlignment() not in (  # (a table cell's is AlignTop)
                QTextCharFormat.VerticalAlignment.AlignSuperScript,
                QTextCharFormat.VerticalAlignment.AlignSubScript)
            assert fmt.font().pointSizeF() >= 10.5
        doc = window.view.document().clone()
        for width in range(260, 760, 9):  # every column width a window or zoom can give
            doc.setTextWidth(width)
            doc.documentLayout().documentSize()  # laid out
            for pos, href, _fmt in cite_marks(doc):
                block = doc.findBlock(pos)
                line = block.layout().lineForTextPosition(pos - block.position())
                before = block.text()[line.textStart():pos - block.position()]
                assert before.strip("\u00a0\u2060 "), (chapter, width, href, block.text())


def test_following_a_mark_lands_on_the_whole_source_and_marks_it(window, qtbot):
    window.open_url(QUrl("chapter:car-t"))
    view = window.view
    _pos, href, _fmt = cite_marks(view.document())[0]
    view.anchorClicked.emit(QUrl(href))  # as a click on the mark does
    sid = href.split("#", 1)[1]
    assert view.source().toString() == f"sources:#{sid}"
    doc = view.document()
    start, end = target_range(doc, sid)
    layout = doc.documentLayout()
    top = layout.blockBoundingRect(doc.findBlock(start)).top()
    bottom = layout.blockBoundingRect(doc.findBlock(end)).bottom()
    scrolled = view.verticalScrollBar().value()
    assert top - scrolled >= view.fontMetrics().height()  # the heading whole, a margin above
    assert bottom - scrolled <= view.viewport().height()  # its details on screen too
    marks = view.highlights(LAYER)
    assert len(marks) == 1
    assert marks[0].cursor.selectionStart() == start
    assert marks[0].cursor.selectionEnd() >= end - 1
    assert view.textCursor().position() == start  # a screen reader reads on from there
    qtbot.waitUntil(lambda: not view.highlights(LAYER), timeout=5000)  # it fades


def test_the_landing_mark_keeps_text_and_links_readable_in_every_theme():
    for name in themes.names():
        t = themes.theme(name)
        background = tint(t)
        assert background != t.background
        assert themes.contrast_ratio(t.text, background) >= themes.TEXT_MINIMUM, name
        assert themes.contrast_ratio(t.link, background) >= themes.LINK_MINIMUM, name
        assert themes.contrast_ratio(t.term_line, background) >= themes.LINK_MINIMUM, name
