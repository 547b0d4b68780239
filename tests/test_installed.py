"""The installed package (a non-editable `pip install .`) finds its book and assets itself.

Run from an unrelated directory with a clean `sys.path`, so that the checkout cannot be
picked up by accident: only what the wheel carries can answer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

PROBE = """
import json, sys
from edu_app.content import default_assets_dir, default_content_dir, load_book
book = load_book(default_content_dir())
print(json.dumps({
    "module": __import__("edu_app").__file__,
    "content": str(default_content_dir()),
    "style": (default_assets_dir() / "style.css").is_file(),
    "pictures": sorted(p.name for p in (default_assets_dir() / "images" / "fr").glob("*.svg")),
    "chapters": len(book.chapters),
    "errors": [str(p) for p in book.problems if p.severity == "error"],
    "ts": (__import__("edu_app.qt.i18n", fromlist=["x"]).ts_path("fr")).is_file(),
    "outline": len(__import__("edu_app.render.centres_map", fromlist=["x"]).outline()),
}))
"""


def installed_copy() -> bool:
    try:
        dist = distribution("edu-app")
    except PackageNotFoundError:
        return False
    direct = dist.read_text("direct_url.json") or "{}"
    return not json.loads(direct).get("dir_info", {}).get("editable", False)


@pytest.mark.skipif(not installed_copy(), reason="edu-app is not pip-installed (non-editable) "
                    "in this environment; the README's test command installs it")
def test_installed_package_finds_its_content_from_elsewhere(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    out = subprocess.run([sys.executable, "-I", "-c", PROBE], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120, check=True)
    found = json.loads(out.stdout)
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert Path(found["module"]).resolve().is_relative_to(site)
    assert Path(found["content"]).resolve().is_relative_to(site)
    assert found["style"] and found["ts"]
    assert "car-t-steps.svg" in found["pictures"]
    assert found["outline"] >= 2  # the map's outline of France (mainland and Corsica)
    from edu_app.content import default_content_dir, load_book

    # As many chapters as the checkout's book (the wheel carries all of it), none broken.
    assert found["chapters"] == len(load_book(default_content_dir()).chapters) > 0
    assert found["errors"] == []


def test_cli_version_and_help():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[1]
    version = subprocess.run([sys.executable, "-m", "edu_app", "--version"], cwd=root, env=env,
                             capture_output=True, text=True, timeout=60)
    assert version.returncode == 0 and version.stdout.startswith("edu-app ")
    usage = subprocess.run([sys.executable, "-m", "edu_app", "--help"], cwd=root, env=env,
                           capture_output=True, text=True, timeout=60)
    assert "--content-dir" in usage.stdout and "--quit-after-paint" in usage.stdout
    bad = subprocess.run([sys.executable, "-m", "edu_app", "--lang", "de"], cwd=root, env=env,
                         capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "invalid choice" in bad.stderr


def test_quit_after_paint_starts_and_quits(tmp_path: Path):
    root = Path(__file__).resolve().parents[1]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_CACHE_HOME=str(tmp_path / "k"))
    for _ in range(2):  # the second start uses the start-up cache
        run = subprocess.run([sys.executable, "-m", "edu_app", "--lang", "fr",
                              "--quit-after-paint"], cwd=root, env=env, capture_output=True,
                             text=True, timeout=120)
        assert run.returncode == 0, run.stderr
        assert "Traceback" not in run.stderr
    assert list((tmp_path / "k").rglob("book-*.json"))


NO_TOOL_START = r"""
import json, os, subprocess, sys
def refuse(*args, **kwargs):
    raise SystemExit(f"the installed app started a process: {args[:1]}")
subprocess.Popen = subprocess.run = os.posix_spawn = os.posix_spawnp = os.fork = refuse
os.execv = os.execve = os.system = refuse
from edu_app.app import main
code = main(["--lang", sys.argv[1], "--quit-after-paint", "--interface-report", sys.argv[2]])
print(json.dumps({"code": code, "ts": str(__import__("edu_app.qt.i18n", fromlist=["x"])
                                          .ts_path("fr"))}))
"""


def ts_translations() -> dict[str, str]:
    """Source text -> French translation, for every message of the shipped `.ts`."""
    import xml.etree.ElementTree as ET

    from edu_app.qt.i18n import ts_path

    return {m.findtext("source"): m.findtext("translation")
            for m in ET.parse(ts_path("fr")).getroot().iter("message")}


def assert_interface_language(report: dict, lang: str) -> None:
    """The window's own menus and commands are in `lang` (French: as the .ts says)."""
    french = ts_translations()
    shown = [*report["menus"], *report["actions"]]
    translated = [text for text in shown if text in french.values()
                  and text not in french]
    untranslated = [text for text in shown if text in french and french[text] != text]
    if lang == "fr":
        assert len(translated) >= 20 and untranslated == [], (translated, untranslated)
    else:
        assert len(untranslated) >= 20 and translated == [], (translated, untranslated)


@pytest.mark.skipif(not installed_copy(), reason="edu-app is not pip-installed (non-editable) "
                    "in this environment; the README's test command installs it")
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_installed_app_starts_in_its_language_without_running_any_tool(tmp_path, lang):
    """The wheel carries the `.qm` built from its `.ts` (hatch_build.py): a start of the
    installed app, with an empty home and cache, runs no pyside6-lrelease nor any other
    process, and its menus are in the chosen language."""
    from edu_app.qt.i18n import qm_name

    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home))
    report = tmp_path / "report.json"
    run = subprocess.run([sys.executable, "-I", "-c", NO_TOOL_START, lang, str(report)],
                         cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "no interface translation" not in run.stderr
    ts = Path(json.loads(run.stdout.splitlines()[-1])["ts"])
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert ts.resolve().is_relative_to(site)
    assert (ts.parent / qm_name("fr", ts.read_bytes())).is_file()  # inside the install
    assert_interface_language(json.loads(report.read_text(encoding="utf-8")), lang)
    written = [p for p in home.rglob("*") if p.is_file()]
    assert not [p for p in written if p.suffix == ".qm"]  # nothing built into the cache
