"""The A–Z page stays linear in the number of terms (benchmarks/glossary_page.py times it).

Qt's HTML import hashes every `<a name>` alike: thousands of anchors that differ only by
name made it quadratic, and a heading per term gave `honour_heading_sizes` a format change
per term. These tests hold the page to the shape that avoids both; the window's own tests
check that `terms:#id` still scrolls to the term.
"""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from edu_app.content import load_book
from edu_app.content.model import Term, TermText
from edu_app.render.glossary_page import glossary_html

from ..check.books import make_book


def with_terms(book, count: int):
    book.glossary = {
        f"w{i}": Term(f"w{i}", {lang: TermText(f"word{i:05d}", (), "Short.", "Longer.")
                                for lang in ("en", "fr")}, ())
        for i in range(count)}
    return book


def test_each_term_anchor_is_told_apart_by_its_own_link(tmp_path, qapp):
    book = with_terms(load_book(make_book("minimal", tmp_path)), 300)
    doc = QTextDocument()
    doc.setHtml(glossary_html(book, "en"))
    anchors: dict[str, str] = {}
    headings = 0
    block = doc.begin()
    while block.isValid():
        headings += block.blockFormat().headingLevel() > 0
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            for name in fmt.anchorNames():
                anchors[name] = fmt.anchorHref()
            it += 1
        block = block.next()
    terms = {k: v for k, v in anchors.items() if k in book.glossary}
    assert len(terms) == 300
    assert all(href == f"#{name}" for name, href in terms.items())
    assert headings <= 1 + 27  # the title and one per letter: not one per term
