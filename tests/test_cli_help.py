"""`--help` of the app and of each subcommand, and the README, give the same exit codes."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _help(*args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-m", "edu_app", *args, "--help"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    return run.stdout


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("command", [(), ("check",), ("handout",)])
def test_exit_codes_in_help_are_the_readmes(command):
    shown = _flat(_help(*command))
    codes = re.search(r"Exit codes: [^.]*\.", shown)
    assert codes, shown
    assert codes.group(0) in _flat((ROOT / "README.md").read_text(encoding="utf-8"))


def test_top_level_help_lists_the_subcommands():
    shown = _help()
    assert re.search(r"^\s+check\s+\S", shown, re.M)
    assert re.search(r"^\s+handout\s+\S", shown, re.M)


def test_handout_usage_shows_out_as_required():
    usage = _help("handout").split("\n\n")[0]
    assert "--out FILE" in usage and "[--out" not in usage
    assert "--list" in usage
