"""Read aloud, when the computer can: the optional `speech` extra (PySide6-Addons).

QtTextToSpeech is not part of PySide6-Essentials, so everything here is guarded: without
it `install()` returns None, no action or button exists, and nothing fails. With it,
View → Read aloud (Ctrl+R, and a toolbar button) reads the page in the language of its
text, one sentence at a time, marking the sentence being read; the same key pauses and
resumes, View → Stop reading stops. The speech engine is made on first use, never at start.
"""

from __future__ import annotations

import importlib
import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QUrl
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ...qt.i18n import track

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell

log = logging.getLogger(__name__)
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
MARK = QColor("#ffe9a8")


def speech_module():  # the PySide6.QtTextToSpeech module, or None
    try:
        return importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return None


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, skipping blanks and lone citation marks."""
    spans, start = [], 0
    for match in [*SENTENCE_END.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if re.search(r"[^\W\d_]{2}", chunk):
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + len(chunk.rstrip())))
        start = match.end() if match else len(text)
    return spans


class ReadAloud(QObject):
    def __init__(self, reader: Reader, shell: Shell, module) -> None:
        super().__init__(shell)
        self.shell = shell
        self.reader = reader
        self.module = module
        self.engine = None
        self.queue: dict[int, tuple[int, int]] = {}
        self.read = QAction(shell)
        self.read.setObjectName("actionReadAloud")
        self.read.setShortcuts([QKeySequence("Ctrl+R")])
        self.read.triggered.connect(self.toggle)
        self.stop_action = QAction(shell)
        self.stop_action.setObjectName("actionStopReading")
        self.stop_action.triggered.connect(self.stop)
        self.stop_action.setEnabled(False)
        shell.add_command(self.read, "view", separate=True)
        shell.add_command(self.stop_action, "view")
        shell.view.pageChanged.connect(lambda _url: self.stop())
        reader.languageChanged.connect(lambda _lang: self.stop())
        reader.resetRequested.connect(self.stop)
        track(self)

    # --- speaking ---------------------------------------------------------------------
    def _engine(self):  # a QTextToSpeech, made on first use
        if self.engine is None:
            tts = self.module.QTextToSpeech(self)
            tts.aboutToSynthesize.connect(self._speaking)
            tts.stateChanged.connect(self._state_changed)
            self.engine = tts
        return self.engine

    def state(self):
        return self.engine.state() if self.engine is not None else None

    def toggle(self) -> None:
        states = self.module.QTextToSpeech.State
        state = self.state()
        if state == states.Speaking:
            self.engine.pause()
        elif state == states.Paused:
            self.engine.resume()
        else:
            self.start()

    def start(self) -> None:
        view = self.shell.view
        text = view.document().toPlainText()
        engine = self._engine()
        engine.stop()
        self.queue.clear()
        engine.setLocale(QLocale(QLocale.Language.French if self._text_lang() == "fr"
                                 else QLocale.Language.English))
        for start, end in sentences(text):
            self.queue[engine.enqueue(text[start:end])] = (start, end)
        self.stop_action.setEnabled(bool(self.queue))

    def stop(self) -> None:
        if self.engine is not None:
            self.engine.stop()
        self.queue.clear()
        self.stop_action.setEnabled(False)
        self.shell.view.set_highlights("speech", [])

    def _text_lang(self) -> str:
        url: QUrl = self.shell.view.source()
        lang = self.reader.lang
        if url.scheme() == "chapter":
            chapter, _ = self.reader.book.chapter(url.path(), lang)
            lang = chapter.lang if chapter is not None else lang
        return lang

    def _speaking(self, request_id: int) -> None:
        span = self.queue.get(request_id)
        if span is None:
            return
        view = self.shell.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format.setBackground(MARK)
        mark.format.setForeground(QColor("#000000"))
        view.set_highlights("speech", [mark])
        follow = QTextCursor(cursor)
        follow.clearSelection()
        view.setTextCursor(follow)
        view.ensureCursorVisible()

    def _state_changed(self, state) -> None:
        states = self.module.QTextToSpeech.State
        self.read.setText(self.tr("&Pause reading") if state == states.Speaking
                          else self.tr("&Read aloud"))
        if state == states.Error:
            log.warning("speech engine error: %s", self.engine.errorString())
        if state in (states.Ready, states.Error):  # the queue is done (or cannot go on)
            self.queue.clear()
            self.stop_action.setEnabled(False)
            self.shell.view.set_highlights("speech", [])

    # --- words --------------------------------------------------------------------------
    def retranslate(self) -> None:
        tip = self.tr("Read this page aloud; press again to pause")
        self.read.setText(self.tr("&Read aloud"))
        self.read.setStatusTip(tip)
        self.read.setToolTip(f"{tip} (Ctrl+R)")
        self.stop_action.setText(self.tr("S&top reading"))
        self.stop_action.setStatusTip(self.tr("Stop reading aloud"))
        self.stop_action.setToolTip(self.tr("Stop reading aloud"))


def install(reader: Reader, shell: Shell) -> ReadAloud | None:
    """Read aloud in the View menu and the toolbar when QtTextToSpeech exists; None (and
    nothing) if not."""
    module = speech_module()
    if module is None:
        return None
    speech = ReadAloud(reader, shell, module)
    from PySide6.QtWidgets import QStyle  # noqa: TID251 - only with the speech extra

    speech.read.setIcon(shell.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume))
    shell.add_to_toolbar(speech.read)
    return speech
