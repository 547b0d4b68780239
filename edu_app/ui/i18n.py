"""Qt translations for the interface, switched live.

The `.ts` files are kept in git (`edu_app/i18n/`); the `.qm` files Qt loads are built
from them by `pyside6-lrelease` into the user's cache, named by the `.ts` file's hash,
so a changed translation is rebuilt on the next start and a stale one is never used.
Qt's own `qtbase_fr` is installed too, so stock dialogs (print, files) speak French.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths, QTranslator

from ..content.cache import digest
from ..content.paths import PACKAGE

log = logging.getLogger(__name__)


def ts_path(lang: str) -> Path:
    return PACKAGE / "i18n" / f"edu_app_{lang}.ts"


def _lrelease() -> str | None:
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / "lrelease", folder / "lrelease.exe",
                      Path(sys.executable).parent / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    import shutil

    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_qm(lang: str) -> Path | None:
    """The `.qm` for `lang`, built now if the cache has none for this exact `.ts`."""
    ts = ts_path(lang)
    if not ts.is_file():
        return None
    packaged = ts.with_suffix(".qm")
    if packaged.is_file() and packaged.stat().st_mtime >= ts.stat().st_mtime:
        return packaged
    cache = Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation) or Path.home() / ".cache" / "edu-app")
    target = cache / f"edu_app_{lang}-{digest(ts.read_bytes())}.qm"
    if target.is_file():
        return target
    import subprocess

    tool = _lrelease()
    if tool is None:
        log.warning("pyside6-lrelease not found; the interface stays in English")
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp.qm")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(tmp)], check=True,
                       capture_output=True, timeout=60)
        tmp.replace(target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not build %s translation: %s", lang, exc)
        return None
    return target


class Translations:
    """Owns the installed translators; `switch()` sends Qt's LanguageChange to every widget."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []
        self._loaded: dict[str, list[QTranslator]] = {}  # loaded once, swapped in and out

    def switch(self, lang: str) -> None:
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr"
                                   else QLocale.Language.English))
        if lang == "en":  # the source language: removing translators sent LanguageChange
            return
        if lang not in self._loaded:
            self._loaded[lang] = self._load(lang)
        for translator in self._loaded[lang]:
            self.app.installTranslator(translator)
            self._installed.append(translator)

    def _load(self, lang: str) -> list[QTranslator]:
        loaded = []
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        base = QTranslator(self.app)
        if base.load(f"qtbase_{lang}", qt_dir):
            loaded.append(base)
        qm = compiled_qm(lang)
        ours = QTranslator(self.app)
        if qm is not None and ours.load(str(qm)):
            loaded.append(ours)
        else:
            log.warning("no interface translation for %s", lang)
        return loaded
