"""Files that used to crash or hang the start: link loops, deep TOML, pipes, devices.

Each one must become a named problem with its file (and line where there is one), and
the rest of the book must still load, in the app's loader and in `edu-app check`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from edu_app.check.checker import check_path
from edu_app.content import load_book
from edu_app.render.pages import home_html, render_chapter

from ..check.books import make_book

NEEDS_FIFO = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def finishes(work: Callable[[], object], seconds: float = 20) -> object:
    """Run `work` in a daemon thread: a hang fails the test instead of stopping the run."""
    result: list[object] = []
    thread = threading.Thread(target=lambda: result.append(work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked (reading a pipe or a device?)"
    assert result, "raised (see the thread's traceback above)"
    return result[0]


def problems(book, code: str) -> list[tuple[str, int]]:
    return [(p.file, p.line) for p in book.problems if p.code == code]


def test_chapter_links_that_loop_are_named_and_the_rest_loads(tmp_path):
    content = make_book("minimal", tmp_path)
    os.symlink("05-self.md", content / "en" / "05-self.md")
    os.symlink("07-b.md", content / "en" / "06-a.md")
    os.symlink("06-a.md", content / "en" / "07-b.md")
    book = load_book(content)
    assert sorted(problems(book, "link-loop")) == [
        ("en/05-self.md", 0), ("en/06-a.md", 0), ("en/07-b.md", 0)]
    assert book.chapters["intro"]["en"].error is None
    assert book.chapters["care"]["en"].error is None
    report, _ = check_path(content, readability=False)
    assert {f.file for f in report.findings if f.code == "link-loop"} == {
        "en/05-self.md", "en/06-a.md", "en/07-b.md"}
    assert report.exit_code == 1


def test_glossary_link_loop_is_reported_not_taken_for_missing(tmp_path):
    content = make_book("minimal", tmp_path)
    (content / "glossary.toml").unlink()
    os.symlink("glossary.toml", content / "glossary.toml")
    book = load_book(content)
    assert problems(book, "link-loop") == [("glossary.toml", 0)]
    assert book.glossary == {}
    assert book.chapters["intro"]["en"].error is None


def test_a_missing_glossary_is_a_warning_of_the_checker(tmp_path):
    content = make_book("minimal", tmp_path)
    (content / "glossary.toml").unlink()
    report, _ = check_path(content, readability=False)
    found = [f for f in report.findings if f.code == "no-glossary"]
    assert [(f.file, f.severity) for f in found] == [("glossary.toml", "warning")]


def nested_front_matter(path: Path, depth: int) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('summary = ', "deep = " + "[" * depth + "]" * depth
                                 + "\nsummary = ", 1), encoding="utf-8")


def test_deeply_nested_toml_is_a_problem_at_its_line(tmp_path):
    content = make_book("minimal", tmp_path)
    nested_front_matter(content / "en" / "01-intro.md", 10_000)  # on line 4
    book_toml = content / "book.toml"
    lines = book_toml.read_text(encoding="utf-8").count("\n")
    with book_toml.open("a", encoding="utf-8") as f:
        f.write("[deep]\nx = " + "{a = " * 5000 + "1" + "}" * 5000 + "\n")
    book = load_book(content)
    assert sorted(problems(book, "toml-nesting")) == [
        ("book.toml", lines + 2), ("en/01-intro.md", 4)]
    assert book.chapters["intro"]["fr"].error is None  # the rest of the book is there
    assert book.chapters["intro"]["en"].error  # shown as "could not be read", with its file
    report, _ = check_path(content, readability=False)
    assert {(f.file, f.line) for f in report.findings if f.code == "toml-nesting"} == {
        ("book.toml", lines + 2), ("en/01-intro.md", 4)}


def test_moderately_nested_toml_still_loads(tmp_path):
    content = make_book("minimal", tmp_path)
    nested_front_matter(content / "en" / "01-intro.md", 20)
    book = load_book(content)
    assert not problems(book, "toml-nesting")
    assert book.chapters["intro"]["en"].error is None


@NEEDS_FIFO
def test_a_pipe_named_like_a_chapter_is_not_waited_for(tmp_path):
    content = make_book("minimal", tmp_path)
    os.mkfifo(content / "en" / "10-fifo.md")
    os.mkfifo(content / "sources.toml.tmp")  # not a book file: never opened
    book = finishes(lambda: load_book(content))
    assert problems(book, "not-a-file") == [("en/10-fifo.md", 0)]
    assert book.chapters["intro"]["en"].error is None
    report, _ = finishes(lambda: check_path(content, readability=True))
    assert [f.file for f in report.findings if f.code == "not-a-file"] == ["en/10-fifo.md"]


@NEEDS_FIFO
def test_pipes_in_place_of_the_tomls_and_the_style_sheet(tmp_path):
    content = make_book("minimal", tmp_path)
    for name in ("glossary.toml", "sources.toml"):
        (content / name).unlink()
        os.mkfifo(content / name)
    (content.parent / "assets" / "style.css").unlink(missing_ok=True)
    os.mkfifo(content.parent / "assets" / "style.css")
    book = finishes(lambda: load_book(content))
    assert sorted(problems(book, "not-a-file")) == [("glossary.toml", 0), ("sources.toml", 0)]
    page = finishes(lambda: render_chapter(book, "intro", "en").html)
    assert "Welcome" in page
    assert "Test guide" in finishes(lambda: home_html(book, "en"))
    finishes(lambda: check_path(content, readability=False))


def test_a_device_or_a_folder_named_like_a_chapter(tmp_path):
    content = make_book("minimal", tmp_path)
    os.symlink("/dev/zero", content / "en" / "08-zero.md")
    (content / "en" / "09-folder.md").mkdir()
    book = finishes(lambda: load_book(content))
    assert sorted(problems(book, "not-a-file")) == [("en/08-zero.md", 0), ("en/09-folder.md", 0)]


@pytest.mark.parametrize("damage", ["empty", "garbage", "folder", "loop"])
def test_a_picture_that_will_not_show_is_reported(tmp_path, damage):
    content = make_book("minimal", tmp_path)
    picture = content.parent / "assets" / "images" / "en" / "cell.svg"
    picture.unlink()
    if damage == "empty":
        picture.write_bytes(b"")
    elif damage == "garbage":
        picture.write_bytes(b"this is not a picture at all\n" * 10)
    elif damage == "folder":
        picture.mkdir()
    else:
        os.symlink("cell.svg", picture)
    (content.parent / "assets" / "images" / "cell.svg").unlink(missing_ok=True)
    report, _ = check_path(content, readability=False)
    found = [(f.file, f.line, f.code) for f in report.findings
             if f.code in ("unreadable-image", "missing-image")]
    assert found == [("en/01-intro.md", 13, "unreadable-image" if damage in ("empty", "garbage")
                      else "missing-image")]
    page = finishes(lambda: render_chapter(load_book(content), "intro", "en").html)
    assert "Welcome" in page


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root reads files whatever their permissions")
def test_a_picture_without_read_permission_is_reported(tmp_path):
    content = make_book("minimal", tmp_path)
    picture = content.parent / "assets" / "images" / "en" / "cell.svg"
    picture.chmod(0)
    try:
        report, _ = check_path(content, readability=False)
    finally:
        picture.chmod(0o644)
    assert [f.code for f in report.findings if f.file == "en/01-intro.md"
            and f.code == "unreadable-image"] == ["unreadable-image"]


def test_the_fixture_pictures_are_recognised(tmp_path):
    report, _ = check_path(make_book("minimal", tmp_path), readability=False)
    assert not [f for f in report.findings if f.code == "unreadable-image"]
