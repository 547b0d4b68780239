"""The hostile chapter bodies of issue 20 (item 9), shared by tests/render/test_limits.py
and benchmarks/hostile_pages.py. Each is a function of a scale (1.0: the issue's size)."""

from __future__ import annotations

from collections.abc import Callable


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
