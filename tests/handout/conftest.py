"""Helpers for the handout tests: make a handout, read a PDF back as normalised text."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

PRINTED = dt.date(2026, 12, 1)


def squash(text: str) -> str:
    """Text as compared in tests: ligatures undone, no spaces (PDF text splits words)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


@pytest.fixture
def make_handout(qapp, book, tmp_path):
    """Compose, lay out and write a handout; returns (document, path of the PDF)."""
    from edu_app.handout import HandoutOptions, compose_handout
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import write_pdf

    def make(name: str = "handout.pdf", **options):
        options.setdefault("printed", PRINTED)
        composed = compose_handout(book, HandoutOptions(**options))
        document = build_document(composed)
        return document, write_pdf(document, tmp_path / name)

    return make


def made(qtbot, dialog):
    """The composer's pages once its thread has made them (ui/features/handout_builder.py)."""
    qtbot.waitUntil(lambda: not dialog.building, timeout=60_000)
    return dialog.document
