"""The essentials on one page, read back from the PDF (pypdf), on the fixture guide.

One page in normal print, at most two in large print, in both languages and on both
papers; the five questions with their boxes, the caveats, the clinic's details and the
sources are on the page; the command line makes the same PDF.
"""

from __future__ import annotations

import io
import itertools
import shutil

import pytest

from edu_app.handout import HandoutOptions, cli
from edu_app.handout.essentials import NoEssentialsError, compose_essentials, split_sections

from ..conftest import GUIDE
from .conftest import PRINTED, pdf_pages, squash

CLINIC = {"clinic_name": "Clinique des Lilas", "clinic_phone": "01 23 45 67 89"}
CAVEAT = {"en": "Caveat: a small group, and no one knows for how long.",
          "fr": "Réserve : un petit groupe, durée inconnue."}
QUESTION = {"en": "Question {} for the team?", "fr": "Question {} pour l’équipe ?"}
WORDS = ("alpha", "bravo", "charlie", "delta", "echo")


def _pdf(book, tmp_path, **options):
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import write_pdf

    options.setdefault("printed", PRINTED)
    composed = compose_essentials(book, HandoutOptions(chapters=(), **options))
    document = build_document(composed)
    name = "-".join(str(v) for v in options.values() if isinstance(v, str | bool))
    return document, write_pdf(document, tmp_path / f"{name}.pdf")


@pytest.mark.parametrize(("lang", "paper"), list(itertools.product(("en", "fr"), ("a4", "letter"))))
def test_one_page_with_questions_caveats_clinic_and_sources(book, qapp, tmp_path, lang, paper):
    document, path = _pdf(book, tmp_path, lang=lang, paper=paper, **CLINIC)
    pages = pdf_pages(path)
    assert len(pages) == 1 == document.page_count
    text = squash(pages[0])
    for word in WORDS:
        assert squash(QUESTION[lang].format(word)) in text
    assert squash(CAVEAT[lang]) in text
    assert squash("Clinique des Lilas") in text and squash("01 23 45 67 89") in text
    assert squash("‘Ghost’ army of blood cells attack cancer") in text  # the sources
    reviewed = "Reviewed on 2 October 2026" if lang == "en" else "Relu le 2 octobre 2026"
    assert squash(reviewed) in text


def test_each_question_has_a_box_to_tick(book):
    composed = compose_essentials(book, HandoutOptions(chapters=(), lang="en"))
    rows = composed.html.split('<td class="tick"')[1:]
    assert len(rows) == 5
    for word, row in zip(WORDS, rows, strict=True):
        assert QUESTION["en"].format(word) in row.split("</tr>")[0]
    headings = [h.split(">")[-1] for h in composed.html.split("</h2>")[:-1]]
    assert headings == ["If your child has it", "Who it was for in 2018", "The figures",
                        "Not in the sources", "Five questions"]
    assert composed.reviewed.isoformat() == "2026-10-02"


def test_sections_are_found_by_their_ids(book):
    from edu_app.render import markdown_to_html

    html, _, _ = markdown_to_html(book, book.essentials["fr"].body, "fr")
    lead, sections = split_sections(html)
    assert "Guard cells" in lead
    assert list(sections) == ["steps", "who-2018", "figures", "not-known", "questions"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_large_print_takes_at_most_two_pages_and_keeps_everything(book, qapp, tmp_path, lang):
    document, path = _pdf(book, tmp_path, lang=lang, large_print=True, **CLINIC)
    pages = pdf_pages(path)
    assert 1 <= len(pages) <= 2
    text = squash("".join(pages))
    assert all(squash(QUESTION[lang].format(w)) in text for w in WORDS)
    assert squash(CAVEAT[lang]) in text and squash("Clinique des Lilas") in text


def test_without_clinic_details_there_is_no_clinic_box(book):
    composed = compose_essentials(book, HandoutOptions(chapters=(), lang="fr"))
    assert 'class="clinic"' not in composed.html
    composed = compose_essentials(book, HandoutOptions(chapters=(), lang="fr", **CLINIC))
    assert 'class="clinic"' in composed.html


def test_the_command_line_writes_the_essentials(qapp, settings, tmp_path):
    target = tmp_path / "essentials.pdf"
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--content-dir", str(GUIDE), "--essentials", "--lang", "fr",
                     "--clinic-name", "Clinique des Lilas", "--clinic-phone", "01 23 45 67 89",
                     "--out", str(target)], settings=settings, stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    assert "1 page," in out.getvalue() and "French" in out.getvalue()
    pages = pdf_pages(target)
    assert len(pages) == 1
    assert squash(CAVEAT["fr"]) in squash(pages[0])
    assert squash("Clinique des Lilas") in squash(pages[0])


def test_a_book_without_essentials_is_exit_4(qapp, settings, tmp_path):
    book_copy = tmp_path / "book"
    shutil.copytree(GUIDE.parent, book_copy)
    for lang in ("en", "fr"):
        (book_copy / "content" / lang / "essentials.md").unlink()
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(["--content-dir", str(book_copy / "content"), "--essentials",
                     "--out", str(tmp_path / "x.pdf")], settings=settings, stdout=out,
                    stderr=err)
    assert code == 4 and "no essentials" in err.getvalue()
    assert not (tmp_path / "x.pdf").exists()


def test_compose_without_essentials_raises(book):
    import dataclasses

    empty = dataclasses.replace(book, essentials={})
    with pytest.raises(NoEssentialsError):
        compose_essentials(empty, HandoutOptions(chapters=()))
