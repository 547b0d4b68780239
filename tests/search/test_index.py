"""SearchIndex on a small fixed book (exact answers) and on the shipped guide (stable words)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu_app.search import SearchIndex
from edu_app.search.index import marked_to_html

from .test_query import HOSTILE


def places(hits, lang=None):
    return [(h.ref_id, h.section_id) for h in hits
            if h.kind == "chapter" and (lang is None or h.lang == lang)]


@pytest.mark.parametrize("typed", ["leucemie", "Leucémie", "LEUCÉMIES", "leucémies",
                                   "LEUCEMIE", "leuc"])
def test_accents_case_plural_and_prefix_find_the_french_section(small_index, typed):
    hits = small_index.query(typed, "fr")
    assert places(hits, "fr")[0] == ("blood", "leukaemia")


@pytest.mark.parametrize("typed", ["leukaemia", "LEUKAEMIAS", "Leukæmia", "leukae"])
def test_english_both_ways(small_index, typed):
    assert places(small_index.query(typed, "en"), "en")[0] == ("blood", "leukaemia")


def test_current_language_first_then_the_other(small_index):
    hits = small_index.query("leucémie", "en")
    langs = [h.lang for h in hits]
    assert langs[0] == "en" and "fr" in langs
    assert langs == sorted(langs, key=lambda lang: lang != "en")
    # a synonym from the glossary reaches the English text from a French word
    assert ("blood", "leukaemia") in places(hits, "en")


@pytest.mark.parametrize("typed", ["CAR-T", "CAR T", "cellules CAR-T", "CART", "car t-cells"])
def test_lay_synonyms_reach_the_same_sections(small_index, typed):
    for lang in ("fr", "en"):
        found = places(small_index.query(typed, lang), lang)
        assert found[0] == ("cells", "car-t"), (typed, lang, found)
        assert ("cells", "other") not in found  # "car tout" is not "CAR T"
        assert ("blood", "hospitals") not in found  # nor is "carte"


def test_hits_carry_titles_snippets_and_terms(small_index):
    hits = small_index.query("hopitaux", "fr")
    first = hits[0]
    assert (first.kind, first.ref_id, first.section_id) == ("chapter", "blood", "hospitals")
    assert first.title == "Les cancers du sang › Les hôpitaux"
    assert "<b>hôpitaux</b>" in first.snippet or "<b>hôpital</b>" in first.snippet
    assert first.url == "chapter:blood#hospitals"
    terms = [h for h in small_index.query("leucémie", "fr") if h.kind == "term"]
    assert terms[0].ref_id == "leukaemia" and terms[0].url == "glossary:leukaemia"
    sub = places(small_index.query("après laboratoire", "fr"))
    assert sub[0] == ("cells", "after")


def test_markup_and_citations_are_not_indexed(small_index):
    assert small_index.query("src", "en") == []
    assert small_index.query("glossary", "en") == []
    assert small_index.query("keypoints", "en") == []
    assert places(small_index.query("key points", "en"))[0] == ("blood", "hospitals")


def test_snippet_html_is_escaped():
    assert marked_to_html("<script>\x02x\x03 & y") == "&lt;script&gt;<b>x</b> &amp; y"


def test_empty_and_hostile_queries_give_lists(small_index):
    assert small_index.query("", "fr") == []
    assert small_index.query("   ", "en") == []
    for text in HOSTILE:
        assert isinstance(small_index.query(text, "fr"), list)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2100), st.sampled_from(["fr", "en", "de", ""]))
def test_no_input_raises(small_index, text, lang):
    hits = small_index.query(text, lang)
    assert all(h.snippet.count("<b>") == h.snippet.count("</b>") for h in hits)


def test_index_is_built_lazily(small_book):
    index = SearchIndex(small_book)
    assert not index.built
    index.query("", "fr")
    assert not index.built
    index.query("sang", "fr")
    assert index.built


# --- the shipped guide: words that every version of the chapters keeps -----------------
def test_guide_leukaemia_both_languages(guide_index):
    for typed in ("leucemie", "Leucémie", "LEUCÉMIES"):
        hits = guide_index.query(typed, "fr")
        assert places(hits, "fr"), typed
        assert places(hits, "en"), typed  # through the glossary's English forms
    assert places(guide_index.query("leukaemia", "en"), "en")


def test_guide_car_t_synonyms(guide_index):
    tops = {typed: places(guide_index.query(typed, "en"), "en")[:3]
            for typed in ("CAR-T", "CAR T", "CART", "cellules CAR-T")}
    assert all(("car-t", "") in top or any(c == "car-t" for c, _ in top)
               for top in tops.values()), tops
