"""What the running app opens, seen from outside the process (strace), not through
Python's socket module (the suite's own guard sees only Python sockets)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from edu_app.app import no_bus_autolaunch

needs_strace = pytest.mark.skipif(not shutil.which("strace"), reason="strace is not installed")


def _traced_start(tmp_path: Path, calls: str, env: dict[str, str],
                  wrap: tuple[str, ...] = ()) -> str:
    trace = tmp_path / "trace.txt"
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = dict(env, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local/share"))
    command = [*wrap, "strace", "-f", "-qq", "-e", f"trace={calls}", "-o", str(trace),
               sys.executable, "-m", "edu_app", "--quit-after-paint", "--lang", "fr"]
    try:
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    finally:
        for leftover in ("dbus-launch --autolaunch", "dbus-daemon --syslog-only --fork"):
            subprocess.run(["pkill", "-f", leftover], check=False)
    assert result.returncode == 0, result.stderr
    return trace.read_text()


@needs_strace
def test_a_start_opens_no_network_connection(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    trace = _traced_start(tmp_path, "connect", env)
    connects = [line for line in trace.splitlines() if "connect(" in line]
    assert connects == [] or all("AF_UNIX" in line for line in connects), connects


@needs_strace
@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb is not installed")
def test_no_session_bus_is_started_for_the_app(tmp_path):
    """On a real X display with no session bus, libdbus would autolaunch dbus-launch and a
    dbus-daemon that outlives the app (strace -f would then wait for it: the timeout)."""
    runtime = tmp_path / "run"
    runtime.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(QT_QPA_PLATFORM="xcb", XDG_RUNTIME_DIR=str(runtime))
    trace = _traced_start(tmp_path, "execve", env, wrap=("xvfb-run", "-a"))
    started = [line for line in trace.splitlines() if "execve(" in line and "ENOENT" not in line]
    assert not any("dbus-launch" in line or "dbus-daemon" in line for line in started)


def test_the_users_bus_is_kept_and_autolaunch_refused(tmp_path):
    environ = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    no_bus_autolaunch(environ)
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == "unix:path=/run/user/1000/bus"
    environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
    no_bus_autolaunch(environ)
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == "disabled:"
    with socket.socket(socket.AF_UNIX) as bus:  # the systemd user bus, as libdbus finds it
        bus.bind(str(tmp_path / "bus"))
        environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
        no_bus_autolaunch(environ)
    assert environ["DBUS_SESSION_BUS_ADDRESS"] == f"unix:path={tmp_path / 'bus'}"
