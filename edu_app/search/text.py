"""Plain text for searching: Markdown stripped to words, and accent/case folding.

The index needs each section's words without markup, citations or ids; the find bar and
the in-chapter highlighter need to compare "leucemie" with "Leucémie" and still know
where the original characters are. The folding itself is the book's one rule
(`content/text.py`); finding words with it lives here, in plain Python with no Qt.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..content.text import CITATION_RE, LIGATURES, fold, fold_char, fold_with_map

__all__ = ["LIGATURES", "WORD_RE", "Pattern", "fold", "fold_char", "fold_with_map", "key",
           "markdown_to_plain", "substring_spans", "word_spans"]

WORD_RE = re.compile(r"[^\W_]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def key(text: str) -> str:
    """A form reduced to its letters and digits: "CAR-T", "car t" and "CART" -> "cart"."""
    return "".join(WORD_RE.findall(fold(text)))


# --- finding words in a folded text ------------------------------------------------
@dataclass(frozen=True)
class Pattern:
    """Words to highlight: folded tokens in sequence; the last one may be a prefix."""

    tokens: tuple[str, ...]
    prefix: bool = True


def word_spans(text: str, patterns: Iterable[Pattern]) -> list[tuple[int, int]]:
    """Where the patterns occur in `text`, as sorted (start, end) in `text`'s positions.

    A pattern matches whole words in order: every token but the last exactly, the last
    as a prefix when the pattern says so; accents and case are ignored.
    """
    patterns = [p for p in patterns if p.tokens]
    if not patterns or not text or not isinstance(text, str):
        return []
    folded, where = fold_with_map(text)
    words = [(m.group(), m.start(), m.end()) for m in WORD_RE.finditer(folded)]
    found: set[tuple[int, int]] = set()
    for pattern in patterns:
        n = len(pattern.tokens)
        first, last = pattern.tokens[0], pattern.tokens[-1]
        for i, (word, start, _end) in enumerate(words):
            if i + n > len(words):
                break
            if n == 1:
                if not (word.startswith(last) if pattern.prefix else word == last):
                    continue
            elif word != first or not _rest_matches(words, i, pattern):
                continue
            end = words[i + n - 1][2]
            found.add((where[start], where[end - 1] + 1))
    return _merge(sorted(found))


def _rest_matches(words: Sequence[tuple[str, int, int]], i: int, pattern: Pattern) -> bool:
    tokens = pattern.tokens
    for k in range(1, len(tokens)):
        word = words[i + k][0]
        if k == len(tokens) - 1 and pattern.prefix:
            if not word.startswith(tokens[k]):
                return False
        elif word != tokens[k]:
            return False
    return True


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def substring_spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Every occurrence of `needle` in `text`, ignoring accents and case (the find bar).
    Anything but text (None, bytes) finds nothing: the API's boundary, typed."""
    if not text or not isinstance(text, str) or not isinstance(needle, str):
        return []
    return folded_spans(*fold_with_map(text), needle)


def folded_spans(folded: str, where: list[int], needle: str) -> list[tuple[int, int]]:
    """`substring_spans` on text already folded (with its map back), so it can be cached."""
    target = fold(needle)
    if not target.strip():
        return []
    spans = []
    start = folded.find(target)
    while start >= 0:
        end = start + len(target)
        spans.append((where[start], where[end - 1] + 1))
        start = folded.find(target, end)
    return spans


# --- Markdown to plain text ----------------------------------------------------------
_IMAGE_RE = re.compile(r"!\[([^\]]*)\]\(\s*[^)\s]*(?:\s+\"([^\"]*)\")?\s*\)")
_LINK_RE = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]@]*)\]\[[^\]]*\]")
_ATTR_RE = re.compile(r"\{[:#.][^}]*\}")
_TAG_RE = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS_RE = re.compile(r"(\*{1,3}|_{2,3}|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)|`+|~~)")
_BLOCK_START_RE = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+|>\s?|#{1,6}\s+|!!!\s|\|)")
_LIST_MARK_RE = re.compile(r"^\s*(?:>\s?)*(?:[-*+]\s+|\d+[.)]\s+|#{1,6}\s+)?")
_ADMONITION_RE = re.compile(r"^\s*!!!\s+\S+(?:\s+\"([^\"]*)\")?\s*$")
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_SPACE_RE = re.compile(r"\s+")
_SENTENCE_END = ".!?:;,…»)\"'’"


def _picture_words(match: re.Match[str]) -> str:
    alt, caption = (match.group(1) or "").strip(), (match.group(2) or "").strip()
    if alt and caption:
        return f"{alt} · {caption}" if alt[-1] not in _SENTENCE_END else f"{alt} {caption}"
    return alt or caption


def inline_to_plain(text: str) -> str:
    """One line of Markdown without its markup, citations and ids."""
    text = CITATION_RE.sub("", text)
    text = _ATTR_RE.sub("", text)
    text = _IMAGE_RE.sub(_picture_words, text)
    text = _LINK_RE.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), text)
    text = _TAG_RE.sub(" ", text)
    text = _EMPHASIS_RE.sub("", text)
    text = html.unescape(text)
    text = _CONTROL_RE.sub(" ", text)
    return _SPACE_RE.sub(" ", text.replace("|", " ")).strip()


def markdown_to_plain(lines: Sequence[str], replacements: dict[str, str] | None = None) -> str:
    """Lines of a Markdown body as one line of plain text, blocks kept apart.

    A list item or a box that does not end a sentence is followed by " · " so that
    snippets read as separate items rather than one run-on sentence.
    `replacements` swaps a whole line for text (the `[[centres-list]]` marker).
    """
    out: list[str] = []
    new_block = True
    in_fence = False
    for raw in lines:
        stripped = raw.strip()
        if stripped.startswith(("```", "~~~")):
            in_fence = not in_fence
            new_block = True
            continue
        if not stripped:
            new_block = True
            continue
        if replacements and stripped in replacements:
            line, starts_block = replacements[stripped], True
        elif not in_fence and (box := _ADMONITION_RE.match(raw)):
            line, starts_block = box.group(1) or "", True
        elif not in_fence and _TABLE_RULE_RE.match(raw):
            continue
        else:
            starts_block = bool(_BLOCK_START_RE.match(raw))
            line = raw if in_fence else _LIST_MARK_RE.sub("", raw, count=1)
            line = inline_to_plain(line)
        if not line:
            continue
        if out and (new_block or starts_block) and out[-1][-1] not in _SENTENCE_END:
            out.append("·")
        out.append(line)
        new_block = False
    return " ".join(out)
