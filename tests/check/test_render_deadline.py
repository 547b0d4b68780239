"""The checker prepares a big chapter as the reader does, in the render worker with its
deadline, and says what the reader will show (issue 20, item 9)."""

from __future__ import annotations

from edu_app.check.checker import check_path
from edu_app.render import worker

from ..render.hostile import floor_body
from .books import make_book


def big_chapter(content, size: int) -> None:
    path = content / "en" / "03-big.md"
    path.write_text('+++\nid = "big"\ntitle = "Big"\n+++\nFirst line.\n\n'
                    + floor_body(size) + "\n", encoding="utf-8")


def findings(content, code: str) -> list:
    report, _ = check_path(content, readability=False)
    return [f for f in report.findings if f.code == code and f.file == "en/03-big.md"]


def test_a_big_chapter_is_said_to_be_prepared_before_it_shows(tmp_path):
    content = make_book("minimal", tmp_path)
    big_chapter(content, worker.BIG_CHARS + 5_000)
    (note,) = findings(content, "long-chapter")
    assert note.severity == "info" and note.line == 5  # the body's first line
    assert "being prepared" in note.message
    assert not findings(content, "too-slow")


def test_a_chapter_past_the_deadline_is_an_error_saying_what_the_reader_shows(tmp_path,
                                                                              monkeypatch):
    content = make_book("minimal", tmp_path)
    big_chapter(content, worker.BIG_CHARS + 5_000)
    monkeypatch.setattr(worker, "DEADLINE_S", 0.0)
    (error,) = findings(content, "too-slow")
    assert error.severity == "error"
    assert "This page is too long to show" in error.message


def test_ordinary_chapters_are_not_rendered_twice(tmp_path, monkeypatch):
    content = make_book("minimal", tmp_path)
    monkeypatch.setattr(worker, "render_within", lambda *a, **k: 1 / 0)
    report, _ = check_path(content, readability=False)
    assert not [f for f in report.findings if f.code in ("long-chapter", "too-slow")]
