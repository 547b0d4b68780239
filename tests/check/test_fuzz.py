"""Fuzzing the loader, the renderer and the checker with hypothesis.

A clinic's copy of the guide is edited by hand and may hold anything. Whatever a chapter,
a front matter or a glossary contains, loading, rendering and checking must end with a
page and a list of problems, never an exception. Markdown is built from the syntax that
matters (links, boxes, HTML, nesting, citations) mixed with arbitrary text; files are also
fed raw bytes. About 3,000 cases in all, well under a minute.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from edu_app.check.checker import check_book
from edu_app.check.prose import sentences
from edu_app.check.readability import score_markdown
from edu_app.check.scan import find_links, find_raw_html
from edu_app.content import LANGS, load_book
from edu_app.render import chapter_html, home_html, markdown_to_html

from .books import FIXTURES


class _Attributes(HTMLParser):
    """Every attribute name of every tag, as a browser (or Qt) would read the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.names: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.extend(name.lower() for name, _value in attrs)


def event_attributes(html: str) -> list[str]:
    """The `on...` attributes of the page's tags (the text of a title may say "onclick")."""
    parser = _Attributes()
    parser.feed(html)
    parser.close()
    return [name for name in parser.names if name.startswith("on")]

PIECES = [
    "# ", "## ", "### ", "{#id}", "{: .x}", "[", "]", "(", ")", "!", "![a](cell.svg)",
    "[x](chapter:care#team)", "[x](chapter:../..)", "[y](glossary:t-cell)", "[z](sources:)",
    "(https://example.org)", "(file:///etc/passwd)", "<script>x</script>", "<b onclick=y>",
    "</b>", "<img src=x onerror=y>", "<!--", "-->", "`", "```\n", "~~~\n", "\n", "\n\n", "    ",
    "> ", "- ", "* ", "1. ", '!!! keypoints "K"\n', "!!! ", "*", "**", "_", "[@seed-2018]",
    "[@", "@", "&amp;", "&#0;", "&#x110000;", "\x00", "\ufeff", "\r", "\r\n", "|", "| a | b |\n",
    "|---|---|\n", "---", "+++", "{", "}", ":", '"', "'", "é", "«", "»", " ?", ".", "...",
    "[^1]", "[^1]: n\n", "<", ">", "\t", "\\", "Dr.", "2.5", "word", "lymphocyte T", "T-cell",
]
markdown_text = st.lists(
    st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60
).map("".join)
FUZZ = settings(
    max_examples=1500,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(body=markdown_text, lang=st.sampled_from(LANGS))
def test_markdown_body(body: str, lang: str) -> None:
    book = load_book(FIXTURES / "minimal" / "content")
    html, _cited, _dropped = markdown_to_html(book, body, lang)
    assert "<script" not in html.lower()
    assert event_attributes(html) == []
    for s in sentences(body, 7):
        assert s.line >= 7 and s.text.strip()
    result = score_markdown(body, lang, 7)
    assert result.words >= result.sentences >= 0
    for link in find_links(body, 7):
        assert 7 <= link.line <= 7 + body.count("\n") + body.count("\r")
    find_raw_html(body, 7)


def _book_copy(tmp_path: Path) -> Path:
    target = tmp_path / "book"
    if not target.exists():
        shutil.copytree(FIXTURES / "minimal", target)
    return target / "content"


front_matter = st.lists(
    st.one_of(
        st.sampled_from(['id = "care"', 'id = "../x"', "id = 3", 'title = "T"', "title = [1]",
                         "reviewed = 2026-01-01", 'reviewed = "x"', "summary = {a = 1}", "= =",
                         '"""', "[table]", "[[array]]", "x = 1979-05-27T07:32:00Z"]),
        st.text(max_size=20),
    ),
    max_size=6,
).map("\n".join)


@settings(FUZZ, max_examples=600)
@given(fm=front_matter, body=markdown_text, raw=st.binary(max_size=200), use_raw=st.booleans())
def test_chapter_file(tmp_path: Path, fm: str, body: str, raw: bytes, use_raw: bool) -> None:
    content = _book_copy(tmp_path)
    path = content / "fr" / "02-care.md"
    data = raw if use_raw else f"+++\n{fm}\n+++\n{body}".encode("utf-8", "surrogatepass")
    path.write_bytes(data)
    book = load_book(content)
    for lang in LANGS:
        for cid in [*book.order, "care", "../x"]:
            assert "<html" in chapter_html(book, cid, lang).lower()
        home_html(book, lang)
    report = check_book(book)
    assert report.exit_code in (0, 1)
    for finding in report.findings:
        assert finding.line >= 0 and finding.message and finding.file


toml_text = st.lists(
    st.one_of(
        st.sampled_from(["[t-cell]", "[t-cell.en]", "[t-cell.fr]", "[x]", "[x.en]", 'term = "a"',
                         "term = 1", 'forms = ["a", "A"]', 'forms = "a"', "forms = [1]",
                         'related = ["x", "t-cell"]', "related = 3", 'short = "s"',
                         'definition = "d"', "chapters = []", 'chapters = ["intro", 1]',
                         'version = "1"', "[title]", 'en = "E"', "fr = 2", "= ="]),
        st.text(max_size=15),
    ),
    max_size=12,
).map("\n".join)


@settings(FUZZ, max_examples=600)
@given(text=toml_text, which=st.sampled_from(["glossary.toml", "book.toml", "sources.toml"]))
def test_toml_files(tmp_path: Path, text: str, which: str) -> None:
    content = _book_copy(tmp_path)
    (content / which).write_text(text, encoding="utf-8", errors="surrogatepass")
    book = load_book(content)
    for lang in LANGS:
        home_html(book, lang)
        for cid in book.order:
            chapter_html(book, cid, lang)
    check_book(book, readability=False)
