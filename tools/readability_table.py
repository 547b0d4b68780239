"""Write the per-chapter readability table into content/README.md (a maintainer's tool).

    python tools/readability_table.py          # rewrite the table
    python tools/readability_table.py --check  # exit 1 if the table is out of date

The figures come from the same code as `edu-app check` (CMU dictionary syllables for
English, pyphen for French), so the table and the checker never disagree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from edu_app.check.checker import check_book  # noqa: E402
from edu_app.content import load_book  # noqa: E402

README = ROOT / "content" / "README.md"
START, END = "<!-- readability:start -->", "<!-- readability:end -->"


def table() -> str:
    book = load_book(ROOT / "content")
    report = check_book(book)
    rows = [
        "| chapter | lang | words | sentences | words per sentence | score | target | "
        "longest sentence (words) | over the maximum |",
        "|---|---|---:|---:|---:|---:|---|---:|---:|",
    ]
    order = {cid: i for i, cid in enumerate(book.order)}
    for row in sorted(report.readability, key=lambda r: (order.get(r.chapter, 99), r.lang)):
        r, goal = row.result, row.result.targets
        if r.lang == "en":
            score, target = f"grade {r.fk_grade:.1f}", f"≤ {goal.max_fk_grade_en:g}"
        else:
            score, target = f"Kandel-Moles {r.kandel_moles:.1f}", \
                f"≥ {goal.min_kandel_moles_fr:g}"
        target += f", ≤ {goal.max_mean_words:g} words a sentence, none over " \
                  f"{goal.max_sentence_words}"
        ok = "✓" if r.passes else "✗"
        longest = r.longest.words if r.longest else 0
        rows.append(f"| {row.chapter} | {r.lang} | {r.words} | {r.sentences} | "
                    f"{r.mean_words:.1f} | {score} {ok} | {target} | {longest} | "
                    f"{len(r.long_sentences)} |")
    return "\n".join(rows)


def render(current: str) -> str:
    block = f"{START}\n{table()}\n{END}"
    if START in current and END in current:
        head, rest = current.split(START, 1)
        return head + block + rest.split(END, 1)[1]
    return current.rstrip() + "\n\n" + block + "\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    current = README.read_text(encoding="utf-8") if README.exists() else ""
    wanted = render(current)
    if args.check:
        return 0 if wanted == current else 1
    README.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
