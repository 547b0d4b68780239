"""What the bundle leaves out of Qt, and why: one table, used by the hooks in `hooks/`.

PyInstaller's PySide6 hooks collect every plugin of each plugin type a Qt module may use,
and Qt's translations in every language. The guide needs far less. Each rule names what
it drops, what that would have done, and what is lost (measured sizes: README and
docs/clinic-install.md). `EDU_APP_LEAN=0` builds the full set, to measure against.
"""

from __future__ import annotations

import os
from pathlib import PurePath

# plugin folder -> plugins kept (None: keep them all; empty: drop the folder)
PLUGINS: dict[str, set[str] | None] = {
    # xcb for X11, wayland for Wayland sessions, offscreen for headless checks and CI.
    # Dropped: eglfs/linuxfb/vnc/minimal/vkkhrdisplay (kiosk framebuffers, remote VNC).
    "platforms": {"libqxcb.so", "libqwayland.so", "libqoffscreen.so"},
    "egldeviceintegrations": set(),  # eglfs only (dropped above)
    # Input from evdev, tslib and TUIO (a network protocol): the desktop's own input is used.
    "generic": set(),
    # Our pictures are SVG and PNG (PNG is built in); JPEG and GIF kept for a clinic's own
    # book. Dropped: TIFF, WebP, ICNS, TGA, WBMP, ICO, PDF-as-image (which pulls QtPdf).
    "imageformats": {"libqsvg.so", "libqjpeg.so", "libqgif.so"},
    # Compose and IBus kept (typing accents in search). Dropped: Qt's virtual keyboard,
    # which pulls Qt Quick and QML (tens of MB).
    "platforminputcontexts": {"libcomposeplatforminputcontextplugin.so",
                              "libibusplatforminputcontextplugin.so"},
    # GTK3 would load the system's GTK into the bundle; the portal speaks D-Bus. The app
    # draws its own light, dark and high-contrast themes and its own file dialogs.
    "platformthemes": set(),
    "iconengines": None,
    "xcbglintegrations": None,
    "printsupport": None,  # CUPS: printing
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
}
# Qt's own translations: only the language the app loads, French (English is Qt's own
# source language; its .qm are empty). qt_fr is the meta catalogue the app loads: it names
# qtbase_fr (the file, print and message dialogs, text fields' menus) and qtmultimedia_fr
# (read-aloud's QtTextToSpeech sits on QtMultimedia), and fails to load if one is missing.
QT_TRANSLATIONS = {"qt_fr.qm", "qtbase_fr.qm", "qtmultimedia_fr.qm"}


def lean_enabled() -> bool:
    return os.environ.get("EDU_APP_LEAN", "1") != "0"


def keep(destination: str, source: str) -> bool:
    """Whether a file PyInstaller's hooks collected goes into the bundle."""
    if not lean_enabled():
        return True
    dest = PurePath(destination)
    name = PurePath(source).name
    parts = dest.parts
    if "translations" in parts and name.endswith(".qm"):
        return name in QT_TRANSLATIONS
    if "plugins" in parts:
        folder = "/".join(parts[parts.index("plugins") + 1:])
        kept = PLUGINS.get(folder)
        return kept is None or name in kept
    return True


def filtered(entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(src, dest) for src, dest in entries if keep(dest, src)]


def qt_hook(hook_file: str) -> tuple[list, list, list]:
    """PyInstaller's own collection for the Qt module a hook file is named after
    (`hook-PySide6.QtGui.py`), less what the tables above leave out. Filtering here,
    before PyInstaller follows each library's dependencies, also leaves out the
    libraries only a dropped plugin needed (Qt Quick for the virtual keyboard, QtPdf)."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)
    return hiddenimports, filtered(binaries), filtered(datas)
