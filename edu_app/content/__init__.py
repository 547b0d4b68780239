"""Loading and validating a book: plain Python, importable without Qt."""

from .model import (
    CLINIC_SOURCE,
    LANGS,
    Book,
    Centre,
    Chapter,
    Clinic,
    Lang,
    Phone,
    Problem,
    Section,
    Source,
    Term,
    other_lang,
)
from .paths import default_assets_dir, default_content_dir

__all__ = [
    "CLINIC_SOURCE", "LANGS", "Book", "Centre", "Chapter", "Clinic", "Lang", "Phone",
    "Problem", "Section", "Source", "Term", "default_assets_dir", "default_content_dir",
    "load_book", "other_lang",
]


def load_book(path, clinic_dir=None):  # see loader.load_book
    """Load a book, with a clinic's layer over it when `clinic_dir` holds one (the parser
    is imported on first use: a cached start never needs it)."""
    from .loader import load_book as load

    return load(path, clinic_dir)
