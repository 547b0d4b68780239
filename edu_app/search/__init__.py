"""Search across the chapters and the glossary, in both languages: plain Python, no Qt.

`SearchIndex(book).query(text, lang)` gives ranked `Hit`s; `Suggester` proposes
glossary words when nothing is found; `text` holds the accent-insensitive matching
that the find bar and the in-chapter highlighter share with the index.
"""

from .index import Hit, SearchIndex, index_size
from .query import ParsedQuery, parse
from .suggest import Suggester
from .text import Pattern, fold, fold_with_map, substring_spans, word_spans

__all__ = [
    "Hit", "ParsedQuery", "Pattern", "SearchIndex", "Suggester", "fold", "fold_with_map",
    "index_size", "parse", "substring_spans", "word_spans",
]
