""""CAR T-cells" on paper: never split at a line's end, and the PDF's text reads it with
its real hyphen (issue 17, item 17: the text layer read "CAR Tcells" where a line broke
after "T-", and a PDF reader joins such lines without the hyphen)."""

from __future__ import annotations

import re

import pytest

from .conftest import pdf_pages

SPLIT = re.compile(r"T-[ \t]*\n|CAR[ \t]*\n[ \t]*T-")  # a line ending in "T-" or "CAR"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("large_print", [False, True])
def test_the_term_stays_on_one_line_with_its_hyphen(make_handout, lang, large_print):
    _document, path = make_handout(
        f"terms-{lang}-{large_print}.pdf", lang=lang, large_print=large_print,
        chapters=["car-t", "immunotherapy", "results", "gene-therapy"], glossary=True)
    raw = "\n".join(pdf_pages(path))
    assert SPLIT.findall(raw) == []
    text = re.sub(r"\s+", " ", raw)
    assert "CAR T-cell" in text  # the real hyphen-minus, not U+2011
    assert "\u2011" not in text and "\u2028" not in text
