"""The start-up cache: never code, never stale, never poisoned by a half-written file."""

from __future__ import annotations

import errno
import json
import os
import pickle
from pathlib import Path

import pytest

from edu_app.content import cache as C
from edu_app.content import default_content_dir, load_book
from edu_app.content.book_data import BadDataError, book_from_data, to_data
from edu_app.content.cache import StartupCache, fingerprint, load_book_cached

from ..check.books import make_book


class Planted:
    """Unpickling this writes a file: proof that the cache ran code."""

    def __init__(self, proof: Path) -> None:
        self.proof = proof

    def __reduce__(self):
        return (Path.write_text, (self.proof, "ran"))


def test_a_planted_pickle_is_never_unpickled(tmp_path):
    content = make_book("minimal", tmp_path)
    folder = tmp_path / "cache"
    folder.mkdir()
    cache = StartupCache(folder, content)
    proof = tmp_path / "proof"
    for name in (f"book-{cache.key}.pickle", f"book-{cache.key}.json",
                 f"start-page-{cache.key}.pickle"):
        (folder / name).write_bytes(pickle.dumps(Planted(proof)))
    book = load_book_cached(content, None, cache)
    cache.load("start-page")
    assert not proof.exists()
    assert book == load_book(content)
    assert not list(folder.glob("*.pickle"))  # the old format is cleared away


def test_the_cached_book_is_the_loaded_book(tmp_path, book):
    assert book_from_data(json.loads(json.dumps(to_data(book)))) == book
    content = make_book("minimal", tmp_path)
    cache = StartupCache(tmp_path / "cache", content)
    first = load_book_cached(content, None, cache)
    assert list((tmp_path / "cache").glob("book-*.json"))
    assert load_book_cached(content, None, cache) == first == load_book(content)


@pytest.mark.parametrize("damage", ["truncate", "empty", "flip", "other-key", "forged-type"])
def test_a_damaged_or_foreign_entry_is_rebuilt(tmp_path, damage):
    content = make_book("minimal", tmp_path)
    cache = StartupCache(tmp_path / "cache", content)
    book = load_book_cached(content, None, cache)
    path = tmp_path / "cache" / f"book-{cache.key}.json"
    raw = path.read_bytes()
    header, _, payload = raw.partition(b"\n")
    if damage == "truncate":  # what a full disk leaves
        path.write_bytes(raw[: len(raw) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "flip":  # same length, one byte changed
        path.write_bytes(header + b"\n" + payload.replace(b"Welcome", b"Welcomf", 1))
    elif damage == "other-key":
        meta = json.loads(header)
        meta["key"] = "0" * 32
        path.write_bytes(json.dumps(meta).encode() + b"\n" + payload)
    else:  # a well-formed entry whose book has a wrong type: checked against the model
        forged = json.loads(payload)
        forged["table"]["order"] = "intro"
        payload = json.dumps(forged).encode()
        meta = json.loads(header)
        meta.update(length=len(payload), digest=C.digest(payload))
        path.write_bytes(json.dumps(meta).encode() + b"\n" + payload)
    assert load_book_cached(content, None, cache) == book
    assert StartupCache(tmp_path / "cache", content).load("book") is not None  # written anew


def test_the_model_types_are_checked():
    with pytest.raises(BadDataError):
        book_from_data({"root": 3})
    with pytest.raises(BadDataError):
        book_from_data([])


def test_a_full_disk_leaves_no_file_and_later_starts_are_fine(tmp_path, monkeypatch):
    content = make_book("minimal", tmp_path)
    folder = tmp_path / "cache"
    folder.mkdir()
    cache = StartupCache(folder, content)
    (folder / f"book-{cache.key}.tmp").write_bytes(b"\x80\x04partial")  # an old start's

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(C.os, "replace", full)
    load_book_cached(content, None, cache)
    assert sorted(p.name for p in folder.iterdir()) == [f"book-{cache.key}.tmp"]
    monkeypatch.undo()
    load_book_cached(content, None, cache)
    assert [p.name for p in folder.iterdir()] == [f"book-{cache.key}.json"]
    assert StartupCache(folder, content).load("book") is not None


def test_two_instances_write_through_names_of_their_own(tmp_path, monkeypatch):
    content = make_book("minimal", tmp_path)
    cache = StartupCache(tmp_path / "cache", content)
    seen: list[str] = []
    real = C.os.replace

    def spy(src: str, dst: str) -> None:
        seen.append(os.path.basename(src))
        real(src, dst)

    monkeypatch.setattr(C.os, "replace", spy)
    cache.save("start-page", ["k", "<p>one</p>"])
    cache.save("start-page", ["k", "<p>two</p>"])
    assert len(set(seen)) == 2 and all(n.endswith(".part") for n in seen)
    assert cache.load("start-page") == ["k", "<p>two</p>"]


def test_bytes_and_text_come_back_as_saved(tmp_path):
    cache = StartupCache(tmp_path / "cache", make_book("minimal", tmp_path))
    cache.save("window-layout", b"\x00\xffstate")
    assert cache.load("window-layout") == b"\x00\xffstate"
    assert cache.load("nothing") is None


def same_size_edit(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes without changing the size or the modification time."""
    st = path.stat()
    data = path.read_bytes()
    assert len(old) == len(new) and old in data
    path.write_bytes(data.replace(old, new, 1))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))


def test_the_key_follows_the_books_own_assets(tmp_path):
    """With --content-dir, the book's style.css (not the shipped one) is in the key."""
    content = make_book("minimal", tmp_path)
    css = content.parent / "assets" / "style.css"
    css.write_text("body { color: #111111; }\n", encoding="utf-8")
    before = fingerprint(content)
    same_size_edit(css, b"#111111", b"#222222")
    assert fingerprint(content) != before
    picture = content.parent / "assets" / "images" / "en" / "cell.svg"
    before = fingerprint(content)
    same_size_edit(picture, b"svg", b"SVG")
    assert fingerprint(content) != before


def test_the_key_follows_a_same_size_edit_of_a_chapter(tmp_path):
    content = make_book("minimal", tmp_path)
    before = fingerprint(content)
    same_size_edit(content / "en" / "01-intro.md", b"Welcome", b"Welcume")
    assert fingerprint(content) != before


def test_the_key_follows_the_code_and_the_libraries(tmp_path, monkeypatch):
    content = make_book("minimal", tmp_path)
    code = tmp_path / "code"
    (code / "ui").mkdir(parents=True)
    (code / "ui" / "window.py").write_text("LAYOUT = 1\n", encoding="utf-8")
    monkeypatch.setattr(C, "PACKAGE", code)
    before = fingerprint(content)
    (code / "ui" / "window.py").write_text("LAYOUT = 22\n", encoding="utf-8")  # an install
    assert fingerprint(content) != before

    monkeypatch.setattr(C, "LIBRARIES", ("edu_test_markdown",))  # not imported by anyone
    meta = tmp_path / "lib" / "edu_test_markdown" / "__meta__.py"
    meta.parent.mkdir(parents=True)
    (meta.parent / "__init__.py").write_text("", encoding="utf-8")
    meta.write_text("__version_info__ = (3, 11, 3, 'final', 0)\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    import importlib

    importlib.invalidate_caches()
    before = fingerprint(content)
    same_size_edit(meta, b"(3, 11, 3", b"(3, 12, 0")
    assert fingerprint(content) != before


def test_the_python_version_is_in_the_key(tmp_path, monkeypatch):
    content = make_book("minimal", tmp_path)
    before = fingerprint(content)
    monkeypatch.setattr(C.sys, "version", "3.99.0 (test)")
    assert fingerprint(content) != before


def test_the_shipped_book_is_keyed_and_cached(tmp_path):
    content = default_content_dir()
    cache = StartupCache(tmp_path / "cache", content)
    assert load_book_cached(content, None, cache) == load_book_cached(content, None, cache)
