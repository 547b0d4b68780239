"""The handout's paper when nobody chose one: the clinic's, else the computer's locale.

A French clinic printing an English handout must get A4, the paper in its printers; an
American computer gets Letter whatever the handout's language. The locale is given
through the environment (`LC_ALL`, `LC_PAPER`, `LANG`), parsed by QLocale, so these tests
need no compiled glibc locale (this machine may have only C.UTF-8).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app.content import load_book
from edu_app.content.clinic import read_clinic
from edu_app.content.clinic_file import clinic_toml
from edu_app.content.reading import Collector
from edu_app.handout.paper import clinic_paper, locale_paper
from edu_app.qt import settings as S
from edu_app.ui.features.handout_dialog import HandoutDialog

from ..conftest import GUIDE

ROOT = Path(__file__).resolve().parents[2]
A4, LETTER = (595, 842), (612, 792)  # points, rounded


@pytest.mark.parametrize("environ, paper", [
    ({"LANG": "fr_FR.UTF-8"}, "a4"),
    ({"LANG": "en_US.UTF-8"}, "letter"),
    ({"LANG": "en_GB.UTF-8"}, "a4"),
    ({"LANG": "fr_CA.UTF-8"}, "letter"),  # Quebec prints French on Letter
    ({"LANG": "es_MX.UTF-8"}, "letter"),
    ({"LANG": "en_US.UTF-8", "LC_PAPER": "fr_FR.UTF-8"}, "a4"),  # LC_PAPER over LANG
    ({"LC_ALL": "en_US.UTF-8", "LC_PAPER": "fr_FR.UTF-8"}, "letter"),  # LC_ALL over all
    ({"LANG": "C.UTF-8"}, None),  # no country: the language decides
    ({"LANG": "POSIX"}, None),
])
def test_the_locale_names_the_paper(qapp, environ, paper):
    assert locale_paper(environ) == paper


def test_the_clinic_comes_before_the_locale_and_the_language_last(qapp):
    us, france, nowhere = {"LANG": "en_US.UTF-8"}, {"LANG": "fr_FR.UTF-8"}, {"LANG": "C"}
    assert clinic_paper("en", environ=france) == "a4"  # was Letter for any English handout
    assert clinic_paper("fr", environ=us) == "letter"
    assert clinic_paper("en", clinic_file="a4", environ=us) == "a4"
    assert clinic_paper("en", saved="letter", clinic_file="a4", environ=france) == "letter"
    assert clinic_paper("en", environ=nowhere) == "letter"
    assert clinic_paper("fr", environ=nowhere) == "a4"


def _clinic(tmp_path: Path, paper: str | None) -> Path:
    folder = tmp_path / "clinic"
    folder.mkdir()
    line = f'paper = "{paper}"\n' if paper else ""
    (folder / "clinic.toml").write_text(
        f'name = "Clinique Exemple"\nreviewed = 2026-11-30\n{line}', encoding="utf-8")
    return folder


def test_clinic_toml_paper_is_read_checked_and_kept(tmp_path):
    out = Collector(tmp_path)
    clinic = read_clinic(_clinic(tmp_path, "Letter"), out)
    assert clinic.paper == "letter" and out.problems == []
    assert 'paper = "letter"' in clinic_toml(clinic)  # Preferences rewrites it with it
    bad = Collector(tmp_path)
    (tmp_path / "clinic" / "clinic.toml").write_text(
        'name = "X"\nreviewed = 2026-11-30\npaper = "a5"\n', encoding="utf-8")
    assert read_clinic(tmp_path / "clinic", bad).paper == ""
    assert [(p.line, p.code) for p in bad.problems] == [(3, "clinic")]


def _composer(qtbot, book, settings, lang):
    dialog = HandoutDialog(book, settings, "car-t", lang)
    qtbot.addWidget(dialog)
    return dialog


def test_an_english_handout_in_a_french_clinic_is_on_a4(qtbot, book, settings, monkeypatch):
    monkeypatch.setenv("LC_PAPER", "fr_FR.UTF-8")
    dialog = _composer(qtbot, book, settings, "fr")
    assert dialog.paper.currentData() == "a4"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.paper.currentData() == "a4"
    assert dialog.options().paper_size == "a4"


def test_a_french_handout_on_an_american_computer_is_on_letter(qtbot, book, settings,
                                                                monkeypatch):
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    dialog = _composer(qtbot, book, settings, "fr")
    assert dialog.paper.currentData() == "letter"


def test_the_clinics_paper_wins_over_the_locale(qtbot, settings, monkeypatch, tmp_path):
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    book = load_book(GUIDE, _clinic(tmp_path, "a4"))
    dialog = _composer(qtbot, book, settings, "en")
    assert dialog.paper.currentData() == "a4"
    settings.set(S.PAPER, "letter")  # the nurse's last choice (or IT's) wins over both
    assert _composer(qtbot, book, settings, "fr").paper.currentData() == "letter"


def _cli_page_size(tmp_path: Path, lang: str, env: dict[str, str],
                   *extra: str) -> tuple[int, int]:
    from pypdf import PdfReader

    out = tmp_path / f"{lang}-{len(list(tmp_path.iterdir()))}.pdf"
    environ = {k: v for k, v in os.environ.items()
               if k not in ("LC_ALL", "LC_PAPER", "LANG", "XDG_CONFIG_HOME")}
    environ.update(env, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-m", "edu_app", "handout", "--content-dir", str(GUIDE), "--lang",
         lang, "--chapters", "car-t", "--out", str(out), *extra],
        cwd=ROOT, env=environ, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    box = PdfReader(str(out)).pages[0].mediabox
    return round(float(box.width)), round(float(box.height))


def test_the_command_line_takes_the_locales_paper(tmp_path):
    (tmp_path / "home").mkdir()
    assert _cli_page_size(tmp_path, "en", {"LC_ALL": "fr_FR.UTF-8"}) == A4
    assert _cli_page_size(tmp_path, "fr", {"LANG": "en_US.UTF-8"}) == LETTER
    assert _cli_page_size(tmp_path, "fr", {"LANG": "en_US.UTF-8"}, "--paper", "a4") == A4
    clinic = _clinic(tmp_path, "a4")
    assert _cli_page_size(tmp_path, "en", {"LANG": "en_US.UTF-8"},
                          "--clinic-dir", str(clinic)) == A4
