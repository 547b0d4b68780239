"""Glossary marking: each hard word in a chapter becomes a link to its definition.

A Python-Markdown tree processor, so it sees the document's structure and never marks a
word inside a heading, a link, code or another term (image text is an attribute, which
it never touches). The words are found with one compiled regular expression per book
and language, built as a trie of every term's forms: the longest form wins at each
place and the cost per word barely grows with the number of terms.

Matching rules (content/FORMAT.md, written once in `content/text.py`): whole words,
ignoring case, after Unicode NFC normalisation; straight and typographic apostrophes,
hyphens and runs of spaces are equivalent, so French elisions ("l'immunothérapie",
"d’anticorps") need nothing special. By default each term is marked at its first
occurrence in each section (the text between two `##` headings); `mark_all` marks every
occurrence.

No Qt here: the handout and the checker can ask which terms a text uses.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from functools import lru_cache

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..content.model import Book, Term
from ..content.text import Matcher, build_matcher
from .sanitize import DOTTED_UNDERLINE

SKIP_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "img", "script", "style",
                       "h1", "h2", "h3", "h4", "h5", "h6"})
SECTION_TAG = "h2"
PRIORITY = 1  # after the inline patterns, boxes, pictures and anchors; before unescaping


@lru_cache(maxsize=16)
def _cached_matcher(forms: tuple[tuple[str, str], ...]) -> Matcher:
    return build_matcher(forms)


def book_forms(book: Book, lang: str) -> tuple[tuple[str, str], ...]:
    """Every (form, term id) of the book's glossary in `lang`, in glossary order."""
    return tuple((form, term.id) for term in book.glossary.values()
                 if lang in term.text for form in term.text[lang].forms)


_BY_GLOSSARY: dict[tuple[int, str], tuple[dict, tuple[Term, ...], Matcher, dict[str, str]]] = {}
MAX_BOOKS = 8


def _same_terms(held: tuple[Term, ...], glossary: dict[str, Term]) -> bool:
    """Whether `glossary` still holds exactly the `held` terms, in order. Terms are frozen,
    so the same objects mean the same forms; comparing identities costs microseconds
    where rehashing every form would cost a chapter render's worth."""
    return len(held) == len(glossary) and all(
        a is b for a, b in zip(held, glossary.values(), strict=True))


def _for_book(book: Book, lang: str) -> tuple[Matcher, dict[str, str]]:
    """The matcher and the short definitions for `book` in `lang`, built again whenever
    a term of its glossary is added, removed or replaced. Holding the glossary keeps its
    id from being reused."""
    key = (id(book.glossary), lang)
    hit = _BY_GLOSSARY.get(key)
    if hit is not None and hit[0] is book.glossary and _same_terms(hit[1], book.glossary):
        return hit[2], hit[3]
    matcher = _cached_matcher(book_forms(book, lang))
    shorts = {tid: term.text[lang].short for tid, term in book.glossary.items()
              if lang in term.text}
    _BY_GLOSSARY.pop(key, None)
    if len(_BY_GLOSSARY) >= MAX_BOOKS:
        _BY_GLOSSARY.pop(next(iter(_BY_GLOSSARY)))
    _BY_GLOSSARY[key] = (book.glossary, tuple(book.glossary.values()), matcher, shorts)
    return matcher, shorts


def book_matcher(book: Book, lang: str) -> Matcher:
    """The matcher the reader marks `book`'s words with in `lang`: the checker counts a
    term as used with this very matcher, so the two cannot disagree."""
    return _for_book(book, lang)[0]


class GlossaryMarker(Treeprocessor):
    """Wrap glossary words in `<a class="term" href="glossary:id" title="short">`, with
    a dotted underline (`DOTTED_UNDERLINE`: Qt's style sheets cannot ask for one)."""

    def __init__(self, md: Markdown, matcher: Matcher, shorts: dict[str, str],
                 mark_all: bool = False, link: bool = True,
                 found: list[str] | None = None) -> None:
        super().__init__(md)
        self.matcher = matcher
        self.shorts = shorts
        self.mark_all = mark_all
        self.link = link
        self.found = found if found is not None else []
        self._seen: set[str] = set()

    def run(self, root: ET.Element) -> None:
        self._seen = set()
        self._walk(root)

    def _walk(self, element: ET.Element) -> None:
        pos = 0
        if element.text:
            marked = self._mark(element.text)
            if marked:
                element.text, links = marked
                for link in links:
                    element.insert(pos, link)
                    pos += 1
        for child in list(element)[pos:]:
            if child.tag == SECTION_TAG:
                self._seen = set()
            if child.tag == "a" and child.get("href", "").startswith("glossary:"):
                self._author_link(child)
            elif child.tag not in SKIP_TAGS and "term" not in child.get("class", "").split():
                self._walk(child)
            pos += 1
            if child.tail:
                marked = self._mark(child.tail)
                if marked:
                    child.tail, links = marked
                    for link in links:
                        element.insert(pos, link)
                        pos += 1

    def _author_link(self, link: ET.Element) -> None:
        """A `[word](glossary:id)` the author wrote counts as that term's mark."""
        term_id = link.get("href", "").split(":", 1)[1]
        if term_id not in self.shorts:
            return  # unknown term: the loader reports it, the link stays as written
        if term_id not in self.found:
            self.found.append(term_id)
        self._seen.add(term_id)
        link.set("class", " ".join([*link.get("class", "").split(), "term"]).strip())
        link.set("style", DOTTED_UNDERLINE)
        if not link.get("title"):
            link.set("title", self.shorts[term_id])

    def _mark(self, text: str) -> tuple[str, list[ET.Element]] | None:
        """The text before the first mark and the marks (each holding the text after it),
        or None when nothing is marked."""
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        links: list[ET.Element] = []
        lead: str | None = None
        last = 0
        for start, end, term_id in self.matcher.find(text):
            if term_id not in self.found:
                self.found.append(term_id)
            if term_id in self._seen and not self.mark_all:
                continue
            self._seen.add(term_id)
            if not self.link:
                continue
            if links:
                links[-1].tail = text[last:start]
            else:
                lead = text[:start]
            link = ET.Element("a", {"class": "term", "href": f"glossary:{term_id}",
                                    "title": self.shorts.get(term_id, ""),
                                    "style": DOTTED_UNDERLINE})
            link.text = text[start:end]
            links.append(link)
            last = end
        if not links:
            return None
        links[-1].tail = text[last:]
        return lead or "", links


class GlossaryExtension(Extension):
    """Register the marker for `book` in `lang`.

    `link=False` marks nothing but still lists, in `found`, the terms the text uses (in
    order of first appearance): what a printed page without links needs.
    """

    def __init__(self, book: Book, lang: str, mark_all: bool = False, link: bool = True,
                 found: list[str] | None = None) -> None:
        super().__init__()
        self.matcher, self.shorts = _for_book(book, lang)
        self.mark_all = mark_all
        self.link = link
        self.found = found if found is not None else []

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(
            GlossaryMarker(md, self.matcher, self.shorts, self.mark_all, self.link, self.found),
            "glossary", PRIORITY)
