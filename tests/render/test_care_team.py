"""A safety sentence's mark on screen and on paper: words, not a source number.

On the `care-team` fixture book: `[@care-team]` shows "[ask your care team]" (French:
« demandez à l’équipe soignante »), takes no number, is not listed among the chapter's
sources, and the footer, the sources page and a handout say what these sentences are.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu_app.content import load_book
from edu_app.handout import HandoutOptions, compose_handout
from edu_app.render import render_chapter, sources_html

from ..check.books import make_book


@pytest.fixture
def book(tmp_path: Path):
    return load_book(make_book("care-team", tmp_path))


@pytest.mark.parametrize(("lang", "mark"), [("en", "ask your care team"),
                                             ("fr", "demandez à l’équipe soignante")])
def test_the_mark_is_words_not_a_number(book, lang: str, mark: str) -> None:
    rendered = render_chapter(book, "care", lang)
    html = rendered.html
    marks = re.findall(r'<a class="care-team" href="sources:#care-team"[^>]*>\[([^\]]+)\]',
                       html)
    assert marks == [mark.replace(" ", "\u00a0")] * 2  # never split over two lines
    numbers = re.findall(r'<a class="cite" href="sources:#([\w-]+)"[^>]*>\[(\d+)\]', html)
    assert numbers == [("seed-2018", "1"), ("seed-2018", "1")]
    footer = html[html.index("chapter-footer"):]
    assert footer.count("<li>") == 1 and "sources:#seed-2018" in footer
    assert "sources:#care-team" not in footer
    assert 'class="care-team-note"' in footer


def test_a_chapter_without_safety_sentences_has_no_note(book) -> None:
    html = render_chapter(book, "intro", "en").html
    assert 'class="care-team"' not in html and 'class="care-team-note"' not in html


def test_the_sources_page_keeps_the_mark_apart(book) -> None:
    fr_heading = "Les phrases marquées «\u00a0demandez à l’équipe soignante\u00a0»"
    for lang, heading in (("en", "Sentences marked “ask your care team”"), ("fr", fr_heading)):
        page = sources_html(book, lang)
        assert page.count("<h3>") == 2  # the one document, then the marks' explanation
        assert page.index("A seed document") < page.index('<a name="care-team">')
        assert heading in page
        assert "kind_care-team" not in page


def test_a_handout_keeps_the_mark_and_does_not_number_it(book) -> None:
    composed = compose_handout(book, HandoutOptions(chapters=("care",), lang="fr"))
    assert composed.sources == ["seed-2018"]
    html = composed.html
    mark = "[demandez à l’équipe soignante]".replace(" ", "\u00a0")
    assert html.count(f'<span class="care-team">{mark}</span>') == 2
    assert '<span class="cite">[1]</span>' in html and "[2]" not in html
    assert 'class="care-team-note"' in html
