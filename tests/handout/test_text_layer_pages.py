"""The PDF's text layer holds each line once: a line laid out right at a page's edge was
drawn, clipped away, on the page above as well as on its own page, so a PDF reader's
search, copy and reading aloud met it twice (found reading the handouts back with pypdf:
a glossary word's heading at the foot of one page and the top of the next)."""

from __future__ import annotations

import pytest

from .conftest import pdf_pages, squash


def _lines(page: str) -> list[str]:
    return [squash(line) for line in page.splitlines() if len(squash(line)) > 12]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_no_line_is_on_two_pages(make_handout, book, lang, paper):
    chapters = tuple(book.chapters)
    _document, path = make_handout(f"all-{lang}-{paper}.pdf", lang=lang, paper=paper,
                                   chapters=chapters, glossary=True, questions=True)
    pages = [_lines(page) for page in pdf_pages(path)]
    assert len(pages) > 5
    running = set(pages[0][:1])  # the running header
    for number, (above, below) in enumerate(zip(pages, pages[1:], strict=False), start=1):
        twice = (set(above[-4:-1]) & set(below[1:5])) - running
        assert not twice, f"pages {number} and {number + 1} both hold {twice}"
