"""`edu-app check`: load a book with the app's own loader and report what is wrong with it.

Clinic staff edit the guide by hand. This runs every check (the loader's, the chapter
rules, the glossary rules, readability) over one book and gives a `Report` that the
command line prints and the in-app dialog shows. It never raises on bad content: a broken
book is a list of findings, and only a missing book is exit code 2.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path, PurePath

from edu_app.check.book_rules import check_book_toml
from edu_app.check.care_team import care_team_sentences, check_care_team
from edu_app.check.chapter_rules import (
    Findings,
    check_html,
    check_links,
    check_parity,
    check_render_time,
    check_structure,
    rel,
)
from edu_app.check.clinic_rules import check_centres, check_clinic
from edu_app.check.essentials_rules import check_essentials
from edu_app.check.glossary_rules import check_unused
from edu_app.check.readability import score_markdown, targets_for
from edu_app.check.report import ChapterScore, Report, to_json, to_text
from edu_app.content import Book, Problem, default_content_dir, load_book
from edu_app.content.model import ESSENTIALS_ID
from edu_app.render.pages import picture_resolver

log = logging.getLogger(__name__)


def _readability(book: Book, out: Findings, report: Report) -> None:
    """Each chapter against its audience's targets (children's chapters have stricter ones)."""
    shelves = [(cid, book.chapters.get(cid, {})) for cid in book.order]
    if book.essentials:
        shelves.append((ESSENTIALS_ID, book.essentials))
    for cid, by_lang in shelves:
        for lang, chapter in sorted(by_lang.items()):
            if chapter.error:
                continue
            targets = targets_for(chapter.audience)
            result = score_markdown(chapter.body, lang, chapter.body_line, targets)
            report.readability.append(ChapterScore(cid, lang, rel(book, chapter.path), result))
            if not result.sentences:
                continue
            if not result.score_ok:
                out.add(chapter.path, chapter.body_line, "warning", "readability",
                        f"{result.score_name} {result.score:.1f}, target {result.target_text}: "
                        "use shorter words and sentences.")
            if not result.mean_ok:
                out.add(chapter.path, chapter.body_line, "warning", "sentence-length",
                        f"{result.mean_words:.1f} words per sentence on average, target "
                        f"{targets.max_mean_words:g} or fewer"
                        f"{' for children' if chapter.for_children else ''}.")
            for s in result.long_sentences:
                out.add(chapter.path, s.line, "warning", "long-sentence",
                        f"Sentence of {s.words} words (over {targets.max_sentence_words}): "
                        f"\"{s.text[:60]}...\"")


def _normalised(problem: Problem) -> Problem:
    """The loader's paths with forward slashes, so reports match on every system."""
    file = PurePath(problem.file).as_posix() if "\\" in problem.file else problem.file
    return Problem(file, problem.line, problem.message, problem.severity, problem.code,
                   problem.layer)


def check_book(book: Book, readability: bool = True) -> Report:
    """Every finding about an already loaded book."""
    report = Report(book.root)
    out = Findings(book)
    check_book_toml(book, out)
    if not book.chapters:
        out.add("book.toml", 0, "error", "no-chapters", "The book has no chapters.")
    for cid in book.order:
        for lang, chapter in sorted(book.chapters.get(cid, {}).items()):
            if chapter.error:
                continue
            check_links(book, chapter, picture_resolver(book, lang), out)
            check_html(chapter, out)
            check_structure(chapter, out)
            check_render_time(book, chapter, out)
    check_parity(book, out)
    check_care_team(book, out)
    report.care_team = care_team_sentences(book, rel)
    check_essentials(book, picture_resolver, out)
    check_centres(book, out)
    check_clinic(book, out)
    check_unused(book, out)
    if readability:
        _readability(book, out, report)
    # The loader and these checks may report the same thing in the same words: once is enough.
    report.findings = list(dict.fromkeys([_normalised(p) for p in book.problems] + out.items))
    return report


def check_path(path: Path, readability: bool = True,
               clinic_dir: Path | None = None) -> tuple[Report, Book | None]:
    """Load and check the book in `path`, with the clinic's layer from `clinic_dir`; a
    folder without book.toml is unreadable."""
    if not path.is_dir() or not (path / "book.toml").is_file():
        what = "is not a folder" if not path.is_dir() else "has no book.toml"
        report = Report(path, unreadable=True)
        report.findings.append(
            Problem(str(path), 0, f"This {what}; it is not a book.", "error", "no-book")
        )
        return report, None
    book = load_book(path, clinic_dir)
    report = check_book(book, readability)
    report.clinic = clinic_dir
    return report, book


EXIT_CODES = ("Exit codes: 0 no error found, 1 errors found, 2 no book there, bad options, "
              "or the checker failed.")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="edu-app check",
        description="Check a book: broken links, missing translations, readability.",
        epilog=EXIT_CODES,
    )
    parser.add_argument("--content-dir", type=Path, metavar="DIR",
                        help="the book to check (the folder holding book.toml; default: "
                             "the book shipped with the app)")
    parser.add_argument("--clinic-dir", type=Path, metavar="DIR",
                        help="the clinic's own layer to check with it (default: clinic/ "
                             "beside the book, or the one set in the settings)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people, json for scripts (default: text)")
    parser.add_argument("--verbose", action="store_true", help="list info findings too")
    parser.add_argument("--no-readability", action="store_true",
                        help="skip the readability scores (faster)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """The `edu-app check` subcommand. Returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    path = args.content_dir or default_content_dir()
    try:
        from edu_app.qt.settings import saved_clinic_dir

        report, _ = check_path(path, readability=not args.no_readability,
                               clinic_dir=saved_clinic_dir(path, args.clinic_dir))
    except Exception:  # a bug in a check must still leave the author a sentence
        log.exception("The checker failed on %s", path)
        print(f"The checker failed on {path}; please report this.", file=sys.stderr)
        return 2
    try:
        print(to_json(report) if args.format == "json" else to_text(report, args.verbose))
    except BrokenPipeError:  # `edu-app check | head`: the reader has seen enough
        sys.stderr.close()
    return report.exit_code


if __name__ == "__main__":
    sys.exit(main())
