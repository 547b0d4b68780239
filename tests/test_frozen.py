"""The frozen one-folder bundle, built as clinic IT would build it and run as they would.

`packaging/build-linux.sh` freezes the installed package with PyInstaller; the bundle is
then copied to another folder and run with an empty home, no PYTHONPATH and a minimal
PATH: both languages with the interface in the chosen one (read from the running
window's widgets), a handout PDF read back, `check` exit 0, nothing written outside
the home's cache and settings folders, and the bundle itself left untouched.
Needs a non-editable install (the README's test command) and PyInstaller (test extra).
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_installed import assert_interface_language, installed_copy

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
    pytest.mark.skipif(not installed_copy(), reason="edu-app is not pip-installed "
                       "(non-editable); the README's test command installs it"),
    pytest.mark.skipif(importlib.util.find_spec("PyInstaller") is None,
                       reason="PyInstaller is not installed (it is in the test extra)"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    env = dict(os.environ, PYTHON=sys.executable, DIST=str(dist),
               WORK=str(tmp_path_factory.mktemp("work")))
    run = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux.sh")], env=env,
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return dist


@pytest.fixture(scope="module")
def bundle(built, tmp_path_factory) -> Path:
    """The bundle as clinic IT has it: unpacked from the .tar.gz somewhere else."""
    (tarball,) = built.glob("edu-app-*-linux-*.tar.gz")
    elsewhere = tmp_path_factory.mktemp("clinic pc")  # a space in the path, too
    shutil.unpack_archive(tarball, elsewhere)
    return elsewhere / "edu-app"


def _snapshot(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in folder.rglob("*")
            if p.is_file()}


def _run(bundle: Path, home: Path, *args: str, timeout: int = 180):
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "LANG": "C.UTF-8"}
    return subprocess.run([str(bundle / "edu-app"), *args], env=env, cwd=home,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def home(tmp_path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_bundle_starts_with_the_interface_in_the_chosen_language(bundle, home, lang):
    before = _snapshot(bundle)
    report = home / "report.json"
    run = _run(bundle, home, "--lang", lang, "--quit-after-paint", "--interface-report",
               str(report))
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr and "no interface translation" not in run.stderr
    shown = json.loads(report.read_text(encoding="utf-8"))
    assert_interface_language(shown, lang)
    assert shown["title"] == ("CAR T-cells et immunothérapie" if lang == "fr"
                              else "CAR T-cells and immunotherapy")
    assert len(shown["contents"]) > 20  # the book's chapters and sections
    # Qt's own dialogs: its French catalogue and ours of the words it misses are kept
    words = shown["qt_words"]
    if lang == "fr":
        assert words["&Look in:"] == "&Voir dans\u00a0:"
        assert words["Files of &type:"] == "Fichiers de &type\u00a0:"
        assert words["Cancel"] == "Annuler" and words["&Copy"] == "Cop&ier"
    else:
        assert all(source == shown for source, shown in words.items())
    assert shown["window_icon_sizes"] and shown["desktop_file"] == "edu-app"
    report.unlink()
    written = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_file())
    assert written and all(p.startswith((".cache/edu-app/", ".config/edu-app/"))
                           for p in written), written
    assert _snapshot(bundle) == before  # the bundle folder is never written to


def test_bundle_keeps_the_qt_translations_the_app_loads(bundle):
    """The lean bundle drops Qt's translations but the ones `Translations` loads:
    qt_fr is a meta catalogue and fails to load without every catalogue it names."""
    names = {p.name for p in bundle.rglob("*.qm")}
    assert {"qt_fr.qm", "qtbase_fr.qm"} <= names, names
    if importlib.util.find_spec("PySide6.QtTextToSpeech") is not None:  # the speech extra
        assert "qtmultimedia_fr.qm" in names, names
    assert any(n.startswith("qtfixes_fr-") for n in names), names
    assert not any(n.startswith(("qtbase_de", "qt_ja", "qtdeclarative_")) for n in names)


def test_bundle_makes_a_handout(bundle, home):
    from pypdf import PdfReader

    out = home / "pack.pdf"
    run = _run(bundle, home, "handout", "--lang", "fr", "--chapters", "car-t",
               "--glossary", "--out", str(out))
    assert run.returncode == 0, run.stderr
    import re

    from edu_app.content import default_content_dir, load_book

    reader = PdfReader(out)
    text = re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))
    chapter, _ = load_book(default_content_dir()).chapter("car-t", "fr")
    assert re.sub(r"\s+", " ", chapter.title) in text  # the chapter, in French
    assert f"Page {len(reader.pages)} sur {len(reader.pages)}" in text


def test_bundle_checks_its_book(bundle, home):
    run = _run(bundle, home, "check", "--format", "json", timeout=300)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["summary"]["error"] == 0


def test_bundle_renders_a_big_chapter_in_its_render_worker(bundle, home, tmp_path):
    """The worker's child is the frozen executable again: it must serve the render
    (multiprocessing.freeze_support), not start a second app."""
    from tests.render.hostile import floor_body

    content = tmp_path / "content"
    shutil.copytree(ROOT / "tests" / "fixtures" / "guide" / "content", content)
    path = content / "en" / "03-immunotherapy.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n\n" + floor_body(60_000) + "\n",
                    encoding="utf-8")
    run = _run(bundle, home, "check", "--content-dir", str(content), "--format", "json",
               "--no-readability", timeout=300)
    codes = [f["code"] for f in json.loads(run.stdout)["findings"]]
    assert "long-chapter" in codes and "too-slow" not in codes, run.stderr[-2000:]


def test_bundle_help_and_desktop_files(bundle, home, tmp_path):
    run = _run(bundle, home, "handout", "--help")
    assert run.returncode == 0 and "Exit codes:" in run.stdout
    data = tmp_path / "share"
    env = dict(os.environ, XDG_DATA_HOME=str(data))
    subprocess.run([str(bundle / "install-desktop.sh")], env=env, check=True,
                   capture_output=True, timeout=60)
    desktop = data / "applications" / "edu-app.desktop"
    assert f'Exec="{bundle / "edu-app"}"' in desktop.read_text(encoding="utf-8")
    assert (data / "icons" / "hicolor" / "256x256" / "apps" / "edu-app.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                               text=True, timeout=60)
        assert check.returncode == 0 and "error" not in check.stdout, check.stdout
