"""Stopping the helper processes a test started (a desktop, a speech service)."""

from __future__ import annotations

import signal
import subprocess


def stop_all(procs: list[subprocess.Popen]) -> None:
    """SIGTERM each, newest first; kill what does not end within 10 s."""
    for proc in reversed(procs):
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    procs.clear()
