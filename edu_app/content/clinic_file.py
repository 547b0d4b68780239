"""Writing `clinic.toml` for a clinic without IT: what Preferences saves.

A clinic with IT edits `clinic.toml` by hand (docs/clinic-layer.md); one without types its
name, numbers, address and note in File → Preferences, and this writes the same file,
which the loader then reads like any other. Plain Python: the dialog only collects text.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from .clinic import CLINIC_FILE
from .model import LANGS, Clinic


def _text(value: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(value, ensure_ascii=False)


def clinic_toml(clinic: Clinic) -> str:
    """The clinic's details as a `clinic.toml` a person can read and edit."""
    lines = ["# Written by File → Preferences. You may edit it by hand: see docs/clinic-layer.md."]
    names = {lang: clinic.name.get(lang, "") for lang in LANGS}
    if len(set(names.values())) == 1:
        lines.append(f"name = {_text(names['fr'])}")
    else:
        lines += [f"name.{lang} = {_text(text)}" for lang, text in names.items() if text]
    if clinic.address:
        lines.append(f"address = {_text(clinic.address)}")
    lines.append(f"reviewed = {(clinic.reviewed or dt.date.today()).isoformat()}")
    if clinic.paper:
        lines.append(f"paper = {_text(clinic.paper)}")
    for phone in clinic.phones:
        lines += ["", "[[phones]]", f"number = {_text(phone.number)}"]
        lines += [f"label.{lang} = {_text(phone.label[lang])}" for lang in LANGS
                  if phone.label.get(lang)]
    if any(clinic.note.get(lang) for lang in LANGS):
        lines += ["", "[note]"]
        lines += [f"{lang} = {_text(clinic.note[lang])}" for lang in LANGS
                  if clinic.note.get(lang)]
    return "\n".join(lines) + "\n"


def write_clinic(root: Path, clinic: Clinic) -> Path:
    """Write `root/clinic.toml` whole or not at all (a crash never leaves half a file)."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / CLINIC_FILE
    tmp = path.with_suffix(".toml.part")
    tmp.write_text(clinic_toml(clinic), encoding="utf-8")
    os.replace(tmp, path)
    return path
