""""Did you mean": glossary forms spelt like a misspelt query."""

from __future__ import annotations

from edu_app.search import Suggester


def test_suggests_the_nearest_glossary_word(small_book):
    suggester = Suggester(small_book)
    assert suggester.suggest("leucemei", "fr") == ["leucémie"]
    assert suggester.suggest("leukeamia", "en")[0] in ("leukaemia", "leukemia")
    assert suggester.suggest("zzzz", "fr") == []
    assert suggester.suggest("", "fr") == []


def test_one_misspelt_word_among_several(small_book):
    assert Suggester(small_book).suggest("la leucemei aigue", "fr") == ["leucémie"]


def test_keep_vetoes_a_suggestion(small_book):
    assert Suggester(small_book).suggest("leucemei", "fr", keep=lambda form: False) == []


def test_guide_suggestions(book):
    suggester = Suggester(book)
    assert "lymphocyte" in suggester.suggest("limfocyte", "fr")
    assert suggester.suggest("chimiotherapi", "fr")[0] == "chimiothérapie"
