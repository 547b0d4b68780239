"""The features' shape: each installs itself through the reader and the shell, nothing more.

A newcomer adding a feature copies this shape; these tests keep it: every module of the
list exposes `install(reader, shell)`, none imports the window, and what each installs
reacts to the reader's signals (a language switch, a reset) without the window's help.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from edu_app.ui import features
from edu_app.ui.features import FEATURES

from ..test_layers import imported

FEATURES_DIR = Path(features.__file__).parent


@pytest.mark.parametrize("name", FEATURES)
def test_each_feature_installs_through_the_reader_and_the_shell(name: str) -> None:
    module = __import__(f"edu_app.ui.features.{name}", fromlist=["install"])
    assert list(inspect.signature(module.install).parameters) == ["reader", "shell"]


@pytest.mark.parametrize("path", sorted(FEATURES_DIR.glob("*.py")), ids=lambda p: p.name)
def test_no_feature_reaches_into_the_window(path: Path) -> None:
    names = imported(path)
    assert not {n for n in names if n.startswith(("edu_app.ui.window", "edu_app.app"))}
    source = path.read_text(encoding="utf-8")
    assert "getattr(self.shell" not in source and "getattr(window" not in source


def test_the_window_holds_what_the_features_installed(window) -> None:
    installed = set(window.features)
    assert {"printing", "preferences", "checker", "search", "find", "glossary", "shortcuts",
            "theme"} <= installed
    assert "kiosk" not in installed  # only in clinic mode
    assert installed <= set(FEATURES)


def test_features_follow_the_readers_signals(window, qtbot) -> None:
    """A language switch renames the features' commands; a reset clears their state."""
    glossary, search = window.features["glossary"], window.features["search"]
    english = glossary.action.text()
    window.reader.set_language("fr")
    assert glossary.action.text() not in ("", english)
    window.reader.set_language("en")
    assert glossary.action.text() == english
    search.setText("cell")
    window.open_url(QUrl("terms:"))
    glossary.set_filter("leuk")
    with qtbot.waitSignal(window.reader.resetRequested):
        window.reader.reset()
    assert search.text() == "" and glossary.filter_text == ""
