"""Which glossary terms the chosen chapters use, as the family will read them on paper.

Forms are matched as whole words ignoring case, longest first, so "CAR T-cells" counts
once for its own term and not again for "T-cells"; French elisions need nothing special
because the apostrophe is not a word character. The matcher looks at the text the reader
sees (tags dropped, captions kept, alternative text and link targets ignored).

This is the simple matcher the brief allows until the reader's glossary marking
(`edu_app/render/glossary_ext.py`) lands; `terms_used()` is the one place to switch.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from html import unescape
from html.parser import HTMLParser

from ..content.model import Book


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ANN001
        if tag in {"p", "br", "li", "td", "h1", "h2", "h3", "div", "tr"}:
            self.parts.append("\n")


def visible_text(html: str) -> str:
    """The words of an HTML fragment, one line per block."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return unescape("".join(parser.parts))


def _normalise_apostrophes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u00a0", " ")


@lru_cache(maxsize=8)
def _matcher(forms: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    by_form: dict[str, str] = {}
    for form, term_id in forms:
        key = _normalise_apostrophes(form).casefold().strip()
        if key:
            by_form.setdefault(re.sub(r"\s+", " ", key), term_id)
    ordered = sorted(by_form, key=len, reverse=True)
    body = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE), by_form


def _forms(book: Book, lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((form, term.id) for term in book.glossary.values()
                 if lang in term.text for form in term.text[lang].forms)


def terms_used(book: Book, html_parts: list[str], lang: str) -> list[str]:
    """Ids of the terms whose forms appear in the given HTML, sorted by term for `lang`."""
    pattern, by_form = _matcher(_forms(book, lang))
    found: set[str] = set()
    for html in html_parts:
        text = _normalise_apostrophes(visible_text(html))
        for m in pattern.finditer(text):
            term_id = by_form.get(re.sub(r"\s+", " ", m.group(0).casefold()))
            if term_id:
                found.add(term_id)
    return sorted(found, key=lambda tid: sort_key(book.glossary[tid].text[lang].term))


def sort_key(word: str) -> str:
    """Alphabetical order as a reader expects it: accents and case ignored."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
