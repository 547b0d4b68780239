"""Sources read as sentences, with dates as dates in the reader's language (issue 17, 18).

The sources list said « auteur non cité. » in lower case at a sentence's start, kept ISO
dates in running text (« 2018-02-27 ») and repeated a date the note had just given
(« (vers 2018). 2018. »). Checked on the fixture guide's sources page, a chapter's
sources and a handout's sources page read back from the PDF.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape

import pytest

from edu_app.render import format_date, render_chapter, sources_html
from edu_app.render.source_text import format_source_date

ISO = re.compile(r"\b\d{4}-\d{2}(-\d{2})?\b")


def visible(html: str) -> str:
    body = html.split("<body", 1)[1]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


def sentences_start_lower(text: str) -> list[str]:
    """Sentences (after ". ") whose first letter is a small letter."""
    return [m.group(0) for m in re.finditer(r"(?<=\. )[a-zà-ÿ][\w’' ]{0,30}", text)]


@pytest.mark.parametrize(("text", "lang", "shown"), [
    ("2018-02-27", "fr", "27\u00a0février 2018"), ("2018-02-27", "en", "27\u00a0February 2018"),
    ("2003-03-01", "fr", "1er\u00a0mars 2003"), ("2003-03-01", "en", "1\u00a0March 2003"),
    ("2018-02", "fr", "février 2018"), ("2018", "fr", "2018"), ("vers 2018", "fr", "vers 2018"),
    ("2018-13", "en", "2018"),
])
def test_source_dates_read_as_dates(text, lang, shown):
    assert format_source_date(text, lang) == shown


def test_reviewed_dates_say_1er_in_french():
    assert format_date(dt.date(2026, 12, 1), "fr") == "1er décembre 2026"
    assert format_date(dt.date(2026, 11, 23), "fr") == "23 novembre 2026"
    assert format_date(dt.date(2026, 12, 1), "en") == "1 December 2026"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sources_page_reads_as_sentences(book, lang):
    text = visible(sources_html(book, lang))
    assert not ISO.search(text), ISO.search(text)
    assert sentences_start_lower(text) == []
    assert not re.search(r"(\d{4})\)\. \1\.", text)  # "(vers 2018). 2018."
    unknown = {"fr": "Auteur non cité.", "en": "Author not named."}[lang]
    assert unknown in text
    assert {"fr": "27 février 2018", "en": "27 February 2018"}[lang] in text
    assert {"fr": "(vers 2018). Entretien", "en": "(about 2018). Interview"}[lang] in text


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_chapter_sources_start_with_a_capital(book, lang):
    text = visible(render_chapter(book, "immunotherapy", lang).html)
    assert {"fr": "Auteur non cité (2018)", "en": "Author not named (2018)"}[lang] in text
