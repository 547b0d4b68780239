"""The PDF read back: pages, header and footer, chapters, glossary, language, paper."""

from __future__ import annotations

import re

import pytest

from .conftest import pdf_pages, squash

CLINIC = {"clinic_name": "Clinique des Lilas", "clinic_phone": "01 23 45 67 89"}


def _first_sentence(book, cid, lang):
    chapter, _ = book.chapter(cid, lang)
    first = chapter.body.strip().split("\n")[0].split("[@")[0]  # up to the first citation
    first = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", first)
    return re.sub(r"\s+", " ", first)[:100]  # the main message: found nowhere else


@pytest.fixture
def english_pair(make_handout):
    return make_handout(chapters=("car-t", "centres"), lang="en", glossary=True,
                        questions=True, **CLINIC)


def test_every_page_has_header_and_footer(english_pair, book):
    document, path = english_pair
    pages = pdf_pages(path)
    assert len(pages) == document.page_count > 4
    for number, text in enumerate(pages, start=1):
        text = squash(text)
        assert squash(book.title["en"]) in text
        assert squash("Clinique des Lilas · 01 23 45 67 89") in text
        assert squash(f"Page {number} of {len(pages)}") in text
        assert squash("Printed on 1 December 2026") in text
        assert squash("Reviewed on") in text


def test_only_the_chosen_chapters_are_printed(english_pair, book):
    _document, path = english_pair
    text = squash("".join(pdf_pages(path)))
    for cid in book.order:
        present = squash(_first_sentence(book, cid, "en")) in text
        assert present == (cid in ("car-t", "centres")), cid


def test_each_chapter_starts_a_page_listed_in_the_contents(english_pair, book):
    document, path = english_pair
    pages = [squash(p) for p in pdf_pages(path)]
    for cid in ("car-t", "centres"):
        title = squash(book.chapters[cid]["en"].title)
        number = document.anchor_pages()[f"ch-{cid}"]
        # the title comes right after the header on its page, and the cover gives its page
        assert pages[number - 1].find(title) < 80
        assert title + squash(f"page {number}") in pages[0]


def test_glossary_lists_exactly_the_words_used(make_handout, book):
    """The words the reader marks on screen in the chosen chapters, and no others."""
    from edu_app.render import PageStyle, render_chapter

    document, path = make_handout(chapters=("car-t", "results"), lang="en", glossary=True)
    expected = set()
    for cid in ("car-t", "results"):
        html = render_chapter(book, cid, "en", PageStyle(mark_all_terms=True)).html
        expected |= set(re.findall(r'href="glossary:([^"]+)"', html))
    assert expected

    pages = pdf_pages(path)
    start = document.anchor_pages()["glossary"] - 1
    end = document.anchor_pages()["sources"] - 1
    glossary = squash("".join(pages[start:end]))
    printed = {tid for tid, term in book.glossary.items()
               if squash(f"{term.text['en'].term} (In French: {term.text['fr'].term})")
               in glossary}
    assert printed == expected


def test_french_handout_speaks_french_on_a4(make_handout, book):
    from pypdf import PdfReader

    document, path = make_handout(chapters=("car-t",), lang="fr", questions=True)
    pages = [squash(p) for p in pdf_pages(path)]
    assert squash(f"Page 1 sur {document.page_count}") in pages[0]
    assert squash("Imprimé le 1er décembre 2026") in pages[0]
    assert squash(book.chapters["car-t"]["fr"].title) in "".join(pages)
    assert squash("Mes questions") in "".join(pages)
    assert not any(squash("Printed on") in p or squash("Page 1 of") in p for p in pages)
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)


def test_english_default_is_letter_unless_chosen(make_handout):
    from pypdf import PdfReader

    _, letter = make_handout("l.pdf", chapters=("car-t",), lang="en")
    _, a4 = make_handout("a.pdf", chapters=("car-t",), lang="en", paper="a4")
    sizes = [tuple(round(float(v)) for v in (PdfReader(str(p)).pages[0].mediabox.width,
                                                 PdfReader(str(p)).pages[0].mediabox.height))
             for p in (letter, a4)]
    assert sizes == [(612, 792), (595, 842)]


def test_large_print_gives_more_pages(make_handout):
    normal, _ = make_handout("n.pdf", chapters=("car-t", "results"), lang="en")
    large, _ = make_handout("l.pdf", chapters=("car-t", "results"), lang="en",
                            large_print=True)
    assert large.page_count > normal.page_count


def test_large_print_body_is_at_least_16_points(make_handout):
    document, _ = make_handout(chapters=("car-t",), lang="en", large_print=True)
    block = document.begin()
    sizes = []
    while block.isValid():
        if block.text().strip() and block.blockFormat().headingLevel() == 0:
            sizes.append(block.charFormat().font().pointSizeF())
        block = block.next()
    body = max(set(sizes), key=sizes.count)
    assert body >= 16


def test_pictures_print_with_their_words_or_not_at_all(make_handout):
    _, with_pictures = make_handout("p.pdf", chapters=("car-t",), lang="en")
    _, without = make_handout("n.pdf", chapters=("car-t",), lang="en", pictures=False)
    caption = squash("The five steps of CAR T-cell therapy")
    in_picture = squash("Give back")  # a word drawn inside the SVG
    text_with = squash("".join(pdf_pages(with_pictures)))
    text_without = squash("".join(pdf_pages(without)))
    assert caption in text_with and in_picture in text_with
    assert caption not in text_without and in_picture not in text_without


def test_sources_of_the_chosen_chapters_come_last(english_pair, book):
    document, path = english_pair
    last = squash(pdf_pages(path)[-1])
    assert squash("Sources") in last
    for sid in document.composed.sources:
        assert squash(book.sources[sid].title)[:30] in last
    unused = {s.id for s in book.documents} - set(document.composed.sources)
    for sid in unused:
        assert squash(book.sources[sid].title)[:30] not in last


def test_questions_page_has_the_clinic_phone(english_pair):
    document, path = english_pair
    page = squash(pdf_pages(path)[document.anchor_pages()["questions"] - 1])
    assert squash("My questions") in page
    assert squash("To ask a question, call 01 23 45 67 89.") in page


def test_french_dates_say_premier(make_handout):
    import datetime as dt

    _, path = make_handout(chapters=("car-t",), lang="fr", printed=dt.date(2027, 3, 1))
    assert squash("Imprimé le 1er mars 2027") in squash(pdf_pages(path)[0])
