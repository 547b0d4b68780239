"""Loading and validating a book: plain Python, importable without Qt."""

from .model import LANGS, Book, Centre, Chapter, Lang, Problem, Section, Source, Term, other_lang
from .paths import default_assets_dir, default_content_dir

__all__ = [
    "LANGS", "Book", "Centre", "Chapter", "Lang", "Problem", "Section", "Source", "Term",
    "default_assets_dir", "default_content_dir", "load_book", "other_lang",
]


def load_book(path):  # noqa: ANN001, ANN201 - see loader.load_book
    """Load a book (the parser is imported on first use: a cached start never needs it)."""
    from .loader import load_book as load

    return load(path)
