"""The A–Z glossary page: every term in the reader's language, with the other language's word.

An English-speaking family treated in France learns here the French words the doctors
use, and the other way round. The page is static HTML for QTextBrowser, so the filter
is an argument: the window re-renders the page as the reader types in its filter box.
Filtering ignores accents, case, hyphens and apostrophes ("leucemie" finds "leucémie").
It looks at the words the entry shows (its term, the other language's term); a term
found only through a form the entry does not show ("cellules de la leucémie" for "cellule
cancéreuse") says which form matched, so no entry is listed without a visible reason.

A glossary of thousands of words is shown a page at a time (`GlossaryIndex`): Qt lays
out a whole document at once, so one page of every term cost seconds (7.6 s for 6,000)
and grew with the book. A page holds whole letters while they fit in `PAGE_TERMS` terms
(a letter alone, up to 300), and a longer letter runs on over several pages; the letter
bar and the previous/next links lead from page to page. A page is named by a term on it
(`terms:TERM-ID`, the first page `terms:`), not by a number, so the same address still
means "where this word is" in the other language, whose order differs.
No Qt here; the handout could print the same entries.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..content.model import Book, Lang, Term, other_lang
from ..content.text import fold_words
from .pages import PageStyle, _env, style_sheet
from .strings import format_number

PAGE_TERMS = 200  # terms on a page (300 for a whole letter): about 0.1 s of Qt's layout
LETTERS = tuple(chr(c) for c in range(ord("A"), ord("Z") + 1))


def _letter_of_folded(folded: str) -> str:
    for ch in folded:
        if ch.isalpha():
            return ch.upper()
        if ch.isdigit():
            return "#"
    return "#"


def letter_of(word: str) -> str:
    """The letter a term is filed under: its first letter without accent; "#" for a digit."""
    return _letter_of_folded(fold_words(word))


def letter_anchor(letter: str) -> str:
    """The anchor of a letter's heading: `letter-b`, `letter-0` for the digits."""
    return f"letter-{'0' if letter == '#' else letter.lower()}"


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


def _entry(book: Book, term: Term, lang: Lang, letter: str, needle: str = "") -> Entry:
    other = other_lang(lang)
    text = term.text.get(lang) or term.text[other]
    other_text = term.text.get(other)
    related = tuple((rid, book.glossary[rid].text.get(lang, text).term)
                    for rid in term.related if rid in book.glossary)
    shown = other_text if other_text is not None and other_text is not text else None
    match = match_of(term, needle, (text.term, other_text.term if other_text else ""),
                     lang) or ("", "")
    return Entry(term.id, text.term, text.definition or text.short,
                 shown.term if shown else "", shown.short if shown else "", related, letter,
                 *match)


class GlossaryIndex:
    """The terms of one language (and filter) in A–Z order, cut into pages.

    Sorting needs only each term's folded word; the entries themselves (related words,
    the other language) are made for the page shown, so a page's cost does not grow
    with the glossary.
    """

    def __init__(self, book: Book, lang: Lang, filter_text: str = "",
                 page_terms: int = PAGE_TERMS) -> None:
        self.book = book
        self.lang = lang
        self.filter_text = filter_text.strip()
        self.needle = needle = fold_words(self.filter_text)
        other = other_lang(lang)
        rows = []
        for term in book.glossary.values():
            text = term.text.get(lang) or term.text.get(other)
            if text is not None and matches(term, needle):
                rows.append((fold_words(text.term), text.term, term.id))
        rows.sort()
        self.ids = [tid for _, _, tid in rows]
        self.letters = [_letter_of_folded(folded) for folded, _, _ in rows]
        self.position = {tid: i for i, tid in enumerate(self.ids)}
        self.letter_start: dict[str, int] = {}
        for i, letter in enumerate(self.letters):
            self.letter_start.setdefault(letter, i)
        self.starts = self._cut(max(1, page_terms))

    def _cut(self, size: int) -> list[int]:
        """Where each page starts: whole letters while they fit in `size` terms; a letter
        alone on its page up to half as many again; a longer one in even parts."""
        most = size * 3 // 2
        starts = [0]
        count = 0  # terms on the page being filled
        bounds = sorted(self.letter_start.values()) + [len(self.ids)]
        for begin, end in zip(bounds, bounds[1:], strict=False):
            length = end - begin
            if count and count + length > size:  # this letter does not fit after others
                starts.append(begin)
                count = 0
            if length > most:  # it runs on over several pages of about `size` terms
                parts = -(-length // size)
                starts.extend(begin + k * length // parts for k in range(1, parts))
                count = end - starts[-1]
            else:
                count += length
        return starts

    # --- pages -------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return len(self.starts)

    def bounds(self, page: int) -> tuple[int, int]:
        """Positions (first, after last) of the terms on `page`."""
        ends = [*self.starts[1:], len(self.ids)]
        return self.starts[page], ends[page]

    def page_at(self, position: int) -> int:
        return max(0, bisect_right(self.starts, position) - 1)

    def page_of(self, term_id: str) -> int | None:
        """The page a term is on, or None when it is not in this list (or filtered out)."""
        position = self.position.get(term_id)
        return None if position is None else self.page_at(position)

    def page_of_letter(self, letter: str) -> int | None:
        start = self.letter_start.get(letter)
        return None if start is None else self.page_at(start)

    def path(self, page: int) -> str:
        """The address path of `page`: "" for the first, else the id of its first term."""
        return "" if page <= 0 or not self.ids else self.ids[self.starts[page]]

    def page_for_path(self, path: str) -> int:
        """The page an address shows: the one holding the term named, else the first."""
        found = self.page_of(path) if path else None
        return found if found is not None else 0

    def locate(self, path: str, fragment: str) -> tuple[str, str]:
        """The canonical (path, fragment) for an address: a term's own page when the
        fragment names a term, a letter's first page for a letter, else the path's page."""
        page = self.page_of(fragment) if fragment else None
        if page is None and fragment.startswith("letter-"):
            letter = fragment[len("letter-"):].upper()
            page = self.page_of_letter("#" if letter == "0" else letter)
        if page is None:
            page = self.page_for_path(path)
            if not fragment and path in self.position and self.path(page) != path:
                fragment = path  # sent to a word in the middle of its page: show the word
        return self.path(page), fragment

    def entries(self, page: int) -> list[Entry]:
        first, last = self.bounds(page)
        glossary = self.book.glossary
        return [_entry(self.book, glossary[self.ids[i]], self.lang, self.letters[i],
                       self.needle) for i in range(first, last)]

    def letters_of(self, page: int) -> tuple[str, str]:
        first, last = self.bounds(page)
        if first >= last:
            return "", ""
        return self.letters[first], self.letters[last - 1]

    def label(self, page: int) -> str:
        """What a page holds, for its link: its letters ("C–D"), or, on a page of one
        letter that runs over several, its first and last words ("X: xa – xm")."""
        first, last = self.letters_of(page)
        if first != last or not first:
            return _span(first, last)
        start, end = self.bounds(page)
        whole = (start == self.letter_start[first]
                 and (end == len(self.ids) or self.letters[end] != first))
        if whole:
            return first
        colon = "\u00a0:" if self.lang == "fr" else ":"  # « B : … » in French
        return f"{first}{colon} {self._word(start)} – {self._word(end - 1)}"

    def _word(self, position: int) -> str:
        term = self.book.glossary[self.ids[position]]
        text = term.text.get(self.lang) or next(iter(term.text.values()))
        word = text.term
        return word if len(word) <= 24 else word[:23] + "…"


def entries(book: Book, lang: Lang, filter_text: str = "") -> list[Entry]:
    """Every term written in `lang` (or only in the other one), sorted as a reader expects."""
    index = GlossaryIndex(book, lang, filter_text, page_terms=max(1, len(book.glossary)))
    return index.entries(0)


def _span(first: str, last: str) -> str:
    return first if first == last else f"{first}–{last}"


def glossary_html(book: Book, lang: Lang, style: PageStyle = PageStyle(),
                  filter_text: str = "", path: str = "",
                  index: GlossaryIndex | None = None) -> str:
    """One page: letter bar, the filter's result, the page's place among the others, and
    its entries under each letter. `path` names the page (`GlossaryIndex.path`)."""
    if index is None or index.lang != lang or index.filter_text != filter_text.strip():
        index = GlossaryIndex(book, lang, filter_text)
    page = index.page_for_path(path)
    shown = index.entries(page)
    groups: dict[str, list[Entry]] = {}
    for entry in shown:
        groups.setdefault(entry.letter, []).append(entry)
    letters = [*(["#"] if "#" in index.letter_start else []), *LETTERS]
    letter_links = {}
    for letter in letters:
        target = index.page_of_letter(letter)
        if target is not None:  # on this page, only a scroll
            where = "" if target == page else f"terms:{index.path(target)}"
            letter_links[letter] = f"{where}#{letter_anchor(letter)}"
    # A letter's heading is named only on the page where the letter starts.
    starts_here = {letter for letter in groups if index.page_of_letter(letter) == page}

    def neighbour(target: int) -> dict | None:
        if not 0 <= target < index.page_count or target == page:
            return None
        return {"href": f"terms:{index.path(target)}", "letters": index.label(target)}

    first, last = index.bounds(page)
    paging = None
    if index.page_count > 1:
        paging = {"page": page + 1, "pages": index.page_count, "first": first + 1,
                  "last": last, "count": len(index.ids),
                  "letters": index.label(page),
                  "previous": neighbour(page - 1), "next": neighbour(page + 1)}
    return _env().get_template("glossary.html").render(
        lang=lang, other=other_lang(lang), css=style_sheet(book.assets, style),
        letters=letters, letter_links=letter_links, groups=groups, starts_here=starts_here,
        anchor=letter_anchor, filter_text=index.filter_text, count=len(index.ids),
        total=len(book.glossary), paging=paging, num=lambda n: format_number(n, lang))
