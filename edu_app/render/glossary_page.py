"""The A–Z glossary page: every term in the reader's language, with the other language's word.

An English-speaking family treated in France learns here the French words the doctors
use, and the other way round. The page is static HTML for QTextBrowser, so the filter
is an argument: the window re-renders the page as the reader types in its filter box.
Filtering ignores accents, case, hyphens and apostrophes ("leucemie" finds "leucémie").
It looks at the words the entry shows (its term, the other language's term); a term
found only through a form the entry does not show ("cellules de la leucémie" for "cellule
cancéreuse") says which form matched, so no entry is listed without a visible reason.
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
    matched_form: str = ""  # the hidden form the filter matched ("" when a shown word did)
    matched_lang: str = ""  # the language of `matched_form`


def matches(term: Term, needle: str) -> bool:
    """Whether a folded filter occurs in the term's words or forms, in either language."""
    return match_of(term, needle, ()) is not None


def match_of(term: Term, needle: str, shown: tuple[str, ...],
             lang: Lang = "en") -> tuple[str, str] | None:
    """How a folded filter matches `term`: None for not at all, ("", "") when one of the
    `shown` words holds it, else (the first form that does, its language), forms in
    `lang` first: that form is shown with the entry, as the reason it is listed."""
    if not needle or any(needle in fold_words(word) for word in shown):
        return "", ""
    for code in sorted(term.text, key=lambda c: c != lang):
        text = term.text[code]
        for word in (text.term, *text.forms):
            if needle in fold_words(word):
                return word, code
    return None


def entries(book: Book, lang: Lang, filter_text: str = "") -> list[Entry]:
    """The terms written in `lang` (or only in the other one), sorted as a reader expects."""
    needle = fold_words(filter_text)
    other = other_lang(lang)
    found = []
    for term in book.glossary.values():
        text = term.text.get(lang) or term.text.get(other)
        if text is None:
            continue
        other_text = term.text.get(other)
        shown = (text.term, other_text.term if other_text else "")
        match = match_of(term, needle, shown, lang)
        if match is None:
            continue
        related = tuple((rid, book.glossary[rid].text.get(lang, text).term)
                        for rid in term.related if rid in book.glossary)
        found.append(Entry(term.id, text.term, text.definition or text.short,
                           other_text.term if other_text and other_text is not text else "",
                           other_text.short if other_text and other_text is not text else "",
                           related, letter_of(text.term), *match))
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
