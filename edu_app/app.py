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
from collections.abc import MutableMapping, Sequence
from pathlib import Path

from . import __version__

log = logging.getLogger("edu_app")
SUBCOMMANDS = ("check", "handout")
GC_RESUME_AT_LATEST_MS = 3000
ICON_SIZES = (16, 32, 48, 64, 128)  # the window icon (assets/app-icon/hicolor/)


EXIT_CODES = "Exit codes: 0 the window was closed, 2 bad options."


def build_parser(subcommands: bool = False) -> argparse.ArgumentParser:
    """The command line. The subcommands' parsers are added only for `--help`: they
    import the handout and checker code, which a start of the window does not need (a
    subcommand itself is parsed by its own module, with the same parser)."""
    parser = argparse.ArgumentParser(
        prog="edu-app",
        description="An offline, bilingual family guide to immunotherapy and CAR T-cells. "
                    "Without a subcommand, opens the guide's window.",
        epilog=EXIT_CODES + " 'edu-app COMMAND --help' shows a subcommand's options and "
                            "exit codes.")
    parser.add_argument("--lang", choices=("fr", "en"),
                        help="language of the guide and the interface")
    parser.add_argument("--content-dir", type=Path, metavar="DIR",
                        help="open another book (a folder holding book.toml)")
    parser.add_argument("--clinic-dir", type=Path, metavar="DIR",
                        help="the clinic's own layer (clinic.toml, centres, chapters); "
                             "default: clinic/ beside the book")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--kiosk", action="store_true",
                        help="clinic mode: full screen, forgets each family after a few idle "
                             "minutes, writes nothing; staff quit with Ctrl+Alt+Shift+Q")
    parser.add_argument("--quit-after-paint", action="store_true",
                        help="quit as soon as the first page is painted (benchmarks, checks)")
    parser.add_argument("--interface-report", type=Path, metavar="FILE",
                        help="after the first paint, write the window's title, menus and "
                             "contents as JSON to FILE (checks of a build)")
    if subcommands:
        from .check.checker import build_parser as check_parser
        from .handout.cli import build_parser as handout_parser

        sub = parser.add_subparsers(title="subcommands", dest="command", metavar="COMMAND")
        for name, make in (("check", check_parser), ("handout", handout_parser)):
            model = make()
            sub.add_parser(name, parents=[model], add_help=False, help=model.description,
                           description=model.description, epilog=model.epilog,
                           usage=model.usage)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    argv = list(argv)
    return build_parser(subcommands="-h" in argv or "--help" in argv).parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if argv and argv[0] in SUBCOMMANDS:
        return _subcommand(argv[0], argv[1:])
    args = parse_args(argv)
    return run_gui(args)


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
    no_bus_autolaunch(os.environ)
    # The layers without Qt first: once PySide6 is loaded, it reads the source file of
    # every module imported after it (to look for its `__feature__` imports).
    from . import render  # noqa: F401
    from .content import default_assets_dir, default_content_dir
    from .content.cache import StartupCache, load_book_cached

    # isort: split
    from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    from .qt import settings as S
    from .qt.i18n import Translations
    from .qt.settings import Settings
    from .ui import MainWindow

    QCoreApplication.setOrganizationName("edu-app")
    QCoreApplication.setApplicationName("edu-app")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    _identify(app, default_assets_dir())
    content_dir = args.content_dir or default_content_dir()
    settings = Settings()
    kiosk = S.wants_kiosk(args.kiosk, settings)
    if kiosk:  # nothing about the session is written: settings in memory, no start-up cache
        from .ui.features.kiosk import session_settings

        settings = session_settings(settings)
    cache_dir = None if kiosk else QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)
    clinic_dir = S.clinic_dir(content_dir, args.clinic_dir, settings)
    cache = StartupCache(Path(cache_dir) if cache_dir else None, content_dir,
                         default_assets_dir(), clinic_dir)
    book = load_book_cached(content_dir, default_assets_dir(), cache, clinic_dir)
    for problem in book.problems:
        log.info("%s", problem)
    if not book.chapters:
        log.warning("no chapter could be loaded from %s", content_dir)
    lang = (args.lang or settings.get(S.LANGUAGE) or "fr") if kiosk else args.lang
    window = MainWindow(book, settings, Translations(app), lang=lang, startup_cache=cache,
                        kiosk=kiosk)
    window.view.firstPaint.connect(_resume_collection)
    if args.interface_report:
        from .ui.interface_report import write_report

        window.view.firstPaint.connect(lambda: write_report(window, args.interface_report))
    QTimer.singleShot(GC_RESUME_AT_LATEST_MS, _resume_collection)  # should no page paint
    clinic = window.features.get("kiosk")
    if args.quit_after_paint:
        # A kiosk refuses every close but the staff's, and Qt's quit() asks the windows
        # to close first: quit the way staff do.
        quit_now = clinic.quit if clinic is not None else app.quit  # type: ignore[attr-defined]
        window.view.firstPaint.connect(lambda: QTimer.singleShot(0, quit_now))
        if window.chooser is not None and window.stack.currentWidget() is window.chooser:
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, quit_now))
    from .ui.errors import ErrorNotice

    ErrorNotice(window).install()
    if clinic is not None:
        clinic.start()  # type: ignore[attr-defined]
    else:
        window.show()
    code = app.exec()
    return code


def _identify(app: QApplication, assets: Path) -> None:  # noqa: F821 - imported in run_gui
    """The window's icon, and the desktop entry it belongs to (edu-app.desktop), so a
    dock or task bar shows the guide's icon and name rather than a generic one."""
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        png = assets / "app-icon" / "hicolor" / f"{size}x{size}" / "apps" / "edu-app.png"
        if png.is_file():
            icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setDesktopFileName("edu-app")


def no_bus_autolaunch(environ: MutableMapping[str, str]) -> None:
    """Never let libdbus start a session bus of its own.

    With no session bus (a kiosk session, a start over ssh), Qt's accessibility bridge
    and theme lookups ask libdbus for one, and libdbus autolaunches `dbus-launch` and a
    `dbus-daemon` that outlive the app and write under the home folder. A screen reader
    needs a session bus that already exists, so nothing is lost: the user's systemd bus
    is used when it is there (what libdbus would find itself), autolaunch never.
    """
    if environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return
    runtime = environ.get("XDG_RUNTIME_DIR")
    bus = Path(runtime) / "bus" if runtime else None
    if bus is not None and bus.is_socket():
        environ["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    else:
        environ["DBUS_SESSION_BUS_ADDRESS"] = "disabled:"  # D-Bus's own "no bus" address


def _resume_collection() -> None:
    """Garbage collection back on, the objects made during start-up left out of it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()

