"""A 2 MB chapter is indexed as far as the reader shows it (issue 20, item 9).

The renderer cuts a page at `limits.MAX_PAGE_CHARS`; the index used to read the whole
body, and its first search kept the window waiting for seconds (7.8 s on a book with four
2 MB chapters) for words that no page shows.
"""

from __future__ import annotations

import shutil

from edu_app.content import load_book
from edu_app.render.limits import MAX_PAGE_CHARS
from edu_app.search import SearchIndex

from .conftest import FIXTURE_BOOK


def test_the_index_holds_what_the_page_shows_and_no_more(tmp_path):
    content = tmp_path / "book"
    shutil.copytree(FIXTURE_BOOK, content)
    path = next((content / "en").glob("*.md"))
    filler = "Ordinary words about the blood and the bones. " * (3 * MAX_PAGE_CHARS // 46)
    path.write_text(path.read_text(encoding="utf-8") + "\n\nNear the top: zanzibarite.\n\n"
                    + filler + "\n\nAt the very end: quetzalcoatlite.\n", encoding="utf-8")
    book = load_book(content)
    index = SearchIndex(book)
    assert [h.lang for h in index.query("zanzibarite", "en")] == ["en"]
    assert index.query("quetzalcoatlite", "en") == []  # not on any page: not found
    assert index.query("blood", "en")  # the sections before the cut are all there
