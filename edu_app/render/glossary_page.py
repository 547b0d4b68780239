"""The A–Z glossary page: every term in the reader's language, with the other language's word.

An English-speaking family treated in France learns here the French words the doctors
use, and the other way round. The page is static HTML for QTextBrowser, so the filter
is an argument: the window re-renders the page as the reader types in its filter box.
Filtering ignores accents, case, hyphens and apostrophes ("leucemie" finds "leucémie").
No Qt here; the handout could print the same entries.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.model import Book, Lang, Term, other_lang
from ..content.text import fold_words
from .pages import PageStyle, _env, style_sheet


def letter_of(word: str) -> str:
    """The letter a term is filed under: its first letter without accent; "#" for a digit."""
    for ch in fold_words(word):
        if ch.isalpha():
            return ch.upper()
        if ch.isdigit():
            return "#"
    return "#"


@dataclass(frozen=True)
class Entry:
    """One term as the A–Z page shows it."""

    id: str
    term: str
    definition: str
    other_term: str
    other_short: str
    related: tuple[tuple[str, str], ...]  # (term id, term in the page's language)
    letter: str


def matches(term: Term, needle: str) -> bool:
    """Whether a folded filter occurs in the term's words or forms, in either language."""
    if not needle:
        return True
    return any(needle in fold_words(word) for text in term.text.values()
               for word in (text.term, *text.forms))


def entries(book: Book, lang: Lang, filter_text: str = "") -> list[Entry]:
    """The terms written in `lang` (or only in the other one), sorted as a reader expects."""
    needle = fold_words(filter_text)
    other = other_lang(lang)
    found = []
    for term in book.glossary.values():
        text = term.text.get(lang) or term.text.get(other)
        if text is None or not matches(term, needle):
            continue
        other_text = term.text.get(other)
        related = tuple((rid, book.glossary[rid].text.get(lang, text).term)
                        for rid in term.related if rid in book.glossary)
        found.append(Entry(term.id, text.term, text.definition or text.short,
                           other_text.term if other_text and other_text is not text else "",
                           other_text.short if other_text and other_text is not text else "",
                           related, letter_of(text.term)))
    return sorted(found, key=lambda e: (fold_words(e.term), e.term))


def glossary_html(book: Book, lang: Lang, style: PageStyle = PageStyle(),
                  filter_text: str = "") -> str:
    """The whole page: letter bar, the filter's result, and the entries under each letter."""
    shown = entries(book, lang, filter_text)
    groups: dict[str, list[Entry]] = {}
    for entry in shown:
        groups.setdefault(entry.letter, []).append(entry)
    letters = [chr(c) for c in range(ord("A"), ord("Z") + 1)]
    if "#" in groups:
        letters.insert(0, "#")
    return _env().get_template("glossary.html").render(
        lang=lang, other=other_lang(lang), css=style_sheet(book.assets, style),
        letters=letters, groups=groups, filter_text=filter_text.strip(), count=len(shown),
        total=len(book.glossary))
