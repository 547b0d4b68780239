"""Reading the book's files without ever raising: text, TOML and the problems found.

Shared by the loader and the glossary reader, so that every file is read the same way:
UTF-8 with a byte-order mark dropped, CRLF folded, binary and oversized files refused,
and every failure turned into a `Problem` with its file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tomllib

from .model import Problem

MAX_CHAPTER_BYTES = 2_000_000


class Collector:
    """Accumulates problems with paths relative to the book for readable messages."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: str, severity: str = "error",
            code: str = "content") -> None:
        try:
            shown = str(path.relative_to(self.root))
        except ValueError:
            shown = str(path)
        self.problems.append(Problem(shown, line, message, severity, code))  # type: ignore[arg-type]


def read_text(path: Path, out: Collector) -> str | None:
    """UTF-8 text of `path` with a leading BOM dropped and CRLF folded, or None."""
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(out.root.resolve()):
            out.add(path, 0, "This file is a link to a place outside the book; it is ignored.",
                    code="outside-book")
            return None
        if path.stat().st_size > MAX_CHAPTER_BYTES:
            out.add(path, 0, "This file is too large to be a chapter (over 2 MB); it is ignored.",
                    code="too-large")
            return None
        data = path.read_bytes()
    except OSError as exc:
        out.add(path, 0, f"This file cannot be read ({exc.strerror or exc}).", code="unreadable")
        return None
    if b"\x00" in data[:4096]:
        out.add(path, 0, "This file is not text (it looks binary); it is ignored.", code="binary")
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        out.add(path, line, "This file is not valid UTF-8 text; save it as UTF-8.",
                code="encoding")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def toml_line(exc: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 0


def parse_toml(text: str, path: Path, out: Collector, first_line: int = 1) -> dict | None:
    import tomllib  # here: a cached start does not parse TOML at all

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = toml_line(exc) or (text.count("\n") + 1 if "end of document" in str(exc) else 0)
        where = first_line + line - 1 if line else first_line
        msg = str(exc).split(" (at")[0]
        out.add(path, where, f"TOML syntax error: {msg}.", code="toml")
        return None


def load_toml(path: Path, out: Collector, required: bool = True) -> dict:
    if not path.exists():
        if required:
            out.add(path, 0, "This file is missing.", code="missing-file")
        return {}
    text = read_text(path, out)
    if text is None:
        return {}
    return parse_toml(text, path, out) or {}


TABLE_RE = re.compile(r"^[ \t]*\[[ \t]*([A-Za-z0-9_-]+)[ \t]*[.\]]", re.M)


def table_lines(text: str) -> dict[str, int]:
    """Line where each top-level `[key]` is first declared, so problems point at it."""
    lines: dict[str, int] = {}
    line, last = 1, 0
    for match in TABLE_RE.finditer(text):
        line += text.count("\n", last, match.start())
        last = match.start()
        lines.setdefault(match.group(1), line)
    return lines


def as_str(value: Any, default: str = "") -> str:
    return value if isinstance(value, str) else default


def as_date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None

