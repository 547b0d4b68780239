"""A private speech service for the read-aloud tests: speech-dispatcher with its
espeak-ng module, speaking into PulseAudio's null sink (no sound card needed; the sink
plays in real time, so sentences take as long as they would on speakers), logging every
message it is given and every event of its module.

Nothing here is a stand-in; when a part is missing the tests are skipped naming it
(CI installs them, see .ci/run).
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

from tests.processes import stop_all

MODULE = Path("/usr/lib/speech-dispatcher-modules/sd_espeak-ng")
QUEUED = re.compile(r"Queueing message \|(.*?)\| with priority", re.S)
EVENT = re.compile(r"Event from output module while speaking: \|\d+ (BEGIN|END|STOP|PAUSE)")


def missing_parts() -> list[str]:
    missing = [tool for tool in ("speech-dispatcher", "pulseaudio") if not shutil.which(tool)]
    if not MODULE.exists():
        missing.append("speech-dispatcher-espeak-ng")
    if importlib.util.find_spec("PySide6.QtTextToSpeech") is None:
        missing.append("PySide6-Addons (.[speech])")
    return missing


def _wait_for(path: Path, proc: subprocess.Popen, what: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not start")
        time.sleep(0.05)


class SpeechService:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.runtime = tmp / "run"
        self.logs = tmp / "logs"
        self.socket = self.runtime / "speechd.sock"
        self.procs: list[subprocess.Popen] = []

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket}"

    def start(self) -> SpeechService:
        self.runtime.mkdir(mode=0o700)
        self.logs.mkdir()
        env = dict(os.environ, XDG_RUNTIME_DIR=str(self.runtime), HOME=str(self.tmp))
        pulse = subprocess.Popen(
            ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--disable-shm=yes",
             "--load=module-null-sink sink_name=null", "--load=module-native-protocol-unix",
             "--load=module-always-sink"], env=env, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        self.procs.append(pulse)
        _wait_for(self.runtime / "pulse" / "native", pulse, "PulseAudio")
        conf = self.tmp / "conf"
        shutil.copytree("/etc/speech-dispatcher", conf)
        with (conf / "speechd.conf").open("a", encoding="utf-8") as f:
            f.write('\nLogLevel 5\nAudioOutputMethod "pulse"\n'
                    'AddModule "espeak-ng" "sd_espeak-ng" "espeak-ng.conf"\n'
                    "DefaultModule espeak-ng\n")
        env["PULSE_SERVER"] = f"unix:{self.runtime / 'pulse' / 'native'}"
        speechd = subprocess.Popen(
            ["speech-dispatcher", "-s", "-t", "0", "-l", "5", "-L", str(self.logs), "-C",
             str(conf), "-S", str(self.socket), "-P", str(self.runtime / "speechd.pid")],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(speechd)
        _wait_for(self.socket, speechd, "speech-dispatcher")
        return self

    def stop(self) -> None:
        stop_all(self.procs)

    def journal(self) -> list[tuple[str, str]]:
        """What the service was given and did, in order: ("said", text) for each
        message, ("BEGIN" | "END" | "STOP" | "PAUSE", "") for its module's events."""
        log = (self.logs / "speech-dispatcher.log").read_text(encoding="utf-8",
                                                              errors="replace")
        found = [(m.start(), "said", m.group(1)) for m in QUEUED.finditer(log)]
        found += [(m.start(), m.group(1), "") for m in EVENT.finditer(log)]
        return [(kind, text) for _pos, kind, text in sorted(found)]
