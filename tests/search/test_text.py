"""Folding, position mapping and Markdown stripping: the ground the index stands on."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from edu_app.search.text import (
    Pattern,
    fold,
    fold_with_map,
    key,
    markdown_to_plain,
    substring_spans,
    word_spans,
)


def test_fold_removes_accents_and_case_both_ways():
    assert fold("LEUCÉMIES") == fold("leucemies") == "leucemies"
    assert fold("Thérapie génique") == "therapie genique"
    assert fold("cœur") == "coeur"
    assert key("CAR-T") == key("car t") == key("CART") == "cart"


@given(st.text())
def test_fold_with_map_points_into_the_original(text):
    folded, where = fold_with_map(text)
    assert len(folded) == len(where)
    assert all(0 <= i < len(text) for i in where)
    assert where == sorted(where)


def test_substring_spans_map_back_through_ligatures_and_accents():
    text = "Le cœur et la Leucémie, puis LEUCEMIE."
    spans = substring_spans(text, "leucémie")
    assert [text[a:b] for a, b in spans] == ["Leucémie", "LEUCEMIE"]
    assert [text[a:b] for a, b in substring_spans(text, "coeur")] == ["cœur"]
    # a decomposed accent (e + U+0301) is two characters in the original
    decomposed = "une leuce\u0301mie"
    (a, b), = substring_spans(decomposed, "leucemie")
    assert decomposed[a:b] == "leuce\u0301mie"
    assert substring_spans(text, "   ") == []


def test_word_spans_match_prefixes_and_phrases():
    text = "Les CAR T-cells et les lymphocytes T. Car tout va bien."
    spans = word_spans(text, [Pattern(("lymphocyte",))])
    assert [text[a:b] for a, b in spans] == ["lymphocytes"]
    spans = word_spans(text, [Pattern(("car", "t"), prefix=False)])
    assert [text[a:b] for a, b in spans] == ["CAR T"]
    spans = word_spans(text, [Pattern(("car", "t", "cell"))])
    assert [text[a:b] for a, b in spans] == ["CAR T-cells"]


def test_markdown_to_plain_strips_markup_citations_and_ids():
    lines = [
        "Some **bold** and *italic* text. [@connexion-2018]",
        "",
        "- a [link](chapter:car-t#steps) here",
        "- second item",
        "![Alt words](pic.svg \"The caption\")",
        "!!! keypoints \"Key points\"",
        "    - point {#anchor}",
        "<span>raw</span> &amp; more",
    ]
    plain = markdown_to_plain(lines)
    for gone in ("**", "[@", "chapter:", "pic.svg", "{#", "<span>", "!!!", "&amp;"):
        assert gone not in plain
    for kept in ("Some bold and italic text.", "a link here", "Alt words · The caption",
                 "Key points", "raw & more"):
        assert kept in plain
    assert "here · second item" in plain
