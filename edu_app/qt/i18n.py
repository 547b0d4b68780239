"""Qt translations for the interface, switched live.

The `.ts` files are kept in git (`edu_app/i18n/`). The `.qm` files Qt loads are compiled
from them when the wheel is built (`hatch_build.py`) and shipped beside them, named by
the `.ts` file's content hash (`edu_app_fr-<hash>.qm`): a `.qm` is trusted because its
name matches the `.ts` it ships with, never because of file dates (a copy, a frozen
bundle or an unzip changes dates). So an installed or frozen app never runs a tool at
start. Only a source checkout, where no `.qm` was built, runs `pyside6-lrelease` once
into the user's cache, written atomically and checked before it is kept; if the cache
cannot be written, the `.qm` is built in a temporary folder and used from memory, so a
full disk never costs the French interface. Every `.qm` is checked (Qt's magic number,
and Qt must load it) before use; a damaged one is rebuilt.

Qt's own dialogs (files, print, message boxes, text fields' menus) speak French through
Qt's catalogues: `qt_fr`, the meta catalogue naming one per Qt module (qtbase, and
qtmultimedia when the speech extra is installed), else `qtbase_fr` alone. Qt 6 gave a few
of its labels a new mnemonic ("&Look in:") that its French catalogue does not have, so
they showed in English; `qtfixes_fr.ts`, ours, built like the interface's, holds them.
"""

from __future__ import annotations

import logging
import os
import sys
import weakref
import zlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, QTranslator

from ..content.paths import PACKAGE

log = logging.getLogger(__name__)
QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # first bytes of every .qm


APP = "edu_app"  # the interface's own catalogue
QT_FIXES = "qtfixes"  # the words of Qt's dialogs that Qt's own catalogue misses


def ts_path(lang: str, catalogue: str = APP) -> Path:
    return PACKAGE / "i18n" / f"{catalogue}_{lang}.ts"


def qm_name(lang: str, ts_bytes: bytes, catalogue: str = APP) -> str:
    """The `.qm` name for this exact `.ts` content (the same as `hatch_build.qm_name`).

    CRC-32, Adler-32 and the length: a content hash against stale files, not against
    forgery; zlib is loaded anyway, where hashlib would load OpenSSL (4 MiB) at start.
    """
    return (f"{catalogue}_{lang}-{zlib.crc32(ts_bytes):08x}{zlib.adler32(ts_bytes):08x}"
            f"{len(ts_bytes):x}.qm")


def _lrelease() -> str | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    import shutil

    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def _cache_dir() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation) or Path.home() / ".cache" / "edu-app")


def _usable(data: bytes) -> bool:
    """A `.qm` that Qt reads and that holds translations (not empty, not cut short)."""
    if not data.startswith(QM_MAGIC) or len(data) <= len(QM_MAGIC):
        return False
    probe = QTranslator()
    return probe.load(data) and not probe.isEmpty()


def _read_usable(path: Path) -> bytes | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    if _usable(data):
        return data
    log.info("ignoring the damaged translation %s", path)
    return None


def translation_data(lang: str, catalogue: str = APP) -> bytes | None:
    """The compiled `.qm` for `lang`'s `.ts`, as bytes, or None when there is none.

    The shipped `.qm` first, then one built earlier into the cache; only a source
    checkout gets to `_build()` (a frozen app never does: it has no tool to run).
    """
    ts = ts_path(lang, catalogue)
    try:
        ts_bytes = ts.read_bytes()
    except OSError:
        return None
    name = qm_name(lang, ts_bytes, catalogue)
    for folder in (ts.parent, _cache_dir()):
        data = _read_usable(folder / name)
        if data is not None:
            return data
    if getattr(sys, "frozen", False):
        log.warning("the bundle has no %s for its translation; the interface stays in "
                    "English", name)
        return None
    return _build(ts, name)


def _build(ts: Path, name: str) -> bytes | None:
    """Run `pyside6-lrelease` (a source checkout only); keep the result in the cache if
    the cache can be written, atomically and only once checked."""
    import subprocess
    import tempfile

    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; the interface stays in English")
        return None
    with tempfile.TemporaryDirectory(prefix="edu-app-qm-") as scratch:
        built = Path(scratch) / name
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(built)], check=True,
                           capture_output=True, timeout=60)
            data = built.read_bytes()
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("could not build the %s translation: %s", ts.name, exc)
            return None
    if not _usable(data):
        log.warning("pyside6-lrelease made no usable translation from %s", ts.name)
        return None
    _keep(_cache_dir(), name, data)
    return data


def _keep(cache: Path, name: str, data: bytes) -> None:
    """Write `data` as `cache/name` atomically: a temporary file in the same folder,
    flushed to disk and read back before it takes the final name. A full disk or a
    read-only cache leaves nothing behind (the translation is then used from memory)."""
    import tempfile

    tmp: Path | None = None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        fd, raw = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=cache)
        tmp = Path(raw)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if tmp.read_bytes() != data:
            raise OSError(f"{tmp} does not read back as written")
        os.replace(tmp, cache / name)
        tmp = None
        stem = name.rsplit("-", 1)[0]
        for old in cache.glob(f"{stem}-*.qm"):
            if old.name != name:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.info("could not keep the translation in %s (%s); using it from memory", cache,
                 exc)
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


_TRACKED: dict[int, weakref.ref] = {}  # in the order tracked: the core commands first


def track(obj: QObject) -> None:
    """The one retranslation path: `obj.retranslate()` sets its visible words now and
    after every language switch, for as long as `obj` lives (Frescobaldi's translateUI).
    Widgets and the objects that own commands alike; nothing watches LanguageChange."""
    obj.retranslate()  # type: ignore[attr-defined]
    key = id(obj)
    _TRACKED[key] = weakref.ref(obj, lambda _ref: _TRACKED.pop(key, None))


def _retranslate_tracked() -> None:
    for key, ref in list(_TRACKED.items()):
        obj = ref()
        try:
            if obj is not None:
                obj.retranslate()  # type: ignore[attr-defined]
        except RuntimeError:  # its Qt side is gone (a closed dialog): forget it
            _TRACKED.pop(key, None)


class Translations:
    """Owns the installed translators; `switch()` puts the new words on every tracked part."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}  # loaded once, swapped in and out
        self._data: dict[str, bytes] = {}

    def switch(self, lang: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr"
                                   else QLocale.Language.English))
        if lang != "en":  # English is the source language: no translator
            if lang not in self._loaded:
                self._loaded[lang] = self._load(lang)
            for translator in self._loaded[lang]:
                self.app.installTranslator(translator)
                self._installed.append(translator)
        _retranslate_tracked()

    def _load(self, lang: str) -> list[QTranslator]:
        loaded = []
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(self.app)
        # qt_fr fails to load when one of the module catalogues it names is missing
        # (qtmultimedia_fr comes with the speech extra): then qtbase_fr alone
        if base.load(f"qt_{lang}", qt_dir) or base.load(f"qtbase_{lang}", qt_dir):
            loaded.append(base)
        else:
            log.warning("Qt's own %s translation is missing from %s; its dialogs stay "
                        "in English", lang, qt_dir)
        fixes = translation_data(lang, QT_FIXES)
        patch = QTranslator(self.app)
        if fixes is not None and patch.load(fixes):
            self._data[f"{QT_FIXES}_{lang}"] = fixes
            loaded.append(patch)
        data = translation_data(lang)
        ours = QTranslator(self.app)
        if data is not None and ours.load(data):
            self._data[lang] = data  # Qt reads the translations from these bytes: keep them
            loaded.append(ours)
        else:
            log.warning("no interface translation for %s", lang)
        return loaded
