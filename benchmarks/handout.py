"""Handout speed: chosen chapters to a PDF file, as a nurse waits for it.

Times the whole path the composer and `edu-app handout` take: compose the HTML, lay out
the pages (with the page-break fixes), paint header and footer, write the PDF
atomically. In both languages: the whole guide with its glossary and questions page, in
normal and large print, and one chapter.

    python benchmarks/handout.py [--repeat 7]

Targets (issue 6): whole guide with glossary ≤ 2 s; one chapter ≤ 0.3 s (medians; the
first, cold run is printed too). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from edu_app.content import Book, default_content_dir, load_book  # noqa: E402
from edu_app.handout import HandoutOptions, compose_handout  # noqa: E402

WHOLE_TARGET_S = 2.0
CHAPTER_TARGET_S = 0.3


def make_pdf(book: Book, options: HandoutOptions, target: Path) -> tuple[float, int]:
    from edu_app.handout.layout import build_document
    from edu_app.handout.pdf import write_pdf

    start = time.perf_counter()
    document = build_document(compose_handout(book, options))
    write_pdf(document, target)
    return time.perf_counter() - start, document.page_count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from edu_app.handout.cli import ensure_gui_application

    ensure_gui_application()
    book = load_book(default_content_dir())
    try:
        from edu_app.qt.fonts import load_fonts

        load_fonts(book.assets)  # print in the reading typeface, as the command does
    except ImportError:
        pass
    cases = []
    for lang in ("en", "fr"):
        for large in (False, True):
            cases.append((f"whole guide {lang}{' large' if large else ''}", WHOLE_TARGET_S,
                          HandoutOptions(chapters=tuple(book.order), lang=lang, glossary=True,
                                         questions=True, large_print=large,
                                         clinic_name="Clinique", clinic_phone="01 23")))
        cases.append((f"one chapter {lang}", CHAPTER_TARGET_S,
                      HandoutOptions(chapters=("car-t",), lang=lang, clinic_phone="01 23")))

    missed = False
    print(f"{'case':<24}{'pages':>6}{'cold s':>9}{'median s':>10}{'max s':>8}"
          f"{'target s':>10}{'ratio':>7}")
    with tempfile.TemporaryDirectory() as folder:
        for name, target, options in cases:
            times, pages = [], 0
            for i in range(args.repeat + 1):
                seconds, pages = make_pdf(book, options, Path(folder) / f"{i}.pdf")
                times.append(seconds)
            cold, warm = times[0], times[1:]
            median = statistics.median(warm)
            ratio = median / target
            missed |= ratio > 1
            print(f"{name:<24}{pages:>6}{cold:>9.3f}{median:>10.3f}{max(warm):>8.3f}"
                  f"{target:>10.2f}{ratio:>7.2f}{'  MISSED' if ratio > 1 else ''}")
    print("all targets met" if not missed else "a target was missed")
    return 1 if missed else 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip Qt's teardown at exit, as benchmarks/startup.py does
