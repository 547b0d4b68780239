"""What the A–Z glossary page costs with 1,000, 6,000 and 12,000 terms, against a floor.

    python benchmarks/glossary_page.py [--runs 3]

Each size is a small test book with that many synthetic terms (in both languages, a few
related terms each). The page is timed as the window makes it when a reader lands on a
word (a search hit, the pop-up's "Open in glossary"): the A–Z order of every term
(`GlossaryIndex`), the page that word is on (a word in the middle of the list), Qt's HTML
import, the heading sizes (`qt.richtext.honour_heading_sizes`) and the layout at a
window's width. The first page (`terms:`) is timed the same way.

The floor, in the same run, is the least one document of every term can cost: the same
terms and definitions as bare paragraphs, imported and laid out by Qt. That is what the
page cost before it was paged (5.9 s at 6,000 terms, over 11 times this floor); a paged
page costs a fraction of it, and the ratio falls as the glossary grows.

Targets (issue 20, item 10): under 1 s at 6,000 terms; linear or better, that is 12,000
terms cost at most 2.6 times what 6,000 do and 6,000 at most 7.8 times what 1,000 do (30 %
over linear, for a shared machine's noise). Exits 1 when a target is missed. Medians.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SIZES = (1000, 6000, 12000)
WIDTH = 900


def synthetic_book(count: int):
    from edu_app.content import load_book
    from edu_app.content.model import Term, TermText

    book = load_book(ROOT / "tests" / "check" / "fixtures" / "minimal" / "content")
    rng = random.Random(count)

    def word() -> str:
        letters = "abcdefghijklmnopqrstuvwxyzéè"
        return "".join(rng.choice(letters) for _ in range(rng.randint(5, 11)))

    ids = [f"term-{i}" for i in range(count)]
    book.glossary = {
        tid: Term(tid, {
            "en": TermText(f"{word()} {word()}", (), "A short line about it.",
                           "A plain explanation in two short sentences. It says what it is."),
            "fr": TermText(f"{word()} {word()}", (), "Une ligne courte.",
                           "Une explication simple en deux phrases. Elle dit ce que c'est."),
        }, tuple(rng.sample(ids, 2)))
        for tid in ids
    }
    return book


def lay_out(html: str, headings: bool) -> None:
    from PySide6.QtGui import QTextDocument

    from edu_app.qt.richtext import honour_heading_sizes

    doc = QTextDocument()
    doc.setHtml(html)
    if headings:
        honour_heading_sizes(doc)
    doc.setTextWidth(WIDTH)
    doc.documentLayout().documentSize()


def page_seconds(book, where: str = "middle") -> float:
    """A reader sent to a word: the A–Z order, then that word's page, laid out."""
    from edu_app.render.glossary_page import GlossaryIndex, glossary_html

    start = time.perf_counter()
    index = GlossaryIndex(book, "en")
    word = index.ids[len(index.ids) // 2] if where == "middle" else ""
    path, _fragment = index.locate("", word)
    lay_out(glossary_html(book, "en", path=path, index=index), headings=True)
    return time.perf_counter() - start


def floor_seconds(book) -> float:
    from html import escape

    start = time.perf_counter()
    parts = []
    for term in book.glossary.values():
        text = term.text["en"]
        parts.append(f"<p>{escape(text.term)}</p><p>{escape(text.definition)}</p>")
    lay_out("<html><body>" + "".join(parts) + "</body></html>", headings=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - fonts need it
    books = {n: synthetic_book(n) for n in SIZES}
    page = {n: [] for n in SIZES}
    first = {n: [] for n in SIZES}
    floor = {n: [] for n in SIZES}
    page_seconds(books[SIZES[0]])  # Jinja2, Markdown and the fonts loaded once
    for _ in range(args.runs):
        for n in SIZES:
            page[n].append(page_seconds(books[n]))
            first[n].append(page_seconds(books[n], "first"))
            floor[n].append(floor_seconds(books[n]))
    med = {n: statistics.median(page[n]) for n in SIZES}
    top = {n: statistics.median(first[n]) for n in SIZES}
    low = {n: statistics.median(floor[n]) for n in SIZES}
    print(f"{'terms':>7} {'a word':>9} {'terms:':>9} {'floor':>9} {'ratio':>6} "
          f"{'ms/1000 terms':>14}")
    for n in SIZES:
        print(f"{n:>7} {med[n] * 1000:>7.0f}ms {top[n] * 1000:>7.0f}ms {low[n] * 1000:>7.0f}ms "
              f"{med[n] / low[n]:>5.2f}× {med[n] / n * 1e6:>13.0f}")
    growth_6k = med[6000] / med[1000]
    growth_12k = med[12000] / med[6000]
    checks = [
        ("6,000 terms under 1 s", f"{med[6000]:.2f} s", med[6000] < 1.0),
        ("6,000 terms: first page < 1 s", f"{top[6000]:.2f} s", top[6000] < 1.0),
        ("1,000 -> 6,000 (linear: 6×)", f"{growth_6k:.2f}×", growth_6k <= 6 * 1.3),
        ("6,000 -> 12,000 (linear: 2×)", f"{growth_12k:.2f}×", growth_12k <= 2 * 1.3),
    ]
    for name, value, ok in checks:
        print(f"{name:30} {value:>8}  {'yes' if ok else 'NO'}")
    print(f"({args.runs} runs of each size, interleaved; medians)")
    return 0 if all(ok for *_, ok in checks) else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 can abort while collecting Qt objects at exit
