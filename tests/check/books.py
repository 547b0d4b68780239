"""The library of broken books, built into a temporary folder for each test.

Every book starts as a copy of `fixtures/minimal` (a small, clean book), then gets the
files of `fixtures/<name>/` laid over it, then the changes of a generator below. Byte-level
damage (binary, invalid UTF-8, BOM, CRLF), the 5 MB chapter and symbolic links are made at
test time so git, editors and Windows checkouts cannot repair or break them.

The window tests can use the same library: `make_book(name, tmp_path)` for each name in
`BOOKS` gives the `content` folder to open.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def _binary(content: Path) -> None:
    (content / "en" / "03-binary.md").write_bytes(bytes(range(256)) * 20)


def _big_chapter(content: Path) -> None:
    line = "The cat sat on the mat and the dog sat on the rug. " * 20 + "\n\n"
    with (content / "en" / "01-intro.md").open("a", encoding="utf-8") as f:
        f.write(line * (5_000_000 // len(line) + 1))


def _deep_nesting(content: Path) -> None:
    lists = "".join("    " * i + "- item\n" for i in range(400))
    quotes = "> " * 1000 + "deep\n"
    mixed = "".join("  " * i + ("> " if i % 2 else "- ") + "x\n" for i in range(300))
    path = content / "fr" / "02-care.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n" + lists + "\n" + quotes + "\n"
                    + mixed + "\n" + "[" * 3000 + "x" + "]" * 3000 + "\n", encoding="utf-8")


def _invalid_utf8(content: Path) -> None:
    path = content / "en" / "02-care.md"
    lines = path.read_bytes().split(b"\n")
    lines[8] = b"Caf\xe9 and \xff\xfe bytes that are not UTF-8."  # line 9
    path.write_bytes(b"\n".join(lines))


def _bom_crlf(content: Path) -> None:
    for path in content.rglob("*"):
        if path.suffix in (".md", ".toml"):
            text = path.read_text(encoding="utf-8").replace("\n", "\r\n")
            path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def _symlinks(content: Path) -> None:
    outside = content.parent.parent / "outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.md").write_text("+++\nid = \"care\"\ntitle = \"Secret\"\n+++\nSecret.\n",
                                       encoding="utf-8")
    (outside / "secret.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>",
                                        encoding="utf-8")
    chapter = content / "en" / "02-care.md"
    chapter.unlink()
    os.symlink(outside / "secret.md", chapter)
    picture = content.parent / "assets" / "images" / "en" / "cell.svg"
    picture.unlink()
    os.symlink(outside / "secret.svg", picture)


def _empty(content: Path) -> None:
    shutil.rmtree(content)
    content.mkdir()
    (content / "book.toml").write_text("", encoding="utf-8")


def _no_book(content: Path) -> None:
    shutil.rmtree(content)
    content.mkdir()


GENERATORS: dict[str, Callable[[Path], None]] = {
    "binary-md": _binary,
    "big-chapter": _big_chapter,
    "deep-nesting": _deep_nesting,
    "invalid-utf8": _invalid_utf8,
    "bom-crlf": _bom_crlf,
    "symlinks": _symlinks,
    "empty": _empty,
    "no-book": _no_book,
}
OVERLAYS = ("links", "html", "toml-types", "toml-syntax", "bad-id", "parity", "care-team")
BOOKS = ("minimal", *OVERLAYS, *GENERATORS)


def make_book(name: str, tmp_path: Path) -> Path:
    """Build fixture book `name` under `tmp_path`; return its `content` folder."""
    root = tmp_path / name
    shutil.copytree(FIXTURES / "minimal", root)
    overlay = FIXTURES / name
    if name != "minimal" and overlay.is_dir():
        shutil.copytree(overlay, root, dirs_exist_ok=True)
    if name in GENERATORS:
        GENERATORS[name](root / "content")
    return root / "content"
