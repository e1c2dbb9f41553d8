"""Fixtures shared by the whole suite."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers.servers import ServedModel, free_port, start_serve
from hypothesis import settings

from safecomp.models import ChatModel, load_model

# CI draws the same property-test examples every run, so a red build is reproducible.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


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


@pytest.fixture(name="free_port")
def free_port_fixture() -> int:
    """A 127.0.0.1 port nothing listens on (free when asked)."""
    return free_port()


@pytest.fixture(scope="session")
def served_bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``safecomp serve --model bundled:smollm2`` for the session; yields its base URL
    ``http://127.0.0.1:PORT/v1`` (mark tests that use it ``slow``)."""
    served = start_serve("bundled:smollm2", tmp_path_factory.mktemp("serve") / "serve.log")
    yield served.url
    served.stop()


@pytest.fixture
def serve_model(tmp_path: Path) -> Iterator[Callable[..., ServedModel]]:
    """Start a dedicated ``safecomp serve`` for one test (e.g. to kill it): ``start(spec,
    *options)``; stopped after."""
    started: list[ServedModel] = []

    def start(spec: str, *options: str) -> ServedModel:
        started.append(start_serve(spec, tmp_path / f"serve-{len(started)}.log", *options))
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
