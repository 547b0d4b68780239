"""The search index: every chapter section and glossary entry, both languages, in FTS5.

One in-memory SQLite FTS5 table, built from the book the first time it is asked (see
benchmarks/search.py), so starting the app costs nothing. The `unicode61`
tokenizer with `remove_diacritics 2` folds case and accents on both sides; bm25 weighs
a section's title above its chapter's title and both above the text.
"""

from __future__ import annotations

import html
import logging
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from ..content.model import Book, Chapter, Lang, other_lang
from ..render.limits import MAX_PAGE_CHARS
from .query import ParsedQuery, Synonyms, parse
from .text import LIGATURES, markdown_to_plain

log = logging.getLogger(__name__)

CENTRES_MARKER = "[[centres-list]]"
TITLE_SEPARATOR = " › "
MARK_OPEN, MARK_CLOSE = "\x02", "\x03"
SNIPPET_TOKENS = 14
# column weights for bm25: kind, ref_id, section_id, lang (not indexed), title, context, body
WEIGHTS = (0.0, 0.0, 0.0, 0.0, 10.0, 3.0, 1.0)
BODY_COLUMN = 6
SCHEMA = """
CREATE VIRTUAL TABLE search USING fts5(
    kind UNINDEXED, ref_id UNINDEXED, section_id UNINDEXED, lang UNINDEXED,
    title, context, body,
    tokenize = "unicode61 remove_diacritics 2", prefix = "1 2"
)
"""
# Each (language, kind) owns a block of rowids, so a query asks for one block with a rowid
# range, which FTS5 answers from its index, instead of reading every matching row's
# language and kind (benchmarks/search.py measures the 200-chapter book).
BLOCK = 10_000_000
BLOCKS = {("fr", "chapter"): 0, ("fr", "term"): 1, ("en", "chapter"): 2, ("en", "term"): 3}
_LIGATURES = [(k, v) for k, v in LIGATURES.items() if k in "œŒæÆ"]


@dataclass(frozen=True)
class Hit:
    """One place that matches: a chapter section or a glossary entry, in one language.

    `title` reads "Chapter › Section" (or the term); `snippet` is safe HTML whose only
    tags are <b>…</b> around the matched words; `rank` is bm25's (lower is better).
    """

    kind: Literal["chapter", "term"]
    ref_id: str
    section_id: str
    lang: str
    title: str
    snippet: str
    rank: float

    @property
    def url(self) -> str:
        """The reader's address for this hit: `chapter:id#section` or `glossary:term`."""
        if self.kind == "term":
            return f"glossary:{self.ref_id}"
        return f"chapter:{self.ref_id}" + (f"#{self.section_id}" if self.section_id else "")


@dataclass(frozen=True)
class Entry:
    """One row before it goes into the table."""

    kind: str
    ref_id: str
    section_id: str
    lang: str
    title: str
    context: str
    body: str
    shown_title: str


def _for_index(text: str) -> str:
    # unicode61 does not spell ligatures out; "coeur" must find "cœur"
    for ligature, letters in _LIGATURES:
        if ligature in text:
            text = text.replace(ligature, letters)
    if MARK_OPEN in text or MARK_CLOSE in text:
        text = text.replace(MARK_OPEN, " ").replace(MARK_CLOSE, " ")
    return text


def _centres_text(book: Book, lang: str) -> str:
    parts = []
    for centre in book.centres.values():
        parts.append(" ".join(filter(None, (centre.name, centre.city, centre.address,
                                            centre.description.get(lang, "")))))
    return " · ".join(parts)


def chapter_entries(book: Book, chapter: Chapter) -> Iterator[Entry]:
    """The chapter cut at its headings: the opening text, then each section."""
    if chapter.error:
        return
    # No more than the reader shows (render/limits.py cuts a page there): a 2 MB chapter
    # would keep the first search waiting for seconds, for words no page holds.
    lines = chapter.body[:MAX_PAGE_CHARS].split("\n")
    replacements = {CENTRES_MARKER: _centres_text(book, chapter.lang)}
    cuts = [(s.line - chapter.body_line, s) for s in chapter.sections
            if s.line - chapter.body_line < len(lines)]
    start, section, parent = 0, None, ""
    for end, next_section in [*cuts, (len(lines), None)]:
        text = markdown_to_plain(lines[start:end], replacements)
        if section is None:
            if text:
                yield Entry("chapter", chapter.id, "", chapter.lang, chapter.title,
                            chapter.summary, text, chapter.title)
        else:
            title = markdown_to_plain([section.title])
            if section.level <= 2:
                parent = title
            context = chapter.title if section.level <= 2 else f"{chapter.title} {parent}"
            yield Entry("chapter", chapter.id, section.id, chapter.lang, title, context, text,
                        f"{chapter.title}{TITLE_SEPARATOR}{title}")
        start, section = end + 1, next_section


def book_entries(book: Book) -> Iterator[Entry]:
    for chapter_id in book.order:
        for chapter in book.chapters.get(chapter_id, {}).values():
            yield from chapter_entries(book, chapter)
    for term in book.glossary.values():
        for lang, text in term.text.items():
            body = f"{text.short} {text.definition}".strip()
            yield Entry("term", term.id, "", lang, text.term, " ".join(text.forms), body,
                        text.term)


def index_size(book: Book, enough: int) -> int:
    """About how many characters `build()` puts in the table, counted no further than
    `enough`: what its time grows with (a chapter counts as far as its page shows, each
    glossary entry with its term, forms and definitions). Stopping at `enough` keeps the
    count itself short for a glossary of 100,000 terms."""
    size = 0
    for by_lang in book.chapters.values():
        for chapter in by_lang.values():
            size += min(len(chapter.body), MAX_PAGE_CHARS)
            if size >= enough:
                return size
    for term in book.glossary.values():
        for text in term.text.values():
            size += (len(text.term) + len(text.short) + len(text.definition)
                     + sum(len(form) for form in text.forms))
        if size >= enough:
            return size
    return size


class SearchIndex:
    """`SearchIndex(book).query("leucemie", "fr")` -> ranked hits, current language first.

    Cheap to create: the table is built on the first query (or `build()`). Its SQLite
    connection is made with `check_same_thread=False` and every use of it holds a lock, so
    the index may be built on one thread and queried on another (the window builds a big
    book's index on a thread and queries it on its own). A query never raises: bad input
    gives no hits.
    """

    def __init__(self, book: Book, limit: int = 15, term_limit: int = 4) -> None:
        self.book = book
        self.limit = limit
        self.term_limit = term_limit
        self._db: sqlite3.Connection | None = None
        self._titles: dict[int, str] = {}
        self._synonyms: Synonyms | None = None
        self._lock = threading.Lock()  # every use of the connection
        self._building = threading.Lock()  # one build at a time

    @property
    def synonyms(self) -> Synonyms:
        if self._synonyms is None:
            self._synonyms = Synonyms.from_book(self.book)
        return self._synonyms

    @property
    def built(self) -> bool:
        return self._db is not None

    def build(self) -> None:
        """Fill the table from the book (again, if the book changed).

        May run on a thread of its own (the window does, for a big book): the table is
        filled on a connection of its own without taking the query lock, then swapped in
        under it, so a query on the old table never waits for the new one.
        """
        with self._building:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            db.execute(SCHEMA)
            titles: dict[int, str] = {}
            rows = []
            used = dict.fromkeys(BLOCKS, 0)
            for entry in book_entries(self.book):
                block = (entry.lang, entry.kind)
                if block not in BLOCKS or used[block] >= BLOCK - 1:
                    continue
                used[block] += 1
                rowid = BLOCKS[block] * BLOCK + used[block]
                titles[rowid] = entry.shown_title
                rows.append((rowid, entry.kind, entry.ref_id, entry.section_id, entry.lang,
                             _for_index(entry.title), _for_index(entry.context),
                             _for_index(entry.body)))
            db.executemany("INSERT INTO search (rowid, kind, ref_id, section_id, lang, title,"
                           " context, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.commit()
            synonyms = Synonyms.from_book(self.book)
            with self._lock:
                old, self._db, self._titles = self._db, db, titles
                self._synonyms = synonyms
        if old is not None:
            old.close()

    def parse(self, text: str) -> ParsedQuery:
        """What `text` means to the index (also used to highlight the words found)."""
        return parse(text, self.synonyms)

    def query(self, text: str, lang: Lang | str = "fr") -> list[Hit]:
        """Hits for `text`: `lang`'s first, then the other language's.

        Within a language, chapter sections come first, best first, then a few glossary
        entries: a family looking for a word wants the pages that talk about it, and
        the glossary's short definitions would otherwise always win on bm25.
        """
        parsed = self.parse(text)  # anything but text parses to nothing
        if not parsed:
            return []
        if self._db is None:
            self.build()
        first: Lang = "en" if lang == "en" else "fr"
        hits: list[Hit] = []
        for wanted in (first, other_lang(first)):
            hits.extend(self._run(parsed.fts, wanted, "chapter", self.limit))
            hits.extend(self._run(parsed.fts, wanted, "term", self.term_limit))
        return hits

    def _run(self, fts: str, lang: str, kind: str, limit: int) -> list[Hit]:
        weights = ", ".join(str(w) for w in WEIGHTS)
        sql = (f"SELECT rowid, ref_id, section_id, "
               f"snippet(search, {BODY_COLUMN}, ?, ?, '…', {SNIPPET_TOKENS}), "
               f"bm25(search, {weights}) AS score "
               f"FROM search WHERE search MATCH ? AND rowid BETWEEN ? AND ? "
               f"ORDER BY score LIMIT ?")
        first = BLOCKS[(lang, kind)] * BLOCK
        try:
            with self._lock:
                assert self._db is not None
                rows = self._db.execute(sql, (MARK_OPEN, MARK_CLOSE, fts, first,
                                              first + BLOCK - 1, limit)).fetchall()
        except (sqlite3.Error, UnicodeError, ValueError) as exc:
            log.debug("search for %r failed: %s", fts, exc)
            return []
        return [Hit(kind, ref_id, section_id, lang, self._titles.get(rowid, ""),  # type: ignore[arg-type]
                    marked_to_html(snippet), score)
                for rowid, ref_id, section_id, snippet, score in rows]

    def close(self) -> None:
        with self._lock:
            db, self._db = self._db, None
        if db is not None:
            db.close()


def marked_to_html(snippet: str) -> str:
    """FTS5's marked snippet as safe HTML: escaped text, the matches in <b>…</b>."""
    escaped = html.escape(snippet or "", quote=False)
    return escaped.replace(MARK_OPEN, "<b>").replace(MARK_CLOSE, "</b>")
