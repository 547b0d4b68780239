"""Where the shipped book and assets are, whether installed or run from a checkout.

An installed wheel carries them inside the package (`edu_app/_book/`); a source checkout
has them at the top of the repository. Never the current directory: the app is started
from anywhere.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]  # edu_app/, wherever it was installed


def _bundled(name: str) -> Path:
    packaged = PACKAGE / "_book" / name
    if packaged.is_dir():
        return packaged
    return PACKAGE.parent / name


def default_content_dir() -> Path:
    """The book that ships with the app."""
    return _bundled("content")


def default_assets_dir() -> Path:
    """Pictures, style sheet and fonts that ship with the app."""
    return _bundled("assets")
