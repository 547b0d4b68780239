"""A start-up cache: the loaded book and the first page, kept between runs.

An old clinic PC should show the guide at once. Parsing every chapter and importing the
template engine before the first paint costs more than a bare Qt window takes to start,
so the parsed book and the first page's HTML are kept in the user's cache folder.

What can go wrong with a cache on a shared PC, and what stops it:
- a stale page: the key hashes the *content* of every file of the book, its own assets
  and the shipped ones it falls back on (a same-size edit on a coarse-mtime file system
  still makes a new key), the app's code and templates by size and date (they change
  with an install), and the versions of Python, Python-Markdown, Jinja2 and PySide6;
- code in the cache: entries are JSON, which cannot run anything (a planted pickle was
  executed at the next start); the book is checked against the model's types on load;
- a full disk or two instances at once: each entry is written to its own `tempfile`
  and renamed over the old one, and every entry carries its key, its length and a
  hash of its payload, checked before use, so a partial or foreign file is rebuilt.
"""

from __future__ import annotations

import base64
import importlib.util
import json
import logging
import os
import sys
import tempfile
import time
import zlib
from pathlib import Path
from typing import Any

from .. import __version__
from .model import Book
from .paths import PACKAGE, default_assets_dir
from .reading import read_regular

log = logging.getLogger(__name__)
FORMAT = "edu-app-cache/2"
SUFFIX = ".json"
STALE_PART_SECONDS = 3600  # a temporary file this old was left by a start that died
MAX_HASHED_BYTES = 64 << 20  # a file larger than this is keyed on its size and mtime
LIBRARIES = ("markdown", "jinja2", "PySide6")  # their version files, found without import


def _library_lines() -> list[str]:
    """Each library's version file, by content: found on sys.path, never imported (a
    cached start does not load Python-Markdown or Jinja2 at all)."""
    lines = []
    for name in LIBRARIES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        origin = getattr(spec, "origin", None)
        folder = Path(origin).parent if origin else None
        for candidate in ("__meta__.py", "__init__.py") if folder else ():
            try:
                data = read_regular(folder / candidate, 1 << 20)  # type: ignore[operator]
            except OSError:
                continue
            lines.append(f"{name}\0{digest(data)}")
            break
        else:
            lines.append(f"{name}\0absent")
    return lines


def _stat_lines(folder: Path, skip: frozenset[str]) -> list[str]:
    """The app's code by path, size and date: it changes with an install, and reading
    every module at each start would cost more than the cache saves."""
    lines = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d not in skip and d != "__pycache__")
        for name in sorted(filenames):
            if not name.endswith((".pyc", ".tmp", ".part")):
                try:
                    st = os.stat(os.path.join(dirpath, name))
                except OSError:
                    continue
                lines.append(f"{dirpath}/{name}\0{st.st_size}\0{st.st_mtime_ns}")
    return lines


def _file_lines(folder: Path, skip: frozenset[str] = frozenset()) -> list[str]:
    """One line per file under `folder`: its relative path and a hash of its bytes.

    Links to folders are followed once (a loop is not walked twice); anything that is
    not a regular file is named, not read, so a pipe cannot block the start.
    """
    lines: list[str] = []
    seen: set[tuple[int, int]] = set()
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError:
            dirnames.clear()
            continue
        if (st.st_dev, st.st_ino) in seen:
            dirnames.clear()
            continue
        seen.add((st.st_dev, st.st_ino))
        dirnames[:] = sorted(d for d in dirnames if d not in skip and d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".pyc", ".tmp", ".part")):
                continue
            path = os.path.join(dirpath, name)
            lines.append(f"{os.path.relpath(path, folder)}\0{_file_hash(path)}")
    return lines


def _file_hash(path: str) -> str:
    try:
        data = read_regular(path, MAX_HASHED_BYTES)
    except OSError as exc:
        return f"unreadable {exc.errno}"
    if len(data) > MAX_HASHED_BYTES:
        st = os.stat(path)
        return f"large {st.st_size} {st.st_mtime_ns}"
    return digest(data)


def fingerprint(content_dir: Path, assets_dirs: tuple[Path, ...] = (),
                clinic_dir: Path | None = None) -> str:
    """Changes whenever a file of the book, the clinic's layer, its assets, the app or a
    library changes."""
    book_assets = content_dir.parent / "assets"
    folders = dict.fromkeys(
        (content_dir, book_assets, *assets_dirs, default_assets_dir(),
         *([clinic_dir] if clinic_dir is not None else [])))
    lines = [FORMAT, __version__, sys.version, os.path.realpath(content_dir),
             f"clinic {os.path.realpath(clinic_dir) if clinic_dir else ''}",
             *_library_lines()]
    for index, folder in enumerate(folders):
        lines.append(f"folder {index} {os.path.realpath(folder)}")
        lines.extend(_file_lines(folder))
    lines.append("code")
    lines.extend(_stat_lines(PACKAGE, skip=frozenset({"_book"})))
    return digest("\n".join(lines).encode("utf-8", "surrogateescape"))


def digest(data: bytes) -> str:
    """A short name for `data` that changes when it does: CRC-32, Adler-32 and the length,
    a content hash against stale and damaged files, not against forgery (the cache holds
    only data, checked on load). zlib is loaded anyway; hashlib would load OpenSSL."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}"


def _encode(value: Any) -> Any:
    """JSON's types, with bytes kept as base64 (the window's saved layout)."""
    if isinstance(value, bytes | bytearray):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {"table": {str(k): _encode(v) for k, v in value.items()}}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"bytes"}:
            return base64.b64decode(value["bytes"], validate=True)
        return {k: _decode(v) for k, v in value["table"].items()}
    return value


class StartupCache:
    """Named entries in one folder, each valid for one fingerprint."""

    def __init__(self, folder: Path | None, content_dir: Path,
                 assets_dir: Path | None = None, clinic_dir: Path | None = None) -> None:
        self.folder = folder
        extra = (assets_dir,) if assets_dir is not None else ()
        self.key = fingerprint(content_dir, extra, clinic_dir) if folder else ""

    def _path(self, name: str) -> Path | None:
        return self.folder / f"{name}-{self.key}{SUFFIX}" if self.folder else None

    def load(self, name: str) -> Any | None:
        """The entry saved under `name` for this key, or None (missing, damaged, foreign)."""
        path = self._path(name)
        if path is None:
            return None
        try:
            raw = read_regular(path, MAX_HASHED_BYTES)
        except OSError:
            return None
        try:
            header, _, payload = raw.partition(b"\n")
            meta = json.loads(header)
            if (meta.get("format"), meta.get("name"), meta.get("key")) != (
                    FORMAT, name, self.key) or meta.get("length") != len(payload) \
                    or meta.get("digest") != digest(payload):
                raise ValueError("not this cache's entry, or not whole")
            return _decode(json.loads(payload))
        except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
            log.info("start-up cache %s damaged or foreign; rebuilding", path)
            return None

    def save(self, name: str, value: Any) -> None:
        """Write the entry whole under a name of its own, then rename it into place."""
        path = self._path(name)
        if path is None:
            return
        payload = json.dumps(_encode(value), ensure_ascii=False,
                             separators=(",", ":")).encode("utf-8", "surrogateescape")
        header = json.dumps({"format": FORMAT, "name": name, "key": self.key,
                             "length": len(payload),
                             "digest": digest(payload)}).encode()
        temp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{name}-",
                                            suffix=".part")
            with os.fdopen(handle, "wb") as stream:
                stream.write(header + b"\n" + payload)
            os.replace(temp, path)
            temp = None
            self._forget_others(name, path)
        except OSError as exc:
            log.info("could not write the start-up cache: %s", exc)
        finally:
            if temp is not None:
                try:
                    os.unlink(temp)
                except OSError:
                    pass

    def _forget_others(self, name: str, keep: Path) -> None:
        """Entries of other keys, the old pickles (never read) and parts left by a start
        that died. A part still being written by another instance is young: kept."""
        assert self.folder is not None
        now = time.time()
        for old in self.folder.glob(f"{name}-*"):
            if old != keep and old.suffix in (SUFFIX, ".tmp"):
                old.unlink(missing_ok=True)
        for old in self.folder.glob("*.pickle"):  # the format before this one: any name
            old.unlink(missing_ok=True)
        for part in self.folder.glob(f".{name}-*.part"):
            try:
                if now - part.stat().st_mtime > STALE_PART_SECONDS:
                    part.unlink(missing_ok=True)
            except OSError:
                continue


def load_book_cached(content_dir: Path, assets_dir: Path | None,
                     cache: StartupCache | None, clinic_dir: Path | None = None) -> Book:
    """The book (with the clinic's layer from `clinic_dir`) from the cache when nothing
    changed since it was saved, else loaded anew."""
    from .book_data import BadDataError, book_from_data, to_data

    if cache is not None:
        data = cache.load("book")
        if data is not None:
            try:
                return book_from_data(data)
            except BadDataError as exc:
                log.info("start-up cache: the saved book does not fit (%s); loading", exc)
    from .loader import load_book  # the parser: not needed when the cache holds the book

    book = load_book(content_dir, clinic_dir)
    if cache is not None:
        try:
            cache.save("book", to_data(book))
        except BadDataError as exc:
            log.info("start-up cache: the book cannot be kept (%s)", exc)
    return book
