"""The book as typed data: what the loader produces and every other layer reads.

Kept free of Qt and of parsing so that the renderer, the search index, the handout
and the content checker can share one vocabulary without importing each other.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Lang = Literal["en", "fr"]
LANGS: tuple[Lang, ...] = ("fr", "en")
PAPERS = ("a4", "letter")  # what a handout prints on (a clinic may name one)
Severity = Literal["error", "warning", "info"]
# The kind of the pseudo-source `[@care-team]`: a safety sentence that is the guide's own
# advice to ask the care team, not a fact from one of the documents.
CARE_TEAM_KIND = "care-team"
# Who a chapter is written for (front matter `audience`): the parents by default, or the
# child and siblings reading with an adult, who get a chapter with stricter targets.
AUDIENCES = ("families", "children")
# The one-page summary ("the essentials") is written like a chapter, in `en/` and `fr/`,
# with this id; it is not a chapter of the reading order.
ESSENTIALS_ID = "essentials"
Layer = Literal["book", "clinic"]  # the shipped book, or the clinic's own folder beside it
CLINIC_SOURCE = "clinic"  # `[@clinic]` and `source = "clinic"`: the clinic vouches for it


def other_lang(lang: Lang) -> Lang:
    """The language a bilingual family is not reading in right now."""
    return "en" if lang == "fr" else "fr"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the book, told so an author can find and fix it."""

    file: str
    line: int
    message: str
    severity: Severity = "error"
    code: str = "content"
    layer: Layer = "book"  # "clinic": the clinic's files, not the book's

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.severity}: {self.message}"


@dataclass(frozen=True)
class Section:
    """A `##` or `###` heading; its id is shared by both languages."""

    id: str
    title: str
    level: int
    line: int


@dataclass
class Chapter:
    """One chapter in one language, as written by its author."""

    id: str
    lang: Lang
    title: str
    summary: str
    reviewed: dt.date | None
    body: str
    path: Path
    body_line: int  # line of the file where `body` starts (1-based)
    sections: list[Section] = field(default_factory=list)
    error: str | None = None  # set when the file could not be read: shown inline
    audience: str = "families"  # one of AUDIENCES
    layer: Layer = "book"
    after: str = ""  # a clinic chapter: the book's chapter it follows (front matter)

    @property
    def for_children(self) -> bool:
        return self.audience == "children"


@dataclass(frozen=True)
class Source:
    id: str
    authors: tuple[str, ...]
    title: str
    translated_title: str
    venue: str
    date: str
    language: str
    kind: str
    note: tuple[tuple[str, str], ...] = ()  # (lang, text): what a reader should know of it

    @property
    def is_care_team(self) -> bool:
        """A safety-sentence marker, never a document: not numbered, never a fact's source."""
        return self.kind == CARE_TEAM_KIND

    def venue_in(self, lang: str) -> str:
        """The venue followed by the note in `lang` (a French family reads French)."""
        note = dict(self.note).get(lang, "")
        return ". ".join(part for part in (self.venue, note) if part)


@dataclass(frozen=True)
class TermText:
    """A glossary term in one language."""

    term: str
    forms: tuple[str, ...]
    short: str
    definition: str


@dataclass(frozen=True)
class Term:
    id: str
    text: dict[str, TermText]  # keyed by Lang
    related: tuple[str, ...]
    line: int = 0


@dataclass(frozen=True)
class Centre:
    id: str
    name: str
    city: str
    address: str
    roles: tuple[str, ...]
    lat: float | None
    lon: float | None
    description: dict[str, str]
    source: str
    phone: str = ""
    website: str = ""  # shown as text to copy: the clinic PC is offline
    layer: Layer = "book"
    line: int = 0  # where its table starts in its centres.toml


@dataclass(frozen=True)
class Phone:
    """One of the clinic's numbers, with what it is for in each language."""

    number: str
    label: dict[str, str]  # keyed by Lang: "During the day", "At night or in an emergency"
    line: int = 0


@dataclass
class Clinic:
    """The clinic's own layer (`clinic/` beside the book): who to call and what it adds.

    Kept apart from the book so that a new edition of the book replaces `content/` and
    leaves all of this as the clinic wrote it.
    """

    root: Path
    name: dict[str, str]  # keyed by Lang; the same text in both when written once
    address: str = ""
    phones: list[Phone] = field(default_factory=list)
    note: dict[str, str] = field(default_factory=dict)  # what is covered, whom to ask
    reviewed: dt.date | None = None
    centres: list[str] = field(default_factory=list)  # ids the clinic added
    chapters: list[str] = field(default_factory=list)  # ids the clinic added
    paper: str = ""  # "a4" | "letter": the clinic's printers' paper; "" = the computer's

    def name_in(self, lang: str) -> str:
        return self.name.get(lang) or next(iter(self.name.values()), "")

    @property
    def first_phone(self) -> Phone | None:
        return self.phones[0] if self.phones else None


@dataclass
class Book:
    """Everything that loaded, plus the list of what did not."""

    root: Path
    title: dict[str, str]
    subtitle: dict[str, str]
    version: str
    reviewed: dt.date | None
    order: list[str]
    chapters: dict[str, dict[str, Chapter]]  # chapter id -> lang -> Chapter
    sources: dict[str, Source]
    glossary: dict[str, Term]
    centres: dict[str, Centre]
    problems: list[Problem] = field(default_factory=list)
    essentials: dict[str, Chapter] = field(default_factory=dict)  # lang -> the one-page summary
    clinic: Clinic | None = None  # the clinic's layer, merged in by the loader

    @property
    def care_team_ids(self) -> frozenset[str]:
        """The ids of the care-team pseudo-sources (normally just `care-team`)."""
        return frozenset(sid for sid, s in self.sources.items() if s.is_care_team)

    @property
    def documents(self) -> list[Source]:
        """The real sources, without the care-team marker: what the sources page lists."""
        return [s for s in self.sources.values() if not s.is_care_team]

    @property
    def assets(self) -> Path:
        """Where this book's pictures and style sheet live, beside `content/`."""
        return self.root.parent / "assets"

    def chapter(self, chapter_id: str, lang: Lang) -> tuple[Chapter | None, bool]:
        """The chapter in `lang`, or in the other language when missing.

        The flag says whether the fallback was used, so the reader can show a banner.
        """
        by_lang = self.chapters.get(chapter_id, {})
        if lang in by_lang:
            return by_lang[lang], False
        fallback = by_lang.get(other_lang(lang))
        return fallback, fallback is not None

    def neighbours(self, chapter_id: str) -> tuple[str | None, str | None]:
        """Previous and next chapter ids in reading order."""
        if chapter_id not in self.order:
            return None, None
        i = self.order.index(chapter_id)
        prev_id = self.order[i - 1] if i > 0 else None
        next_id = self.order[i + 1] if i + 1 < len(self.order) else None
        return prev_id, next_id
