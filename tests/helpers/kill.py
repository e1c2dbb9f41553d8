"""The kill-and-resume harness: run a CLI command in a subprocess and SIGKILL it mid-work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

CLI = [sys.executable, "-c", "from safecomp.cli.app import main; main()"]


def kill_when(
    args: Sequence[str], log: Path, ready: Callable[[], bool], *, timeout_s: float
) -> None:
    """Run ``safecomp ARGS`` (output to ``log``) and SIGKILL it as soon as ``ready()`` holds.

    Fails the test if the command ends first or ``ready`` does not hold within ``timeout_s``.
    """
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*CLI, *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=os.environ | {"COLUMNS": "200"},
        )
    try:
        deadline = time.monotonic() + timeout_s
        while not ready():
            assert process.poll() is None, f"ended before it was killed:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"not ready after {timeout_s} s"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def complete_lines(path: Path) -> int:
    """Whole lines in ``path`` (a JSONL log; a line cut short by a kill does not count)."""
    return path.read_bytes().count(b"\n") if path.exists() else 0
