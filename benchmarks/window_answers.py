"""How long the window stops answering while it opens a hostile chapter (issue 20, item 9).

    python benchmarks/window_answers.py [--only NAME] [--sizes 39000,1990000]

The real window, on the fixture guide, opens a chapter whose body is each hostile input of
tests/render/hostile.py (and the fuzz test's random mixes), at two sizes: just under
`worker.BIG_CHARS` (made on the GUI thread) and about 2 MB (its Markdown made by the render
worker, then laid out by Qt on the GUI thread). A timer ticks every 10 ms; the largest gap
between two ticks, from the click until the page is shown, is how long the window did not
answer. The floor is an ordinary chapter of the guide, in the same run.

Target: no gap over 2 s. Exits 1 when one is.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
TARGET_S = 2.0


def largest_gap(app, window, url, body: str | None, chapter) -> tuple[float, float]:
    """(largest gap between ticks, seconds until the page was shown) opening `url`."""
    from PySide6.QtCore import QElapsedTimer, QTimer, QUrl

    if body is not None:
        chapter.body = body
    window.reader.pages.invalidate()
    window.open_url(QUrl("home:"))
    for _ in range(5):
        app.processEvents()
    clock = QElapsedTimer()
    clock.start()
    ticks = [0]
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    timer.start()
    start = time.perf_counter()
    QTimer.singleShot(0, lambda: window.open_url(url))
    shown = None
    end = start + 30
    while time.perf_counter() < end:
        app.processEvents()
        text = window.view.toPlainText()
        if shown is None and window.view.source() == url and "being prepared" not in text \
                and "se prépare" not in text:
            shown = time.perf_counter() - start
            end = time.perf_counter() + 0.3  # and what Qt does just after
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    return (max(gaps, default=0) / 1000, shown if shown is not None else float("nan"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", help="one input by name")
    parser.add_argument("--sizes", default="39000,1990000")
    args = parser.parse_args()
    from PySide6.QtCore import QSettings, QUrl
    from PySide6.QtWidgets import QApplication

    from edu_app.content import load_book
    from edu_app.qt.i18n import Translations
    from edu_app.qt.settings import Settings
    from edu_app.ui import MainWindow
    from tests.render.hostile import floor_body, scaled
    from tests.render.test_fuzz_stages import INPUTS

    app = QApplication.instance() or QApplication([])
    book = load_book(ROOT / "tests/fixtures/guide/content")
    settings = Settings(QSettings(str(Path(os.environ.get("TMPDIR", "/tmp"))
                                      / "edu-app-window-answers.ini"),
                                  QSettings.Format.IniFormat))
    window = MainWindow(book, settings, Translations(app), lang="en")
    window.resize(1280, 800)
    window.show()
    cid = book.order[2]
    chapter = book.chapters[cid]["en"]
    url = QUrl(f"chapter:{cid}")
    saved = chapter.body
    names = [args.only] if args.only else sorted(INPUTS)
    ok = True
    print(f"{'input':28} {'size':>9} {'largest gap':>12} {'shown after':>12}  ok")
    gap, shown = largest_gap(app, window, url, None, chapter)
    print(f"{'floor (a guide chapter)':28} {len(saved):>9} {gap:>11.2f}s {shown:>11.2f}s")
    for size in (int(s) for s in args.sizes.split(",")):
        for name in ["ordinary text", *names]:
            body = floor_body(size) if name == "ordinary text" else scaled(INPUTS[name], size)
            gap, shown = largest_gap(app, window, url, body, chapter)
            ok &= gap < TARGET_S
            print(f"{name:28} {size:>9} {gap:>11.2f}s {shown:>11.2f}s  "
                  f"{'yes' if gap < TARGET_S else 'NO'}", flush=True)
    chapter.body = saved
    print(f"(target: the window answers within {TARGET_S:g} s; 'shown after' includes "
          "starting the render worker for the first big page)")
    return 0 if ok else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # PySide6 can abort while collecting Qt objects at exit
