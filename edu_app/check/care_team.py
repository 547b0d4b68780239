"""The safety sentences marked `[@care-team]`: found, listed per chapter, and kept apart.

The guide says nothing medical beyond its five sources, with one exception: a sentence
sending the reader to the care team ("like every strong treatment, it can have serious
side effects; the team will explain them"). Such a sentence cites the pseudo-source
`care-team` (kind "care-team" in sources.toml). The checker lists these sentences as
their own category, so a reviewer reads every one of them, and never counts the marker
as the source of a fact: a figure in such a sentence, or a document cited beside the
marker, is reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from edu_app.check.chapter_rules import Findings
from edu_app.check.prose import sentences
from edu_app.content.model import ESSENTIALS_ID, LANGS, Book, Chapter
from edu_app.content.text import CITATION_PATTERN, citations

# What `[@care-team]` becomes before the prose is split: a "word" no author writes, so it
# survives the prose cleaning and lands at the start of the sentence after the one it marks.
_TOKEN = "CARETEAMMARK"
_CITATION_RUN = re.compile(rf"(?:{CITATION_PATTERN}[ \t]*)+")  # citations side by side


@dataclass(frozen=True)
class CareTeamSentence:
    """One safety sentence, as a reader sees it, and where it is."""

    chapter: str
    lang: str
    file: str
    line: int
    text: str


def _marked(chapter: Chapter, ids: frozenset[str]) -> list[tuple[int, str, str]]:
    """(line, sentence, raw Markdown of its line) for each sentence marked with `ids`."""
    pattern = re.compile(r"\[@(?:" + "|".join(re.escape(i) for i in sorted(ids)) + r")\]")
    body = pattern.sub(f" {_TOKEN}", chapter.body)
    found = sentences(body, chapter.body_line)
    raw_lines = chapter.body.split("\n")
    out: list[tuple[int, str, str]] = []
    for i, sentence in enumerate(found):
        text = sentence.text
        if text.startswith(_TOKEN) and i > 0:  # the mark after a full stop
            target = found[i - 1]
        elif text.endswith(_TOKEN) or f"{_TOKEN}." in text:  # "... [@care-team]."
            target = sentence
        else:
            continue
        clean = " ".join(re.sub(rf"\s*{_TOKEN}", "", target.text).split())
        if clean and (not out or out[-1][:2] != (target.line, clean)):
            index = target.line - chapter.body_line
            raw = raw_lines[index] if 0 <= index < len(raw_lines) else ""
            out.append((target.line, clean, raw))
    return out


def _mixed(raw: str, ids: frozenset[str]) -> bool:
    """Whether a care-team mark sits side by side with a document's citation on `raw`."""
    for run in _CITATION_RUN.finditer(raw):
        cited = set(citations(run.group(0)))
        if cited & ids and cited - ids:
            return True
    return False


def care_team_sentences(book: Book, rel) -> list[CareTeamSentence]:
    """Every safety sentence of the book, chapter by chapter in reading order."""
    ids = book.care_team_ids
    if not ids:
        return []
    out = []
    shelves = [(cid, book.chapters.get(cid, {})) for cid in book.order]
    shelves.append((ESSENTIALS_ID, book.essentials))  # the one-page summary has its own
    for cid, by_lang in shelves:
        for lang, chapter in sorted(by_lang.items()):
            if chapter.error:
                continue
            for line, text, _ in _marked(chapter, ids):
                out.append(CareTeamSentence(cid, lang, rel(book, chapter.path), line, text))
    return out


def check_care_team(book: Book, out: Findings) -> None:
    """A safety sentence holds no figure and cites no document; both languages have as many."""
    ids = book.care_team_ids
    if not ids:
        return
    for by_lang in [*book.chapters.values(), book.essentials]:
        counts = {}
        for lang, chapter in by_lang.items():
            if chapter.error:
                continue
            marked = _marked(chapter, ids)
            counts[lang] = len(marked)
            for line, text, raw in marked:
                if re.search(r"\d", text):
                    out.add(chapter.path, line, "warning", "care-team-figure",
                            "A safety sentence [@care-team] holds a figure; figures need a "
                            "source. Put the figure in its own sentence and cite it.")
                if _mixed(raw, ids):
                    out.add(chapter.path, line, "warning", "care-team-mixed",
                            "A safety sentence [@care-team] also cites a document: the mark "
                            "is the guide's own advice, not a source. Keep the cited fact in a "
                            "sentence of its own.")
        if len(counts) == len(LANGS) and len(set(counts.values())) > 1:
            for lang, chapter in by_lang.items():
                other = next(c for c in counts if c != lang)
                out.add(chapter.path, chapter.body_line, "warning", "care-team-parity",
                        f"{counts[lang]} safety sentence(s) [@care-team] here, "
                        f"{counts[other]} in the other language: both must say the same.")
