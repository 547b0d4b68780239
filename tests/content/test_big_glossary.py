"""A glossary of tens of thousands of words is kept whole, and its words are still found.

100,000 terms made the glossary file larger than a chapter may be, so the whole glossary
was dropped ("too large to be a chapter"); and one regular expression of every form took
50 s to compile. The file has a limit of its own now, and past `REGEX_KEYS` forms the
matcher looks each word of the text up instead: the same matches, tested here against
the regular expression on the fixture guide and on the marking cases.
"""

from __future__ import annotations

import unicodedata

import pytest

from edu_app.content import load_book
from edu_app.content import text as text_rules
from edu_app.content.text import build_matcher

from ..conftest import GUIDE
from ..render.test_glossary_marking import CASES, TERMS
from .test_loader import write_book


def glossary_toml(count: int) -> str:
    """`count` terms of made-up words, about 400 bytes each."""
    return "".join(
        f'[t{i}]\nrelated = ["t{(i + 1) % count}"]\n'
        f'[t{i}.en]\nterm = "word{i:06d}"\nshort = "A made-up word to fill the glossary."\n'
        f'definition = "A made-up word. It fills the glossary to try its size."\n'
        f'[t{i}.fr]\nterm = "mot{i:06d}"\nshort = "Un mot inventé pour remplir le glossaire."\n'
        f'definition = "Un mot inventé. Il remplit le glossaire pour essayer sa taille."\n\n'
        for i in range(count))


def test_a_glossary_larger_than_a_chapter_may_be_is_kept_whole(tmp_path):
    root = write_book(tmp_path / "book")
    (root / "glossary.toml").write_text(glossary_toml(7_000), encoding="utf-8")
    assert (root / "glossary.toml").stat().st_size > 2_000_000  # over a chapter's limit
    book = load_book(root)
    assert [p.message for p in book.problems if p.code == "too-large"] == []
    assert len(book.glossary) == 7_000
    assert book.glossary["t6999"].text["fr"].term == "mot006999"


def word_matcher(forms, monkeypatch):
    monkeypatch.setattr(text_rules, "REGEX_KEYS", 0)
    return build_matcher(forms)


def guide_forms(lang: str):
    book = load_book(GUIDE)
    return book, [(form, term.id) for term in book.glossary.values() if lang in term.text
                  for form in term.text[lang].forms]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_word_by_word_finds_what_the_regular_expression_finds_in_the_guide(lang, monkeypatch):
    book, forms = guide_forms(lang)
    regex = build_matcher(forms)
    words = word_matcher(forms, monkeypatch)
    assert regex.pattern is not None and words.by_first is not None  # one of each
    found = 0
    for by_lang in book.chapters.values():
        chapter = by_lang.get(lang)
        if chapter is None:
            continue
        body = unicodedata.normalize("NFC", chapter.body)
        expected = list(regex.find(body))
        assert list(words.find(body)) == expected, chapter.id
        found += len(expected)
    assert found > 100


@pytest.mark.parametrize(("lang", "body"), [(c[0], c[1]) for c in CASES] + [
    ("en", "Ask your care \n\t team, or your CARE   TEAM."),  # runs of spaces
    ("en", "İstanbul T-cells: an İ lowers to two characters."),  # positions move
    ("en", "non-T-cells, T-cells-like, _T-cells, T-cells_ and T-cells."),  # edges
])
def test_word_by_word_finds_what_the_regular_expression_finds_in_hard_cases(
        lang, body, monkeypatch):
    forms = [(form, tid) for tid, (en, fr) in TERMS.items()
             for form in (en if lang == "en" else fr)]
    regex = build_matcher(forms)
    words = word_matcher(forms, monkeypatch)
    text = unicodedata.normalize("NFC", body)
    assert list(words.find(text)) == list(regex.find(text))


def test_100000_terms_make_a_word_by_word_matcher_that_finds_them():
    forms = [(f"word{i:06d} cell", f"t{i}") for i in range(100_000)] + [("word", "short")]
    matcher = build_matcher(forms)
    assert matcher.pattern is None and matcher.by_first is not None  # no regex compiled
    text = "A word, a word000042 cell and a word099999 cell; word000007 alone."
    assert matcher.find_terms(text) == ["short", "t42", "t99999"]
