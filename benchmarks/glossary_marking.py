"""What glossary marking costs: rendering with and without it, in the same run.

    python benchmarks/glossary_marking.py [--runs 21]

1. The longest shipped chapter in each language, rendered by Markdown with and without
   the marker, interleaved; the medians' difference is what marking adds.
2. The same chapter with 0 to 1,000 synthetic terms added to the glossary (each with
   four forms, some of them found in the text): the added time must grow no worse than
   linearly with the number of terms. Building the matcher (once per book and language)
   is timed apart.
3. The chapter repeated 1, 2 and 4 times: the added time grows with the text, linearly.

Targets (issue 4): marking adds at most 10 ms to the longest chapter; from 250 to 1,000
terms the added time grows by at most 4 times (linear), and so does 4 times the text.
Exits 1 when a target is missed. Timings are medians: shared machines are noisy.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from edu_app.content import default_content_dir, load_book
from edu_app.content.model import Book, Term, TermText
from edu_app.render import markdown_to_html
from edu_app.render.glossary_ext import GlossaryExtension, book_forms, build_matcher

TARGET_MS = 10.0
LINEAR_SLACK = 1.25  # 4x the terms or text may cost up to 4 x 1.25 (timer noise)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def time_pair(book: Book, body: str, lang: str, runs: int) -> tuple[float, float, float]:
    """Median ms to render `body` without and with marking, interleaved, and the median of
    the paired differences (less sensitive to a busy machine than a difference of medians).
    The garbage collector is paused while timing, as `timeit` does."""
    for _ in range(3):  # warm up: imports, the matcher (built once per book), caches
        markdown_to_html(book, body, lang, (GlossaryExtension(book, lang),))
    plain, marked = [], []
    gc.disable()
    try:
        for _ in range(runs):
            start = time.perf_counter()
            markdown_to_html(book, body, lang)
            plain.append(time.perf_counter() - start)
            start = time.perf_counter()
            markdown_to_html(book, body, lang, (GlossaryExtension(book, lang),))
            marked.append(time.perf_counter() - start)
    finally:
        gc.enable()
    added = median_ms([m - p for p, m in zip(plain, marked, strict=True)])
    return median_ms(plain), median_ms(marked), added


def synthetic_word(rng: random.Random) -> str:
    letters = "abcdefghijklmnopqrstuvwxyzéèà"
    return "".join(rng.choice(letters) for _ in range(rng.randint(5, 11)))


def with_synthetic_terms(book: Book, count: int, seed: int = 4) -> Book:
    """The book with `count` more terms, each with four forms in each language."""
    rng = random.Random(seed)
    glossary = dict(book.glossary)
    for i in range(count):
        word = synthetic_word(rng)
        forms = (word, word + "s", f"{word} cell", f"{word} cells")
        text = TermText(word, forms, "A synthetic term.", "A synthetic term for timing.")
        glossary[f"synthetic-{i}"] = Term(f"synthetic-{i}", {"en": text, "fr": text}, ())
    return replace(book, glossary=glossary)


def sprinkle(body: str, book: Book, lang: str, every: int = 40) -> str:
    """The body with one synthetic term's word after every `every` words, so the bigger
    glossaries also have more to mark."""
    words = [term.text[lang].term for tid, term in book.glossary.items()
             if tid.startswith("synthetic-")]
    if not words:
        return body
    out, n = [], 0
    for line in body.split("\n"):
        if line.startswith(("#", "!!!", "    ", "+++")) or not line.strip():
            out.append(line)
            continue
        parts = line.split(" ")
        for j in range(every // 2, len(parts), every):
            parts[j] += " " + words[n % len(words)]
            n += 1
        out.append(" ".join(parts))
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    runs = args.runs
    book = load_book(default_content_dir())
    ok = True

    print("1. Longest chapter, shipped glossary "
          f"({len(book.glossary)} terms), median of {runs} runs")
    for lang in ("en", "fr"):
        chapter = max((c[lang] for c in book.chapters.values() if lang in c),
                      key=lambda c: len(c.body))
        plain, marked, added = time_pair(book, chapter.body, lang, runs)
        verdict = "ok" if added <= TARGET_MS else f"OVER {TARGET_MS:.0f} ms"
        ok &= added <= TARGET_MS
        print(f"   {lang} {chapter.id:<24} {len(chapter.body):>6} chars: without {plain:6.2f} ms,"
              f" with {marked:6.2f} ms, added {added:5.2f} ms ({marked / plain:.2f}x)  {verdict}")

    lang = "en"
    chapter = max((c[lang] for c in book.chapters.values()), key=lambda c: len(c.body))
    print(f"\n2. Synthetic terms added to the glossary ({chapter.id}, {lang})")
    added_by_count: dict[int, float] = {}
    for count in (0, 250, 500, 1000):
        big = with_synthetic_terms(book, count)
        body = sprinkle(chapter.body, big, lang)
        start = time.perf_counter()
        build_matcher(book_forms(big, lang))
        build_ms = (time.perf_counter() - start) * 1000
        plain, marked, added = time_pair(big, body, lang, runs)
        added_by_count[count] = added
        print(f"   {len(big.glossary):>5} terms: matcher built in {build_ms:6.1f} ms (once); "
              f"render without {plain:6.2f} ms, with {marked:6.2f} ms, "
              f"added {added:5.2f} ms ({marked / plain:.2f}x)")
    growth = added_by_count[1000] / max(added_by_count[250], 1e-6)
    linear = growth <= 4 * LINEAR_SLACK
    ok &= linear
    print(f"   added time, 1,000 vs 250 synthetic terms: {growth:.2f}x "
          f"(linear would be at most 4x)  {'ok' if linear else 'WORSE THAN LINEAR'}")

    print(f"\n3. Longer text ({chapter.id} repeated), shipped glossary")
    added_by_size: dict[int, float] = {}
    for times in (1, 2, 4):
        body = "\n\n".join([chapter.body] * times)
        plain, marked, added = time_pair(book, body, lang, runs)
        added_by_size[times] = added
        print(f"   x{times}: {len(body):>6} chars, without {plain:7.2f} ms, "
              f"with {marked:7.2f} ms, added {added:5.2f} ms")
    growth = added_by_size[4] / max(added_by_size[1], 1e-6)
    linear = growth <= 4 * LINEAR_SLACK
    ok &= linear
    print(f"   added time, 4x vs 1x the text: {growth:.2f}x  {'ok' if linear else 'WORSE'}")
    print("\nall targets met" if ok else "\nA TARGET WAS MISSED")
    sys.stdout.flush()
    os._exit(0 if ok else 1)


if __name__ == "__main__":
    main()
