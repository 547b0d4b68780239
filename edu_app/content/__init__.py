"""Loading and validating a book: plain Python, importable without Qt."""

from .loader import load_book
from .model import LANGS, Book, Centre, Chapter, Lang, Problem, Section, Source, Term, other_lang
from .paths import default_assets_dir, default_content_dir

__all__ = [
    "LANGS", "Book", "Centre", "Chapter", "Lang", "Problem", "Section", "Source", "Term",
    "default_assets_dir", "default_content_dir", "load_book", "other_lang",
]
