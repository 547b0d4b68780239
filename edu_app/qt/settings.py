"""Every setting the app keeps, declared once with its type and default.

Preferences (language, zoom, theme, clinic details) are what the user chose; session
state (geometry, last place) is what the app remembers. Both go through `QSettings` in
INI form, and a value that is missing, of the wrong type or out of range reads as its
default, so a corrupt file can never stop the app from starting.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: Any
    choices: tuple | None = None
    minimum: float | None = None
    maximum: float | None = None


# Preferences
LANGUAGE = Option("prefs/language", "", choices=("", "fr", "en"))
ZOOM = Option("prefs/zoom", 100, minimum=100, maximum=300)
THEME = Option("prefs/theme", "light", choices=("light", "dark", "contrast"))
MARK_ALL_TERMS = Option("prefs/mark_all_terms", False)
PAPER = Option("prefs/handout_paper", "", choices=("", "a4", "letter"))  # "" = by language
CLINIC_NAME = Option("prefs/clinic_name", "")
CLINIC_PHONE = Option("prefs/clinic_phone", "")
CLINIC_NOTE = Option("prefs/clinic_note", "")
CLINIC_DIR = Option("prefs/clinic_dir", "")  # set by clinic IT: the clinic's layer folder
IDLE_MINUTES = Option("prefs/kiosk_idle_minutes", 3, minimum=1, maximum=120)
KIOSK = Option("prefs/kiosk", False)  # set by IT in the settings file, never on screen
# Session state
GEOMETRY = Option("session/geometry", QByteArray())
WINDOW_STATE = Option("session/window_state", QByteArray())
LAST_PLACE = Option("session/last_place", "")
# Each dialog's size as the user left it ("820x560"; ui/screen_fit.py fit_remembered)
COMPOSER_SIZE = Option("session/composer_size", "")
CHECKER_SIZE = Option("session/checker_size", "")
SHORTCUTS_SIZE = Option("session/shortcuts_size", "")
PREFERENCES_SIZE = Option("session/preferences_size", "")


class Settings:
    """Typed access to a `QSettings`; tests pass one that writes to a temporary file."""

    def __init__(self, qsettings: QSettings | None = None, *, volatile: bool = False) -> None:
        self._q = qsettings if qsettings is not None else QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope,
            "edu-app", "edu-app")
        self.volatile = volatile  # kiosk mode: read, never write
        self._overrides: dict[str, Any] = {}
        self._baseline: dict[str, Any] = {}

    @property
    def path(self) -> str:
        return self._q.fileName()

    def get(self, option: Option) -> Any:
        if option.key in self._overrides:
            return self._overrides[option.key]
        try:
            value = self._q.value(option.key, option.default)
        except Exception:  # a corrupt value must read as its default
            return option.default
        return _coerce(option, value)

    def set(self, option: Option, value: Any) -> None:
        value = _coerce(option, value)
        if self.volatile:
            self._overrides[option.key] = value
            return
        self._q.setValue(option.key, value)

    def sync(self) -> None:
        if not self.volatile:
            self._q.sync()

    def keep_as_baseline(self) -> None:
        """Kiosk: what a session has set so far is what every family starts from."""
        self._baseline = dict(self._overrides)

    def discard_changes(self) -> None:
        """Kiosk: forget every value set since `keep_as_baseline` (the paper a family
        chose, the glossary marking...), so the next family starts from the clinic's file."""
        self._overrides = dict(self._baseline)


def _coerce(option: Option, value: Any) -> Any:
    """The value as the option's type, or the default when it cannot be."""
    default = option.default
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                value = value.strip().lower() in {"true", "1", "yes"}
            value = bool(value)
        elif isinstance(default, int):
            value = int(float(value))
        elif isinstance(default, QByteArray):
            if not isinstance(value, QByteArray | bytes):
                return default
            value = QByteArray(value)
        elif isinstance(default, str):
            if not isinstance(value, str):
                return default
    except (TypeError, ValueError, OverflowError):  # "inf", "1e400": no integer
        return default
    if option.choices is not None and value not in option.choices:
        return default
    if option.minimum is not None and value < option.minimum:
        return default
    if option.maximum is not None and value > option.maximum:
        return default
    return value


def wants_kiosk(flag: bool, settings: Settings) -> bool:
    """Kiosk mode from the command line or from the clinic's settings file (kiosk.py)."""
    return bool(flag) or bool(settings.get(KIOSK))


def user_clinic_folder() -> Path | None:
    """Where Preferences keeps `clinic.toml` for a clinic with no IT (the user's data)."""
    from PySide6.QtCore import QStandardPaths

    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    return Path(base) / "edu-app" / "clinic" if base else None


def clinic_dir(content_dir: Path, explicit: Path | None, settings: Settings) -> Path | None:
    """The clinic's layer: `--clinic-dir`, the settings key, `clinic/` beside the book, or
    the folder Preferences writes (see `content.clinic.find_clinic_dir`)."""
    from ..content.clinic import find_clinic_dir

    return find_clinic_dir(content_dir, explicit, settings.get(CLINIC_DIR), user_clinic_folder())


def saved_clinic_dir(content_dir: Path, explicit: Path | None = None,
                     settings: Settings | None = None) -> Path | None:
    """`clinic_dir` for the command line: the saved settings when they can be read, else
    `--clinic-dir` or `clinic/` beside the book (settings are a convenience there)."""
    if explicit is not None:
        return explicit
    try:
        return clinic_dir(content_dir, None, settings or Settings())
    except Exception:
        from ..content.clinic import find_clinic_dir

        return find_clinic_dir(content_dir)
