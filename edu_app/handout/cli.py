"""`edu-app handout`: a PDF handout from the command line, for staff preparing packs.

    edu-app handout --lang en --chapters car-t,centres --glossary --questions \\
        --clinic-phone "01 23 45 67 89" --out pack.pdf
    edu-app handout --essentials --lang fr --out essentials.pdf
    edu-app handout --list

Exit codes: `EXIT_CODES` below, the sentence `--help` and the README show. Messages go
to stderr, in English (staff scripts and logs), and name what to do next.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from ..content import Book, default_content_dir, load_book
from .compose import (
    PAPERS,
    ComposedHandout,
    HandoutOptions,
    UnknownChapterError,
    compose_handout,
)

log = logging.getLogger(__name__)
EXIT_OK, EXIT_USAGE, EXIT_WRITE, EXIT_CONTENT = 0, 2, 3, 4
EXIT_CODES = ("Exit codes: 0 done, 2 bad options or unknown chapters, 3 cannot write the "
              "PDF, 4 no chosen chapter could be read.")
USAGE = ("%(prog)s (--chapters IDS | --all | --essentials) --out FILE [options]\n"
         "       %(prog)s --list [--lang {fr,en}] [--content-dir DIR]")
LANG_NAMES = {"en": "English", "fr": "French"}


class _Parser(argparse.ArgumentParser):
    """argparse that reports instead of exiting, so `main()` returns its code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageError(message)


class _UsageError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="edu-app handout", usage=USAGE,
        description="Make a printable PDF handout from chosen chapters of the guide.",
        epilog=EXIT_CODES)
    needed = parser.add_argument_group(
        "required (unless --list)", "which chapters, and where the PDF goes")
    which = needed.add_mutually_exclusive_group()
    which.add_argument("--chapters", metavar="IDS",
                       help="chapter ids separated by commas (see --list)")
    which.add_argument("--all", action="store_true", help="every chapter of the guide")
    which.add_argument("--essentials", action="store_true",
                       help="the essentials on one page: a one-page summary to print "
                            "(two pages in large print)")
    needed.add_argument("--out", type=Path, metavar="FILE", help="the PDF file to write")
    parser.add_argument("--list", action="store_true",
                        help="list the chapter ids with their titles, then stop")
    parser.add_argument("--lang", choices=("fr", "en"), default="fr",
                        help="language of the handout (default: fr)")
    parser.add_argument("--glossary", action="store_true",
                        help="add the glossary of the words used in the chosen chapters")
    parser.add_argument("--questions", action="store_true",
                        help="add a 'my questions' page with lines to write on")
    parser.add_argument("--large-print", action="store_true",
                        help="large print (body text 16 pt)")
    parser.add_argument("--no-pictures", action="store_true", help="leave the pictures out")
    parser.add_argument("--paper", choices=PAPERS, type=str.lower,
                        help="paper size (default: the one saved in the settings, else "
                             "paper in clinic.toml, else the system locale's: letter in "
                             "the US, Canada, Mexico..., a4 elsewhere)")
    parser.add_argument("--clinic-name", metavar="TEXT",
                        help="clinic name (default: the one saved in Preferences)")
    parser.add_argument("--clinic-phone", metavar="TEXT",
                        help="clinic phone (default: the one saved in Preferences)")
    parser.add_argument("--clinic-note", metavar="TEXT",
                        help="a short note (default: the one saved in Preferences)")
    parser.add_argument("--content-dir", type=Path, metavar="DIR",
                        help="make the handout from another book (a folder with book.toml)")
    parser.add_argument("--clinic-dir", type=Path, metavar="DIR",
                        help="the clinic's own layer (default: clinic/ beside the book, or "
                             "the one set in the settings)")
    parser.add_argument("--no-clinic-page", action="store_true",
                        help="leave out the page with the clinic's numbers and note")
    return parser


def _list(book: Book, lang: str, out: TextIO) -> None:
    width = max((len(cid) for cid in book.order), default=0)
    for cid in book.order:
        chapter, fallback = book.chapter(cid, lang)  # type: ignore[arg-type]
        title = chapter.title if chapter else "(missing)"
        note = f"  ({chapter.lang})" if chapter and fallback else ""
        out.write(f"{cid.ljust(width)}  {title}{note}\n")


def _clinic_defaults(args: argparse.Namespace, settings) -> None:
    """Fill the clinic details the command line left out from the saved Preferences."""
    if all(v is not None for v in (args.clinic_name, args.clinic_phone, args.clinic_note)):
        return
    try:
        if settings is None:
            from ..qt import settings as S

            settings = S.Settings()
        from ..qt.settings import CLINIC_NAME, CLINIC_NOTE, CLINIC_PHONE

        saved = {"clinic_name": settings.get(CLINIC_NAME),
                 "clinic_phone": settings.get(CLINIC_PHONE),
                 "clinic_note": settings.get(CLINIC_NOTE)}
    except Exception:  # Preferences are a convenience, never a failure
        log.info("could not read the saved clinic details", exc_info=True)
        saved = {}
    for key, value in saved.items():
        if getattr(args, key) is None:
            setattr(args, key, value)


def _paper_default(book: Book, args: argparse.Namespace, settings) -> None:
    """Without --paper: the clinic's paper, else the computer's, as in the composer."""
    if args.paper is not None:
        return
    from .paper import clinic_paper

    try:
        if settings is None:
            from ..qt import settings as S

            settings = S.Settings()
        from ..qt.settings import PAPER

        saved = settings.get(PAPER)
    except Exception:  # the settings are a convenience, never a failure
        saved = ""
    args.paper = clinic_paper(args.lang, saved, book.clinic.paper if book.clinic else "")


def ensure_gui_application():  # QGuiApplication
    """Qt's fonts and painting need an application; without a display, use offscreen."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is not None:
        return app
    if sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["edu-app"])


def main(argv: Sequence[str] | None = None, *, settings=None,
         stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
        if not args.list:
            if not args.chapters and not args.all and not args.essentials:
                parser.error("choose the chapters with --chapters IDS or --all, or "
                             "--essentials (see the ids with --list)")
            if args.out is None:
                parser.error("say where to write the PDF with --out FILE")
    except _UsageError as exc:
        err.write(f"{parser.format_usage()}edu-app handout: error: {exc}\n")
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)

    content_dir = args.content_dir or default_content_dir()
    if not (content_dir / "book.toml").is_file():
        err.write(f"edu-app handout: error: no book in {content_dir} (book.toml is missing)\n")
        return EXIT_USAGE
    from ..qt.settings import saved_clinic_dir

    book = load_book(content_dir, saved_clinic_dir(content_dir, args.clinic_dir, settings))
    if args.list:
        _list(book, args.lang, out)
        return EXIT_OK

    if args.essentials:
        return _essentials(book, args, settings, out, err)
    ids = list(book.order) if args.all else [
        cid.strip() for cid in args.chapters.split(",") if cid.strip()]
    if not ids:  # `--chapters ",, ,"`: a usage error, not content that cannot be read
        err.write(f"{parser.format_usage()}edu-app handout: error: --chapters names no "
                  "chapter; give ids separated by commas (see --list)\n")
        return EXIT_USAGE
    _clinic_defaults(args, settings)
    _paper_default(book, args, settings)
    options = _options(args, ids)
    try:
        composed = compose_handout(book, options)
    except UnknownChapterError as exc:
        err.write(f"edu-app handout: error: unknown chapter id: {', '.join(exc.unknown)}\n"
                  f"Known ids: {', '.join(exc.known)} (see edu-app handout --list)\n")
        return EXIT_USAGE
    for cid, reason in composed.skipped:
        err.write(f"edu-app handout: warning: chapter {cid} could not be read and is left "
                  f"out ({reason})\n")
    for chapter in composed.chapters:
        if chapter.fallback:
            err.write(f"edu-app handout: warning: chapter {chapter.id} is not written in "
                      f"{LANG_NAMES[args.lang]}; the {LANG_NAMES[chapter.lang]} text is used\n")
    if not composed.chapters:
        err.write("edu-app handout: error: none of the chosen chapters could be read; "
                  "run 'edu-app check' to see why\n")
        return EXIT_CONTENT
    return _write(book, composed, args, out, err)


def _options(args: argparse.Namespace, ids: Sequence[str]) -> HandoutOptions:
    return HandoutOptions(
        chapters=tuple(ids), lang=args.lang, glossary=args.glossary, questions=args.questions,
        large_print=args.large_print, pictures=not args.no_pictures, paper=args.paper or "",
        clinic_name=args.clinic_name or "", clinic_phone=args.clinic_phone or "",
        clinic_note=args.clinic_note or "", clinic_page=not args.no_clinic_page)


def _essentials(book: Book, args: argparse.Namespace, settings,
                out: TextIO, err: TextIO) -> int:
    """`--essentials`: the one-page summary, with the clinic's details when set."""
    from .essentials import NoEssentialsError, compose_essentials

    _clinic_defaults(args, settings)
    _paper_default(book, args, settings)
    try:
        composed = compose_essentials(book, _options(args, ()))
    except NoEssentialsError:
        err.write("edu-app handout: error: this book has no essentials page "
                  "(en/essentials.md, fr/essentials.md); run 'edu-app check'\n")
        return EXIT_CONTENT
    if args.lang not in book.essentials:
        err.write(f"edu-app handout: warning: the essentials are not written in "
                  f"{LANG_NAMES[args.lang]}; the other language is used\n")
    return _write(book, composed, args, out, err)


def _write(book: Book, composed: ComposedHandout, args: argparse.Namespace,
           out: TextIO, err: TextIO) -> int:
    """Lay out and save the PDF; exit code 3 with a sentence when it cannot be written."""
    options = composed.options
    ensure_gui_application()
    from ..qt.fonts import load_fonts
    from .layout import build_document

    load_fonts(book.assets)  # the reading typeface, as on screen
    from .pdf import HandoutWriteError, write_pdf

    document = build_document(composed)
    try:
        path = write_pdf(document, args.out)
    except HandoutWriteError as exc:
        err.write(f"edu-app handout: error: {exc.message()}\n")
        return EXIT_WRITE
    pages = "1 page" if document.page_count == 1 else f"{document.page_count} pages"
    out.write(f"Wrote {path} ({pages}, {LANG_NAMES[args.lang]}, "
              f"{options.paper_size.upper() if options.paper_size == 'a4' else 'Letter'}).\n")
    return EXIT_OK
