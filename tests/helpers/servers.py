"""Real ``safecomp serve`` and ``safecomp reward serve`` processes for tests and benchmarks,
on free 127.0.0.1 ports."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

STARTUP_S = 300.0
#: The short policy of the reward tests (the judge reads all of it for every criterion).
TINY_POLICY = Path(__file__).parents[1] / "reward" / "data" / "tiny_policy.yaml"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ServedModel:
    """A real ``safecomp serve`` subprocess; ``url`` is its base URL (ends in ``/v1``)."""

    process: subprocess.Popen[bytes]
    url: str
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def start_serve(spec: str, log: Path, *options: str) -> ServedModel:
    """Start ``safecomp serve --model SPEC [OPTIONS]`` on a free 127.0.0.1 port; wait for
    /health."""
    port = free_port()
    command = [sys.executable, "-c", "from safecomp.cli.app import main; main()"]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "serve", "--model", spec, "--port", str(port), *options],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    served = ServedModel(process, f"http://127.0.0.1:{port}/v1", log)
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"safecomp serve exited with {process.returncode}:\n{log.read_text()}"
            )
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=2).status_code == 200:
                return served
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    served.stop()
    raise RuntimeError(f"safecomp serve not healthy after {STARTUP_S} s:\n{log.read_text()}")


@contextlib.contextmanager
def serving(spec: str, log: Path, *options: str) -> Iterator[str]:
    """``safecomp serve --model SPEC [OPTIONS]`` for a ``with`` block: yields its base URL
    (ends in ``/v1``) once healthy, stops it after."""
    served = start_serve(spec, log, *options)
    try:
        yield served.url
    finally:
        served.stop()


@contextlib.contextmanager
def reward_server(
    judge: str,
    tmp: Path,
    *options: str,
    policy: Path | str = TINY_POLICY,
    method: str | None = "logprob",
    cache: bool = True,
) -> Iterator[str]:
    """``safecomp reward serve --judge JUDGE`` (by default the tiny policy, the logprob method
    and a grade cache in ``tmp``; ``method=None`` takes the judge's recommended one,
    ``cache=False`` judges every request), then ``options``, on a free port; yields its URL
    once ``/health`` answers."""
    port = free_port()
    log = tmp / "server.log"
    command = [
        sys.executable,
        "-c",
        "from safecomp.cli.app import main; main()",
        "reward",
        "serve",
        "--judge",
        judge,
        "--policy",
        str(policy),
        *(["--method", method] if method is not None else []),
        "--port",
        str(port),
        *(["--cache", str(tmp / "grades.sqlite")] if cache else ["--no-cache"]),
        *options,
    ]
    with log.open("wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_listening(process, url, log)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_listening(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    """Until ``/health`` answers at all: 503 (judge unreachable) is an answer too."""
    deadline = time.monotonic() + STARTUP_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(
                f"reward server exited with {process.returncode}:\n{log.read_text()}"
            )
        try:
            if httpx.get(f"{url}/health", timeout=10).status_code in (200, 503):
                return
        except httpx.TransportError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"reward server not healthy after {STARTUP_S} s:\n{log.read_text()}")
