"""Glossary marking in chapters: which words become `glossary:` links, in both languages.

The table below is the contract for authors: elision, case, plurals, the longest form,
whole words, and the places a word is never marked (headings, links, code, picture text).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu_app.content import load_book
from edu_app.content.model import Book, Term, TermText
from edu_app.content.text import build_matcher, keep_whole
from edu_app.render import PageStyle, markdown_to_html, render_chapter
from edu_app.render.glossary_ext import GlossaryExtension, book_matcher

from ..content.test_loader import CHAPTER, write_book

TERMS = {
    "t-cell": (["T-cell", "T-cells", "T cell", "T cells"], ["lymphocyte T", "lymphocytes T"]),
    "lymphocyte": (["lymphocyte", "lymphocytes"], ["lymphocyte", "lymphocytes"]),
    "car-t-cell": (["CAR T-cell", "CAR T-cells"], ["CAR T-cells", "cellules CAR-T"]),
    "immunotherapy": (["immunotherapy"], ["immunothérapie", "immunothérapies"]),
    "antibody": (["antibody", "antibodies"], ["anticorps"]),
    "leukaemia": (["leukaemia", "leukemia"], ["leucémie", "leucémies"]),
    "care-team": (["care team"], ["équipe soignante"]),
    "cure": (["cure"], ["guérison"]),
}


def _book() -> Book:
    glossary = {
        tid: Term(tid, {
            "en": TermText(en[0], tuple(en), f"{tid} in short", f"{tid} defined."),
            "fr": TermText(fr[0], tuple(fr), f"{tid} en bref", f"{tid} défini."),
        }, ())
        for tid, (en, fr) in TERMS.items()
    }
    return Book(Path("/nonexistent/content"), {}, {}, "1", None, [], {}, {}, glossary, {})


BOOK = _book()
MARK_RE = re.compile(r'<a class="term" href="glossary:([\w-]+)"'
                     r' style="text-underline-style: dotted" title="[^"]*">([^<]*)</a>')


def marks(body: str, lang: str, mark_all: bool = False) -> list[tuple[str, str]]:
    html, _cited, _dropped = markdown_to_html(
        BOOK, body, lang, (GlossaryExtension(BOOK, lang, mark_all=mark_all),))
    return [(text, tid) for tid, text in MARK_RE.findall(html)]


CASES = [
    # (language, Markdown, expected marks as (text, term id))
    ("en", "A T-cell kills sick cells.", [("T-cell", "t-cell")]),
    ("en", "T-CELLS and then t-cells.", [("T-CELLS", "t-cell")]),  # case; first only
    ("en", "Lymphocytes help.", [("Lymphocytes", "lymphocyte")]),  # plural and capital
    ("en", "CAR T-cells are made from T-cells.",
     [("CAR T-cells", "car-t-cell"), ("T-cells", "t-cell")]),  # longest form first
    ("en", "It is secure; they cured it; a cure.", [("cure", "cure")]),  # whole words only
    ("en", "T-cellular and non-immunotherapy drugs.", []),  # no match inside hyphened words
    ("en", "Ask your care\nteam.", [("care\nteam", "care-team")]),  # line break in a form
    ("en", "Ask your care\u00a0team.", [("care\u00a0team", "care-team")]),
    ("en", "A T\u2011cell (non-breaking hyphen).", [("T\u2011cell", "t-cell")]),
    ("en", "Your child's T-cells.", [("T-cells", "t-cell")]),
    ("en", "**T-cells** help *leukaemia* care.",
     [("T-cells", "t-cell"), ("leukaemia", "leukaemia")]),  # inside emphasis
    ("en", "## About T-cells {#t}\n\nNo term here.", []),  # headings are never marked
    ("en", "See [T-cells](chapter:car-t).", []),  # nor links
    ("en", "Type `T-cells` or\n\n    T-cells in code\n", []),  # nor code
    ("en", "![T-cells at work](missing.svg)", []),  # nor a picture's text
    ("en", "[these cells](glossary:t-cell) are T-cells.",
     [("these cells", "t-cell")]),  # the author's link counts as the mark
    ("en", "T-cells.\n\nT-cells again.\n\n## Two {#two}\n\nT-cells once more.",
     [("T-cells", "t-cell"), ("T-cells", "t-cell")]),  # first in each section
    ("en", "!!! keypoints \"Key points\"\n    - Antibodies and leukemia.",
     [("Antibodies", "antibody"), ("leukemia", "leukaemia")]),  # inside a box
    ("fr", "L'immunothérapie aide.", [("immunothérapie", "immunotherapy")]),  # elision
    ("fr", "Beaucoup d’anticorps.", [("anticorps", "antibody")]),  # typographic apostrophe
    ("fr", "Qu'immunothérapie, n'anticorps, s'équipe soignante.",
     [("immunothérapie", "immunotherapy"), ("anticorps", "antibody"),
      ("équipe soignante", "care-team")]),
    ("fr", "LA LEUCÉMIE.", [("LEUCÉMIE", "leukaemia")]),  # capitals with accents
    ("fr", "La leuce\u0301mie (accent combinant).", [("leucémie", "leukaemia")]),  # NFD text
    ("fr", "Les lymphocytes T sont des lymphocytes.",
     [("lymphocytes T", "t-cell"), ("lymphocytes", "lymphocyte")]),
    ("fr", "Les lymphocytes Tom et Léa.", [("lymphocytes", "lymphocyte")]),
    ("fr", "Les immunothérapies et l'Équipe soignante.",
     [("immunothérapies", "immunotherapy"), ("Équipe soignante", "care-team")]),
    ("fr", "Des cellules CAR-T, puis des CAR T-cells.",
     [("cellules CAR-T", "car-t-cell")]),  # two forms, one term: first occurrence only
    ("fr", "La guérisons et l'anticorpsx ne comptent pas.", []),
    ("fr", "## La leucémie {#l}\n\nTexte.\n\n### Les anticorps\n\nDes anticorps.",
     [("anticorps", "antibody")]),
]


@pytest.mark.parametrize(("lang", "body", "expected"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_linking_cases(lang: str, body: str, expected: list[tuple[str, str]]) -> None:
    assert marks(body, lang) == expected


def test_every_occurrence_when_asked() -> None:
    body = "T-cells.\n\nT-cells again, T-cells.\n\n## Two {#two}\n\nT-cells once more."
    assert len(marks(body, "en")) == 2
    assert len(marks(body, "en", mark_all=True)) == 4


def test_marks_carry_the_short_definition_as_title() -> None:
    html, _, _ = markdown_to_html(BOOK, "Les anticorps.", "fr",
                                  (GlossaryExtension(BOOK, "fr"),))
    assert ('<a class="term" href="glossary:antibody" style="text-underline-style: dotted"'
            ' title="antibody en bref">anticorps</a>') in html


def test_author_link_gets_the_term_look_and_title() -> None:
    html, _, _ = markdown_to_html(BOOK, "[them](glossary:t-cell)", "en",
                                  (GlossaryExtension(BOOK, "en"),))
    assert 'class="term"' in html and 'title="t-cell in short"' in html


def test_text_around_marks_is_kept_exactly() -> None:
    body = "Before T-cells, between lymphocytes and after *x* leukaemia end."
    html, _, _ = markdown_to_html(BOOK, body, "en", (GlossaryExtension(BOOK, "en"),))
    assert re.sub(r"<[^>]+>", "", html) == "Before T-cells, between lymphocytes and after x " \
                                           "leukaemia end."


def test_collecting_without_links() -> None:
    found: list[str] = []
    html, _, _ = markdown_to_html(BOOK, "Leukaemia, T-cells and the care team.", "en",
                                  (GlossaryExtension(BOOK, "en", link=False, found=found),))
    assert "glossary:" not in html
    assert found == ["leukaemia", "t-cell", "care-team"]


def test_the_matcher_is_built_once_per_book_and_language() -> None:
    assert book_matcher(BOOK, "en") is book_matcher(BOOK, "en")
    assert book_matcher(BOOK, "en") is not book_matcher(BOOK, "fr")


def test_a_changed_glossary_with_as_many_terms_is_marked_anew() -> None:
    """The matcher is cached per glossary; replacing a term (same number of terms) must
    rebuild it, or the page keeps marking the old forms."""
    book = _book()
    assert marks_in(book, "The care team and the nurse.") == [("care team", "care-team")]
    book.glossary["care-team"] = Term("care-team", {
        "en": TermText("nurse", ("nurse",), "nurse in short", "nurse defined."),
        "fr": TermText("infirmière", ("infirmière",), "en bref", "défini."),
    }, ())
    assert marks_in(book, "The care team and the nurse.") == [("nurse", "care-team")]


def marks_in(book: Book, body: str, lang: str = "en") -> list[tuple[str, str]]:
    html, _cited, _dropped = markdown_to_html(book, body, lang, (GlossaryExtension(book, lang),))
    return [(text, tid) for tid, text in MARK_RE.findall(html)]


def test_a_form_claimed_twice_keeps_its_first_owner() -> None:
    matcher = build_matcher([("cell", "a"), ("Cell", "b"), ("cells", "b")])
    assert [tid for _s, _e, tid in matcher.find("cell cells")] == ["a", "b"]


def test_an_empty_glossary_marks_nothing() -> None:
    assert list(build_matcher([]).find("anything")) == []


# --- the shipped book ------------------------------------------------------------------
def test_chapters_are_marked_on_screen_and_the_handout_lists_the_same_words(book) -> None:
    """The handout finds its glossary words with the reader's marker, without links."""
    from edu_app.handout import HandoutOptions, compose_handout

    for lang in ("en", "fr"):
        on_screen: set[str] = set()
        for cid in book.order:
            rendered = render_chapter(book, cid, lang)
            found = MARK_RE.findall(rendered.html)
            assert found, (cid, lang)
            assert {tid for tid, _ in found} <= set(book.glossary)
            for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", rendered.html, re.S):
                assert 'class="term"' not in heading, heading
            on_screen |= set(rendered.terms)
        handout = compose_handout(book, HandoutOptions(tuple(book.order), lang, glossary=True,
                                                       pictures=True))
        assert "href=" not in handout.html, "links mean nothing on paper"
        assert set(handout.terms) == on_screen


def test_first_in_section_by_default_and_all_on_request(book) -> None:
    default = render_chapter(book, "car-t", "en").html
    every = render_chapter(book, "car-t", "en", PageStyle(mark_all_terms=True)).html
    assert len(MARK_RE.findall(every)) > len(MARK_RE.findall(default))
    sections = re.split(r"<h2", default.split('class="chapter"')[1])
    for section in sections:
        ids = [tid for tid, _ in MARK_RE.findall(section)]
        assert len(ids) == len(set(ids)), "a term is marked twice in one section"


def test_fallback_chapter_is_marked_in_its_own_language(tmp_path) -> None:
    root = write_book(tmp_path / "b", {
        "en": {"01-one.md": CHAPTER.format(id="one", title="One") + "\nThe T-cells.\n"},
        "fr": {}})
    (root / "glossary.toml").write_text(GLOSSARY, encoding="utf-8")
    rendered = render_chapter(load_book(root), "one", "fr")
    assert rendered.fallback and 'href="glossary:t-cell"' in rendered.html


# --- bad input: reported with file and line, and the chapter still renders -----------
GLOSSARY = """[t-cell]
related = []

[t-cell.en]
term = "T-cell"
forms = ["T-cell", "T-cells"]
short = "A white blood cell."
definition = "A white blood cell that kills sick cells."

[t-cell.fr]
term = "lymphocyte T"
forms = ["lymphocyte T", "lymphocytes T"]
short = "Un globule blanc."
definition = "Un globule blanc qui tue les cellules malades."
"""

BAD_GLOSSARY = GLOSSARY + """
[team]
related = []

[team.en]
term = "team"
forms = ["team", "t-cells", "-cell"]
short = ""
definition = ""

[team.fr]
term = "équipe"
forms = ["équipe", "l'équipe"]
short = "Les soignants."
definition = "Les soignants de l'enfant."
"""


def test_bad_glossary_input_is_reported_with_file_and_line(tmp_path) -> None:
    bad_link = CHAPTER.format(id="one", title="One") + "\nSee [them](glossary:ghost).\n" \
        "Not a link: `[x](glossary:code)`.\n"
    root = write_book(tmp_path / "b", {
        "en": {"01-one.md": bad_link, "02-two.md": CHAPTER.format(id="two", title="Two")},
        "fr": {"01-one.md": CHAPTER.format(id="one", title="Un"),
               "02-two.md": CHAPTER.format(id="two", title="Deux")}})
    (root / "glossary.toml").write_text(BAD_GLOSSARY, encoding="utf-8")
    book = load_book(root)
    found = {(p.file, p.line, p.code) for p in book.problems}
    team = book.glossary["team"].line  # the loader's line for the [team] table
    assert ("en/01-one.md", 18, "unknown-term") in found  # the line of the link
    assert not any("'code'" in p.message for p in book.problems)
    assert ("glossary.toml", team, "duplicate-form") in found  # "t-cells" is t-cell's
    assert ("glossary.toml", 21, "glossary-form") in found  # "-cell": its `forms` line
    assert ("glossary.toml", team, "glossary") in found  # empty definition
    assert ("glossary.toml", 27, "glossary-form") in found  # "l'équipe": an elision
    rendered = render_chapter(book, "one", "en")
    assert "glossary:ghost" in rendered.html and "them" in rendered.html


def test_shipped_book_has_no_glossary_problems(book) -> None:
    codes = {"unknown-term", "duplicate-form", "glossary-form", "glossary"}
    assert [p for p in book.problems if p.code in codes] == []


# --- the A–Z page ------------------------------------------------------------------------
def test_glossary_page_lists_every_term_under_its_letter_with_both_languages(book) -> None:
    from edu_app.render.glossary_page import glossary_html

    html = glossary_html(book, "en")
    for tid, term in book.glossary.items():
        assert f'<a name="{tid}" href="#{tid}" class="term-self">' in html
        assert keep_whole(term.text["fr"].term).replace("'", "&#39;") in html
    assert '<a href="#letter-t"><b>T</b></a>' in html and '<a name="letter-t"></a>' in html
    assert '<span class="no-letter">Z</span>' in html
    fr = glossary_html(book, "fr")
    assert "En anglais\u00a0:" in fr and "<b lang=\"en\">T\u2011cell</b>" in fr


@pytest.mark.parametrize(("typed", "expected"), [
    ("leucemie", {"leukaemia", "acute-leukaemia", "myeloid-leukaemia"}),
    ("LEUCÉMIE", {"leukaemia"}),
    ("t cell", {"t-cell", "car-t-cell"}),
    ("  Lymphocyte ", {"lymphocyte", "t-cell"}),
])
def test_glossary_filter_ignores_accents_case_and_hyphens(book, typed, expected) -> None:
    from edu_app.render.glossary_page import entries

    shown = {e.id for e in entries(book, "fr", typed)}
    assert expected <= shown
    assert len(shown) < len(book.glossary)


def test_glossary_filter_with_no_match_says_so(book) -> None:
    from edu_app.render.glossary_page import glossary_html

    html = glossary_html(book, "fr", filter_text="zzzz")
    assert "Aucun mot ne contient «\u00a0zzzz\u00a0»" in html
    assert "class=\"term-name\"" not in html
    assert "&lt;b&gt;" in glossary_html(book, "en", filter_text="<b>")  # escaped
