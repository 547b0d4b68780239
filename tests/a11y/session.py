"""A private desktop for the tests with real assistive-technology parts: an X server
(Xvfb), a D-Bus session with the accessibility bus (at-spi2-core), and the app started
in it as a reader would start it, read over AT-SPI by `atspi_reader.py`.

Nothing here is a stand-in: when a part is missing on this machine the tests are
skipped with the part's name (CI installs them all, see .ci/run).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from tests.processes import stop_all

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"


def missing_parts() -> list[str]:
    """What this machine lacks to run the AT-SPI tests (empty when all is there)."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "dbus-send") if not shutil.which(tool)]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


class Desktop:
    """Xvfb and a D-Bus session of their own, with the accessibility bus running."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.procs: list[subprocess.Popen] = []
        self.env = dict(os.environ)

    def start(self) -> Desktop:
        read, write = os.pipe()
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0",
                                 "1280x900x24", "-nolisten", "tcp"], pass_fds=(write,),
                                stderr=subprocess.DEVNULL)
        os.close(write)
        self.procs.append(xvfb)
        with os.fdopen(read) as pipe:
            display = pipe.readline().strip()
        self.env["DISPLAY"] = f":{display}"  # the bus starts at-spi's registry, which types keys
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               env=self.env)
        self.procs.append(bus)
        address = bus.stdout.readline().strip()
        self.env.update({
            "DBUS_SESSION_BUS_ADDRESS": address,
            "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "XDG_CONFIG_HOME": str(self.tmp / "config"), "XDG_CACHE_HOME": str(self.tmp / "cache"),
            "XDG_RUNTIME_DIR": str(self.tmp), "NO_AT_BRIDGE": "0", "GTK_A11Y": "atspi",
        })
        # The accessibility bus is started by D-Bus activation, before the app asks for it.
        subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus",
                        "/org/a11y/bus", "org.a11y.Bus.GetAddress"], env=self.env,
                       check=True, capture_output=True, timeout=30)
        return self

    def stop(self) -> None:
        stop_all(self.procs)


class RunningApp:
    """The app in a desktop, and a screen reader's view of it."""

    def __init__(self, desktop: Desktop, content: Path, lang: str) -> None:
        self.desktop = desktop
        log = open(desktop.tmp / f"app-{lang}.log", "w")
        self.proc = subprocess.Popen([sys.executable, "-m", "edu_app", "--content-dir",
                                      str(content), "--lang", lang], env=desktop.env,
                                     stdout=log, stderr=subprocess.STDOUT)
        self.log = log
        desktop.procs.append(self.proc)

    def read(self, *commands: str, timeout: float = 60) -> list:
        """Run `atspi_reader.py` commands against the app; their results, in order."""
        done = subprocess.run([SYSTEM_PYTHON, str(READER), str(self.proc.pid), *commands],
                              env=self.desktop.env, capture_output=True, text=True,
                              timeout=timeout)
        if done.returncode != 0:
            raise AssertionError(f"reader failed: {done.stderr[-2000:]}")
        return json.loads(done.stdout)

    def tree(self) -> list[dict]:
        return self.read("tree")[0]

    def wait_for(self, test, timeout: float = 20) -> list[dict]:
        """The tree once `test(tree)` is true (the app builds its window after start)."""
        deadline = time.monotonic() + timeout
        while True:
            nodes = self.tree()
            if test(nodes) or time.monotonic() > deadline:
                return nodes
            time.sleep(0.3)

    def quit(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=15)
        self.log.close()
