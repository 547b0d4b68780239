"""What the reader typed, turned into a safe FTS5 query.

Nothing the reader types reaches SQLite as syntax: the text is cut into words (letters
and digits) here, and each word becomes a quoted FTS5 string, so quotes, `*`, `-`,
`NEAR`, `AND`, parentheses or emoji are only ever words or nothing at all.

Each word is a prefix ("leuc" finds "leucémie") after a light plural strip
("LEUCÉMIES" -> "leucemie*"); a run of words that is a glossary form ("CAR-T",
"cellules CAR-T", "CART") is widened to every form of that term, in both languages,
matched as whole words (singular or plural).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..content.model import Book
from .text import WORD_RE, Pattern, fold

MAX_WORDS = 12
MAX_WORD_LENGTH = 40
MAX_FORM_WORDS = 6
MIN_PLURAL_LENGTH = 3
ELISION_RE = re.compile(r"\b(?:qu|jusqu|lorsqu|puisqu|[cdjlmnst])['’ʼ](?=\w)", re.IGNORECASE)


def words_of(text: str) -> list[str]:
    """The folded words of `text`, French elisions ("l'", "d'") dropped."""
    text = ELISION_RE.sub(" ", text[: MAX_WORDS * (MAX_WORD_LENGTH + 2)])
    return [w[:MAX_WORD_LENGTH] for w in WORD_RE.findall(fold(text))][:MAX_WORDS]


def stems(word: str) -> tuple[str, ...]:
    """Prefixes that find a word and its plural: "cells" -> "cell", "hopitaux" -> "hopital"."""
    found = [word]
    if len(word) > 3 and word[-1] in "sx":
        found.append(word[:-1])
    if len(word) > 4 and word.endswith("ies"):
        found.append(word[:-3] + "y")
    if len(word) > 4 and word.endswith("aux"):
        found.append(word[:-3] + "al")
    # a shorter prefix already finds the longer word: keep only the shortest ones
    return tuple(w for w in found if not any(o != w and w.startswith(o) for o in found))


@dataclass(frozen=True)
class Synonyms:
    """Glossary forms by their key ("cart"), each leading to all forms of its term."""

    by_key: dict[str, tuple[str, ...]]            # key -> term ids
    forms: dict[str, tuple[tuple[str, ...], ...]]  # term id -> folded word tuples

    @classmethod
    def from_book(cls, book: Book) -> Synonyms:
        by_key: dict[str, list[str]] = {}
        forms: dict[str, list[tuple[str, ...]]] = {}
        for term in book.glossary.values():
            for text in term.text.values():
                for form in (text.term, *text.forms):
                    words = tuple(words_of(form))
                    if not words or len(words) > MAX_FORM_WORDS:
                        continue
                    by_key.setdefault("".join(words), [])
                    if term.id not in by_key["".join(words)]:
                        by_key["".join(words)].append(term.id)
                    if words not in forms.setdefault(term.id, []):
                        forms[term.id].append(words)
        return cls({k: tuple(v) for k, v in by_key.items()},
                   {k: tuple(v) for k, v in forms.items()})

    def terms_for(self, words: Iterable[str]) -> tuple[str, ...]:
        joined = "".join(words)
        if len(joined) < 3:
            return ()
        return self.by_key.get(joined) or self.by_key.get(joined[:-1] if joined[-1] in "sx"
                                                          else "", ())


EMPTY_SYNONYMS = Synonyms({}, {})


@dataclass(frozen=True)
class ParsedQuery:
    """The FTS5 expression ("" when there is nothing to search) and what to highlight."""

    fts: str
    patterns: tuple[Pattern, ...]
    words: tuple[str, ...]
    terms: tuple[str, ...] = ()  # glossary terms the text named

    def __bool__(self) -> bool:
        return bool(self.fts)


def _quoted(words: Iterable[str]) -> str:
    # words hold letters and digits only, so they cannot close the quotes
    return '"' + " ".join(words) + '"'


def _word_group(word: str) -> tuple[str, list[Pattern]]:
    alternatives = stems(word)
    fts = " OR ".join(_quoted([s]) + "*" for s in alternatives)
    return (f"({fts})" if len(alternatives) > 1 else fts), [Pattern((s,)) for s in alternatives]


def _form_group(typed: list[str], forms: Iterable[tuple[str, ...]]
                ) -> tuple[str, list[Pattern]]:
    """Any form of the term, as whole words: a prefix here would let "cart" find "carte".

    Every form is highlighted, but the query keeps only the forms that no shorter one
    already finds ("greffe de moelle" is found by "greffe"): same hits, a shorter query.
    """
    patterns: list[Pattern] = []
    seen: set[tuple[str, ...]] = set()
    for words in (tuple(typed), *forms):
        *head, last = words
        variants = [last]
        if len(last) >= MIN_PLURAL_LENGTH:  # the singular and the plural of the last word
            variants += [*stems(last), *([last + "s"] if last[-1] not in "sx" else [])]
        for variant in variants:
            tokens = (*head, variant)
            if tokens not in seen:
                seen.add(tokens)
                patterns.append(Pattern(tokens, prefix=False))
    kept: list[tuple[str, ...]] = []
    for tokens in sorted(seen, key=len):
        if not any(_contains(tokens, shorter) for shorter in kept):
            kept.append(tokens)
    return "(" + " OR ".join(_quoted(tokens) for tokens in kept) + ")", patterns


def _contains(tokens: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(tokens[i:i + n] == part for i in range(len(tokens) - n + 1))


def parse(text: str, synonyms: Synonyms = EMPTY_SYNONYMS) -> ParsedQuery:
    """`text` as FTS5: every word must match (AND); glossary forms widen to synonyms."""
    if not isinstance(text, str):
        return ParsedQuery("", (), ())
    words = words_of(text)
    groups: list[str] = []
    patterns: list[Pattern] = []
    terms: list[str] = []
    i = 0
    while i < len(words):
        for j in range(min(len(words), i + MAX_FORM_WORDS), i, -1):
            found = synonyms.terms_for(words[i:j])
            if found:
                forms = [f for tid in found for f in synonyms.forms.get(tid, ())]
                fts, pats = _form_group(words[i:j], forms)
                terms.extend(t for t in found if t not in terms)
                i = j
                break
        else:
            fts, pats = _word_group(words[i])
            i += 1
        groups.append(fts)
        patterns.extend(pats)
    return ParsedQuery(" AND ".join(groups), tuple(patterns), tuple(words), tuple(terms))
