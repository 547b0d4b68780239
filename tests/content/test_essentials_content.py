"""The shipped essentials: checked like a chapter, and one printed page (two in large print).

Read back from the PDF with pypdf, in both languages, on A4 and Letter, with a clinic's
name and phone on the page, in the reading typeface the command line and the app use.
"""

from __future__ import annotations

import itertools
import re

import pytest

from edu_app.check.essentials_rules import ESSENTIALS_SECTIONS, count_items, section_text
from edu_app.content import default_content_dir, load_book

BOOK = load_book(default_content_dir())
CLINIC = {"clinic_name": "Hôpital Robert-Debré, hématologie pédiatrique",
          "clinic_phone": "01 23 45 67 89"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_essentials_have_every_part_of_the_page(lang):
    chapter = BOOK.essentials[lang]
    ids = [s.id for s in chapter.sections if s.level == 2]
    assert ids == list(ESSENTIALS_SECTIONS)
    assert count_items(section_text(chapter, "questions")) == 5
    assert count_items(section_text(chapter, "steps")) == 5
    assert "[@care-team]" in section_text(chapter, "not-known"), "the side-effects sentence"


@pytest.mark.parametrize(("lang", "paper", "large"),
                         list(itertools.product(("en", "fr"), ("a4", "letter"), (False, True))))
def test_one_page_in_normal_print_two_in_large(qapp, tmp_path, lang, paper, large):
    from pypdf import PdfReader

    from edu_app.handout import HandoutOptions
    from edu_app.handout.essentials import compose_essentials
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import write_pdf
    from edu_app.qt.fonts import load_fonts

    load_fonts(BOOK.assets)
    options = HandoutOptions(chapters=(), lang=lang, paper=paper, large_print=large, **CLINIC)
    path = write_pdf(build_document(compose_essentials(BOOK, options)), tmp_path / "e.pdf")
    pages = PdfReader(str(path)).pages
    assert len(pages) == (2 if large else 1)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in pages))
    assert "01 23 45 67 89" in text and "Robert-Debré" in text


def test_the_childrens_chapter_prints_from_the_command_line(qapp, tmp_path):
    import io

    from pypdf import PdfReader

    from edu_app.handout import cli

    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "kids.pdf"
    code = cli.main(["--chapters", "for-children", "--lang", "fr", "--clinic-name", "",
                     "--clinic-phone", "", "--clinic-note", "", "--out", str(target)],
                    stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in PdfReader(
        str(target)).pages))
    assert "tes cellules gardiennes" in text and "Au laboratoire" in text
