"""Reading the book's files without ever raising: text, TOML and the problems found.

Shared by the loader and the glossary reader, so that every file is read the same way:
UTF-8 with a byte-order mark dropped, CRLF folded, binary and oversized files refused,
and every failure turned into a `Problem` with its file and line.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import tomllib

from .model import Problem

MAX_CHAPTER_BYTES = 2_000_000
# The glossary is one file for the whole book: 100,000 terms of plain words take 40 to
# 100 MB, and the A–Z page is paged, so it may be far larger than a chapter.
MAX_GLOSSARY_BYTES = 128_000_000


class Collector:
    """Accumulates problems with paths relative to the book for readable messages.

    The clinic's layer has a collector of its own (`layer="clinic"`, paths shown from the
    folder holding `clinic/`), so every problem says whose file it is in.
    """

    def __init__(self, root: Path, layer: str = "book") -> None:
        self.root = root
        self.layer = layer
        self.problems: list[Problem] = []

    def add(self, path: Path, line: int, message: str, severity: str = "error",
            code: str = "content") -> None:
        try:
            shown = str(path.relative_to(self.root))
        except ValueError:
            shown = str(path)
        self.problems.append(Problem(shown, line, message,
                                     severity, code, self.layer))  # type: ignore[arg-type]


class NotRegularFileError(OSError):
    """A path that is a pipe, a device, a socket or a folder: never read as a chapter."""


def read_regular(path: Path | str, limit: int) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` + 1 of them.

    Opened without blocking and judged on the open file (no race between a check and
    the read): a FIFO named like a chapter would otherwise wait forever for a writer,
    and `/dev/zero` would never end. Raises `NotRegularFileError` for anything that is
    not a regular file and `OSError` (ELOOP for a link loop) when it cannot be opened.
    The caller tells "too large" by the length.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotRegularFileError(errno.EINVAL, "not a regular file", str(path))
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def _outside_book(path: Path, root: Path) -> bool:
    """Whether a link leads out of the book (realpath: a loop is reported on opening)."""
    return not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root))


def read_text(path: Path, out: Collector, limit: int = MAX_CHAPTER_BYTES,
              what: str = "a chapter") -> str | None:
    """UTF-8 text of `path` with a leading BOM dropped and CRLF folded, or None; a file
    over `limit` bytes is refused, and the problem says it is too large to be `what`."""
    try:
        data = read_regular(path, limit)
        if path.is_symlink() and _outside_book(path, out.root):
            out.add(path, 0, "This file is a link to a place outside the book; it is ignored.",
                    code="outside-book")
            return None
    except NotRegularFileError:
        out.add(path, 0, "This is not a regular file (a folder, a pipe or a device); "
                "it is ignored.", code="not-a-file")
        return None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            out.add(path, 0, "This file is a link that leads back to itself (a link loop); "
                    "it is ignored.", code="link-loop")
        else:
            out.add(path, 0, f"This file cannot be read ({exc.strerror or exc}).",
                    code="unreadable")
        return None
    if len(data) > limit:
        out.add(path, 0, f"This file is too large to be {what} (over "
                f"{limit // 1_000_000} MB); it is ignored.", code="too-large")
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


def present(path: Path) -> bool:
    """Whether a name exists in its folder, even as a broken link or a link loop (which
    `Path.exists` calls missing, so a broken glossary would go unreported)."""
    return os.path.lexists(path)


def toml_line(exc: tomllib.TOMLDecodeError) -> int:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else 0


def parse_toml(text: str, path: Path, out: Collector, first_line: int = 1) -> dict | None:
    import tomllib  # here: a cached start does not parse TOML at all

    try:
        return tomllib.loads(text)
    except RecursionError:  # tomllib recurses once per level of [ ] or { }
        out.add(path, first_line + deep_line(text) - 1,
                f"TOML nested too deeply (over {MAX_TOML_NESTING} levels of [ ] or {{ }}); "
                "this part is ignored.", code="toml-nesting")
        return None
    except tomllib.TOMLDecodeError as exc:
        line = toml_line(exc) or (text.count("\n") + 1 if "end of document" in str(exc) else 0)
        where = first_line + line - 1 if line else first_line
        msg = str(exc).split(" (at")[0]
        out.add(path, where, f"TOML syntax error: {msg}.", code="toml")
        return None


MAX_TOML_NESTING = 100


def deep_line(text: str, limit: int = MAX_TOML_NESTING) -> int:
    """The line (1-based) where brackets and braces first open past `limit` levels,
    counted naively (quoted text included): where to look when the parser gave up."""
    depth, line = 0, 1
    for char in text:
        if char in "[{":
            depth += 1
            if depth > limit:
                return line
        elif char in "]}":
            depth -= 1
        elif char == "\n":
            line += 1
    return 1


def load_toml(path: Path, out: Collector, required: bool = True) -> dict:
    if not present(path):
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

