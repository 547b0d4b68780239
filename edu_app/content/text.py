"""The text rules every layer shares: folding, glossary forms, slugs, citations, paths.

The loader, the renderer, the checker, search and handouts all compare words, derive
section ids and read `[@source]` citations. Written once here, they cannot disagree: a
glossary form the reader marks is a form the checker counts as used, an id the loader
derives is the id the renderer emits, a citation the loader accepts is one the renderer
turns into a link. Plain Python, no Qt and no Markdown at import (a cached start
imports this module before the first paint).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# --- Accent and case folding -----------------------------------------------------------
LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ﬁ": "fi", "ﬂ": "fl"}
APOSTROPHES = "'\u2019\u02bc"
HYPHENS = "-\u2010\u2011"
_SEPARATORS = str.maketrans({c: " " for c in APOSTROPHES + HYPHENS})
_AS_HYPHEN = {"\u2010": "-", "\u2011": "-"}  # the screen's no-break hyphen is a hyphen


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character without accents, in lower case; ligatures spelt out ("œ" -> "oe"),
    the screen's no-break hyphen (`keep_whole`) as "-" so "T-cells" finds it."""
    if ch in LIGATURES:
        return LIGATURES[ch]
    if ch in _AS_HYPHEN:
        return _AS_HYPHEN[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return kept.casefold() if kept else ""


def fold(text: str) -> str:
    """`text` without accents or case: "LEUCÉMIES" -> "leucemies". Search, the find bar
    and alphabetical order (glossary pages, handouts) all compare words this way."""
    if text.isascii():
        return text.lower()
    return "".join(fold_char(ch) for ch in text)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original one.

    Folding may change the length ("œ" is two letters, a combining accent none), so
    positions found in the folded copy are mapped back one character at a time.
    """
    if text.isascii():
        return text.lower(), list(range(len(text)))
    parts: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = ch.lower() if ch.isascii() else fold_char(ch)
        parts.append(folded)
        where.extend([i] * len(folded))
    return "".join(parts), where


def fold_words(text: str) -> str:
    """`text` folded, with hyphens and apostrophes as spaces and single spaces: how a
    filter compares "lymphocyte-T" with "Lymphocyte T"."""
    return " ".join(fold(text.translate(_SEPARATORS)).split())


def sort_key(word: str) -> str:
    """Alphabetical order as a reader expects it: accents, ligatures and case ignored."""
    return fold(word)


# --- Terms kept on one line --------------------------------------------------------------
NO_BREAK_HYPHEN = "\u2011"
KEEP_WHOLE = re.compile(r"(?:\b[A-Z]{2,6}[ \u00a0])?\b[A-Z][A-Z0-9]{0,5}-\w+")
"""A term that must not break at its hyphen or before it: "T-cells", "CAR T-cells",
"CAR-T", "COVID-19" (a capital, then capitals or digits, a hyphen, a word; an acronym
before it stays with it). Names such as "Saint-Louis" break as any word does."""
_TEXT_LAYER = str.maketrans({NO_BREAK_HYPHEN: "-"})


def keep_whole(text: str) -> str:
    """`text` for display: in each `KEEP_WHOLE` term, the hyphen becomes U+2011 (a hyphen
    no line breaks after) and the space a no-break space. Display only: every text layer
    (search, clipboard, screen readers, PDF) keeps the real hyphen (`as_text`)."""
    return KEEP_WHOLE.sub(lambda m: m.group().replace("-", NO_BREAK_HYPHEN)
                          .replace(" ", "\u00a0"), text)


def as_text(text: str) -> str:
    """Displayed text back as text: the no-break hyphen as "-" (one character for one, so
    offsets still match the document's positions)."""
    return text.translate(_TEXT_LAYER)


def keep_whole_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each term of `text` a line must not break inside."""
    return [m.span() for m in KEEP_WHOLE.finditer(text)]


# --- Glossary forms ----------------------------------------------------------------------
_FORM_PUNCT = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})
_ATOMS = {" ": r"\s+", "'": f"[{APOSTROPHES}]", "-": f"[{re.escape(HYPHENS)}]"}
_EDGE = rf"[\w{re.escape(HYPHENS)}]"  # a form must not touch these on either side


def form_key(text: str) -> str:
    """The key a glossary form and a word of a chapter share: NFC, lower case, one kind
    of apostrophe and hyphen, single spaces. "L’équipe" and "l'équipe" have one key."""
    text = unicodedata.normalize("NFC", text).translate(_FORM_PUNCT).lower()
    return " ".join(text.split())


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


REGEX_KEYS = 1500  # above this many forms, the word-by-word matcher (`Matcher.by_first`)
_WORD_RE = re.compile(r"\w+")
_EDGE_RE = re.compile(_EDGE)
_TEXT_PUNCT = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})
_OTHER_SPACE_RE = re.compile(r"[^\S ]")  # a line break, a tab, a no-break space


def _keys_by_first_word(keys: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Each key under its first run of word characters, longest key first."""
    grouped: dict[str, list[str]] = {}
    for key in keys:
        first = _WORD_RE.match(key)
        if first is not None:  # a key must start with a letter or digit (the checker says)
            grouped.setdefault(first.group(), []).append(key)
    return {word: tuple(sorted(group, key=len, reverse=True)) for word, group in grouped.items()}


def _form_text(text: str) -> tuple[str, list[int] | None]:
    """`text` as form keys are written (lower case, one apostrophe, one hyphen, single
    spaces) and, when that changed its length, the index in `text` of each character."""
    low = _OTHER_SPACE_RE.sub(" ", text.translate(_TEXT_PUNCT).lower())
    if len(low) == len(text) and "  " not in low:
        return low, None  # nearly always: positions are the text's own
    parts: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if not (parts and parts[-1] == " "):
                parts.append(" ")  # a run of spaces is one, as in a form
                where.append(i)
            continue
        folded = ch.translate(_TEXT_PUNCT).lower()
        parts.append(folded if len(folded) == 1 else ch)
        where.append(i)
    return "".join(parts), where


@dataclass(frozen=True)
class Matcher:
    """Finds glossary forms in text: (start, end, term id) for each whole-word match.

    The text must be NFC (`find_terms` makes it so); positions are in that text.
    Up to `REGEX_KEYS` forms, one regular expression (a trie) finds them; past that,
    compiling it grows too costly (50 s for 100,000 terms) and `by_first` is used: the
    forms under their first word, tried longest first at the start of each word of the
    text, with the same rules (whole words, any run of spaces, any apostrophe or hyphen).
    """

    pattern: re.Pattern[str] | None
    owner: dict[str, str]  # form key -> term id
    by_first: dict[str, tuple[str, ...]] | None = None

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        if self.by_first is not None:
            yield from self._find_by_words(text)
            return
        if self.pattern is None:
            return
        for match in self.pattern.finditer(text):
            term_id = self.owner.get(form_key(match.group()))
            if term_id is not None:
                yield match.start(), match.end(), term_id

    def _find_by_words(self, text: str) -> Iterator[tuple[int, int, str]]:
        assert self.by_first is not None
        norm, where = _form_text(text)
        size = len(norm)
        done = 0  # a match ends here: the next one starts after it
        for word in _WORD_RE.finditer(norm):
            start = word.start()
            if start < done or (start and _EDGE_RE.match(norm, start - 1)):
                continue
            for key in self.by_first.get(word.group(), ()):
                end = start + len(key)
                if norm.startswith(key, start) \
                        and not (end < size and _EDGE_RE.match(norm, end)):
                    if where is None:
                        yield start, end, self.owner[key]
                    else:
                        yield where[start], where[end - 1] + 1, self.owner[key]
                    done = end
                    break

    def find_terms(self, text: str) -> list[str]:
        """The ids of the terms `text` uses, in order of first use."""
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        return list(dict.fromkeys(term_id for *_, term_id in self.find(text)))


def build_matcher(forms: Iterable[tuple[str, str]]) -> Matcher:
    """One matcher for (form, term id) pairs; a form claimed twice keeps its first owner.

    Whole words, ignoring case; straight and typographic apostrophes, hyphens and runs of
    spaces are equivalent (content/FORMAT.md)."""
    owner: dict[str, str] = {}
    for form, term_id in forms:
        key = form_key(form)
        if key:
            owner.setdefault(key, term_id)
    if not owner:
        return Matcher(None, {})
    if len(owner) > REGEX_KEYS:
        return Matcher(None, owner, _keys_by_first_word(owner))
    pattern = re.compile(rf"(?<!{_EDGE})(?:{_trie_regex(owner)})(?!{_EDGE})", re.IGNORECASE)
    return Matcher(pattern, owner)


# --- Section ids -------------------------------------------------------------------------
def slugify(text: str) -> str:
    """A heading's derived id: Python-Markdown's own `toc.slugify`, the one the renderer
    uses, so the loader's section ids are the anchors on screen."""
    from markdown.extensions.toc import slugify as toc_slugify

    return toc_slugify(text, "-")


# --- Citations ---------------------------------------------------------------------------
CITATION_PATTERN = r"\[@([A-Za-z0-9_-]+)\]"
"""The citation grammar: `[@source-id]`, one id, nothing else (no page locator: an
`[@id.p12]` is not a citation and stays as text; the loader reports it)."""
CITATION_RE = re.compile(CITATION_PATTERN)
CITATION_LIKE_RE = re.compile(r"\[@[^\]\n]{0,200}\]")
"""What an author meant as a citation, valid or not."""


def citations(text: str) -> list[str]:
    """The source ids `text` cites, in order, repeats kept."""
    return CITATION_RE.findall(text)


def malformed_citations(text: str) -> list[str]:
    """Each `[@...]` in `text` that the grammar does not accept (the reader shows it as
    text), e.g. `[@id.p12]` or `[@a; @b]`."""
    return [m.group() for m in CITATION_LIKE_RE.finditer(text)
            if not CITATION_RE.fullmatch(m.group())]


# --- Paths -------------------------------------------------------------------------------
def book_relative(root: Path, path: Path) -> str:
    """`path` as shown to authors: relative to the book's folder when inside it, with
    forward slashes on every system."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
