"""Printed pages as a family holds them: read back from the PDFs the command line writes.

The PDFs are made once per module (a handout takes a second to lay out) on the fixture
guide, with every clinic detail given on the command line so no saved setting counts.
"""

from __future__ import annotations

import io
import re

import pytest

from edu_app.handout import cli

from ..conftest import GUIDE
from .conftest import squash
from .pdfmeasure import footer_clearance, needs_pdftoppm, text_runs

PHONE = "01 23 45 67 89"
LONG_NAME = ("Centre hospitalier universitaire de Sainte-Marguerite-des-Monts, "
             "service d'hématologie et d'oncologie pédiatrique")
QUESTIONS = {"fr": "Mes questions", "en": "My questions"}
CLEAR = 6.0  # points of white kept above the footer's rule, at least


def make_pdf(folder, name, *args, clinic_name="", clinic_phone=""):
    """Run `edu-app handout` on the fixture guide; returns the PDF's path."""
    path = folder / f"{name}.pdf"
    argv = ["--content-dir", str(GUIDE), *args, "--clinic-name", clinic_name,
            "--clinic-phone", clinic_phone, "--clinic-note", "", "--out", str(path)]
    err = io.StringIO()
    assert cli.main(argv, stdout=io.StringIO(), stderr=err) == 0, err.getvalue()
    return path


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return tmp_path_factory.mktemp("pages")


PACK = ("--chapters", "car-t,centres", "--glossary", "--questions")


@pytest.fixture(scope="module", params=[(lang, phone) for lang in ("fr", "en")
                                        for phone in ("", PHONE)],
                ids=lambda p: f"{p[0]}-{'phone' if p[1] else 'no-phone'}")
def letter_large(request, qapp, folder):
    """The pack in large print on Letter, the paper the questions page spilled on."""
    lang, phone = request.param
    path = make_pdf(folder, f"letter-large-{lang}-{bool(phone)}", *PACK, "--lang", lang,
                    "--large-print", "--paper", "letter", clinic_phone=phone)
    return lang, phone, path


def _header(runs):
    """The runs of the running header: down to the first gap wider than its lines', at
    its size."""
    header = [runs[0]]
    for run in runs[1:]:
        if run.y - max(r.y for r in header) > 1.5 * runs[0].size:
            break
        if abs(run.size - runs[0].size) < 0.1:  # not a word drawn in a picture below it
            header.append(run)
    return header


def _footer(runs):
    """The runs of the running footer: "Page N of M" and the lines at its size beside
    and under it (a picture's words may be read with a wrong place, never at its size)."""
    page = next(r for r in reversed(runs) if re.match(r"Page\s+\d+", r.text))
    return [r for r in runs if abs(r.size - page.size) < 0.1
            and -1.5 * page.size < r.y - page.y < 2.5 * page.size]


def _body(runs):
    bands = _header(runs) + _footer(runs)
    return [r for r in runs if r not in bands]


def _body_text(runs) -> str:
    return squash("".join(r.text for r in _body(runs)))


def _questions_page(pages, lang):
    """1-based number of the page whose title is "My questions"."""
    found = [n for n, runs in enumerate(pages, 1)
             if _body_text(runs).startswith(squash(QUESTIONS[lang]))]
    assert len(found) == 1, found
    return found[0]


def test_my_questions_never_spill_onto_another_page(letter_large):
    lang, phone, path = letter_large
    pages = text_runs(path)
    page = _questions_page(pages, lang)
    following = _body_text(pages[page])  # the next page
    assert following.startswith("Sources"), following
    if phone:
        assert squash(PHONE) in squash("".join(r.text for r in pages[page - 1]))


@needs_pdftoppm
def test_nothing_on_the_questions_page_touches_the_footer(letter_large):
    lang, _phone, path = letter_large
    page = _questions_page(text_runs(path), lang)
    assert footer_clearance(path, page) >= CLEAR


@pytest.fixture(scope="module")
def large_sources(qapp, folder):
    return {lang: make_pdf(folder, f"large-sources-{lang}", "--chapters", "car-t",
                           "--lang", lang, "--large-print", "--paper", "a4",
                           clinic_name="Clinique des Lilas", clinic_phone=PHONE)
            for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_large_print_reaches_the_sources_header_and_footer(large_sources, lang):
    """Every word on the sources page is at least 16 points in large print, and the
    running header and footer at least 14 points (they were 11)."""
    pages = text_runs(large_sources[lang])
    first = next(n for n, runs in enumerate(pages) if _body_text(runs).startswith("Sources"))
    small = [(r.text, r.size) for runs in pages[first:] for r in _body(runs) if r.size < 16]
    assert not small
    for runs in pages:  # the header and footer of every page
        bands = _header(runs) + _footer(runs)
        assert min(r.size for r in bands) >= 14, bands


@pytest.fixture(scope="module", params=["normal", "large"])
def long_clinic(request, qapp, folder):
    large = ("--large-print",) if request.param == "large" else ()
    return {lang: make_pdf(folder, f"long-{lang}-{request.param}", *PACK, "--lang", lang,
                           "--paper", "letter", *large, clinic_name=LONG_NAME,
                           clinic_phone=PHONE)
            for lang in ("fr", "en")}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_long_clinic_name_wraps_and_keeps_the_phone(long_clinic, lang):
    for runs in text_runs(long_clinic[lang]):
        header = _header(runs)
        text = squash("".join(r.text for r in header))
        assert squash(LONG_NAME) in text and "…" not in text
        phone = [r for r in header if squash(PHONE) in squash(r.text)]
        assert phone, text  # whole, in one piece
        body = [r for r in runs if r not in header]
        assert min(r.y - r.size for r in body) > max(r.y for r in header)


def test_an_absurdly_long_clinic_name_still_leaves_the_phone(qapp, folder):
    path = make_pdf(folder, "absurd", "--chapters", "car-t", "--lang", "en",
                    clinic_name=LONG_NAME * 4, clinic_phone=PHONE)
    for runs in text_runs(path):
        assert any(squash(PHONE) in squash(r.text) for r in _header(runs))


@needs_pdftoppm
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_call_us_line_clears_the_footer_with_a_long_clinic(long_clinic, lang):
    path = long_clinic[lang]
    page = _questions_page(text_runs(path), lang)
    assert footer_clearance(path, page) >= CLEAR
