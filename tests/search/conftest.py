"""A small two-chapter book whose words never change, for exact search assertions."""

from __future__ import annotations

from pathlib import Path

import pytest

from edu_app.content import Book, load_book
from edu_app.search import SearchIndex

FIXTURE_BOOK = Path(__file__).parent / "fixtures" / "book"


@pytest.fixture(scope="session")
def small_book() -> Book:
    book = load_book(FIXTURE_BOOK)
    assert not book.problems, book.problems
    return book


@pytest.fixture(scope="session")
def small_index(small_book: Book) -> SearchIndex:
    return SearchIndex(small_book)


@pytest.fixture(scope="session")
def guide_index(book: Book) -> SearchIndex:
    index = SearchIndex(book)
    index.build()
    return index
