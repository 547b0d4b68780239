"""A handout's sources page, read back from the PDF: sentences and dates as on screen
(issue 17, item 18: « auteur non cité. », « 2018-02-27 », « (vers 2018). 2018. »)."""

from __future__ import annotations

import re

import pytest

from .conftest import pdf_pages

ISO = re.compile(r"\b\d{4}-\d{2}(-\d{2})?\b")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_handout_sources_page_on_paper(make_handout, lang):
    _document, path = make_handout(f"sources-{lang}.pdf", lang=lang,
                                   chapters=["immunotherapy"])
    text = re.sub(r"\s+", " ", " ".join(pdf_pages(path)))
    assert {"fr": "Auteur non cité.", "en": "Author not named."}[lang] in text
    assert {"fr": "27 février 2018", "en": "27 February 2018"}[lang] in text
    assert not ISO.search(text), ISO.search(text)
    assert not re.search(r"(\d{4})\)\. \1\.", text)
