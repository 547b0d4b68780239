"""Fixtures shared by every test: the fixture guide, isolated settings, a window.

Engine tests read `tests/fixtures/guide/` (a frozen book in the shipped format whose words
never change), never the shipped `content/`: editing a sentence of the guide must not
break an engine test. Only `tests/content/` reads the shipped book.

Tests never touch the user's real settings (Qt's test mode plus a temporary INI file)
and never reach a network: every socket connection fails for the whole run.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from edu_app.content import Book, load_book

GUIDE = Path(__file__).parent / "fixtures" / "guide" / "content"
"""The fixture guide: chapters, glossary, sources, centres and pictures in both languages."""


class NetworkUsed(AssertionError):
    pass


@pytest.fixture(autouse=True, scope="session")
def _no_network():
    """Any attempt to open a network connection fails the test that made it."""
    def refuse(*_args, **_kwargs):
        raise NetworkUsed("the app must never open a network connection")

    saved = (socket.socket.connect, socket.socket.connect_ex, socket.create_connection,
             socket.getaddrinfo)
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse  # type: ignore[assignment]
    socket.getaddrinfo = refuse  # type: ignore[assignment]
    yield
    (socket.socket.connect, socket.socket.connect_ex, socket.create_connection,
     socket.getaddrinfo) = saved


@pytest.fixture(scope="session", autouse=True)
def _qt_test_paths(tmp_path_factory):
    """Qt's test mode: standard locations (cache, settings) point at test folders.

    Qt puts them under ~/.qttest; the home folder is this run's own, so two test runs on
    one machine (two checkouts) never write into each other's cache mid-test."""
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    os.environ["HOME"] = str(tmp_path_factory.mktemp("home"))
    QStandardPaths.setTestModeEnabled(True)
    QCoreApplication.setOrganizationName("edu-app-tests")
    QCoreApplication.setApplicationName("edu-app-tests")
    yield


@pytest.fixture(autouse=True)
def _paper_locale(monkeypatch):
    """The handout's default paper follows the system locale (edu_app/handout/paper.py):
    pinned to one that names no country, so a test's paper never depends on the
    machine's; the paper tests set the locale they mean."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LC_PAPER", "C")


@pytest.fixture(scope="session")
def book() -> Book:
    """The fixture guide, loaded once (tests must not change it)."""
    return load_book(GUIDE)


@pytest.fixture
def settings(tmp_path: Path, qapp):
    from PySide6.QtCore import QSettings

    from edu_app.qt.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, qapp, settings):
    """Build a MainWindow on a book (the fixture guide by default) with isolated settings."""
    from edu_app.qt.i18n import Translations
    from edu_app.ui import MainWindow

    created = []

    def make(book_: Book | None = None, lang: str | None = "en", settings_=None):
        win = MainWindow(book_ or load_book(GUIDE), settings_ or settings,
                         Translations(qapp), lang=lang)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        created.append(win)
        return win

    yield make
    for win in created:
        win.reader.translations.switch("en")


@pytest.fixture
def window(make_window):
    return make_window()
