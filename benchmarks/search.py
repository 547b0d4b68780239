"""Search speed: index build and the query run on every keystroke, on the guide and bigger.

A family types a word letter by letter; each letter runs one query (after a 150 ms
pause in the app, but the query must still feel instant on an old clinic PC). We time
every prefix of a few words a family would type, in both languages, and the build of
the index, on the shipped guide and on a synthetic 200-chapter book made by repeating
the guide's chapters, to show how the figures grow.

    python benchmarks/search.py [--repeat 5]

Targets (issue 5), on the guide: query median ≤ 5 ms per keystroke; build ≤ 100 ms.
The 200-chapter figures are printed to show the growth; they have no target.
Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from edu_app.content import Book, default_content_dir, load_book  # noqa: E402
from edu_app.search import SearchIndex, Suggester  # noqa: E402

QUERY_TARGET_MS = 5.0
BUILD_TARGET_MS = 100.0
TYPED = [("leucemie", "fr"), ("Leucémies", "fr"), ("leukaemia", "en"), ("CAR-T", "en"),
         ("cellules CAR-T", "fr"), ("lymphocyte", "fr"), ("immunotherapie", "fr"),
         ("effets secondaires", "fr"), ("side effects", "en"), ("greffe de moelle", "fr"),
         ("T-cell", "en"), ("hopitaux Paris", "fr")]


def keystrokes() -> list[tuple[str, str]]:
    """Every prefix of every typed word: what the app queries as the reader types."""
    return [(text[:i], lang) for text, lang in TYPED for i in range(1, len(text) + 1)]


def time_build(book: Book, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        SearchIndex(book).build()
        times.append((time.perf_counter() - start) * 1000)
    return times


def time_queries(book: Book, repeat: int) -> tuple[list[float], int]:
    index = SearchIndex(book, limit=8, term_limit=3)  # as the search field asks
    index.build()
    times = []
    found = 0
    for _ in range(repeat):
        for text, lang in keystrokes():
            start = time.perf_counter()
            hits = index.query(text, lang)
            times.append((time.perf_counter() - start) * 1000)
            found += bool(hits)
    return times, found // repeat


def time_suggestions(book: Book) -> list[float]:
    index = SearchIndex(book)
    index.build()
    suggester = Suggester(book)
    times = []
    for typo, lang in (("leucemei", "fr"), ("limfocyte", "fr"), ("imunotherapy", "en"),
                       ("chimiotherapi", "fr"), ("xyzzy", "en")):
        start = time.perf_counter()
        suggester.suggest(typo, lang, keep=lambda form, lang=lang: bool(index.query(form, lang)))
        times.append((time.perf_counter() - start) * 1000)
    return times


def synthetic_book(source: Path, chapters: int, folder: Path) -> Book:
    """A book of `chapters` chapters: the guide's, repeated under new ids."""
    for name in ("glossary.toml", "sources.toml", "centres.toml"):
        if (source / name).exists():
            shutil.copy(source / name, folder / name)
    originals = {lang: sorted((source / lang).glob("*.md")) for lang in ("en", "fr")}
    ids = []
    for n in range(chapters):
        new_id = f"synthetic-{n:03d}"
        ids.append(new_id)
        for lang, files in originals.items():
            (folder / lang).mkdir(exist_ok=True)
            text = files[n % len(files)].read_text(encoding="utf-8")
            lines = text.split("\n")
            lines = [f'id = "{new_id}"' if line.startswith("id = ") else line for line in lines]
            (folder / lang / f"{n:03d}-{new_id}.md").write_text("\n".join(lines), "utf-8")
    listed = ", ".join(f'"{i}"' for i in ids)
    (folder / "book.toml").write_text(
        f'version = "0"\nchapters = [{listed}]\n[title]\nen = "Synthetic"\nfr = "Synthétique"\n',
        encoding="utf-8")
    return load_book(folder)


def report(name: str, book: Book, repeat: int) -> tuple[float, float]:
    build = time_build(book, repeat)
    queries, found = time_queries(book, repeat)
    rows = SearchIndex(book)
    rows.build()
    assert rows._db is not None
    count = rows._db.execute("SELECT count(*) FROM search").fetchone()[0]
    sections = len(book.chapters)
    print(f"\n{name}: {sections} chapters × 2 languages, {len(book.glossary)} glossary terms, "
          f"{count} indexed rows")
    print(f"  index build      median {statistics.median(build):7.2f} ms   "
          f"(min {min(build):.2f}, max {max(build):.2f})")
    ordered = sorted(queries)
    p95 = ordered[int(0.95 * (len(ordered) - 1))]
    print(f"  query/keystroke  median {statistics.median(queries):7.2f} ms   "
          f"(p95 {p95:.2f}, max {max(queries):.2f}; {len(keystrokes())} keystrokes, "
          f"{found} with hits)")
    suggest = time_suggestions(book)
    print(f"  did-you-mean     median {statistics.median(suggest):7.2f} ms   "
          f"(max {max(suggest):.2f}; only when nothing is found)")
    return statistics.median(build), statistics.median(queries)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--chapters", type=int, default=200)
    args = parser.parse_args()
    content = default_content_dir()
    guide = load_book(content)
    build_ms, query_ms = report("The guide", guide, args.repeat)
    with tempfile.TemporaryDirectory(prefix="edu-search-bench-") as tmp:
        big = synthetic_book(content, args.chapters, Path(tmp))
        report(f"Synthetic book ({args.chapters} chapters)", big, max(1, args.repeat // 2))
    failed = []
    if query_ms > QUERY_TARGET_MS:
        failed.append(f"query median {query_ms:.2f} ms > {QUERY_TARGET_MS} ms")
    if build_ms > BUILD_TARGET_MS:
        failed.append(f"build {build_ms:.2f} ms > {BUILD_TARGET_MS} ms")
    print(f"\nTargets on the guide: query median ≤ {QUERY_TARGET_MS:g} ms per keystroke, "
          f"build ≤ {BUILD_TARGET_MS:g} ms: " + ("MISSED: " + "; ".join(failed)
                                                   if failed else "met"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
