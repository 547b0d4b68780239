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


def _readme() -> str:
    return _flat((ROOT / "README.md").read_text(encoding="utf-8"))


def _options(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", text))


def _bullet(marker: str) -> str:
    """The README's "Using it" bullet that holds `marker`, flattened."""
    section = (ROOT / "README.md").read_text(encoding="utf-8").split("## Using it", 1)[1]
    section = section.split("\n## ", 1)[0]
    bullets = [_flat(b) for b in re.split(r"\n- ", section) if marker in b]
    assert len(bullets) == 1, (marker, bullets)
    return bullets[0]


def test_the_readme_lists_every_option_of_the_app_and_no_other():
    shown = _options(_help().split("subcommands:")[0])
    assert _options(_bullet("Options: `--lang")) - {"--help"} == shown - {"--help"}


@pytest.mark.parametrize("command, marker", [
    ("handout", "**Handouts**"), ("handout", "**The essentials on one page**"),
    ("check", "**Checking a book**")])
def test_the_readme_names_only_options_the_command_has(command, marker):
    assert _options(_bullet(marker)) - {"--help"} <= _options(_help(command)), marker


def test_the_readmes_handout_usage_is_the_helps():
    """Both usage lines, `--out FILE` outside brackets: it is required (issue 17, item 11)."""
    usage = _help("handout").split("\n\n")[0].removeprefix("usage: ")
    lines = [_flat(line).strip() for line in usage.splitlines()]
    assert len(lines) == 2
    for line in lines:
        assert f"`{line}`" in _readme(), line


def test_the_readmes_command_lines_are_accepted_as_written(tmp_path):
    """Every `edu-app handout ...` and `edu-app check ...` the README shows parses."""
    import shlex

    from edu_app.handout import cli as handout_cli

    examples = re.findall(r"`(edu-app (?:handout|check) [^`]+)`", _readme())
    handouts = [e for e in examples if e.startswith("edu-app handout")
                and "IDS" not in e and "[" not in e]
    assert len(handouts) >= 2, examples
    for example in handouts:
        argv = shlex.split(example)[2:]
        args = handout_cli.build_parser().parse_args(argv)  # raises on an unknown option
        assert args.list or args.out is not None, example
