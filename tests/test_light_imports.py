"""Importing safecomp, its reward adapters or its vocabulary loads no heavy stack.

verl and OpenRLHF import the reward module in every worker, and ``import safecomp.labels``
sits under every CLI command, so torch, transformers, FastAPI and uvicorn must wait until a
model or a server is actually used. Each check runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("torch", "transformers", "fastapi", "uvicorn")


def loaded_after(statement: str) -> list[str]:
    code = f"import json, sys\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    modules = json.loads(out.splitlines()[-1])
    return [m for m in modules if m.split(".")[0] in HEAVY]


@pytest.mark.parametrize(
    "module", ["safecomp", "safecomp.labels", "safecomp.reward.verl", "safecomp.reward.trl"]
)
def test_importing_loads_no_heavy_stack(module: str) -> None:
    assert loaded_after(f"import {module}") == []


def test_the_heavy_stack_loads_when_used() -> None:
    # The check can fail: using a public name that needs FastAPI does load it.
    assert "fastapi" in loaded_after("import safecomp.reward.server")
    assert loaded_after("import safecomp; safecomp.load_policy('default')") == []
