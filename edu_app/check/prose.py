"""The reader-facing sentences of a chapter, with the line each one starts on.

Readability must be scored on what a family reads, not on the Markdown an author types:
this module drops front matter, headings, box titles, citations, ids, link targets,
pictures and emphasis, then splits the prose into sentences. It works line by line on the
source, so every sentence keeps its line number for the checker's report. No Qt, no
Markdown library: the scores must not change when the renderer does.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from edu_app.content.text import CITATION_LIKE_RE

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^\s{0,3}(#{1,6}\s|#{1,6}$|=+\s*$|-+\s*$)")
_ADMONITION = re.compile(r"^\s*(!!!|\?\?\?\+?)\s")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]+\|[\s:|-]*$")
_ATTR_LINE = re.compile(r"^\s*\{:[^}]*\}\s*$")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s")
_DATA_LINE = re.compile(r"^\s*\[\[[a-z-]+\]\]\s*$")  # [[centres-map]]: data, not prose

# Bounded, line-local patterns: a hostile chapter must not make the checker quadratic.
_INLINE = [
    (re.compile(r"!\[[^\]\n]{0,500}\]\([^)\n]{0,500}\)"), ""),  # pictures
    (re.compile(r"!\[[^\]\n]{0,500}\]\[[^\]\n]{0,200}\]"), ""),
    (re.compile(rf"(?<![ \t])[ \t]*{CITATION_LIKE_RE.pattern}"), ""),  # [@id], [@a; @b]
    (re.compile(r"\[\^[^\]\n]{0,200}\]"), ""),  # footnote markers
    (re.compile(r"\[([^\]\n]{0,500})\]\([^)\n]{0,500}\)"), r"\1"),  # links keep their text
    (re.compile(r"\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]"), r"\1"),
    (re.compile(r"<(https?|mailto|file):[^<>\s]{0,500}>"), ""),  # autolinks
    (re.compile(r"<[^<>\n]{1,500}>"), ""),  # raw HTML tags
    (re.compile(r"(?<![ \t])[ \t]*\{\s*[:#.][^{}\n]{0,200}\}"), ""),  # {#id}, attribute lists
    (re.compile(r"`+"), ""),
    (re.compile(r"\*+|(?<!\w)_+|_+(?!\w)|~~"), ""),  # emphasis
]

# Words after which a full stop does not end a sentence (compared in lower case).
ABBREVIATIONS = frozenset(
    """dr mr mrs ms prof pr st vs etc e.g i.e cf fig no nos vol p pp approx env
    mme mlle mm me dre ex éd ed al jr sr inc ca""".split()
)
_CLOSERS = "”’\"')]"
_SPACE = " \t\u00a0\u202f\u2009\n"
_TERMINATORS = ".!?…"
_WORD_CHAR = re.compile(r"[^\W_]")


@dataclass(frozen=True)
class Sentence:
    """One sentence as a reader sees it, and the source line where it starts."""

    text: str
    line: int

    @property
    def words(self) -> list[str]:
        return words(self.text)


def words(text: str) -> list[str]:
    """Space-separated tokens that hold a letter or digit.

    "l'immunothérapie" and "CAR-T" are one word each; a lone "?" or "–" is not a word.
    This is the usual convention for Flesch and Kandel-Moles.
    """
    return [t for t in text.split() if _WORD_CHAR.search(t)]


def strip_front_matter(text: str) -> tuple[str, int]:
    """The Markdown after a `+++` TOML front matter, and the line it starts on."""
    lines = text.lstrip("\ufeff").splitlines()
    if lines and lines[0].strip() == "+++":
        for i in range(1, len(lines)):
            if lines[i].strip() == "+++":
                return "\n".join(lines[i + 1 :]), i + 2
    return "\n".join(lines), 1


def clean_inline(text: str) -> str:
    """Markdown inline syntax removed, leaving what the reader sees."""
    for pattern, repl in _INLINE:
        text = pattern.sub(repl, text)
    return html.unescape(text)


def _blocks(markdown: str, first_line: int) -> list[tuple[int, list[str]]]:
    """Paragraphs, list items, quotes and table rows as (start line, raw lines)."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = first_line
    in_fence = False

    def close() -> None:
        nonlocal current
        if current:
            blocks.append((start, current))
        current = []

    for n, raw in enumerate(markdown.splitlines(), start=first_line):
        if _FENCE.match(raw):
            close()
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        line = raw.strip()
        line = _QUOTE.sub("", line).strip() if line.startswith(">") else line
        if (
            not line
            or _HEADING.match(line)
            or _ADMONITION.match(line)
            or _RULE.match(line)
            or _ATTR_LINE.match(line)
            or _REF_DEF.match(line)
            or _DATA_LINE.match(line)
            or _TABLE_RULE.match(line)
        ):
            close()
            continue
        item = _LIST_ITEM.match(line)
        if item or line.startswith("|"):
            close()
            line = line[item.end() :] if item else line.replace("|", " ")
        if not current:
            start = n
        current.append(line)
        if line.startswith("|") or raw.rstrip().endswith("|"):
            close()
    close()
    return blocks


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    m = re.search(r"([\w.]+)$", text[max(0, dot - 40) : dot])
    if not m:
        return False
    word = m.group(1).lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha() and text[dot - 1].isupper())


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of one block as (offset, text).

    A sentence ends at . ! ? or … followed by optional closing quotes/brackets and a
    space, or at the end of the block. A full stop inside a number ("2.5"), after an
    abbreviation ("Dr.", "e.g.") or an initial does not end it. French spacing before
    ? ! : ; and inside « guillemets » is kept with its sentence.
    """
    out: list[tuple[int, str]] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in _TERMINATORS:
            j = i
            while j < n and text[j] in _TERMINATORS:
                j += 1
            while True:  # closing quotes and brackets stay with their sentence
                k = j
                while k < n and text[k] in " \u00a0\u202f":
                    k += 1
                if k < n and text[k] == "»":  # French spacing: « Oui. »
                    j = k + 1
                elif j < n and text[j] in _CLOSERS:
                    j += 1
                else:
                    break
            ends = j >= n or text[j] in _SPACE
            if ends and ch == "." and j == i + 1 and _is_abbreviation(text, i):
                ends = False
            if ends:
                out.append((start, text[start:j]))
                start = j
            i = j
            continue
        i += 1
    out.append((start, text[start:]))
    result = []
    for offset, sentence in out:
        lead = len(sentence) - len(sentence.lstrip(_SPACE))
        sentence = sentence.strip(_SPACE)
        if words(sentence):
            result.append((offset + lead, sentence))
    return result


def sentences(markdown: str, first_line: int = 1) -> list[Sentence]:
    """The reader-facing sentences of a chapter body (front matter already removed).

    `first_line` is the file line where `markdown` starts, so lines point into the file.
    Headings and box titles are left out; each list item ends a sentence.
    """
    found: list[Sentence] = []
    for start, lines in _blocks(markdown, first_line):
        text = clean_inline("\n".join(lines))
        line, seen = start, 0
        for offset, sentence in split_sentences(text):
            line += text.count("\n", seen, offset)  # counted once: big files stay linear
            seen = offset
            found.append(Sentence(" ".join(sentence.split()), line))
    return found
