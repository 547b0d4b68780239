"""Limits that keep the rendering of any chapter bounded, shared by the renderer and checker.

The page is built on the GUI thread, so one hostile chapter used to freeze the window:
Python-Markdown's inline patterns are quadratic in the markup of one block (16,000 `<a `,
200 KB of `\\`, 100,000 line breaks or entities), and Qt's layout is slow on nesting,
very long words, thousands of headings (each anchor) and wide tables. No real chapter
comes near these limits; past one, the block is shown *as plain text* (its words,
escaped, long words breakable), headings past the limit as plain paragraphs, and lines
nested too deep at the deepest allowed level. `bound()` says what it did and where, so
`edu-app check` reports exactly what the reader shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

MAX_MARKUP_PER_BLOCK = 400  # [ < \ & ` * _ and hard line breaks in one paragraph
MAX_LINES_PER_BLOCK = 2000
MAX_WORD = 200  # characters without a space
MAX_DEPTH = 8  # levels of indentation (4 spaces) or of quotes
MAX_HEADINGS = 200
MAX_COLUMNS = 40
MAX_TAGS_PER_PAGE = 1000
MARKUP = "[<\\&`*_"
BLOCK_RE = re.compile(r"\n[ \t]*\n")
HEADING_RE = re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t]|$)")
FENCE_RE = re.compile(r"^[ \t]*(```|~~~)")
LONG_RUN_RE = re.compile(rf"\S{{{MAX_WORD // 2}}}")
TOKEN = "eduplainblock{}x"
TOKEN_RE = re.compile(r"eduplainblock(\d+)x")
WHOLE_TOKEN_RE = re.compile(r"(?<=<p>)eduplainblock(\d+)x(?=</p>)")
PLAIN_CHUNK = 2000  # characters of plain text per line laid out
PLAIN_LINES = 20  # lines per paragraph of plain text
MAX_BLOCKS = 2000  # paragraphs on a page; the rest is shown as plain text
MAX_PLAIN_CHARS = 50_000  # of plain text on a page; the rest is left out, and said
MAX_PAGE_CHARS = 100_000  # of Markdown on a page (a chapter is about 10,000): the rest is cut
MAX_BOX_DEPTH = 3  # boxes in boxes: Qt lays out nested tables slowly, on paper above all
BOX_RE = re.compile(r"^([ \t]*)!!![ \t]+([A-Za-z0-9_-]+)(.*)$")


@dataclass
class Bounded:
    """The body to give Markdown, what to put back in place of its tokens, and notes
    (line within the body, code, message) for the checker."""

    body: str
    plain: list[str] = field(default_factory=list)
    plain_lines: list[int] = field(default_factory=list)  # where each plain block starts
    notes: list[tuple[int, str, str]] = field(default_factory=list)

    def restore(self, html: str) -> str:
        """Put each plain block back, escaped, in place of its token: in paragraphs of
        their own where the token is one (Qt lays out many small paragraphs much faster
        than one huge one), else inline."""
        if not self.plain:
            return html
        html = WHOLE_TOKEN_RE.sub(
            lambda m: _plain_html(self.plain[int(m.group(1))], "</p><p>"), html)
        return TOKEN_RE.sub(lambda m: _plain_html(self.plain[int(m.group(1))], "<br/>"), html)


def _plain_html(text: str, between: str) -> str:
    """Text shown as it was written: escaped, long words breakable, `between` every few
    lines or characters."""
    text = LONG_RUN_RE.sub(lambda m: m.group(0) + "\u200b", text)
    lines = [line[i:i + PLAIN_CHUNK] for line in text.split("\n")
             for i in range(0, max(len(line), 1), PLAIN_CHUNK)]
    chunks = ["<br/>".join(escape(x) for x in lines[i:i + PLAIN_LINES])
              for i in range(0, len(lines), PLAIN_LINES)]
    return between.join(chunks)


def _clamp_depth(line: str) -> tuple[str, bool]:
    expanded = line.expandtabs(4)
    stripped = expanded.lstrip(" ")
    indent = len(expanded) - len(stripped)
    quotes = re.match(r"(?:>[ ]?)*", stripped).group(0)  # type: ignore[union-attr]
    changed = False
    if quotes.count(">") > MAX_DEPTH:
        stripped = "> " * MAX_DEPTH + stripped[len(quotes):]
        changed = True
    if indent > MAX_DEPTH * 4:
        indent = MAX_DEPTH * 4
        changed = True
    return (" " * indent + stripped, True) if changed else (line, False)


def _why_plain(block: str, tags_over: bool) -> str:
    if tags_over and "<" in block:
        return (f"more than {MAX_TAGS_PER_PAGE} HTML tags on the page: this paragraph "
                "is shown as plain text")
    markup = sum(block.count(c) for c in MARKUP) + block.count("  \n")
    if markup > MAX_MARKUP_PER_BLOCK:
        return (f"{markup} markup characters in one paragraph (over "
                f"{MAX_MARKUP_PER_BLOCK}): shown as plain text")
    if block.count("\n") >= MAX_LINES_PER_BLOCK:
        return f"a paragraph of over {MAX_LINES_PER_BLOCK} lines: shown as plain text"
    if re.search(rf"\S{{{MAX_WORD + 1}}}", block):
        return f"a word of over {MAX_WORD} characters: this paragraph is shown as plain text"
    if max((line.count("|") for line in block.split("\n")), default=0) > MAX_COLUMNS:
        return f"a table of over {MAX_COLUMNS} columns: shown as plain text"
    return ""


def bound(body: str) -> Bounded:
    """`body` within the limits, with a note for each place it was changed."""
    out = Bounded("")
    starts: list[tuple[int, int]] = []  # (index in pieces, line) of each block
    tags_over = body.count("<") > MAX_TAGS_PER_PAGE
    pieces: list[str] = []
    line = 1
    in_fence = False
    headings = 0
    said: set[str] = set()  # the notes given once per page (a set: pages have thousands)
    last = 0
    count = 0
    for match in [*BLOCK_RE.finditer(body), None]:
        end = match.start() if match else len(body)
        block = body[last:end]
        sep = match.group(0) if match else ""
        fences = sum(1 for row in block.split("\n") if FENCE_RE.match(row))
        if count == MAX_BLOCKS and not in_fence:  # the rest of the page, as one plain block
            rest = body[last:]
            out.notes.append((line, "too-complex", f"more than {MAX_BLOCKS} paragraphs: "
                              "the rest of the page is shown as plain text"))
            pieces.append(TOKEN.format(len(out.plain)))
            out.plain.append(rest.strip("\n"))
            out.plain_lines.append(line)
            break
        count += 1
        starts.append((len(pieces), line))
        if in_fence or fences:
            pieces.append(block)  # code is not parsed inline; left as written
            in_fence = in_fence != (fences % 2 == 1)
        else:
            why = _why_plain(block, tags_over)
            if why:
                out.notes.append((line, "too-complex", why))
                pieces.append(TOKEN.format(len(out.plain)))
                out.plain.append(block.strip("\n"))
                out.plain_lines.append(line)
            else:
                rows = block.split("\n")
                for i, row in enumerate(rows):
                    if HEADING_RE.match(row):
                        headings += 1
                        if headings == MAX_HEADINGS + 1:
                            out.notes.append((line + i, "too-many-headings",
                                              f"more than {MAX_HEADINGS} headings: the rest "
                                              "are shown as plain paragraphs"))
                        if headings > MAX_HEADINGS:
                            rows[i] = HEADING_RE.sub("", row).lstrip()
                            continue
                    box = BOX_RE.match(row)
                    if box and len(box.group(1).expandtabs(4)) // 4 >= MAX_BOX_DEPTH:
                        if "deep-boxes" not in said:
                            said.add("deep-boxes")
                            out.notes.append((line + i, "deep-boxes",
                                              f"boxes nested more than {MAX_BOX_DEPTH} deep: "
                                              "the inner ones are shown as plain paragraphs"))
                        title = box.group(3).strip().strip('"') or box.group(2)
                        row = rows[i] = f"{box.group(1)}**{title}**"
                    clamped, changed = _clamp_depth(row)
                    if changed:
                        if "deep-nesting" not in said:
                            said.add("deep-nesting")
                            out.notes.append((line + i, "deep-nesting",
                                              f"nested more than {MAX_DEPTH} levels deep: "
                                              f"shown at the {MAX_DEPTH}th level"))
                        rows[i] = clamped
                pieces.append("\n".join(rows))
        pieces.append(sep)
        line += block.count("\n") + sep.count("\n")
        last = match.end() if match else end
    _cap_plain(out)
    out.body = _cap_page(pieces, starts, out)
    return out


def _cap_page(pieces: list[str], starts: list[tuple[int, int]], out: Bounded) -> str:
    """At most MAX_PAGE_CHARS of Markdown (after the limits above), cut between blocks:
    even ordinary text of 2 MB takes Qt seconds, and a chapter is about 10,000."""
    total = 0
    for (index, line), nxt in zip(starts, [*starts[1:], (len(pieces), 0)], strict=True):
        size = sum(len(piece) for piece in pieces[index:nxt[0]])
        if total + size > MAX_PAGE_CHARS and index > 0:
            left = sum(len(piece) for piece in pieces[index:])
            out.notes.append((line, "too-long", f"over {MAX_PAGE_CHARS} characters on one "
                              f"page: the rest of the chapter ({left} characters) is not "
                              "shown"))
            return "".join(pieces[:index]) + f"[… {left} more characters not shown]\n"
        total += size
    return "".join(pieces)


def _cap_plain(out: Bounded) -> None:
    """At most MAX_PLAIN_CHARS of plain text on a page: a 2 MB hostile paragraph would
    take Qt seconds to lay out, and no family reads it."""
    room = MAX_PLAIN_CHARS
    said = any(code == "too-long" for _, code, _ in out.notes)  # once, not per block
    for i, text in enumerate(out.plain):
        if len(text) > room:
            left = len(text) - room
            out.plain[i] = text[:room] + f"\n[… {left} more characters not shown]"
            if not said:
                said = True
                out.notes.append((out.plain_lines[i], "too-long",
                                  f"over {MAX_PLAIN_CHARS} characters of plain text on "
                                  "the page: the rest is not shown"))
        room = max(0, room - len(out.plain[i]))
