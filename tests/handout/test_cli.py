"""`edu-app handout`: exit codes, messages, and never half a PDF."""

from __future__ import annotations

import errno
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app.handout import cli

from ..conftest import GUIDE
from .conftest import pdf_pages, squash

ROOT = Path(__file__).resolve().parents[2]


def run(argv, settings=None):
    """The command on the fixture guide (unless the test names its own book)."""
    out, err = io.StringIO(), io.StringIO()
    if "--content-dir" not in argv:
        argv = ["--content-dir", str(GUIDE), *argv]
    code = cli.main(argv, settings=settings, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_list_gives_ids_and_titles(book):
    code, out, err = run(["--list", "--lang", "en"])
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == book.order
    assert "How CAR T-cell therapy works" in out


@pytest.mark.parametrize("argv, words", [
    (["--lang", "en", "--chapters", "car-t,nope", "--out", "x.pdf"],
     ["unknown chapter id: nope", "Known ids:", "car-t"]),
    (["--lang", "en", "--out", "x.pdf"], ["--chapters", "--all"]),
    (["--lang", "en", "--chapters", "car-t"], ["--out"]),
    (["--paper", "a3", "--all", "--out", "x.pdf"], ["--paper", "a3"]),
    (["--lang", "de", "--all", "--out", "x.pdf"], ["--lang"]),
    (["--all", "--chapters", "car-t", "--out", "x.pdf"], ["not allowed"]),
    (["--all", "--out", "x.pdf", "--content-dir", "/nonexistent"], ["no book"]),
])
def test_bad_options_exit_2_with_a_message(argv, words, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(argv)
    assert code == 2, err
    for word in words:
        assert word in err
    assert out == "" and not (tmp_path / "x.pdf").exists()


def test_a_handout_is_written(tmp_path, settings, qapp):
    target = tmp_path / "pack.pdf"
    code, out, err = run(["--lang", "en", "--chapters", "car-t,centres", "--glossary",
                          "--questions", "--large-print", "--clinic-phone", "01 23 45 67 89",
                          "--clinic-name", "Lilas", "--out", str(target)], settings)
    assert code == 0, err
    assert f"Wrote {target}" in out and "Letter" in out
    pages = [squash(p) for p in pdf_pages(target)]
    assert all(squash("Lilas · 01 23 45 67 89") in p for p in pages)
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]


def test_clinic_details_default_to_the_saved_preferences(tmp_path, settings, qapp):
    from edu_app.qt import settings as S

    settings.set(S.CLINIC_NAME, "Saved Clinic")
    settings.set(S.CLINIC_PHONE, "09 87")
    target = tmp_path / "p.pdf"
    code, _, err = run(["--chapters", "car-t", "--out", str(target)], settings)
    assert code == 0, err
    assert squash("Saved Clinic · 09 87") in squash(pdf_pages(target)[0])
    code, _, err = run(["--chapters", "car-t", "--clinic-name", "", "--clinic-phone", "",
                        "--out", str(target)], settings)
    assert code == 0, err
    assert squash("Saved Clinic") not in squash(pdf_pages(target)[0])


@pytest.mark.parametrize("where, message", [
    ("missing/pack.pdf", "the folder does not exist"),
    ("afile/pack.pdf", "the folder does not exist"),
    ("adir", "it is a folder"),
])
def test_unwritable_paths_exit_3(where, message, tmp_path, settings, qapp):
    (tmp_path / "afile").write_text("x")
    (tmp_path / "adir").mkdir()
    code, out, err = run(["--chapters", "car-t", "--out", str(tmp_path / where)], settings)
    assert code == 3
    assert message in err and str(tmp_path / where) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adir", "afile"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="permissions do not apply to root")
def test_read_only_folder_exits_3(tmp_path, settings, qapp):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        code, _, err = run(["--chapters", "car-t", "--out", str(folder / "p.pdf")], settings)
    finally:
        folder.chmod(0o755)
    assert code == 3 and "permission denied" in err
    assert list(folder.iterdir()) == []


def test_full_disk_leaves_no_partial_file_and_keeps_the_old_one(tmp_path, settings, qapp,
                                                                monkeypatch):
    target = tmp_path / "pack.pdf"
    target.write_bytes(b"the previous handout")

    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("edu_app.handout.pdf.os.fsync", full)
    code, out, err = run(["--chapters", "car-t", "--out", str(target)], settings)
    assert code == 3
    assert "the disk is full" in err
    assert [p.name for p in tmp_path.iterdir()] == ["pack.pdf"]
    assert target.read_bytes() == b"the previous handout"


def test_rename_failure_removes_the_temporary_file(tmp_path, settings, qapp, monkeypatch):
    def refuse(_src, _dst):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("edu_app.handout.pdf.os.replace", refuse)
    code, _, err = run(["--chapters", "car-t", "--out", str(tmp_path / "p.pdf")], settings)
    assert code == 3 and "permission denied" in err
    assert list(tmp_path.iterdir()) == []


def test_the_real_command_runs_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    target = tmp_path / "all.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "edu_app", "handout", "--all", "--glossary", "--questions",
         "--lang", "fr", "--content-dir", str(GUIDE), "--out", str(target)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Fatal" not in result.stderr
    assert len(pdf_pages(target)) > 20
