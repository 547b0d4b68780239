"""The reading typeface: Atkinson Hyperlegible, shipped in `assets/fonts/` with its licence.

It was drawn for readers with low vision (the Braille Institute): letters that are easy
to tell apart (I l 1, O 0, b d p q). The four TrueType files are registered with Qt at
start (no network, nothing installed on the PC), then the family is
the application font and the first name in the page style sheet's `font-family`. When
the files are missing or Qt refuses them, the system's sans-serif is used and nothing
fails: the style sheet names the fallbacks too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from ..content.paths import default_assets_dir

log = logging.getLogger(__name__)
FAMILY = "Atkinson Hyperlegible"
FILES = ("AtkinsonHyperlegible-Regular.ttf", "AtkinsonHyperlegible-Bold.ttf",
         "AtkinsonHyperlegible-Italic.ttf", "AtkinsonHyperlegible-BoldItalic.ttf")
# Where Qt registered our files: registering twice would only add duplicate ids.
_registered: dict[Path, str | None] = {}


def font_dirs(assets: Path | None = None) -> list[Path]:
    """A book's own fonts first (a clinic may ship another typeface), then the shipped ones."""
    dirs = [assets / "fonts"] if assets is not None else []
    dirs.append(default_assets_dir() / "fonts")
    return list(dict.fromkeys(dirs))


def load_fonts(assets: Path | None = None) -> str | None:
    """Register the reading typeface; its family name, or None when it could not load."""
    if QGuiApplication.instance() is None:
        return None  # Qt's font database needs an application
    for folder in font_dirs(assets):
        if folder in _registered:
            if _registered[folder]:
                return _registered[folder]
            continue
        family = _register(folder)
        _registered[folder] = family
        if family:
            return family
    log.warning("the %s typeface could not be loaded; using the system's sans-serif", FAMILY)
    return None


def _register(folder: Path) -> str | None:
    family = None
    for name in FILES:
        path = folder / name
        if not path.is_file():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            family = family or families[0]
        else:
            log.info("Qt could not load the font file %s", path)
    return family


def install_app_font(assets: Path | None = None) -> str | None:
    """Load the typeface and make it the application's font, keeping the platform's size."""
    family = load_fonts(assets)
    app = QGuiApplication.instance()
    if family and app is not None:
        font = QFont(QGuiApplication.font())
        font.setFamilies([family, *QGuiApplication.font().families()])
        if font.family() != QGuiApplication.font().family():
            type(app).setFont(font)  # QApplication's, so the existing widgets follow
    return family
