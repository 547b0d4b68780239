"""Read aloud through the real engine: QtTextToSpeech's speech-dispatcher engine with
espeak-ng, into a null sound sink. What speech-dispatcher was given and did is read
from its own log, so "the highlight is on the sentence being spoken" is checked against
the service, not against the app's idea of it.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QUrl

from edu_app.content import load_book
from edu_app.ui import speech_queue as sq
from tests.check.books import make_book
from tests.speech.service import SpeechService, missing_parts

MISSING = missing_parts()
pytestmark = pytest.mark.skipif(bool(MISSING), reason=f"needs {', '.join(MISSING)}")
VOICE = {"en": "en_GB", "fr": "fr_FR"}
CITATION = re.compile(r"\s*\[\d+\]")


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = SpeechService(tmp_path_factory.mktemp("speech")).start()
    yield running
    running.stop()


def plain(marked: str) -> str:
    """Marked words as the page shows them, without the citation marks."""
    return " ".join(CITATION.sub("", marked.replace("\u2029", " ")).split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_page_is_read_sentence_by_sentence_marking_the_spoken_one(
        make_window, qtbot, tmp_path, monkeypatch, service, lang):
    monkeypatch.setenv("SPEECHD_ADDRESS", service.address)
    window = make_window(load_book(make_book("minimal", tmp_path)), lang=lang)
    window.open_url(QUrl("chapter:intro"))
    speech = window.features["read_aloud"]
    qtbot.waitUntil(speech.read.isVisible)  # a real engine can be made
    before = len(service.journal())
    speech.read.trigger()  # makes the engine (seconds: the voices are listed), reads
    tts = speech.tts
    assert tts.state() != tts.State.Error, tts.errorString()
    assert tts.voice().locale().name() == VOICE[lang]  # the book's variety, not en_US
    started: list[tuple[int, str]] = []
    speech.queue.sentenceStarted.connect(lambda i: started.append((i, speech.marked_text())))
    texts = speech.queue.texts
    assert len(texts) >= 4 and not any(CITATION.search(t) for t in texts)

    qtbot.waitUntil(lambda: len(started) >= 3, timeout=60_000)
    speech.read.trigger()  # pause
    paused_at = speech.queue.index
    assert speech.queue.phase == sq.Phase.PAUSED
    qtbot.waitUntil(lambda: tts.state() == tts.State.Ready, timeout=10_000)
    qtbot.wait(1500)
    assert speech.queue.phase == sq.Phase.PAUSED and len(started) == paused_at + 1

    speech.read.trigger()  # resume: the paused sentence again
    qtbot.waitUntil(lambda: len(started) == paused_at + 2, timeout=30_000)
    assert started[-1][0] == paused_at
    speech.stop_action.trigger()
    qtbot.waitUntil(lambda: tts.state() == tts.State.Ready, timeout=10_000)
    assert speech.marked_text() == "" and not speech.stop_action.isEnabled()
    qtbot.wait(1500)
    assert len(started) == paused_at + 2  # nothing more was begun

    journal = service.journal()[before:]
    said = [text for kind, text in journal if kind == "said"]
    order = [*range(paused_at + 1), paused_at]
    assert said == [texts[i] for i in order]  # one message per sentence, in order
    assert not any(CITATION.search(t) for t in said)
    # One at a time: every message after the first comes once the one before it ended
    # (END) or was stopped (STOP), never queued behind it.
    kinds = [kind for kind, _text in journal]
    for i, kind in enumerate(kinds):
        if kind == "said" and "said" in kinds[:i]:
            last = max(j for j in range(i) if kinds[j] == "said")
            assert {"END", "STOP"} & set(kinds[last:i]), journal
    # The marked sentence is the one the service began: each BEGIN follows its message.
    begun = [journal[i - 1][1] for i, (kind, _t) in enumerate(journal)
             if kind == "BEGIN" and i and journal[i - 1][0] == "said"]
    assert begun[:len(started)] == [texts[i] for i, _mark in started]
    for index, marked in started:
        assert plain(marked) == " ".join(texts[index].split())
