"""Every broken book of the library opens: rendered without Qt, and shown in the window.

The issue's promise: a hostile or broken book never crashes the app and never runs
anything; the reader keeps running and shows whatever is valid.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from edu_app.content import LANGS, load_book
from edu_app.render import chapter_html, home_html, sources_html

from .books import BOOKS, make_book


@pytest.mark.parametrize("name", BOOKS)
def test_renders_without_qt(tmp_path: Path, name: str) -> None:
    book = load_book(make_book(name, tmp_path))
    for lang in LANGS:
        assert "<html" in home_html(book, lang).lower()
        sources_html(book, lang)
        for cid in [*book.order, "no-such-chapter", "../../etc/passwd"]:
            page = chapter_html(book, cid, lang).lower()
            assert "<script" not in page and not re.search(r"<[^>]*\son[a-z]+\s*=", page)
            assert "https://example.org/cell.png" not in page  # remote picture never loaded
            assert "file:///etc" not in page


def test_deep_nesting_keeps_the_words(tmp_path: Path) -> None:
    book = load_book(make_book("deep-nesting", tmp_path))
    page = chapter_html(book, "care", "fr")
    assert "Votre équipe soignante" in page and "item" in page


@pytest.mark.parametrize("name", BOOKS)
def test_window_opens_every_chapter(make_window, tmp_path: Path, name: str) -> None:
    """Every chapter of every broken book, in both languages, then the A–Z and sources."""
    from PySide6.QtCore import QUrl

    book = load_book(make_book(name, tmp_path))
    win = make_window(book, lang="en")
    for lang in ("en", "fr"):
        win.reader.set_language(lang)
        for cid in [*book.order, "no-such-chapter"]:
            win.open_url(QUrl(f"chapter:{cid}"))
        for page in ("home:", "sources:", "terms:"):
            win.open_url(QUrl(page))
    assert win.isVisible()
