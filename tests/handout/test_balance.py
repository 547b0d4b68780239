"""Pages that waste no paper: no page less than a third full, whatever the chapter's length.

Made-up chapters are swept over a page's worth of lengths, so that every way a chapter
can end (a few lines over, a box alone, a glossary's last entry) is met; the whole
fixture guide is then read back from the command line's PDF.
"""

from __future__ import annotations

import dataclasses
import io
import re

import pytest

from edu_app.handout import HandoutOptions, balance, cli, compose_handout
from edu_app.handout.balance import MIN_FILL, page_bottoms
from edu_app.handout.layout import build_document

from ..conftest import GUIDE
from .conftest import squash
from .pdfmeasure import text_runs

SENTENCE = ("This is sentence {n} of a made-up chapter, long enough to wrap over a line "
            "or so on paper. ")
BOX = ('<table border="0" cellpadding="10" cellspacing="0" class="box {kind}" width="100%">'
       '<tr><td><h3 class="box-title">{title}</h3><ul>{items}</ul></td></tr></table>')


def paragraphs(count: int, sentences: int = 3) -> str:
    return "".join(f"<p>{''.join(SENTENCE.format(n=n * 10 + s) for s in range(sentences))}</p>"
                   for n in range(count))


def box(kind: str, title: str, items: int) -> str:
    return BOX.format(kind=kind, title=title,
                      items="".join(f"<li>Point {i}: a short line to remember.</li>"
                                    for i in range(items)))


def chapter(body: str) -> str:
    """A made-up chapter as the handout's template lays one out."""
    return ('<h1 class="chapter-title" style="page-break-before: always">A chapter</h1>'
            f'<div class="chapter" lang="en">{body}</div>')


@pytest.fixture(scope="module")
def lay_out(qapp, book):
    """Lay out made-up HTML with the handout's style sheet (large print or not)."""
    heads = {}

    def make(body: str, large: bool = False):
        if large not in heads:
            composed = compose_handout(book, HandoutOptions(
                chapters=("car-t",), lang="en", large_print=large, paper="a4",
                clinic_name="Clinic", clinic_phone="01"))
            heads[large] = composed
        composed = heads[large]
        head = composed.html.split("<body>")[0]
        html = f"{head}<body><h1 class='cover-title'>Cover</h1>{body}</body></html>"
        return build_document(dataclasses.replace(composed, html=html, contents=[]))

    return make


def fills(document) -> list[float]:
    """How full each page is (its last line's foot), as a part of the text height."""
    bottoms = page_bottoms(document, 0, document.characterCount())
    return [bottoms.get(page, 0.0) / document.page_height
            for page in range(document.page_count)]


def assert_no_page_wasted(document, label) -> None:
    pages = fills(document)[1:]  # after the cover
    if len(pages) > 1:
        assert min(pages) >= MIN_FILL - 0.01, (label, [round(f, 2) for f in pages])


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_a_chapter_of_any_length_leaves_no_page_nearly_empty(lay_out, large):
    for count in range(8, 30, 2):
        assert_no_page_wasted(lay_out(chapter(paragraphs(count))), count)


@pytest.mark.parametrize("large", [False, True], ids=["normal", "large"])
def test_key_points_never_sit_alone_on_a_page(lay_out, large):
    for count in range(4, 22, 2):
        body = paragraphs(count) + box("actions", "What you can do", 4) + \
            box("keypoints", "Key points", 5)
        assert_no_page_wasted(lay_out(chapter(body), large), count)


def test_a_glossary_never_ends_with_one_entry_alone(lay_out):
    entry = ('<p class="term"><b>word {n}</b> <span class="other-word">(In French: mot)'
             '</span><br>' + SENTENCE * 2 + "</p>")
    for count in range(18, 44, 3):
        body = ('<h1 style="page-break-before: always">Words</h1>'
                + "".join(entry.format(n=n) for n in range(count)))
        assert_no_page_wasted(lay_out(body), count)


def test_a_few_lines_over_are_pulled_back_to_save_paper(lay_out, monkeypatch):
    """Set a little tighter, a chapter that spills a few lines ends a page earlier; it
    never takes more pages than without (the widow rule alone)."""
    counts = range(8, 30, 2)
    tight = [lay_out(chapter(paragraphs(n))).page_count for n in counts]
    monkeypatch.setattr(balance, "TIGHTER", ())
    loose = [lay_out(chapter(paragraphs(n))).page_count for n in counts]
    assert all(t <= lo for t, lo in zip(tight, loose, strict=True))
    assert sum(tight) < sum(loose), (tight, loose)


def test_a_long_section_is_not_set_tighter(lay_out, monkeypatch):
    """Past LONG_SECTION_PAGES a section keeps its spacing (trying it tighter paginated the
    whole section again per step: seconds on a huge chapter): it takes the pages it takes
    with the widow rule alone."""
    counts = range(8, 30, 2)
    monkeypatch.setattr(balance, "LONG_SECTION_PAGES", 1, raising=False)
    long = [lay_out(chapter(paragraphs(n))) for n in counts]
    monkeypatch.setattr(balance, "TIGHTER", ())
    loose = [lay_out(chapter(paragraphs(n))).page_count for n in counts]
    assert [d.page_count for d in long] == loose


@pytest.fixture(scope="module", params=[("en", "a4", False), ("fr", "letter", True)],
                ids=lambda p: f"{p[0]}-{p[1]}-{'large' if p[2] else 'normal'}")
def whole_guide_pdf(request, qapp, tmp_path_factory):
    lang, paper, large = request.param
    path = tmp_path_factory.mktemp("guide") / "guide.pdf"
    argv = ["--content-dir", str(GUIDE), "--all", "--glossary", "--questions", "--lang",
            lang, "--paper", paper, "--clinic-name", "Clinique des Lilas", "--clinic-phone",
            "01 23 45 67 89", "--clinic-note", "", "--out", str(path)]
    if large:
        argv.append("--large-print")
    assert cli.main(argv, stdout=io.StringIO(), stderr=io.StringIO()) == 0
    return lang, path


def test_no_printed_page_is_less_than_a_third_full(whole_guide_pdf):
    """Read back from the PDF: every page but the questions page (lines to write on, not
    text) holds text down to at least about a third of its height."""
    lang, path = whole_guide_pdf
    pages = text_runs(path)
    questions = squash({"fr": "Mes questions", "en": "My questions"}[lang])
    starts = [int(n) for n in re.findall(r"page(\d+)", squash("".join(
        r.text for r in pages[0])))]
    header = max(r.y for r in pages[0][:2])
    footer = min(r.y - r.size for r in pages[0] if r.y > 0.9 * max(p.y for p in pages[0]))
    tops, rows = [], []
    for runs in pages:
        body = [r for r in runs if header + 1 < r.y < footer]
        tops.append(min(r.y - r.size for r in body))
        rows.append(body)
    top = min(tops)
    for number, body in enumerate(rows, start=1):
        text = squash("".join(r.text for r in body))
        if text.startswith(questions) or number == 1:
            continue
        assert body, f"page {number} is blank"
        fill = (max(r.y for r in body) - top) / (footer - top)
        one_page_section = number in starts and (number + 1 in starts
                                                 or number == len(pages))
        assert fill >= 0.3 or one_page_section, (number, round(fill, 2), text[:60])


def test_no_page_is_printed_blank(lay_out):
    """A chapter ending a few pixels above the foot of a page prints no empty page for
    its last paragraph's bottom margin, and the chapter after it is printed whole."""
    for count in range(20, 80):
        first = paragraphs(count // 3) + paragraphs(1, count % 3 + 1)
        for body in (chapter(first), chapter(first + box("keypoints", "Key points", 3))
                     + chapter(paragraphs(3))):
            document = lay_out(body)
            bottoms = page_bottoms(document, 0, document.characterCount())
            assert sorted(bottoms) == list(range(document.page_count)), count
