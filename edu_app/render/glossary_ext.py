"""Glossary marking: each hard word in a chapter becomes a link to its definition.

A Python-Markdown tree processor, so it sees the document's structure and never marks a
word inside a heading, a link, code or another term (image text is an attribute, which
it never touches). The words are found with one compiled regular expression per book
and language, built as a trie of every term's forms: the longest form wins at each
place and the cost per word barely grows with the number of terms.

Matching rules (content/FORMAT.md): whole words, ignoring case, after Unicode NFC
normalisation; straight and typographic apostrophes, hyphens and runs of spaces are
equivalent, so French elisions ("l'immunothérapie", "d’anticorps") need nothing
special. By default each term is marked at its first occurrence in each section (the
text between two `##` headings); `mark_all` marks every occurrence.

No Qt here: the handout and the checker can ask which terms a text uses.
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from ..content.model import Book
from .sanitize import DOTTED_UNDERLINE

APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "-\u2010\u2011"
_FOLD_PUNCT = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})
_SPACES = re.compile(r"\s+")
_ATOMS = {" ": r"\s+", "'": f"[{APOSTROPHES}]", "-": f"[{re.escape(HYPHENS)}]"}
_EDGE = rf"[\w{re.escape(HYPHENS)}]"  # a form must not touch these on either side
SKIP_TAGS = frozenset({"a", "code", "pre", "kbd", "samp", "img", "script", "style",
                       "h1", "h2", "h3", "h4", "h5", "h6"})
SECTION_TAG = "h2"
PRIORITY = 1  # after the inline patterns, boxes, pictures and anchors; before unescaping


def normalise_form(text: str) -> str:
    """The key a form and a matched word share: NFC, lower case, one kind of apostrophe,
    hyphen and space."""
    text = unicodedata.normalize("NFC", text).translate(_FOLD_PUNCT).lower()
    return _SPACES.sub(" ", text).strip()


def _trie_regex(keys: Iterable[str]) -> str:
    """A regex matching any key, longest first, written as a trie of its characters."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(_ATOMS.get(ch) or re.escape(ch)) + emit(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a key ends here: the longer keys are tried first (greedy)
            return f"(?:{body})?"
        return body

    return emit(trie)


@dataclass(frozen=True)
class Matcher:
    """Finds glossary forms in text: (start, end, term id) for each whole-word match."""

    pattern: re.Pattern[str] | None
    owner: dict[str, str]  # normalised form -> term id

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            term_id = self.owner.get(normalise_form(match.group()))
            if term_id is not None:
                yield match.start(), match.end(), term_id


def build_matcher(forms: Iterable[tuple[str, str]]) -> Matcher:
    """One matcher for (form, term id) pairs; a form claimed twice keeps its first owner."""
    owner: dict[str, str] = {}
    for form, term_id in forms:
        key = normalise_form(form)
        if key:
            owner.setdefault(key, term_id)
    if not owner:
        return Matcher(None, {})
    pattern = re.compile(rf"(?<!{_EDGE})(?:{_trie_regex(owner)})(?!{_EDGE})", re.IGNORECASE)
    return Matcher(pattern, owner)


@lru_cache(maxsize=16)
def _cached_matcher(forms: tuple[tuple[str, str], ...]) -> Matcher:
    return build_matcher(forms)


def book_forms(book: Book, lang: str) -> tuple[tuple[str, str], ...]:
    """Every (form, term id) of the book's glossary in `lang`, in glossary order."""
    return tuple((form, term.id) for term in book.glossary.values()
                 if lang in term.text for form in term.text[lang].forms)


_BY_GLOSSARY: dict[tuple[int, str], tuple[dict, int, Matcher, dict[str, str]]] = {}
MAX_BOOKS = 8


def _for_book(book: Book, lang: str) -> tuple[Matcher, dict[str, str]]:
    """The matcher and the short definitions for `book` in `lang`, looked up by the
    glossary's identity (a chapter render must not rebuild or even rehash 1,000 forms).
    Holding the glossary keeps its id from being reused; a changed glossary is rebuilt."""
    key = (id(book.glossary), lang)
    hit = _BY_GLOSSARY.get(key)
    if hit is not None and hit[0] is book.glossary and hit[1] == len(book.glossary):
        return hit[2], hit[3]
    matcher = _cached_matcher(book_forms(book, lang))
    shorts = {tid: term.text[lang].short for tid, term in book.glossary.items()
              if lang in term.text}
    if len(_BY_GLOSSARY) >= MAX_BOOKS:
        _BY_GLOSSARY.pop(next(iter(_BY_GLOSSARY)))
    _BY_GLOSSARY[key] = (book.glossary, len(book.glossary), matcher, shorts)
    return matcher, shorts


def matcher_for(book: Book, lang: str) -> Matcher:
    """The book's matcher for `lang`, built once for as long as its forms do not change."""
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

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Markdown's API
        md.treeprocessors.register(
            GlossaryMarker(md, self.matcher, self.shorts, self.mark_all, self.link, self.found),
            "glossary", PRIORITY)
