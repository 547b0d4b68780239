"""The composition root: parse the command line, build the services, show the window.

Nothing happens at import time. `main()` is the only place that knows how the book,
the settings, the translations and the window fit together; subcommands (`check`,
`handout`) run without opening a window.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__

log = logging.getLogger("edu_app")
SUBCOMMANDS = ("check", "handout")
GC_RESUME_AT_LATEST_MS = 3000


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="edu-app",
        description="An offline, bilingual family guide to immunotherapy and CAR T-cells. "
                    "Subcommands: 'edu-app check' (check a book), 'edu-app handout' (PDF).",
    )
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="language of the guide and the interface")
    parser.add_argument("--content-dir", type=Path, metavar="DIR",
                        help="open another book (a folder holding book.toml)")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="clinic mode: full screen, forgets each family after a few idle "
                             "minutes, writes nothing; staff quit with Ctrl+Alt+Shift+Q")
    parser.add_argument("--quit-after-paint", action="store_true",
                        help="quit as soon as the first page is painted (benchmarks, checks)")
    return parser.parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv and argv[0] in SUBCOMMANDS:
        return _subcommand(argv[0], argv[1:])
    args = parse_args(argv)
    return run_gui(args)


def _spare_feature_scan() -> None:
    """Tell PySide6 which modules switch on no `__feature__`, so it need not read them.

    PySide6 reads the source file of each module that an import statement names after it
    is loaded, looking for the word "PySide6" (`shibokensupport.feature`): a module that
    has it may switch on features such as `snake_case`. Our Qt modules, and the modules
    they import (`typing`, `logging`, our Qt-free layers), came to 40 reads and about
    10 ms of every start. This app switches on no feature: its own modules are marked
    "no feature" (0), the ones already loaded "ignore" (-1), which is what the reads
    would conclude and, with no feature anywhere, behaves the same. Should a later PySide6
    keep that table elsewhere, nothing is marked and it reads the files as before.
    """
    feature = sys.modules.get("shibokensupport.feature")
    marks = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(marks, dict):
        return
    package = Path(__file__).parent
    for folder, prefix in ((package, __package__), *(
            (Path(e.path), f"{__package__}.{e.name}") for e in os.scandir(package)
            if e.is_dir() and not e.name.startswith(("_", ".")))):
        for name in os.listdir(folder):
            if name.endswith(".py"):
                stem = name[:-3]
                marks.setdefault(prefix if stem == "__init__" else f"{prefix}.{stem}", 0)
    for name in list(sys.modules):
        marks.setdefault(name, -1)


def _subcommand(name: str, argv: list[str]) -> int:
    if name == "check":
        from .check import main as check_main

        return check_main(argv)
    from .handout.cli import main as handout_main

    return handout_main(argv)


def run_gui(args: argparse.Namespace) -> int:
    # Start-up makes tens of thousands of long-lived objects (Qt's Python types, the
    # book) and almost no garbage, yet the cycle collector would scan them again and
    # again. It is off until the first page is on screen, then the start-up objects are
    # set aside for good (gc.freeze) and collection resumes: see _resume_collection().
    gc.disable()
    # The layers without Qt first: once PySide6 is loaded, it reads the source file of
    # every module imported after it (to look for its `__feature__` imports).
    from . import render  # noqa: F401
    from .content import default_assets_dir, default_content_dir
    from .content.cache import StartupCache, load_book_cached

    # isort: split
    from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    _spare_feature_scan()
    from .ui import MainWindow, Settings
    from .ui import settings as S
    from .ui.i18n import Translations

    QCoreApplication.setOrganizationName("edu-app")
    QCoreApplication.setApplicationName("edu-app")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    content_dir = args.content_dir or default_content_dir()
    settings = Settings()
    kiosk = S.wants_kiosk(args.kiosk, settings)
    if kiosk:  # nothing about the session is written: settings in memory, no start-up cache
        from .ui import kiosk as kiosk_mode

        settings = kiosk_mode.session_settings(settings)
    cache_dir = None if kiosk else QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)
    cache = StartupCache(Path(cache_dir) if cache_dir else None, content_dir,
                         default_assets_dir())
    book = load_book_cached(content_dir, default_assets_dir(), cache)
    for problem in book.problems:
        log.info("%s", problem)
    if not book.chapters:
        log.warning("no chapter could be loaded from %s", content_dir)
    lang = (args.lang or settings.get(S.LANGUAGE) or "fr") if kiosk else args.lang
    window = MainWindow(book, settings, Translations(app), lang=lang, startup_cache=cache)
    window.view.firstPaint.connect(_resume_collection)
    QTimer.singleShot(GC_RESUME_AT_LATEST_MS, _resume_collection)  # should no page paint
    if args.quit_after_paint:
        window.view.firstPaint.connect(lambda: QTimer.singleShot(0, app.quit))
        if window.chooser is not None and window.stack.currentWidget() is window.chooser:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, app.quit))
    from .ui.errors import ErrorNotice

    ErrorNotice(window).install()
    if kiosk:
        kiosk_mode.Kiosk(window).start()
    else:
        window.show()
    code = app.exec()
    return code


def _resume_collection() -> None:
    """Garbage collection back on, the objects made during start-up left out of it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()

