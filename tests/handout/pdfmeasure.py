"""Measure printed pages as a reader sees them: where text sits, how big it is, where ink is.

Two readings of a PDF, both from the file the command line wrote:
- `text_runs()`: pypdf's text with each run's size in points and its baseline, measured
  down from the top of the paper (pypdf gives the text matrix and the page's matrix);
- `ink_rows()`: the page drawn by poppler's `pdftoppm` in grey, one darkness value per row
  of pixels, to find rules and the lines to write on, which have no text.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm (poppler-utils) is not installed")


@dataclass(frozen=True)
class Run:
    """A piece of text as drawn: its size in points, its baseline from the paper's top."""

    text: str
    size: float
    x: float
    y: float


@functools.lru_cache(maxsize=32)
def text_runs(path: Path) -> list[list[Run]]:
    """Every page's text runs, in drawing order (read once per file: pypdf is slow);
    not the words drawn inside pictures (their place is not known here)."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(str(path)).pages:
        height = float(page.mediabox.height)
        runs: list[Run] = []

        def visit(text, cm, tm, _font, size, runs=runs, height=height):
            if not text.strip():
                return
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            scale = (abs(cm[0] * tm[0] + cm[2] * tm[1]) or abs(cm[1] * tm[0] + cm[3] * tm[1]))
            if 0 < y < height:  # words inside a picture come with transforms not given here
                runs.append(Run(text, round(size * scale, 2), x, height - y))

        page.extract_text(visitor_text=visit)
        pages.append(runs)
    return pages


def ink_rows(path: Path, page: int, dpi: int = 144) -> list[int]:
    """For each pixel row of page `page` (1-based), how many of its pixels are not white."""
    data = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l",
                           str(page), str(path)], check=True, capture_output=True).stdout
    magic, size, _depth, pixels = data.split(b"\n", 3)  # "P5\nW H\n255\n" then the rows
    assert magic == b"P5"
    width, height = (int(v) for v in size.split())
    white = bytes(range(240, 256))
    return [len(pixels[r * width:(r + 1) * width].translate(None, white))
            for r in range(height)]


def footer_clearance(path: Path, page: int, dpi: int = 144) -> float:
    """Points of white between the lowest ink above the footer's rule and the rule.

    A rule is a row inked across the whole text width (no line of text is that dense);
    the footer's is the lowest."""
    rows = ink_rows(path, page, dpi)
    full = max(rows)
    rule = max(r for r, ink in enumerate(rows) if ink > 0.9 * full)
    while rule > 0 and rows[rule - 1] > 0.9 * full:  # a rule more than one row thick
        rule -= 1
    gap = 0
    while rule - gap - 1 > 0 and rows[rule - gap - 1] == 0:
        gap += 1
    return gap * 72 / dpi
