"""The index built on one thread and queried on another (the window does so for a big
book, ui/features/search_ready.py), and the size that decides which."""

from __future__ import annotations

import threading

from edu_app.search import SearchIndex, index_size


def test_built_on_a_thread_then_queried_on_this_one(small_book):
    index = SearchIndex(small_book)
    worker = threading.Thread(target=index.build)
    worker.start()
    worker.join()
    assert index.built
    hits = index.query("leucemie", "fr")  # no sqlite3.ProgrammingError across threads
    assert hits and hits[0].ref_id == "blood"
    index.build()  # a rebuild swaps the table in; the old one is closed
    assert index.query("leucemie", "fr") == hits
    index.close()
    assert not index.built


def test_the_size_counts_the_text_and_the_glossary_and_stops_at_enough(small_book):
    whole = index_size(small_book, 10**9)
    chapters = sum(len(c.body) for by_lang in small_book.chapters.values()
                   for c in by_lang.values())
    assert whole > chapters  # the glossary's entries count too
    assert index_size(small_book, 10) < whole  # counting stopped early
    assert index_size(small_book, 10) >= 10
