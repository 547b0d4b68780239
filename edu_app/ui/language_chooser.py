"""The very first screen: two large buttons, "Français" and "English".

Shown once, before any settings exist, with the system's language focused (none when
the system names no language), because a family must be able to pick their language
before reading a single other word.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..qt.first_frame import ALIGN_CENTER, set_enum


class LanguageChooser(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageChooser")
        prompt = QLabel("Choisissez votre langue\nChoose your language")
        set_enum(prompt, "alignment", ALIGN_CENTER)
        font = QFont(prompt.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        prompt.setFont(font)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        for lang, label in (("fr", "Français"), ("en", "English")):
            button = QPushButton(label)
            button.setObjectName(f"choose_{lang}")
            button.setMinimumSize(260, 110)
            big = QFont(button.font())
            big.setPointSizeF(big.pointSizeF() * 2.2)
            big.setBold(True)
            button.setFont(big)
            button.setAccessibleName(label)
            button.setAccessibleDescription(
                "Lire le guide en français" if lang == "fr" else "Read the guide in English")
            button.clicked.connect(lambda _=False, code=lang: self.chosen.emit(code))
            self.buttons[lang] = button
            row.addWidget(button)
            row.addSpacing(24)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(prompt)
        layout.addSpacing(32)
        layout.addLayout(row)
        layout.addStretch(3)

    def preselect(self, locale: QLocale | None = None) -> str | None:
        """Make the system's language the default button (Enter picks it) and focus it;
        returns it. A locale that names no language (C, POSIX: many clinic PCs and
        kiosks) gets no default: Enter must not choose English for a French family, so
        nothing is focused and Tab reaches « Français » first."""
        lang = system_language(locale)
        for code, button in self.buttons.items():
            button.setDefault(code == lang)
        if lang is None:
            self.setFocus()
        else:
            self.buttons[lang].setFocus()
        return lang


def system_language(locale: QLocale | None = None) -> str | None:
    """"fr" when the user's interface languages start with French (France, Québec,
    Belgium...), None when the locale names no language (C, POSIX), else "en", the
    guide's other language. `uiLanguages()` follows LANGUAGE and LC_MESSAGES on Linux
    and the display language on Windows: the language the person reads, not the one of
    numbers or paper."""
    first = (locale if locale is not None else QLocale.system()).uiLanguages()[:1]
    if not first or first[0] in ("C", "POSIX"):
        return None
    return "fr" if first[0].split("-")[0].lower() == "fr" else "en"
