"""The A–Z page stays small whatever the glossary (benchmarks/glossary_page.py times it).

Qt's HTML import hashes every `<a name>` alike: thousands of anchors that differ only by
name made it quadratic, and a heading per term gave `honour_heading_sizes` a format change
per term. These tests hold the page to the shape that avoids both, and a long glossary to
pages of a bounded size that lead from one to the next and hold every term once; the
window's own tests (tests/ui/test_glossary_pages.py) follow them by keyboard.
"""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from edu_app.content import load_book
from edu_app.content.model import Term, TermText
from edu_app.render.glossary_page import glossary_html

from ..check.books import make_book

ABC = "abcdefghijklmnopqrstuvwxyz"
MOST_PER_PAGE = 300  # what a page may hold: Qt lays out a page of that size in ~0.1 s
NEXT_RE = re.compile(r'<a href="terms:([^"#]*)">(?:Next page|Page suivante) \(')
TERM_RE = re.compile(r'<a name="([^"]+)" href="#\1" class="term-self">')


def synthetic_terms(count: int, first_letters: str = ABC) -> dict[str, Term]:
    """`count` terms spread over the letters, in another order in French (the French word
    of the first English term starts with the last letter)."""
    n = len(first_letters)
    return {f"w{i}": Term(f"w{i}", {
        "en": TermText(f"{first_letters[i % n]}word{i:05d}", (), "Short.", "Longer."),
        "fr": TermText(f"{first_letters[(n - 1 - i) % n]}mot{i:05d}", (), "Court.", "Plus long."),
    }, ()) for i in range(count)}


def with_terms(book, count: int):
    book.glossary = synthetic_terms(count)
    return book


def test_each_term_anchor_is_told_apart_by_its_own_link(tmp_path, qapp):
    book = with_terms(load_book(make_book("minimal", tmp_path)), 150)
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
    assert len(terms) == 150
    assert all(href == f"#{name}" for name, href in terms.items())
    assert headings <= 1 + 27  # the title and one per letter: not one per term


def test_12000_terms_come_in_small_pages_that_lead_to_one_another(tmp_path):
    """Following "Next page" from the first page reaches every term exactly once, and no
    page holds more than a bounded number of them (the work per page is bounded)."""
    from edu_app.render.glossary_page import GlossaryIndex

    book = with_terms(load_book(make_book("minimal", tmp_path)), 12_000)
    assert len(TERM_RE.findall(glossary_html(book, "en"))) <= MOST_PER_PAGE
    for lang in ("en", "fr"):
        index = GlossaryIndex(book, lang)  # sorted once, as the window keeps it
        seen: list[str] = []
        path, pages = "", 0
        while path is not None:
            html = glossary_html(book, lang, path=path, index=index)
            on_page = TERM_RE.findall(html)
            assert 0 < len(on_page) <= MOST_PER_PAGE, (lang, pages)
            seen.extend(on_page)
            pages += 1
            following = NEXT_RE.findall(html)
            path = following[0] if following else None
            assert pages <= 12_000 // 40
        assert len(seen) == len(set(seen)) == 12_000, lang
        assert "(Page 1 of" not in html


def test_the_first_page_says_where_it_is_among_the_pages(tmp_path):
    book = with_terms(load_book(make_book("minimal", tmp_path)), 6_000)
    en = glossary_html(book, "en")
    assert re.search(r"Page 1 of 26 \(A\): words 1 to 231 of 6,000\.", en)  # a letter a page
    assert "Previous page" not in en and "Next page (" in en
    fr = glossary_html(book, "fr")
    assert "Page 1 sur 26 (A)\u00a0: mots 1 à 230 sur 6\u00a0000." in fr
    assert "Page suivante (" in fr


def test_a_letter_stays_whole_on_a_page_and_a_long_one_runs_on(tmp_path):
    from edu_app.render.glossary_page import PAGE_TERMS, GlossaryIndex

    book = load_book(make_book("minimal", tmp_path))
    book.glossary = {**synthetic_terms(20, "a"), **{
        f"b{i}": Term(f"b{i}", {lang: TermText(f"bword{i:05d}", (), "S.", "L.")
                                for lang in ("en", "fr")}, ())
        for i in range(PAGE_TERMS * 3 // 2 + 30)}, **{
        f"c{i}": Term(f"c{i}", {lang: TermText(f"cword{i:05d}", (), "S.", "L.")
                                for lang in ("en", "fr")}, ())
        for i in range(10)}}
    index = GlossaryIndex(book, "en")
    assert index.page_count == 3  # A | B | the rest of B, and C
    assert [index.letters_of(p) for p in range(3)] == [("A", "A"), ("B", "B"), ("B", "C")]
    third = glossary_html(book, "en", path=index.path(2), index=index)
    assert "B (continued)" in third and '<a name="letter-b">' not in third
    assert '<a name="letter-c">' in third
    second = glossary_html(book, "en", path=index.path(1), index=index)
    assert '<a name="letter-b">' in second
    # The letter bar leads to each letter's first page, from any page.
    assert f'href="terms:{index.path(1)}#letter-b"' in third
    assert 'href="terms:#letter-a"' in third
    # A page of a letter cut in parts is named by its first and last words.
    assert index.label(1) == "B: bword00000 – bword00164"
    assert GlossaryIndex(book, "fr").label(1) == "B\u00a0: bword00000 – bword00164"


def test_a_word_asked_for_is_on_the_page_its_address_leads_to(tmp_path):
    """`terms:#word` (a search hit, the pop-up's button) lands on that word's page, in
    either language; so does the page named after a word, and a letter."""
    from edu_app.render.glossary_page import GlossaryIndex

    book = with_terms(load_book(make_book("minimal", tmp_path)), 6_000)
    for lang in ("en", "fr"):
        index = GlossaryIndex(book, lang)
        assert index.page_count > 10
        for tid in ("w0", "w77", "w2999", "w5999"):
            path, fragment = index.locate("", tid)
            assert fragment == tid
            html = glossary_html(book, lang, path=path, index=index)
            assert f'<a name="{tid}" href="#{tid}"' in html, (lang, tid)
            assert index.locate(tid, "")[0] == path  # `terms:w77`: the same page
        path, fragment = index.locate("", "letter-m")
        assert fragment == "letter-m"
        assert '<a name="letter-m">' in glossary_html(book, lang, path=path, index=index)
