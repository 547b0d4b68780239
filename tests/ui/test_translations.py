"""Every interface string has a finished French translation, and it is actually used."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from edu_app.qt import i18n
from edu_app.qt.i18n import qm_name, translation_data, ts_path


@pytest.mark.parametrize("catalogue", [i18n.APP, i18n.QT_FIXES])
def test_no_unfinished_translation(catalogue):
    tree = ET.parse(ts_path("fr", catalogue))
    unfinished = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete") \
                    or not (translation.text or "").strip():
                unfinished.append((context.findtext("name"), message.findtext("source")))
    assert unfinished == []


def test_every_tr_call_is_in_the_ts_file():
    """A string added with self.tr() but not extracted by lupdate would stay English."""
    import ast

    import edu_app

    tree = ET.parse(ts_path("fr"))
    known = {m.findtext("source") for m in tree.getroot().iter("message")}
    missing = []
    for path in Path(edu_app.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                    and node.args[0].value not in known):
                missing.append((path.name, node.args[0].value))
    assert missing == []


def test_qm_builds(qapp):
    data = translation_data("fr")
    assert data is not None and data.startswith(i18n.QM_MAGIC)


def _french(data: bytes | None) -> bool:
    """Qt, given these bytes, translates a string of the .ts into French."""
    import xml.etree.ElementTree as ET

    from PySide6.QtCore import QTranslator

    if data is None:
        return False
    translator = QTranslator()
    assert translator.load(data)
    tree = ET.parse(ts_path("fr"))
    context = next(tree.getroot().iter("context"))
    message = next(context.iter("message"))
    return translator.translate(context.findtext("name"), message.findtext("source")) \
        == message.findtext("translation")


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setattr(i18n, "_cache_dir", lambda: folder)
    return folder


@pytest.fixture
def shipped(tmp_path, monkeypatch, qapp):
    """A copy of the package's i18n folder with the .qm built as the wheel ships it."""
    import hatch_build

    folder = tmp_path / "pkg" / "i18n"
    folder.mkdir(parents=True)
    shutil.copy(ts_path("fr"), folder)
    hatch_build.compile_translations(folder, folder)
    monkeypatch.setattr(i18n, "ts_path", lambda lang, catalogue=i18n.APP:
                        folder / f"{catalogue}_{lang}.ts")
    return folder


def _no_subprocess(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"a subprocess was started: {args}")

    monkeypatch.setattr(subprocess, "run", refuse)
    monkeypatch.setattr(subprocess, "Popen", refuse)


def test_build_hook_names_the_qm_as_the_app_looks_for_it(shipped):
    ts = shipped / "edu_app_fr.ts"
    assert [p.name for p in shipped.glob("*.qm")] == [qm_name("fr", ts.read_bytes())]


def test_shipped_qm_is_trusted_by_content_hash_not_date(shipped, cache, monkeypatch):
    """The frozen-bundle failure: the .qm copied a moment before the .ts was rejected."""
    qm = next(shipped.glob("*.qm"))
    os.utime(qm, (1_000_000, 1_000_000))  # the .qm far older than the .ts
    _no_subprocess(monkeypatch)
    assert _french(translation_data("fr"))
    assert not cache.exists()  # nothing written either


def test_a_changed_ts_is_not_served_by_the_old_qm(shipped, cache):
    ts = shipped / "edu_app_fr.ts"
    old = next(shipped.glob("*.qm"))
    ts.write_bytes(ts.read_bytes().replace(b"</TS>", b"<!-- edited --></TS>"))
    assert _french(translation_data("fr"))  # rebuilt from the edited .ts, into the cache
    assert [p.name for p in cache.glob("*.qm")] == [qm_name("fr", ts.read_bytes())]
    assert qm_name("fr", ts.read_bytes()) != old.name


def test_frozen_app_never_runs_a_tool(shipped, cache, monkeypatch):
    monkeypatch.setattr(i18n.sys, "frozen", True, raising=False)
    _no_subprocess(monkeypatch)
    assert _french(translation_data("fr"))
    for qm in shipped.glob("*.qm"):
        qm.unlink()
    assert translation_data("fr") is None  # an English interface, a warning, no tool


def test_empty_qm_left_by_a_full_disk_is_rebuilt(cache, qapp):
    """Issue 20 item 11: a 0-byte .qm under its final name lost French for good."""
    cache.mkdir()
    planted = cache / qm_name("fr", ts_path("fr").read_bytes())
    planted.write_bytes(b"")
    assert _french(translation_data("fr"))
    assert planted.read_bytes().startswith(i18n.QM_MAGIC)


def test_truncated_qm_is_not_used(cache, qapp):
    good = translation_data("fr")
    planted = cache / qm_name("fr", ts_path("fr").read_bytes())
    planted.write_bytes(good[: len(good) // 3])
    assert _french(translation_data("fr"))
    assert planted.read_bytes() == good


def test_full_disk_leaves_no_file_and_keeps_french(cache, monkeypatch, qapp):
    def full(_fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(i18n.os, "fsync", full)
    assert _french(translation_data("fr"))
    assert list(cache.iterdir()) == []  # neither a final .qm nor a partial temporary file


def test_unwritable_cache_keeps_french(tmp_path, monkeypatch, qapp):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setattr(i18n, "_cache_dir", lambda: blocker / "edu-app")
    assert _french(translation_data("fr"))


def test_window_speaks_french_with_an_unwritable_cache(tmp_path, monkeypatch, make_window):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(i18n, "_cache_dir", lambda: blocker / "edu-app")
    win = make_window(lang="fr")
    assert win.reader.translations.language == "fr"
    assert _french(win.reader.translations._data.get("fr"))
