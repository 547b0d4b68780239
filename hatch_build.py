"""Hatch build hook: the interface translations (`.qm`) are compiled when the wheel is built.

An installed or frozen app must never run `pyside6-lrelease` at start (a clinic PC has no
Qt tools, and a frozen folder has no `pyside6-lrelease`). So every `edu_app/i18n/*.ts` is
compiled here and shipped inside the wheel as `edu_app/i18n/edu_app_fr-<hash>.qm`, where
`<hash>` is the `.ts` file's content hash: the app trusts a `.qm` whose name matches the
`.ts` it ships with, never a file date (copies change dates). The name is the same one
`edu_app.qt.i18n.qm_name()` computes; a test installs the wheel and checks they agree.

The tool comes from PySide6-Essentials, a build requirement in `pyproject.toml`. A build
without it fails: a wheel that would start with an English interface is no wheel.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import zlib
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def qm_name(ts: Path) -> str:
    """`edu_app_fr.ts` -> `edu_app_fr-<CRC-32><Adler-32><length>.qm` of its content."""
    data = ts.read_bytes()
    return f"{ts.stem}-{zlib.crc32(data):08x}{zlib.adler32(data):08x}{len(data):x}.qm"


def find_lrelease() -> str | None:
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("lrelease", "lrelease.exe"):
            if (Path(folder) / name).is_file():
                return str(Path(folder) / name)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(source: Path, out: Path) -> list[Path]:
    """Compile every `.ts` in `source` into `out`; each result is checked, not assumed."""
    tool = find_lrelease()
    if tool is None:
        raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials in the "
                           "build environment (it is a build requirement)")
    out.mkdir(parents=True, exist_ok=True)
    built = []
    for ts in sorted(source.glob("*.ts")):
        qm = out / qm_name(ts)
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=120)
        data = qm.read_bytes() if qm.is_file() else b""
        if not data.startswith(QM_MAGIC) or len(data) <= len(QM_MAGIC):
            raise RuntimeError(f"{tool} did not write a valid {qm.name}")
        built.append(qm)
    return built


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install is a source checkout: the app builds at start
        root = Path(self.root)
        out = root / "build" / "i18n"
        shutil.rmtree(out, ignore_errors=True)
        for qm in compile_translations(root / "edu_app" / "i18n", out):
            build_data["force_include"][str(qm)] = f"edu_app/i18n/{qm.name}"
