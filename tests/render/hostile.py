"""The hostile chapter bodies of issue 20 (item 9), shared by tests/render/test_limits.py,
tests/render/test_fuzz_stages.py and benchmarks/hostile_pages.py. Each is a function of a
scale (1.0: the issue's size); `stages()` times every stage of a page made of one."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path


def _boxes(scale: float) -> str:
    depth = max(10, int(38 * scale))
    return "".join("    " * i + "!!! note\n" for i in range(depth)) + "    " * depth + "deep\n"


def _backtick_runs(scale: float) -> str:
    out, n = [], 1
    while sum(len(x) for x in out) < 181_000 * scale:
        out.append("`" * n + " x ")
        n += 1
    return "".join(out)


CASES: dict[str, Callable[[float], str]] = {
    "a-tags": lambda s: "<a " * int(50_000 * s),
    "brackets-in-long-paragraph": lambda s: "[" * 499 + "word " * int(80_000 * s),
    "image-brackets": lambda s: "![" * 400 + "word " * int(80_000 * s),
    "backslashes": lambda s: "\\" * int(200_000 * s),
    "line-breaks": lambda s: "a  \n" * int(100_000 * s),
    "entities": lambda s: "&amp; " * int(100_000 * s),
    "unclosed-divs": lambda s: "<div>\n\n" * int(20_000 * s),
    "nested-spans": lambda s: "<span>" * int(20_000 * s) + "x",
    "one-word": lambda s: "x" * int(1_000_000 * s),
    "headings": lambda s: "".join(f"## Part {i}\n\n" for i in range(int(20_000 * s))),
    "wide-table": lambda s: "".join("|" + cell * int(10_000 * s) + "\n"
                                    for cell in ("a|", "-|", "b|")),
    "nested-boxes": _boxes,
    "backtick-runs": _backtick_runs,
}


FIXTURE_CHAPTER = (Path(__file__).resolve().parents[1]
                   / "check/fixtures/minimal/content/en/01-intro.md")


def scaled(make: Callable[[float], str], size: int) -> str:
    """The body `make` gives, scaled to about `size` characters."""
    one = len(make(1.0))
    return make(max(0.01, size / max(one, 1)))[:size]


def floor_body(size: int) -> str:
    """Ordinary text of `size` characters (a small chapter repeated): what a page that
    big costs anyway, the floor the hostile ones are measured against."""
    body = FIXTURE_CHAPTER.read_text("utf-8").split("+++", 2)[2]
    return (body * (size // len(body) + 1))[:size]


def stages(book, body: str, chapter_id: str = "intro") -> dict[str, float]:
    """Seconds of each stage of a page with `body` as the chapter `chapter_id` (English) of
    `book`: Markdown (with the tree sanitizer), the raw-HTML sanitizer on its output, Qt's
    import and layout as the window does it, and the PDF handout of that one chapter."""
    from PySide6.QtGui import QTextDocument

    from edu_app.handout.compose import HandoutOptions, compose_handout
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import pdf_bytes
    from edu_app.qt.richtext import honour_heading_sizes
    from edu_app.render.pages import markdown_to_html
    from edu_app.render.sanitize import sanitize

    times: dict[str, float] = {}
    start = time.perf_counter()
    html, _, _ = markdown_to_html(book, body, "en")
    times["markdown"] = time.perf_counter() - start
    start = time.perf_counter()
    sanitize(html)
    times["sanitizer"] = time.perf_counter() - start
    start = time.perf_counter()
    doc = QTextDocument()
    doc.setHtml(html)
    honour_heading_sizes(doc)
    doc.setTextWidth(900)
    doc.documentLayout().documentSize()
    times["qt layout"] = time.perf_counter() - start
    chapter = book.chapters[chapter_id]["en"]
    saved = chapter.body
    chapter.body = body
    try:
        start = time.perf_counter()
        composed = compose_handout(book, HandoutOptions(chapters=(chapter_id,), lang="en"))
        pdf_bytes(build_document(composed))
        times["pdf"] = time.perf_counter() - start
    finally:
        chapter.body = saved
    return times
