"""Links, pictures and raw HTML found in a chapter's Markdown, with the line of each.

The renderer drops what it cannot show safely (external links, remote pictures, raw HTML)
but it cannot say where an author wrote it. This module reads the source the way the
renderer will and keeps line numbers, so the checker can point at the line to fix.
Code spans and fenced code are masked first: what is shown as code is not a link.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

_FENCED = re.compile(r"^[ \t]*(```|~~~)[^\n]*\n.*?(^[ \t]*\1[^\n]*$|\Z)", re.M | re.S)
# A span starts at the first backtick of a run (`(?<!`)`): tried from inside a run, growing
# runs of backticks cost a rescan per backtick (181 KB took 37 s).
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).{1,3000}?(?<!`)\1(?!`)", re.S)
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]{0,200}\]){0,500})\]"
    r"\(\s*(?P<target><[^<>\n]{0,500}>|[^\s()]{0,500}(?:\([^\s()]{0,200}\)[^\s()]{0,200})?)"
    r"(?:\s+(?:\"[^\"\n]{0,300}\"|'[^'\n]{0,300}'|\([^)\n]{0,300}\)))?\s*\)"
)
_REF_DEF = re.compile(r"^[ \t]{0,3}\[(?P<text>[^\]\n]+)\]:[ \t]*(?P<target>\S+)", re.M)
_AUTOLINK = re.compile(r"<(?P<target>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]{0,2000})>")
_HTML_TAG = re.compile(
    r"<(?P<close>/?)(?P<tag>[A-Za-z][A-Za-z0-9-]{0,40})(?P<attrs>(?:\s[^<>]{0,2000})?)/?>"
)
_EVENT_ATTR = re.compile(r"(?<![\w-])(on[a-z]+)\s*=", re.I)
_ID_ATTR = re.compile(r"\{[^}\n]*#([A-Za-z0-9_-]+)[^}\n]*\}")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")

ACTIVE_TAGS = frozenset(
    {"script", "style", "iframe", "object", "embed", "applet", "frame", "frameset", "form",
     "input", "button", "link", "meta", "base", "svg", "math"}
)


@dataclass(frozen=True)
class Link:
    """A link or picture as written: its target, its text and the line it starts on."""

    target: str
    text: str
    line: int
    is_image: bool = False


@dataclass(frozen=True)
class RawHtml:
    """A raw HTML tag or comment the renderer will drop."""

    tag: str  # lower case; "!--" for a comment
    line: int
    active: bool  # script-like, or with an on* event attribute
    detail: str  # the event attribute, when there is one


def _blank(match: re.Match[str]) -> str:
    """Spaces in place of the match, newlines kept, so offsets and lines do not move."""
    return re.sub(r"[^\n]", " ", match.group(0))


def mask_code(markdown: str) -> str:
    """The Markdown with fenced code and code spans blanked out."""
    return _CODE_SPAN.sub(_blank, _FENCED.sub(_blank, markdown))


class _Lines:
    """Line numbers of offsets in one text, by binary search (no rescans on big files)."""

    def __init__(self, text: str, first_line: int) -> None:
        self.breaks = [m.start() for m in re.finditer("\n", text)]
        self.first_line = first_line

    def at(self, offset: int) -> int:
        return self.first_line + bisect_left(self.breaks, offset)


def scheme_of(target: str) -> str:
    """The lower-case scheme of a link target ("chapter", "https"), or "" for none."""
    match = _SCHEME.match(target.strip())
    return match.group(1).lower() if match else ""


def find_links(markdown: str, first_line: int = 1) -> list[Link]:
    """Inline links, pictures, reference definitions and autolinks, in text order."""
    text = mask_code(markdown)
    lines = _Lines(text, first_line)
    found: list[tuple[int, Link]] = []
    for m in _LINK.finditer(text):
        target = m.group("target").strip("<>")
        line = lines.at(m.start())
        found.append((m.start(), Link(target, m.group("text"), line, bool(m.group("bang")))))
    for m in _REF_DEF.finditer(text):
        if m.group("text").startswith("^"):
            continue  # footnote definition
        line = lines.at(m.start())
        found.append((m.start(), Link(m.group("target").strip("<>"), m.group("text"), line)))
    for m in _AUTOLINK.finditer(text):
        line = lines.at(m.start())
        found.append((m.start(), Link(m.group("target"), m.group("target"), line)))
    return [link for _, link in sorted(found, key=lambda pair: pair[0])]


def find_raw_html(markdown: str, first_line: int = 1) -> list[RawHtml]:
    """Raw HTML tags and comments outside code, with whether they try to run something."""
    text = mask_code(markdown)
    lines = _Lines(text, first_line)
    found: list[tuple[int, RawHtml]] = []
    spans: list[tuple[int, int]] = []
    start = text.find("<!--")
    while start >= 0:  # by hand: an unclosed "<!--" must not cost a rescan each time
        end = text.find("-->", start + 4)
        end = len(text) if end < 0 else end + 3
        spans.append((start, end))
        found.append((start, RawHtml("!--", lines.at(start), False, "")))
        start = text.find("<!--", end)
    pieces, last = [], 0
    for start, end in spans:
        pieces += [text[last:start], re.sub(r"[^\n]", " ", text[start:end])]
        last = end
    text = "".join(pieces) + text[last:]
    text = _AUTOLINK.sub(_blank, text)
    for m in _HTML_TAG.finditer(text):
        tag = m.group("tag").lower()
        if m.group("close"):
            continue  # the opening tag is reported; its end adds nothing
        event = _EVENT_ATTR.search(m.group("attrs") or "")
        active = tag in ACTIVE_TAGS or event is not None
        line = lines.at(m.start())
        found.append((m.start(), RawHtml(tag, line, active, event.group(1) if event else "")))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def heading_ids(markdown: str, first_line: int = 1) -> list[tuple[int, str, bool]]:
    """Each `##`/`###` heading as (line, title, has an explicit {#id})."""
    text = mask_code(markdown)
    out = []
    for offset, line in enumerate(text.split("\n")):
        m = re.match(r"^(#{2,3})\s+(.*)$", line)
        if m:
            out.append((first_line + offset, m.group(2).strip(), bool(_ID_ATTR.search(line))))
    return out


def has_box(markdown: str, kind: str) -> int:
    """The line (1-based, within `markdown`) of the first `!!! kind` box, or 0."""
    text = mask_code(markdown)
    m = re.search(rf"^[ \t]*!!![ \t]+{re.escape(kind)}\b", text, re.M)
    return text.count("\n", 0, m.start()) + 1 if m else 0
