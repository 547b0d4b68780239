"""Read aloud's logic with a stand-in engine that behaves as speech-dispatcher's does
(Ready until an asynchronous begin, Ready again at the end or after a stop), driven step
by step. The same through the real engine is tests/speech/test_speechd.py.
"""

from __future__ import annotations

import enum
import sys
import types

import pytest
from PySide6.QtCore import QLocale, QObject, QUrl, Signal
from PySide6.QtGui import QAction

from edu_app.content import load_book
from edu_app.ui import speech_queue as sq
from tests.check.books import make_book


class Voice:
    def __init__(self, name, locale):
        self._name, self._locale = name, QLocale(locale)

    def name(self):
        return self._name

    def locale(self):
        return self._locale


class SpeechdLike(QObject):
    """Says nothing itself: the test begins and ends each utterance."""

    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Paused = 2
        Error = 3

    stateChanged = Signal(object)
    VOICES = [Voice("English (America)", "en_US"), Voice("English (Great Britain)+Adam", "en_GB"),
              Voice("English (Great Britain)", "en_GB"), Voice("French (France)", "fr_FR")]

    def __init__(self, _engine=None, parent=None):
        super().__init__(parent)
        self.said: list[str] = []
        self._state = self.State.Ready
        self._locale = QLocale("en_US")
        self._voice = self.VOICES[0]

    @staticmethod
    def availableEngines():
        return ["mock", "speechd-like"]

    def state(self):
        return self._state

    def errorString(self):
        return ""

    def say(self, text):
        self.said.append(text)

    def stop(self):
        self._set(self.State.Ready)

    def begin(self):
        self._set(self.State.Speaking)

    def end(self):
        self._set(self.State.Ready)

    def _set(self, state):
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)

    def availableLocales(self):
        return [v.locale() for v in self.VOICES]

    def setLocale(self, locale):
        self._locale = locale

    def availableVoices(self):
        return [v for v in self.VOICES if v.locale() == self._locale]

    def setVoice(self, voice):
        self._voice = voice

    def voice(self):
        return self._voice


@pytest.fixture
def reading(make_window, qtbot, tmp_path, monkeypatch):
    module = types.SimpleNamespace(QTextToSpeech=SpeechdLike)
    monkeypatch.setattr(sq, "speech_module", lambda: module)
    window = make_window(load_book(make_book("minimal", tmp_path)), lang="en")
    window.open_url(QUrl("chapter:intro"))
    speech = window.features["read_aloud"]
    qtbot.waitUntil(lambda: speech.module is not None)  # checked after the first paint
    return window, speech


def test_one_sentence_at_a_time_marking_the_one_begun(reading):
    window, speech = reading
    assert speech.read.isVisible() and speech.read in window.toolbar.actions()
    speech.read.trigger()
    tts = speech.tts
    assert tts.voice().name() == "English (Great Britain)"  # the book's English, plain voice
    assert len(tts.said) == 1 and speech.marked_text() == ""  # said, not yet begun
    tts.begin()
    assert speech.marked_text() == tts.said[0] == "Welcome"
    tts.end()
    assert len(tts.said) == 2  # the next one only once the first has ended
    tts.begin()
    assert speech.marked_text().startswith(tts.said[1]) and "[1]" not in tts.said[1]
    assert tts.said[1] == "This guide helps you."


def test_pause_stops_and_resume_says_the_sentence_again(reading):
    _window, speech = reading
    speech.read.trigger()
    tts = speech.tts
    tts.begin()
    tts.end()
    tts.begin()
    speech.read.trigger()  # pause: the engine is stopped; its Ready is not an ending
    assert speech.queue.phase == sq.Phase.PAUSED and speech.read.text() == "&Resume reading"
    assert len(tts.said) == 2 and speech.stop_action.isEnabled()
    speech.read.trigger()
    assert tts.said[-1] == tts.said[1] and speech.read.text() == "&Pause reading"
    tts.begin()
    speech.stop_action.trigger()
    assert speech.queue.phase == sq.Phase.IDLE and speech.marked_text() == ""
    assert not speech.stop_action.isEnabled() and len(tts.said) == 3


def test_another_page_stops_the_reading(reading):
    window, speech = reading
    speech.read.trigger()
    speech.tts.begin()
    window.open_url(QUrl("chapter:care"))
    assert speech.queue.phase == sq.Phase.IDLE and speech.marked_text() == ""


def test_without_text_to_speech_a_sentence_says_why(make_window, monkeypatch, qtbot):
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    window = make_window(lang="fr")
    speech = window.features["read_aloud"]
    qtbot.waitUntil(lambda: speech.unavailable.isVisible())
    assert not speech.read.isVisible() and not speech.stop_action.isVisible()
    assert speech.unavailable.statusTip().startswith("La lecture à voix haute n")
    visible = [a for a in window.findChildren(QAction) if a.isVisible()]
    assert speech.read not in visible


def test_speech_dispatcher_unreachable_means_unavailable(tmp_path):
    env = {"SPEECHD_ADDRESS": f"unix_socket:{tmp_path / 'none.sock'}", "PATH": ""}
    assert not sq.speechd_reachable(env)
    (tmp_path / "speech-dispatcher").mkdir()
    (tmp_path / "speech-dispatcher" / "speechd.sock").touch()
    assert sq.speechd_reachable({"XDG_RUNTIME_DIR": str(tmp_path), "PATH": ""})


def test_sentences_skip_lone_marks():
    from edu_app.ui.features.read_aloud import sentences

    text = "Doctors take cells. Then they give them back!\n\n42\n\nKey points"
    assert [text[a:b] for a, b in sentences(text)] == [
        "Doctors take cells.", "Then they give them back!", "Key points"]

