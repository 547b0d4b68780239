"""The search API at its boundary: anything that is not text finds nothing, never raises.

The window only ever passes `str`; a plug-in, a script or a future feature may not, and
a search box must not take the app down for it.
"""

from __future__ import annotations

import pytest

from edu_app.search import Pattern, Suggester, parse, substring_spans, word_spans

NOT_TEXT = [None, b"cellule", bytearray(b"x"), 3, 2.5, ["cell"], {"q": 1}, object()]


@pytest.mark.parametrize("value", NOT_TEXT, ids=repr)
def test_not_text_finds_nothing(small_index, small_book, value):
    assert small_index.query(value) == []
    assert small_index.query(value, "en") == []
    assert not small_index.parse(value)
    assert not parse(value)
    assert Suggester(small_book).suggest(value) == []
    assert substring_spans(value, "cell") == []
    assert substring_spans("a cell", value) == []
    assert word_spans(value, [Pattern(("cell",))]) == []


@pytest.mark.parametrize("lang", [None, b"en", 3, "de", ""])
def test_an_unknown_language_searches_in_french_first(small_index, lang):
    text = "lymphocyte"
    assert small_index.query(text, lang) == small_index.query(text, "fr")


def test_the_positive_control(small_index, small_book):
    """The same calls with text do find things (the book of tests/search/fixtures)."""
    word = next(iter(small_book.glossary.values())).text["fr"].term
    assert small_index.query(word)
    assert substring_spans(f"x {word}", word)
    assert Suggester(small_book).suggest(word[:-1] + "x") is not None
