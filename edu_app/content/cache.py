"""A start-up cache: the loaded book and the first page, kept between runs.

An old clinic PC should show the guide at once. Parsing every chapter and importing the
template engine before the first paint costs more than a bare Qt window takes to start,
so the parsed book and the first page's HTML are kept in the user's cache folder, keyed
by a fingerprint of every file they were made from. Any change to the content, the
templates or the app makes a new key; a missing or damaged cache is simply rebuilt.
"""

from __future__ import annotations

import logging
import os
import pickle
import zlib
from pathlib import Path

from .. import __version__
from .model import Book
from .paths import PACKAGE

log = logging.getLogger(__name__)


def _stat_lines(folder: Path) -> list[str]:
    lines = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith((".pyc", ".tmp")):
                continue
            path = os.path.join(dirpath, name)
            try:
                st = os.stat(path)
            except OSError:
                continue
            lines.append(f"{path}\0{st.st_size}\0{st.st_mtime_ns}")
    return lines


def fingerprint(content_dir: Path, assets_dir: Path) -> str:
    """Changes whenever a file of the book, its assets or the renderer changes."""
    lines = [__version__, str(content_dir.resolve())]
    for folder in (content_dir, assets_dir, PACKAGE / "render", PACKAGE / "content"):
        lines.extend(_stat_lines(folder))
    return digest("\n".join(lines).encode())


def digest(data: bytes) -> str:
    """A short name for `data` that changes when it does (a cache key, not security)."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


class StartupCache:
    def __init__(self, folder: Path | None, content_dir: Path, assets_dir: Path) -> None:
        self.folder = folder
        self.key = fingerprint(content_dir, assets_dir) if folder else ""

    def _path(self, name: str) -> Path | None:
        return self.folder / f"{name}-{self.key}.pickle" if self.folder else None

    def load(self, name: str) -> object | None:
        path = self._path(name)
        if path is None or not path.is_file():
            return None
        try:
            with path.open("rb") as handle:
                return pickle.load(handle)  # noqa: S301 - our own file in the user's cache
        except Exception:  # noqa: BLE001 - a damaged cache is rebuilt, never fatal
            log.info("start-up cache %s unreadable; rebuilding", path)
            return None

    def save(self, name: str, value: object) -> None:
        path = self._path(name)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            for old in path.parent.glob(f"{name}-*.pickle"):
                old.unlink(missing_ok=True)
            tmp = path.with_suffix(".tmp")
            with tmp.open("wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(path)
        except OSError as exc:
            log.info("could not write the start-up cache: %s", exc)


def load_book_cached(content_dir: Path, assets_dir: Path,
                     cache: StartupCache | None) -> Book:
    """The book from the cache when nothing changed since it was saved, else loaded anew."""
    if cache is not None:
        book = cache.load("book")
        if isinstance(book, Book):
            return book
    from .loader import load_book  # the parser: not needed when the cache holds the book

    book = load_book(content_dir)
    if cache is not None:
        cache.save("book", book)
    return book
