"""A copy of a book with thousands of synthetic glossary terms, to try the A–Z page by hand.

    python benchmarks/glossary_book.py 6000 /tmp/book-6000 [--content content]
    edu-app --content-dir /tmp/book-6000

The terms are made-up words in both languages (a few related terms each) appended to the
book's own glossary, so its chapters still mark their words. Nothing here is timed:
benchmarks/glossary_page.py measures the page.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def synthetic_terms(count: int, seed: int = 0) -> str:
    """`count` glossary tables in TOML, with words that never occur in a real text."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"

    def word() -> str:
        return "".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))

    ids = [f"synthetic-{i}" for i in range(count)]
    parts = []
    for tid in ids:
        related = ", ".join(f'"{r}"' for r in rng.sample(ids, min(2, count)))
        en, fr = f"{word()}x {word()}", f"{word()}q {word()}"
        parts.append(
            f'\n[{tid}]\nrelated = [{related}]\n'
            f'[{tid}.en]\nterm = "{en}"\nshort = "A made-up word for trying the page."\n'
            f'definition = "A made-up word. It only fills the glossary to try its size."\n'
            f'[{tid}.fr]\nterm = "{fr}"\nshort = "Un mot inventé pour essayer la page."\n'
            f'definition = "Un mot inventé. Il remplit le glossaire pour essayer sa taille."\n')
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--content", type=Path, default=ROOT / "content")
    args = parser.parse_args()
    if args.out.exists():
        shutil.rmtree(args.out)
    shutil.copytree(args.content, args.out)
    glossary = args.out / "glossary.toml"
    with glossary.open("a", encoding="utf-8") as out:
        out.write(synthetic_terms(args.count))
    print(f"{args.out}: {args.count} terms added ({glossary.stat().st_size // 1000} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
