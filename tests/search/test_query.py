"""The reader's text as FTS5: safe whatever is typed, prefixes, plurals and synonyms."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from edu_app.search.query import Synonyms, parse, stems, words_of

HOSTILE = ['"', '""', "*", "-", "- leucemie", "NEAR", "NEAR(a b, 2)", "a AND", "OR OR",
           "NOT x", "(", ")", "(()", "leuc*", '"CAR T', "^start", "col:leucemie",
           "x" * 2000, "🧬🩸💉", "l'", "’", "_", "\x00", "a\u0301", "½ ²", "ᵃ", "Ⅻ", "ǅ",
           " ", "", "+", "{title}: leucemie", "'; DROP TABLE search; --"]


def test_plural_and_accents_fold_to_one_prefix():
    assert parse("leucemie").fts == parse("Leucémie").fts == '"leucemie"*'
    assert parse("LEUCÉMIES").fts.startswith('("leucemie"* OR ')
    assert stems("therapies") == ("therapie", "therapy")
    assert stems("hopitaux") == ("hopitau", "hopital")
    assert stems("car") == ("car",)


def test_elision_is_dropped():
    assert words_of("l'immunothérapie d’anticorps") == ["immunotherapie", "anticorps"]


def test_words_are_anded_and_quoted():
    parsed = parse('NEAR "leuc* AND')
    assert parsed.fts == '"near"* AND "leuc"* AND "and"*'


def test_glossary_form_widens_to_every_form(small_book):
    synonyms = Synonyms.from_book(small_book)
    for typed in ("CAR-T", "car t", "CART", "cellules CAR-T"):
        parsed = parse(typed, synonyms)
        assert parsed.terms == ("car-t-cell",), typed
        assert '"car t"' in parsed.fts and '"cart"' in parsed.fts
        assert "*" not in parsed.fts  # forms are whole words: "cart" must not find "carte"
        # the longer form is found through "car t", and still highlighted as a whole
        assert '"cellules car t"' not in parsed.fts
        assert ("cellules", "car", "t") in [p.tokens for p in parsed.patterns]
    leuc = parse("leucémie", synonyms)
    assert '"leukaemia"' in leuc.fts and '"leucemie"' in leuc.fts and '"leucemies"' in leuc.fts


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_valid_fts(text):
    _check_valid(text)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
@example("NEAR(\"a\" b)")
def test_any_text_is_valid_fts(text):
    _check_valid(text)


def _check_valid(text):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    db.execute("INSERT INTO t VALUES ('leucémie car t cells')")
    parsed = parse(text)
    if parsed.fts:
        db.execute("SELECT * FROM t WHERE t MATCH ?", (parsed.fts,)).fetchall()
    else:
        assert not parsed.words
