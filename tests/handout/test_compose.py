"""Composing a handout is plain Python: chapters, glossary words, sources, file name."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from edu_app.content.text import sort_key
from edu_app.handout import HandoutOptions, UnknownChapterError, compose_handout
from edu_app.handout.compose import chapter_order, default_paper, suggested_file_name


def test_chapters_come_in_reading_order_once(book):
    assert chapter_order(book, ["centres", "car-t", "centres", " "]) == ["car-t", "centres"]


def test_unknown_chapter_ids_are_named(book):
    with pytest.raises(UnknownChapterError) as caught:
        compose_handout(book, HandoutOptions(chapters=("car-t", "nope", "zzz"), lang="en"))
    assert caught.value.unknown == ["nope", "zzz"]
    assert caught.value.known == book.order


def test_paper_defaults_follow_the_language():
    assert default_paper("fr") == "a4"
    assert default_paper("en") == "letter"
    assert HandoutOptions(chapters=(), lang="en", paper="a4").paper_size == "a4"
    assert HandoutOptions(chapters=(), lang="en").paper_size == "letter"


def test_handout_holds_only_the_chosen_chapters(book):
    composed = compose_handout(book, HandoutOptions(chapters=("car-t", "centres"), lang="en"))
    assert [c.id for c in composed.chapters] == ["car-t", "centres"]
    for cid in book.order:
        anchor = f'name="handout-ch-{cid}"'
        assert (anchor in composed.html) == (cid in ("car-t", "centres"))


def test_citations_are_numbered_once_for_the_whole_handout(book):
    composed = compose_handout(book, HandoutOptions(chapters=("car-t", "centres"), lang="en"))
    assert composed.sources  # the sources section lists them in this order
    for number, _sid in enumerate(composed.sources, start=1):
        assert f'<span class="cite">[{number}]</span>' in composed.html
    assert "sources:#" not in composed.html  # no dead links on paper
    assert 'href="chapter:' not in composed.html


def test_pictures_can_be_left_out(book):
    with_pictures = compose_handout(book, HandoutOptions(chapters=("car-t",), lang="fr"))
    without = compose_handout(book, HandoutOptions(chapters=("car-t",), lang="fr",
                                                   pictures=False))
    assert "<img" in with_pictures.html
    assert "<img" not in without.html and 'class="caption"' not in without.html


def test_clinic_details_are_escaped(book):
    composed = compose_handout(book, HandoutOptions(
        chapters=("car-t",), lang="en", clinic_name="<b>Clinic & Co</b>"))
    assert "&lt;b&gt;Clinic &amp; Co&lt;/b&gt;" in composed.html


def test_glossary_words_are_the_ones_the_reader_marks(book):
    from edu_app.render import PageStyle, render_chapter

    composed = compose_handout(book, HandoutOptions(chapters=("car-t", "results"), lang="fr",
                                                    glossary=True))
    marked = set()
    for cid in ("car-t", "results"):
        html = render_chapter(book, cid, "fr", PageStyle(mark_all_terms=True)).html
        marked |= set(re.findall(r'href="glossary:([^"]+)"', html))
    assert marked and set(composed.terms) == marked


def test_glossary_is_in_alphabetical_order_ignoring_accents(book):
    composed = compose_handout(book, HandoutOptions(chapters=tuple(book.order), lang="fr",
                                                    glossary=True))
    words = [book.glossary[tid].text["fr"].term for tid in composed.terms]
    assert words == sorted(words, key=sort_key)
    assert any(w[0] in "éÉ" for w in words)  # accented words sorted with their letter


def test_no_pictures_leaves_caption_words_out_of_the_glossary(book):
    with_pictures = compose_handout(book, HandoutOptions(chapters=tuple(book.order), lang="en",
                                                         glossary=True))
    without = compose_handout(book, HandoutOptions(chapters=tuple(book.order), lang="en",
                                                   glossary=True, pictures=False))
    assert set(without.terms) <= set(with_pictures.terms)
    assert "<img" not in without.html and 'class="figure"' not in without.html


def test_glossary_only_when_asked(book):
    plain = compose_handout(book, HandoutOptions(chapters=("car-t",), lang="en"))
    asked = compose_handout(book, HandoutOptions(chapters=("car-t",), lang="en", glossary=True))
    assert plain.terms == [] and "handout-glossary" not in plain.html
    assert asked.terms and "handout-glossary" in asked.html


def test_suggested_file_name_has_title_language_and_date(book):
    options = HandoutOptions(chapters=("car-t",), lang="fr", printed=dt.date(2026, 1, 2))
    name = suggested_file_name(book, options)
    assert name.endswith("-fr-2026-01-02.pdf")
    assert name.isascii() and " " not in name


def test_printed_documents_share_one_page_head():
    """The handout and the essentials page extend one base template: their page head
    (language, title, style sheet) is written once."""
    from importlib.resources import files

    folder = files("edu_app.handout") / "templates"
    for name in ("handout.html", "essentials.html"):
        text = (folder / name).read_text(encoding="utf-8")
        assert text.startswith('{% extends "base.html" %}'), name
        assert "<head>" not in text and "<style>" not in text, name
    assert "<head>" in (folder / "base.html").read_text(encoding="utf-8")
