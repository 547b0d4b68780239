"""Which paper a handout gets when nobody chose one: the clinic's, else the computer's.

A French clinic printing an English handout for a family has A4 in its printer, not
Letter: the paper follows the place, not the handout's language. In order:

1. the paper the settings file holds (`prefs/handout_paper`: the nurse's last choice in
   the composer, or what clinic IT wrote there);
2. `paper = "a4"` or `"letter"` in the clinic's `clinic.toml`;
3. the system locale's country: Letter where glibc's locale data says Letter (the
   territories below), A4 everywhere else;
4. only when the locale names no country (`C`, `POSIX`): A4 for French, Letter for
   English, as before.

Why the locale and not the printer: asking Qt for the default printer (`QPrinterInfo`,
`QPrinter`) makes CUPS connect over TCP to port 631, and the app opens no connection
until the nurse presses Print… (tests/test_no_network.py, the strace test). The locale is
read from the environment the POSIX way (`LC_ALL`, then `LC_PAPER`, then `LANG`), so a
clinic that sets `LC_PAPER=fr_FR.UTF-8` on an English desktop gets A4; the name is parsed
by `QLocale`, which needs no compiled glibc locale (a clinic PC often has only `C.UTF-8`
compiled while `LANG` still names its country). With none of them set (Windows, macOS),
`QLocale.system()` gives the user's region.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from .compose import PAPERS, default_paper

# Territories whose glibc locales have Letter paper (LC_PAPER height 279 mm in
# /usr/share/i18n/locales: en_US, en_CA, fr_CA, es_MX, es_CL, es_CO, tl_PH...).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "CL", "CO", "PH", "PR", "VE", "BO",
                                "CR", "GT", "NI", "PA", "SV"})
LOCALE_VARIABLES = ("LC_ALL", "LC_PAPER", "LANG")  # POSIX precedence for LC_PAPER


def locale_paper(environ: Mapping[str, str] | None = None) -> str | None:
    """"a4" or "letter" for the system locale's country; None when it names none."""
    from PySide6.QtCore import QLocale

    env = os.environ if environ is None else environ
    name = next((env[v] for v in LOCALE_VARIABLES if env.get(v)), None)
    locale = QLocale(name) if name is not None else QLocale.system()
    country = QLocale.territoryToCode(locale.territory())  # "" for C and POSIX
    if locale.language() == QLocale.Language.C or not country:
        return None
    return "letter" if country in LETTER_TERRITORIES else "a4"


def clinic_paper(lang: str, saved: str = "", clinic_file: str = "",
                 environ: Mapping[str, str] | None = None) -> str:
    """The paper for a handout in `lang` when the nurse did not choose one this time:
    `saved` (the settings file), `clinic_file` (clinic.toml), the locale, the language."""
    for choice in (saved, clinic_file):
        if choice in PAPERS:
            return choice
    return locale_paper(environ) or default_paper(lang)
