"""Read aloud's logic, without a widget: which engine and voice, and a queue that speaks
one sentence at a time with the app's own index.

Why not QTextToSpeech.enqueue: with the speech-dispatcher engine (Qt 6.11, Linux) the
engine reports Ready until an asynchronous BEGIN arrives, so enqueued sentences went
straight into speech-dispatcher's own queue before the app knew their ids, and the
highlight trailed the voice by several sentences; a Ready between sentences ended the
reading for the app while speech went on, and PAUSE left the state at Speaking. Here a
sentence is said only when the one before has ended (Speaking, then Ready), every
state change is checked against what the queue itself asked for, and Pause stops the
sentence and Resume says it again from its start, which every engine does the same way.
"""

from __future__ import annotations

import importlib
import os
import shutil
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

VOICES = {"en": ("en_GB", "en_IE", "en_US", "en_CA", "en_AU"),  # the book is British English
          "fr": ("fr_FR", "fr_BE", "fr_CH", "fr_CA")}
START_TIMEOUT_MS = 20_000  # a sentence said but never begun: the engine is not working


def speech_module():
    try:
        return importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        return None


class Missing(Enum):
    """Why read-aloud cannot work here (the window says it in a sentence)."""

    MODULE = "module"  # PySide6-Addons (QtTextToSpeech) not installed
    ENGINE = "engine"  # no text-to-speech engine for Qt but the test one
    SERVICE = "service"  # speech-dispatcher neither running nor installed
    FAILED = "failed"  # the engine did not start (its own reason is logged)
    VOICE = "voice"  # no voice for the page's language


def engine_name(module) -> str | None:
    """The engine to use: Qt's first real one ("mock" is Qt's test engine)."""
    engines = [e for e in module.QTextToSpeech.availableEngines() if e != "mock"]
    return engines[0] if engines else None


def speechd_reachable(env: dict[str, str] | None = None) -> bool:
    """Whether libspeechd can reach speech-dispatcher: its socket exists, or the program
    is installed (libspeechd starts it), without connecting (that takes seconds)."""
    env = os.environ if env is None else env
    address = env.get("SPEECHD_ADDRESS", "")
    if address.startswith("unix_socket:"):
        return Path(address.split(":", 1)[1]).exists()
    if address:
        return True  # an inet socket: only connecting would tell
    runtime = env.get("XDG_RUNTIME_DIR", "")
    if runtime and (Path(runtime) / "speech-dispatcher" / "speechd.sock").exists():
        return True
    return shutil.which("speech-dispatcher", path=env.get("PATH")) is not None


def missing(module) -> Missing | None:
    """What is missing before an engine can even be made (cheap: no engine is made)."""
    if module is None:
        return Missing.MODULE
    name = engine_name(module)
    if name is None:
        return Missing.ENGINE
    if name == "speechd" and not speechd_reachable():
        return Missing.SERVICE
    return None


def choose_voice(tts, lang: str) -> bool:
    """Set the voice for `lang`: the book's own variety first (en_GB, fr_FR), then another
    country's, then any voice of that language; a plain voice before its variants."""
    wanted = [QLocale(name) for name in VOICES.get(lang, (lang,))]
    language = wanted[0].language()
    available = [loc for loc in tts.availableLocales() if loc.language() == language]
    names = [loc.name() for loc in wanted]
    available.sort(key=lambda loc: names.index(loc.name()) if loc.name() in names
                   else len(names))
    for locale in available:
        tts.setLocale(locale)
        voices = [v for v in tts.availableVoices() if v.locale().language() == language]
        if voices:
            plain = [v for v in voices if "+" not in v.name()]
            tts.setVoice((plain or voices)[0])
            return tts.voice().locale().language() == language
    return False


class Phase(Enum):
    IDLE = "idle"
    WAITING = "waiting"  # a sentence is said, the engine has not begun it yet
    SPEAKING = "speaking"
    PAUSED = "paused"


class SentenceQueue(QObject):
    """Speaks `texts` one at a time through a QTextToSpeech; says which one is spoken."""

    sentenceStarted = Signal(int)  # the index of the sentence the engine began
    phaseChanged = Signal(object)  # a Phase
    failed = Signal(str)  # the engine stopped working (its reason)

    def __init__(self, tts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tts = tts
        self.states = type(tts).State
        self.texts: list[str] = []
        self.index = 0
        self.phase = Phase.IDLE
        self._watch = QTimer(self, singleShot=True, interval=START_TIMEOUT_MS)
        self._watch.timeout.connect(self._never_began)
        tts.stateChanged.connect(self._engine_state)

    # --- what the reader asks -------------------------------------------------------
    def start(self, texts: list[str], first: int = 0) -> None:
        self.texts = list(texts)
        if not 0 <= first < len(self.texts):
            self.stop()
            return
        self._say(first)

    def pause(self) -> None:
        if self.phase in (Phase.WAITING, Phase.SPEAKING):
            self._set(Phase.PAUSED)
            self._watch.stop()
            self.tts.stop()

    def resume(self) -> None:
        if self.phase == Phase.PAUSED:
            self._say(self.index)  # the paused sentence again, from its start

    def stop(self) -> None:
        self._watch.stop()
        if self.phase != Phase.IDLE:
            self._set(Phase.IDLE)
            self.tts.stop()

    # --- the engine ----------------------------------------------------------------------
    def _say(self, index: int) -> None:
        self.index = index
        self._set(Phase.WAITING)
        self._watch.start()
        self.tts.say(self.texts[index])

    def _engine_state(self, state) -> None:
        if state == self.states.Speaking and self.phase == Phase.WAITING:
            self._watch.stop()
            self._set(Phase.SPEAKING)
            self.sentenceStarted.emit(self.index)
        elif state == self.states.Ready and self.phase == Phase.SPEAKING:
            if self.index + 1 < len(self.texts):  # that sentence has ended
                self._say(self.index + 1)
            else:
                self._set(Phase.IDLE)
        elif state == self.states.Error and self.phase in (Phase.WAITING, Phase.SPEAKING):
            self._watch.stop()
            self._set(Phase.IDLE)
            self.failed.emit(self.tts.errorString())
        # Anything else is the end of what the queue itself stopped (a Ready after a
        # pause or before the next sentence begins): not the end of a sentence.

    def _never_began(self) -> None:
        if self.phase == Phase.WAITING:
            self.stop()
            self.failed.emit("the speech engine did not begin the sentence")

    def _set(self, phase: Phase) -> None:
        if phase != self.phase:
            self.phase = phase
            self.phaseChanged.emit(phase)
