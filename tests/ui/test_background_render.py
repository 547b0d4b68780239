"""A chapter too big for the GUI thread is rendered away from it (issue 20, item 9).

The window keeps answering while the chapter is prepared: its event loop keeps turning, and
the reader can go to another chapter. The page is shown when it is ready. Past the
deadline, the page says calmly, in the reader's language, that it is too long to show,
and the rest of the guide keeps working. The strict "under 2 s" is measured in
benchmarks/hostile_pages.py, not asserted here.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer, QUrl

from edu_app.content import load_book
from edu_app.content.text import as_text
from edu_app.render.worker import BIG_CHARS

from ..conftest import GUIDE
from ..render.hostile import floor_body

BIG = "immunotherapy"
CUT = "more characters not shown"  # the limits cut a page this big (limits.py)


@pytest.fixture
def big_guide(tmp_path):
    """The fixture guide, with one chapter of about 1.9 MB of ordinary text in each
    language: the slowest kind of big page (hostile ones are cut shorter by the limits)."""
    content = tmp_path / "content"
    shutil.copytree(GUIDE, content)
    for lang in ("en", "fr"):
        path = content / lang / "03-immunotherapy.md"
        _, front, body = path.read_text(encoding="utf-8").split("+++", 2)
        big = floor_body(1_900_000)
        path.write_text(f"+++{front}+++\n{body}\n\n{big}\n", encoding="utf-8")
    return load_book(content)


def shown(window) -> str:
    """The page's words as read ("T\u2011cell" on screen is "T-cell")."""
    return as_text(window.view.toPlainText())


def heartbeat(window):
    """Turns of the event loop, each with how far the page had got (its plain text)."""
    beats: list[tuple[int, str]] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer(window)
    timer.setInterval(10)
    timer.timeout.connect(lambda: beats.append((clock.elapsed(), shown(window)[:300])))
    timer.start()
    return beats, timer


def test_the_event_loop_keeps_turning_while_a_big_chapter_renders(make_window, big_guide,
                                                                   qtbot):
    window = make_window(big_guide)
    assert len(big_guide.chapters[BIG]["en"].body) > BIG_CHARS
    beats, timer = heartbeat(window)
    QTimer.singleShot(0, lambda: window.open_url(QUrl(f"chapter:{BIG}")))
    title = big_guide.chapters[BIG]["en"].title
    qtbot.waitUntil(lambda: "being prepared" in shown(window), timeout=5_000)
    assert title in shown(window)  # the chapter's title, above the message
    qtbot.waitUntil(lambda: "being prepared" not in shown(window),
                    timeout=60_000)
    assert CUT in shown(window)
    timer.stop()
    assert "being prepared" not in shown(window)
    waiting = [b for b in beats if "being prepared" in b[1]]
    # Before the fix, the page was made inside open_url(): no turn of the loop saw it
    # being prepared. Now the loop turns all the while the child renders.
    assert len(waiting) >= 5, f"{len(waiting)} turns of the event loop while it rendered"
    assert window.view.source().toString() == f"chapter:{BIG}"
    assert window.windowTitle().startswith(title) or title in window.windowTitle()


def test_the_reader_can_leave_a_big_chapter_while_it_is_prepared(make_window, big_guide,
                                                                 qtbot):
    window = make_window(big_guide)
    window.open_url(QUrl(f"chapter:{BIG}"))
    assert "being prepared" in shown(window)
    window.actions.next_chapter.trigger()  # answered at once, on the GUI thread
    nxt = big_guide.order[big_guide.order.index(BIG) + 1]
    assert window.view.source().toString() == f"chapter:{nxt}"
    assert big_guide.chapters[nxt]["en"].title in shown(window)
    background = window.reader.pages.background
    qtbot.waitUntil(lambda: not background.worker.busy(), timeout=60_000)
    qtbot.wait(100)
    assert window.view.source().toString() == f"chapter:{nxt}"  # not pulled back
    window.actions.back.trigger()  # the big chapter, ready now
    assert window.view.source().toString() == f"chapter:{BIG}"
    assert CUT in shown(window)


@pytest.mark.parametrize("lang, words", [
    ("en", "This page is too long to show. Tell the person who looks after this guide."),
    ("fr", "Cette page est trop longue pour être affichée. Prévenez la personne qui "
           "s’occupe de ce guide."),
])
def test_past_the_deadline_the_page_says_it_is_too_long_and_the_guide_works(
        make_window, big_guide, qtbot, lang, words):
    window = make_window(big_guide, lang=lang)
    background = window.reader.pages.background
    background.worker.deadline_s = 0.0  # no render can finish within it
    window.open_url(QUrl(f"chapter:{BIG}"))
    child = background.worker._process
    qtbot.waitUntil(lambda: words in shown(window), timeout=30_000)
    assert big_guide.chapters[BIG][lang].title in shown(window)
    assert background.outcomes[0].why == "deadline"
    assert not child.is_alive()  # killed, not left running
    window.actions.next_chapter.trigger()
    nxt = big_guide.order[big_guide.order.index(BIG) + 1]
    assert big_guide.chapters[nxt][lang].title in shown(window)
    asked = len(background.outcomes)
    window.actions.back.trigger()  # said at once the next time, not tried again
    assert words in shown(window)
    assert len(background.outcomes) == asked and not background.pending(
        window.reader.pages.key(QUrl(f"chapter:{BIG}")))


def test_ordinary_chapters_never_start_a_child_process(window, qtbot):
    for cid in window.reader.book.order:
        window.open_url(QUrl(f"chapter:{cid}"))
    qtbot.wait(200)  # the pages prepared ahead (the other language, the next chapter)
    assert window.reader.pages.background.worker._process is None
