"""A settings file edited by hand (or damaged) never stops the app from starting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from edu_app.qt import settings as S
from edu_app.qt.settings import Settings

from ..check.books import make_book

HOSTILE = """[prefs]
zoom={zoom}
kiosk_idle_minutes={idle}
theme=dark
"""


@pytest.mark.parametrize(("zoom", "idle"), [
    ("inf", "inf"), ("1e400", "-inf"), ("-1e400", "1e400"), ("nan", "nan"),
    ("1e308", "99999999999999999999999999"), ("abc", "0x10"),
])
def test_numbers_out_of_any_range_read_as_the_default(tmp_path, qapp, zoom, idle):
    path = tmp_path / "settings.ini"
    path.write_text(HOSTILE.format(zoom=zoom, idle=idle), encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.get(S.ZOOM) == S.ZOOM.default
    assert settings.get(S.IDLE_MINUTES) == S.IDLE_MINUTES.default
    assert settings.get(S.THEME) == "dark"  # the rest of the file still counts
    settings.set(S.ZOOM, float("inf"))
    assert settings.get(S.ZOOM) == S.ZOOM.default


def test_the_app_starts_with_a_hostile_settings_file_and_a_broken_book(tmp_path):
    """The settings of the issue, a chapter that links to itself and one that is a pipe:
    a real start paints its first page and names the two files."""
    config = tmp_path / "config" / "edu-app"
    config.mkdir(parents=True)
    (config / "edu-app.ini").write_text(HOSTILE.format(zoom="1e400", idle="inf"),
                                        encoding="utf-8")
    content = make_book("minimal", tmp_path)
    os.symlink("05-self.md", content / "en" / "05-self.md")
    if hasattr(os, "mkfifo"):
        os.mkfifo(content / "en" / "10-fifo.md")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_CACHE_HOME=str(tmp_path / "cache"))
    root = Path(__file__).resolve().parents[2]
    probe = ("import logging, sys; from edu_app.app import main; "
             "logging.getLogger('edu_app').setLevel(logging.INFO); "
             "sys.exit(main(['--lang', 'en', '--quit-after-paint', '--content-dir', sys.argv[1]]))")
    for _ in range(2):  # the second start reads the start-up cache
        run = subprocess.run([sys.executable, "-c", probe, str(content)], cwd=root, env=env,
                             capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
        assert "en/05-self.md" in run.stderr and "link loop" in run.stderr
        if hasattr(os, "mkfifo"):
            assert "en/10-fifo.md" in run.stderr
