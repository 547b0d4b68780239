"""Read aloud: the page spoken sentence by sentence in the voice of its language, the
sentence being spoken marked on the page, when the computer has a real speech engine.

QtTextToSpeech is the optional `speech` extra (PySide6-Addons). After the first paint the
window checks, without making an engine (speech-dispatcher takes seconds to list its
voices), that Qt has a real engine (not its "mock") and, on Linux, that speech-dispatcher
is running or installed. Then View → Read aloud (Ctrl+R, and a toolbar button) appears:
the first press makes the engine, chooses the voice of the page's language (en_GB,
fr_FR, or another of that language) and reads; the same key pauses and resumes (the
paused sentence again from its start); View → Stop reading stops. Otherwise the View
menu says in a sentence why read-aloud is not available. Citation marks are never said
(the spoken text is page_text's, without them). The queue is speech_queue.py's.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ...qt.i18n import track
from .. import speech_queue as sq

if TYPE_CHECKING:
    from ..reader import Reader
    from ..shell import Shell

log = logging.getLogger(__name__)
MARK = QColor("#ffe9a8")


class ReadAloud(QObject):
    def __init__(self, reader: Reader, shell: Shell, module=None) -> None:
        super().__init__(shell)
        self.shell = shell
        self.reader = reader
        self.module = module
        self.tts = None  # made on the first press
        self.queue: sq.SentenceQueue | None = None
        self.voice_lang = ""
        self.spans: list[tuple[int, int]] = []  # each sentence's range in the document
        self.missing: sq.Missing | None = None
        self.detail = ""  # the engine's own words when it failed
        self.read = QAction(shell)
        self.read.setObjectName("actionReadAloud")
        self.read.setShortcuts([QKeySequence("Ctrl+R")])
        self.read.triggered.connect(self.toggle)
        self.stop_action = QAction(shell)
        self.stop_action.setObjectName("actionStopReading")
        self.stop_action.triggered.connect(self.stop)
        self.stop_action.setEnabled(False)
        self.unavailable = QAction(shell)
        self.unavailable.setObjectName("actionReadAloudUnavailable")
        self.unavailable.setEnabled(False)
        for action in (self.read, self.stop_action, self.unavailable):
            action.setVisible(False)  # until the first paint says which
        shell.add_command(self.read, "view", separate=True)
        shell.add_command(self.stop_action, "view")
        shell.add_command(self.unavailable, "view")
        shell.add_to_toolbar(self.read)
        shell.view.pageChanged.connect(lambda _url: self.stop())
        shell.view.firstPaint.connect(lambda: QTimer.singleShot(0, self, self.check))
        reader.languageChanged.connect(lambda _lang: self.stop())
        reader.resetRequested.connect(self.stop)
        track(self)

    # --- is there a real engine? -------------------------------------------------------
    def check(self) -> None:
        """Show Read aloud when a real engine can be made, else the sentence saying why."""
        if self.module is None:
            self.module = sq.speech_module()  # QtTextToSpeech loads QtMultimedia: not before
        self.missing = sq.missing(self.module)
        if self.missing is None and self.read.icon().isNull():
            from PySide6.QtWidgets import QStyle  # noqa: TID251 - after the first paint

            self.read.setIcon(self.shell.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaVolume))
        self._show_state()

    def _give_up(self, why: sq.Missing, detail: str = "") -> None:
        self.missing, self.detail = why, detail
        if detail:
            log.warning("read aloud unavailable: %s", detail)
        self._show_state()
        self.shell.show_message(self._why(), 8000)

    def _show_state(self) -> None:
        ok = self.missing is None
        self.read.setVisible(ok)
        self.stop_action.setVisible(ok)
        self.unavailable.setVisible(not ok)
        self.retranslate()

    def _engine(self):
        if self.tts is None:
            from PySide6.QtWidgets import QApplication

            from ...qt.first_frame import Qt

            self.shell.show_message(self.tr("Preparing the voice…"), 10000)
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.tts = self.module.QTextToSpeech(sq.engine_name(self.module), self)
            finally:
                QApplication.restoreOverrideCursor()
            if self.tts.state() == self.module.QTextToSpeech.State.Error:
                self._give_up(sq.Missing.FAILED, self.tts.errorString())
                return None
            self.queue = sq.SentenceQueue(self.tts, self)
            self.queue.sentenceStarted.connect(self._mark)
            self.queue.phaseChanged.connect(self._phase)
            self.queue.failed.connect(lambda why: self._give_up(sq.Missing.FAILED, why))
            self.shell.statusBar().clearMessage()
        return self.tts if self.missing is None else None

    # --- reading ---------------------------------------------------------------------
    def toggle(self) -> None:
        phase = self.queue.phase if self.queue is not None else sq.Phase.IDLE
        if phase in (sq.Phase.WAITING, sq.Phase.SPEAKING):
            self.queue.pause()
        elif phase == sq.Phase.PAUSED:
            self.queue.resume()
        else:
            self.start()

    def start(self) -> None:
        from ..page_text import PageMap, page_language

        tts = self._engine()
        if tts is None:
            return
        view = self.shell.view
        lang = page_language(view)
        if lang != self.voice_lang:
            if not sq.choose_voice(tts, lang):
                self.shell.show_message(self._no_voice(lang), 8000)
                return
            self.voice_lang = lang
        page = PageMap(view.document())
        texts, self.spans = [], []
        for start, end in sentences(page.text):
            texts.append(page.text[start:end])
            self.spans.append((page.to_position(start), page.to_position(end)))
        self.queue.start(texts)

    def stop(self) -> None:
        if self.queue is not None:
            self.queue.stop()
        self.shell.view.set_highlights("speech", [])

    def _mark(self, index: int) -> None:
        """Mark sentence `index`, the one the engine has just begun, and keep it in view."""
        view = self.shell.view
        start, end = self.spans[index]
        cursor = QTextCursor(view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = cursor
        mark.format.setBackground(MARK)
        mark.format.setForeground(QColor("#000000"))
        view.set_highlights("speech", [mark])
        follow = QTextCursor(cursor)
        follow.clearSelection()
        view.setTextCursor(follow)
        view.ensureCursorVisible()

    def marked_text(self) -> str:
        """The words marked as being spoken ("" when none)."""
        marks = self.shell.view.highlights("speech")
        return marks[0].cursor.selectedText() if marks else ""

    def _phase(self, phase: sq.Phase) -> None:
        self.stop_action.setEnabled(phase != sq.Phase.IDLE)
        if phase == sq.Phase.IDLE:
            self.shell.view.set_highlights("speech", [])
        self._name_read(phase)

    # --- words --------------------------------------------------------------------------
    def _name_read(self, phase: sq.Phase) -> None:
        if phase in (sq.Phase.WAITING, sq.Phase.SPEAKING):
            self.read.setText(self.tr("&Pause reading"))
        elif phase == sq.Phase.PAUSED:
            self.read.setText(self.tr("&Resume reading"))
        else:
            self.read.setText(self.tr("&Read aloud"))

    def _why(self) -> str:
        why = {
            sq.Missing.MODULE: self.tr("Read aloud is not available: Qt's speech module "
                                       "(PySide6-Addons) is not installed."),
            sq.Missing.ENGINE: self.tr("Read aloud is not available: this computer has no "
                                       "speech engine."),
            sq.Missing.SERVICE: self.tr("Read aloud is not available: the speech service "
                                        "(speech-dispatcher) is not installed or not "
                                        "running."),
            sq.Missing.FAILED: self.tr("Read aloud is not available: the speech engine "
                                       "did not start."),
        }
        return why.get(self.missing, "")

    def _no_voice(self, lang: str) -> str:
        return (self.tr("Read aloud: this computer has no French voice.") if lang == "fr"
                else self.tr("Read aloud: this computer has no English voice."))

    def retranslate(self) -> None:
        tip = self.tr("Read this page aloud; press again to pause")
        self._name_read(self.queue.phase if self.queue is not None else sq.Phase.IDLE)
        self.read.setStatusTip(tip)
        self.read.setToolTip(f"{tip} (Ctrl+R)")
        self.stop_action.setText(self.tr("S&top reading"))
        self.stop_action.setStatusTip(self.tr("Stop reading aloud"))
        self.stop_action.setToolTip(self.tr("Stop reading aloud"))
        self.unavailable.setText(self.tr("Read aloud (&not available)"))
        why = self._why() or self.tr("Read aloud is not available on this computer.")
        self.unavailable.setStatusTip(why)
        self.unavailable.setToolTip(why)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence in `text`, skipping blanks and lone marks."""
    import re

    spans, start = [], 0
    for match in [*re.finditer(r"(?<=[.!?…])\s+|\n+", text), None]:
        end = match.start() if match else len(text)
        chunk = text[start:end]
        if re.search(r"[^\W\d_]{2}", chunk):
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + len(chunk.rstrip())))
        start = match.end() if match else len(text)
    return spans


def install(reader: Reader, shell: Shell) -> ReadAloud:
    """Read aloud in the View menu and the toolbar, or the sentence saying why not."""
    return ReadAloud(reader, shell, None)
