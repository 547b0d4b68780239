"""The render worker (render/worker.py): a chapter rendered in a child process, the same
page as on the GUI thread, killed at its deadline, and a child that never outlives the
window."""

from __future__ import annotations

import time

import pytest

from edu_app.content import load_book
from edu_app.render import render_chapter
from edu_app.render.pages import PageStyle
from edu_app.render.worker import RenderWorker, render_within

from ..check.books import make_book
from .hostile import floor_body


@pytest.fixture(scope="module")
def big_book(tmp_path_factory):
    content = make_book("minimal", tmp_path_factory.mktemp("worker"))
    path = content / "en" / "01-intro.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + floor_body(200_000) + "\n",
                    encoding="utf-8")
    return load_book(content)


def test_the_child_renders_the_same_page_as_the_window(big_book):
    outcome = render_within(big_book, "intro", "en", PageStyle())
    assert outcome.html == render_chapter(big_book, "intro", "en").html
    assert outcome.why == ""


def test_past_the_deadline_the_child_is_killed(big_book):
    worker = RenderWorker(big_book, deadline_s=0.0)
    worker.submit("page", "intro", "en", PageStyle())
    child = worker._process
    while not (done := worker.poll()):
        time.sleep(0.02)
    assert [(o.key, o.html, o.why) for o in done] == [("page", None, "deadline")]
    assert not child.is_alive() and not worker.busy()


def test_the_child_leaves_quietly_when_the_window_is_gone(big_book):
    worker = RenderWorker(big_book)
    worker.submit("page", "intro", "en", PageStyle())
    child = worker._process
    worker._replies.close()  # what a window that was closed or killed leaves
    child.join(60)
    assert child.exitcode == 0  # no traceback: it saw that no one was listening
    worker.stop()
