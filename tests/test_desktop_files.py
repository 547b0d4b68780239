"""The freedesktop files validate with the tools distributions use, and match the app."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "edu-app.desktop"
METAINFO = LINUX / "org.eduapp.guide.metainfo.xml"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate missing (Debian: desktop-file-utils)")
def test_desktop_file_validates():
    run = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0 and run.stdout.strip() == "", run.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli missing (Debian: appstream)")
def test_metainfo_validates():
    run = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(METAINFO)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr


def test_names_in_both_languages_and_icon_and_screenshots_exist():
    entry = configparser.RawConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Name[fr]"] != section["Name[en]"]
    icons = ROOT / "assets" / "app-icon" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{section['Icon']}.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (icons / f"{size}x{size}" / "apps" / f"{section['Icon']}.png").is_file()
    tree = ET.parse(METAINFO).getroot()
    assert tree.findtext("launchable") == DESKTOP.name
    for image in tree.iter("image"):
        assert (ROOT / "docs" / Path(image.text).name).is_file()  # screenshots from docs/


def test_window_names_its_desktop_entry_and_icon(tmp_path):
    import json
    import os
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_CACHE_HOME=str(tmp_path / "k"))
    report = tmp_path / "report.json"
    subprocess.run([sys.executable, "-m", "edu_app", "--lang", "en", "--quit-after-paint",
                    "--interface-report", str(report)], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=120)
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert shown["desktop_file"] == DESKTOP.stem
    assert shown["window_icon_sizes"] == [16, 32, 48, 64, 128]
