"""The first-frame rule is a lint rule: no `Qt` namespace or `QStyle` imported in app code.

PySide6 builds a class's Python enums the first time the class is touched; the `Qt`
namespace and `QStyle` are slow to build, so the window's first frame is made without
them (README, Performance). ruff's banned-api rule (pyproject.toml) enforces it, and the
suite runs ruff, so CI fails on a new import as it would on a failing test.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def ruff(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    exe = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if exe is None:
        pytest.skip("ruff is not installed (it is in the test extra)")
    return subprocess.run([exe, "check", "--no-cache", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_the_code_keeps_the_rules() -> None:
    done = ruff(".")
    assert done.returncode == 0, done.stdout[-3000:]


@pytest.mark.parametrize("line", ["from PySide6.QtCore import Qt",
                                  "from PySide6.QtWidgets import QLabel, QStyle"])
def test_a_real_qt_namespace_import_in_app_code_is_refused(line: str) -> None:
    names = line.split(" import ")[1].split(", ")
    source = f'"""probe"""\n\n{line}\n\n__all__ = {names!r}\n'
    done = ruff("--stdin-filename", "edu_app/ui/probe.py", "-", stdin=source)
    assert done.returncode == 1 and "TID251" in done.stdout
    allowed = ruff("--stdin-filename", "tests/ui/probe.py", "-", stdin=source)
    assert allowed.returncode == 0, allowed.stdout  # tests may use the real namespace
