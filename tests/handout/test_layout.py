"""Pages as a reader sees them: chapters on new pages, no lonely heading, whole pictures."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from edu_app.handout import HandoutOptions, compose_handout
from edu_app.handout.layout import LONELY_HEADING, OBJECT_CHAR, build_document

CASES = [("en", False, ""), ("fr", False, ""), ("en", True, "a4"), ("fr", True, "letter")]


@pytest.fixture(scope="module", params=CASES,
                ids=lambda c: f"{c[0]}-{'large' if c[1] else 'normal'}")
def whole_guide(request, qapp, book):
    lang, large, paper = request.param
    composed = compose_handout(book, HandoutOptions(
        chapters=tuple(book.order), lang=lang, glossary=True, questions=True,
        large_print=large, paper=paper, clinic_name="Clinic", clinic_phone="01"))
    return build_document(composed)


def _blocks(document):
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            yield block
        block = block.next()


def test_each_chapter_starts_at_the_top_of_a_page(whole_guide):
    layout = whole_guide.documentLayout()
    height = whole_guide.page_height
    starts = 0
    for block in _blocks(whole_guide):
        if block.blockFormat().headingLevel() == 1 and block.position() > 0:
            top = layout.blockBoundingRect(block).top()
            assert top % height < 24, block.text()  # its own top margin at most
            starts += 1
    assert starts >= len(whole_guide.composed.chapters)


def test_no_heading_is_left_alone_at_the_bottom_of_a_page(whole_guide):
    height = whole_guide.page_height
    checked = 0
    for block in _blocks(whole_guide):
        if block.blockFormat().headingLevel() == 0:
            continue
        top = whole_guide.first_line_top(block)
        page = whole_guide.page_of(top)
        at_top = top - page * height < 2
        bottom = whole_guide.last_line_bottom(block) - page * height
        assert at_top or bottom <= LONELY_HEADING * height, block.text()
        following = block.next()
        while following.isValid() and not following.text().strip():
            following = following.next()
        if following.isValid():
            assert whole_guide.page_of(whole_guide.first_line_top(following)) == page, \
                block.text()
        checked += 1
    assert checked > 20


def test_pictures_stay_with_their_captions(whole_guide):
    pictures = 0
    for block in _blocks(whole_guide):
        if OBJECT_CHAR in block.text() and QTextCursor(block).currentTable() is None:
            pages = whole_guide.line_pages(block)
            assert len(set(pages)) == 1 and block.layout().lineCount() >= 2  # picture, caption
            pictures += 1
    assert pictures >= 3


def test_contents_give_the_pages_where_sections_start(whole_guide):
    text = whole_guide.toPlainText()
    assert "\u2060" not in text  # every placeholder was filled
    pages = whole_guide.anchor_pages()
    assert list(pages) == ["cover", *[k for k, _ in whole_guide.composed.contents]]
    assert list(pages.values()) == sorted(pages.values())
    assert whole_guide.page_count - 1 <= pages["sources"] <= whole_guide.page_count


def test_my_questions_fit_on_one_page(whole_guide):
    pages = whole_guide.anchor_pages()
    assert pages["sources"] == pages["questions"] + 1


def test_my_questions_fit_on_short_paper_in_large_print(qapp, book):
    composed = compose_handout(book, HandoutOptions(
        chapters=("car-t",), lang="en", questions=True, large_print=True, paper="letter",
        clinic_phone="01 40 03 20 00"))
    document = build_document(composed)
    pages = document.anchor_pages()
    assert pages["sources"] == pages["questions"] + 1
