"""Chapters too big for the GUI thread, rendered in a process of their own, with a deadline.

Python-Markdown is pure Python. On the GUI thread, a chapter of 2 MB kept the window
from answering for over a second, and an input that the limits (limits.py) do not foresee
could keep it for ever. A thread would not help: the `re` module holds the GIL through
each match, so the window would still stall, and a thread cannot be stopped. A child
process renders while the window answers, and it is killed when its deadline passes.

Shipped chapters (under 10,000 characters) never come here. They render in tens of
milliseconds, and the first page must not wait for a process to start, so the child
starts with the first big page. No Qt here: the window polls (ui/background_pages.py),
and the checker waits (`render_within`).
"""

from __future__ import annotations

import time
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..content.model import Book, Lang
    from .pages import PageStyle

BIG_CHARS = 40_000  # of Markdown: over this, a chapter is rendered in the child
DEADLINE_S = 10.0  # of rendering in the child; past it, "too long to show"
POLL_S = 0.03


def is_big(book: Book, chapter_id: str, lang: Lang) -> bool:
    """Whether this chapter goes to the child process rather than the GUI thread."""
    chapter, _ = book.chapter(chapter_id, lang)
    return chapter is not None and len(chapter.body) > BIG_CHARS


@dataclass
class Outcome:
    """What became of a request: the page's HTML, or why there is none."""

    key: Hashable
    html: str | None
    why: str = ""  # "deadline" or "failed" when html is None
    seconds: float = 0.0


@dataclass
class _Job:
    key: Hashable
    args: tuple[str, str, Any]  # chapter id, language, page style
    sent: float = 0.0
    queued: float = field(default_factory=time.monotonic)


def _serve(book: Book, requests: Any, replies: Any, deadline_s: float) -> None:
    """The child: render each chapter asked for, until the window closes its pipe."""
    import faulthandler
    import os

    from .pages import render_chapter

    quiet = open(os.devnull, "w")
    while True:
        try:
            chapter_id, lang, style = requests.recv()
        except (EOFError, OSError):
            return
        # Should the window be gone (killed) while a page runs past its deadline, no one
        # would kill this process: a watchdog thread of C, which needs no GIL, ends it.
        faulthandler.dump_traceback_later(2 * deadline_s + 5, exit=True, file=quiet)
        try:
            reply = ("page", render_chapter(book, chapter_id, lang, style).html)
        except Exception as error:  # the window says "could not be shown"
            reply = ("failed", error.__class__.__name__)
        faulthandler.cancel_dump_traceback_later()
        try:
            replies.send(reply)
        except OSError:  # the window is gone (closed, or killed): nothing to tell
            return


class RenderWorker:
    """One child process rendering one chapter at a time, killed at its deadline.

    The child holds a copy of the book, so it is started again after `stop()` (the
    clinic's details changed) and after a deadline.
    """

    def __init__(self, book: Book, deadline_s: float = DEADLINE_S) -> None:
        self.book = book
        self.deadline_s = deadline_s
        self._queue: list[_Job] = []
        self._current: _Job | None = None
        self._process: Any = None
        self._requests: Any = None
        self._replies: Any = None

    def submit(self, key: Hashable, chapter_id: str, lang: Lang, style: PageStyle,
               first: bool = False) -> None:
        """Ask for a chapter; `first` puts it before the pages prepared ahead."""
        if self.pending(key):
            if first:  # the reader is waiting for it now: before the others
                job = next((j for j in self._queue if j.key == key), None)
                if job is not None:
                    self._queue.remove(job)
                    self._queue.insert(0, job)
            return
        job = _Job(key, (chapter_id, lang, style))
        self._queue.insert(0, job) if first else self._queue.append(job)
        self._send_next()

    def pending(self, key: Hashable) -> bool:
        jobs = [*self._queue, *([self._current] if self._current else [])]
        return any(job.key == key for job in jobs)

    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def poll(self) -> list[Outcome]:
        """What has finished since the last call (a page, a failure or a deadline)."""
        done: list[Outcome] = []
        job = self._current
        if job is not None:
            took = time.monotonic() - job.queued
            running = time.monotonic() - job.sent  # the deadline counts from here
            reply = self._reply()
            if isinstance(reply, tuple) and reply[0] == "page":
                done.append(Outcome(job.key, reply[1], seconds=took))
            elif reply is not None or not self._process.is_alive():
                done.append(Outcome(job.key, None, "failed", took))
                self._kill()
            elif running > self.deadline_s:
                done.append(Outcome(job.key, None, "deadline", took))
                self._kill()
            else:
                return done
            self._current = None
        self._send_next()
        return done

    def stop(self) -> None:
        """Forget every request and end the child (it holds an old copy of the book)."""
        self._queue.clear()
        self._current = None
        self._kill()

    # --- the child ------------------------------------------------------------------
    def _reply(self) -> object | None:
        try:
            return self._replies.recv() if self._replies.poll() else None
        except (EOFError, OSError):
            return ("failed", "EOFError")

    def _send_next(self) -> None:
        if self._current is not None or not self._queue:
            return
        if self._process is None:
            self._start()
        job = self._queue.pop(0)
        job.sent = time.monotonic()
        self._current = job
        try:
            self._requests.send(job.args)
        except (OSError, ValueError):  # the child is gone: poll() says so
            pass

    def _start(self) -> None:
        import multiprocessing

        # "spawn": a fresh interpreter, the same on Linux and Windows, and no copy of the
        # window's Qt threads (forking them is unsafe).
        context = multiprocessing.get_context("spawn")
        requests_out, self._requests = context.Pipe(duplex=False)
        self._replies, replies_in = context.Pipe(duplex=False)
        self._process = context.Process(
            target=_serve, name="edu-app-render", daemon=True,
            args=(self.book, requests_out, replies_in, self.deadline_s))
        self._process.start()
        requests_out.close()
        replies_in.close()

    def _kill(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(1)
            for pipe in (self._requests, self._replies):
                pipe.close()
        self._process = self._requests = self._replies = None


def render_within(book: Book, chapter_id: str, lang: Lang, style: PageStyle,
                  deadline_s: float = DEADLINE_S) -> Outcome:
    """Render one chapter in a child process and wait for it (the checker's way)."""
    worker = RenderWorker(book, deadline_s)
    worker.submit("page", chapter_id, lang, style)
    try:
        while True:
            for outcome in worker.poll():
                return outcome
            time.sleep(POLL_S)
    finally:
        worker.stop()
