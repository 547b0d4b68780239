"""Start-up, page switches and memory, measured against a bare PySide6 window (the floor).

The floor is the least any Qt reader can do: a QMainWindow with a QTextBrowser showing
the same chapter's HTML, quitting after its first paint. Both run as fresh processes,
interleaved, several times; we compare medians, because shared machines are noisy.

Cold start is timed from just before the process is created to the end of its first
frame: each process writes the wall-clock time at which its event loop returned (it
quits right after the first paint, once that frame is done). The whole process, exit
included, is reported too: it adds the interpreter's teardown, which is not start-up.

    python benchmarks/startup.py [--runs 7]
    python benchmarks/startup.py --frozen dist/edu-app/edu-app [--runs 11]

`--frozen` times the frozen bundle instead, against this environment's installed app
(`python -m edu_app`) and the floor, interleaved in the same run: each app writes the
time of its first paint (`--interface-report`), and the whole process is timed too.
Target (issue 15): frozen within 1.2 × installed.

Targets (issue 2): cold start ≤ 1.3 × floor; chapter and language switch < 30 ms median;
peak memory ≤ 1.3 × floor. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOOR = r'''
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser
app = QApplication(sys.argv[:1])
win = QMainWindow()
view = QTextBrowser()
view.setHtml(open(sys.argv[1], encoding="utf-8").read())
win.setCentralWidget(view)
win.resize(1100, 760)
class Quit(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, app.quit)
        return False
quit_filter = Quit()
view.viewport().installEventFilter(quit_filter)
win.show()
app.exec()
sys.stdout.write(f"{time.time()!r}\n")
sys.stdout.flush()
'''
# The app as its `edu-app` command starts it (edu_app.app:main), writing the same time.
APP = r'''
import sys, time
from edu_app.app import main
code = main(["--lang", "en", "--quit-after-paint"])
sys.stdout.write(f"{time.time()!r}\n")
sys.stdout.flush()
sys.exit(code)
'''


def run_child(args: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Seconds to the end of the first frame, seconds to exit, and peak resident memory
    (KiB) of one child process."""
    start_wall = time.time()
    start = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{args} failed: {proc.stderr.read().decode()[-2000:]}")
    painted = float(proc.stdout.read().decode().split()[-1]) - start_wall
    return painted, elapsed, usage.ru_maxrss


def cold_start(runs: int) -> dict[str, list[float]]:
    sys.path.insert(0, str(ROOT))
    from edu_app.content import default_content_dir, load_book
    from edu_app.render import chapter_html

    tmp = Path(tempfile.mkdtemp(prefix="edu-bench-"))
    html_file = tmp / "chapter.html"
    book = load_book(default_content_dir())
    html_file.write_text(chapter_html(book, "car-t", "en"), encoding="utf-8")
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR, encoding="utf-8")
    app_script = tmp / "app.py"
    app_script.write_text(APP, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_CACHE_HOME=str(tmp / "cache"),
               PYTHONPATH=str(ROOT))
    # An installed app has its bytecode compiled by pip; a checkout may not (for example
    # under PYTHONDONTWRITEBYTECODE), and would then be timed compiling itself.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "edu_app")],
                   check=True, stdout=subprocess.DEVNULL,
                   env={k: v for k, v in env.items() if k != "PYTHONDONTWRITEBYTECODE"})
    app_cmd = [sys.executable, str(app_script)]
    floor_cmd = [sys.executable, str(floor_script), str(html_file)]
    run_child(app_cmd, env)  # warm the OS file cache and build the translation once
    run_child(floor_cmd, env)
    results: dict[str, list[float]] = {f"{who}_{what}": [] for who in ("app", "floor")
                                        for what in ("s", "exit_s", "kib")}
    for _ in range(runs):
        for name, cmd in (("app", app_cmd), ("floor", floor_cmd)):
            painted, exited, kib = run_child(cmd, env)
            results[f"{name}_s"].append(painted)
            results[f"{name}_exit_s"].append(exited)
            results[f"{name}_kib"].append(kib)
    return results


def switches(rounds: int) -> dict[str, list[float]]:
    """Chapter and language switches in one process, as a reader makes them.

    The page cache is emptied before each chapter switch (a page never seen). The
    language switch comes after the reader has been on the page for a moment, during
    which the app prepares the page in the other language; the same switch with nothing
    prepared is reported too ("cold"), without a target.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, QUrl
    from PySide6.QtWidgets import QApplication

    from edu_app.content import default_content_dir, load_book
    from edu_app.qt.i18n import Translations
    from edu_app.qt.settings import Settings
    from edu_app.ui import MainWindow

    app = QApplication.instance() or QApplication([])
    tmp = Path(tempfile.mkdtemp(prefix="edu-bench-"))
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    book = load_book(default_content_dir())
    window = MainWindow(book, settings, Translations(app), lang="en")
    window.show()
    app.processEvents()
    from PySide6.QtTest import QTest

    chapter_ms, language_ms, cold_language_ms = [], [], []
    for i in range(rounds):
        cid = book.order[i % len(book.order)]
        window.reader.pages.invalidate()
        start = time.perf_counter()
        window.open_url(QUrl(f"chapter:{cid}"))
        window.view.viewport().repaint()
        chapter_ms.append((time.perf_counter() - start) * 1000)
        QTest.qWait(150)  # the reader looks at the page; idle time prepares the other language
        start = time.perf_counter()
        window.reader.set_language("fr" if window.reader.lang == "en" else "en")
        window.view.viewport().repaint()
        app.processEvents()
        language_ms.append((time.perf_counter() - start) * 1000)
        window.reader.pages.invalidate()
        start = time.perf_counter()
        window.reader.set_language("fr" if window.reader.lang == "en" else "en")
        window.view.viewport().repaint()
        app.processEvents()
        cold_language_ms.append((time.perf_counter() - start) * 1000)
    window.close()
    return {"chapter_ms": chapter_ms, "language_ms": language_ms,
            "cold_language_ms": cold_language_ms}


def run_reported(args: list[str], env: dict[str, str], report: Path) -> tuple[float, float]:
    """Seconds to the first paint (the app's report) and to exit, for one app process."""
    report.unlink(missing_ok=True)
    start_wall = time.time()
    start = time.perf_counter()
    subprocess.run([*args, "--lang", "en", "--quit-after-paint", "--interface-report",
                    str(report)], env=env, check=True, capture_output=True, timeout=120)
    elapsed = time.perf_counter() - start
    painted = json.loads(report.read_text(encoding="utf-8"))["painted_at"] - start_wall
    return painted, elapsed


def frozen_start(frozen: Path, runs: int) -> int:
    tmp = Path(tempfile.mkdtemp(prefix="edu-bench-"))
    floor_script = tmp / "floor.py"
    floor_script.write_text(FLOOR, encoding="utf-8")
    sys.path.insert(0, str(ROOT))
    from edu_app.content import default_content_dir, load_book
    from edu_app.render import chapter_html

    html_file = tmp / "chapter.html"
    html_file.write_text(chapter_html(load_book(default_content_dir()), "car-t", "en"),
                         encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_CONFIG_HOME=str(tmp / "config"), XDG_CACHE_HOME=str(tmp / "cache"))
    apps = {"frozen": [str(frozen.resolve())], "installed": [sys.executable, "-m", "edu_app"]}
    times: dict[str, list[float]] = {f"{n}_{w}": [] for n in (*apps, "floor")
                                     for w in ("s", "exit_s")}
    for name, cmd in apps.items():  # warm: the start-up cache and the OS file cache
        run_reported(cmd, env, tmp / f"{name}.json")
    run_child([sys.executable, str(floor_script), str(html_file)], env)
    for _ in range(runs):
        for name, cmd in apps.items():
            painted, exited = run_reported(cmd, env, tmp / f"{name}.json")
            times[f"{name}_s"].append(painted)
            times[f"{name}_exit_s"].append(exited)
        painted, exited, _ = run_child([sys.executable, str(floor_script), str(html_file)], env)
        times["floor_s"].append(painted)
        times["floor_exit_s"].append(exited)
    med = {k: statistics.median(v) * 1000 for k, v in times.items()}
    ratio = med["frozen_s"] / med["installed_s"]
    print(f"{'cold start':22} {'frozen':>9} {'installed':>10} {'floor':>8}  frozen/installed")
    print(f"{'to the first paint':22} {med['frozen_s']:7.0f}ms {med['installed_s']:8.0f}ms "
          f"{med['floor_s']:6.0f}ms  {ratio:.2f}× (target ≤ 1.20×)")
    print(f"{'whole process':22} {med['frozen_exit_s']:7.0f}ms {med['installed_exit_s']:8.0f}ms "
          f"{med['floor_exit_s']:6.0f}ms  {med['frozen_exit_s'] / med['installed_exit_s']:.2f}×")
    print(f"({runs} interleaved cold starts each; the floor's first paint is the end of its "
          "first frame)")
    return 0 if ratio <= 1.2 else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--frozen", type=Path, metavar="PROGRAM",
                        help="time this frozen bundle's program against the installed app")
    args = parser.parse_args()
    if args.frozen:
        return frozen_start(args.frozen, args.runs)
    cold = cold_start(args.runs)
    sw = switches(max(18, args.runs * 3))
    med = {k: statistics.median(v) for k, v in {**cold, **sw}.items()}
    start_ratio = med["app_s"] / med["floor_s"]
    mem_ratio = med["app_kib"] / med["floor_kib"]
    rows = [
        ("cold start to first paint", f"{med['app_s'] * 1000:.0f} ms",
         f"{med['floor_s'] * 1000:.0f} ms", f"{start_ratio:.2f}×", "≤ 1.30×", start_ratio <= 1.3),
        ("peak memory", f"{med['app_kib'] / 1024:.0f} MiB", f"{med['floor_kib'] / 1024:.0f} MiB",
         f"{mem_ratio:.2f}×", "≤ 1.30×", mem_ratio <= 1.3),
        ("chapter switch (median)", f"{med['chapter_ms']:.1f} ms", "", "", "< 30 ms",
         med["chapter_ms"] < 30),
        ("language switch (median)", f"{med['language_ms']:.1f} ms", "", "", "< 30 ms",
         med["language_ms"] < 30),
    ]
    print(f"{'measure':28} {'app':>10} {'floor':>10} {'ratio':>7}  target   ok")
    for name, app_v, floor_v, ratio, target, ok in rows:
        print(f"{name:28} {app_v:>10} {floor_v:>10} {ratio:>7}  {target:8} {'yes' if ok else 'NO'}")
    print(f"{'language switch, nothing prepared':34} {med['cold_language_ms']:.1f} ms (no target)")
    print(f"{'whole process, exit included':34} {med['app_exit_s'] * 1000:.0f} ms vs "
          f"{med['floor_exit_s'] * 1000:.0f} ms, "
          f"{med['app_exit_s'] / med['floor_exit_s']:.2f}× (no target)")
    print(f"({args.runs} interleaved cold starts each; switches: {len(sw['chapter_ms'])} rounds)")
    return 0 if all(row[-1] for row in rows) else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can abort while collecting Qt objects at exit,
    # which would hide the figures' exit code.
    os._exit(code)
