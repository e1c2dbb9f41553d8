"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from hypothesis import settings

from safecomp.models import ChatModel, load_model

# CI draws the same property-test examples every run, so a red build is reproducible.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
SERVE_STARTUP_S = 300.0


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The third-party datasets beside the checkout (../shared/data); skip when absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def bundled_model() -> ChatModel:
    """``bundled:smollm2`` loaded once per session (mark tests that use it ``slow``)."""
    return load_model("bundled:smollm2")


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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def free_port() -> int:
    """A 127.0.0.1 port nothing listens on (free when asked)."""
    return _free_port()


def start_serve(spec: str, log: Path) -> ServedModel:
    """Start ``safecomp serve --model SPEC`` on a free 127.0.0.1 port; wait for /health."""
    port = _free_port()
    command = [sys.executable, "-c", "from safecomp.cli.app import main; main()"]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [*command, "serve", "--model", spec, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    served = ServedModel(process, f"http://127.0.0.1:{port}/v1", log)
    deadline = time.monotonic() + SERVE_STARTUP_S
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
    raise RuntimeError(f"safecomp serve not healthy after {SERVE_STARTUP_S} s:\n{log.read_text()}")


@pytest.fixture(scope="session")
def served_bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``safecomp serve --model bundled:smollm2`` for the session; yields its base URL
    ``http://127.0.0.1:PORT/v1`` (mark tests that use it ``slow``)."""
    served = start_serve("bundled:smollm2", tmp_path_factory.mktemp("serve") / "serve.log")
    yield served.url
    served.stop()


@pytest.fixture
def serve_model(tmp_path: Path) -> Iterator[Callable[[str], ServedModel]]:
    """Start a dedicated ``safecomp serve`` for one test (e.g. to kill it); stopped after."""
    started: list[ServedModel] = []

    def start(spec: str) -> ServedModel:
        started.append(start_serve(spec, tmp_path / f"serve-{len(started)}.log"))
        return started[-1]

    yield start
    for served in started:
        served.stop()


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer randomly initialised Llama with the bundled tokenizer (see ``tiny_model``):
    ``hf:<this dir>`` for tests about serving plumbing rather than answers."""
    from tiny_model import write_tiny_checkpoint

    return write_tiny_checkpoint(tmp_path_factory.mktemp("tiny-llama"))
