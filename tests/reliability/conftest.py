"""The reliability drills' fixture: the tiny checkpoint as an ``hf:`` spec."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_model(tiny_model_dir: Path) -> str:
    """``hf:<dir>`` of the 2-layer randomly initialised Llama (see ``tiny_model_dir``)."""
    return f"hf:{tiny_model_dir}"
