"""What the reliability drills share: `safecomp` as a real process on a tiny real checkpoint
(the ``tiny_model`` fixture), its environment, and reading a run's records.

The checkpoint is a randomly initialised 2-layer Llama with the bundled SmolLM2 tokenizer:
a real transformers model that loads and answers in milliseconds. Its answers are
nonsense, which the drills do not care about; they care that a run killed, raced or starved
ends with the same files as one that was left alone.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
SUITE = REPO / "tests" / "eval" / "eval_cli_files" / "tiny_suite.jsonl"
POLICY = REPO / "tests" / "eval" / "eval_cli_files" / "tiny_policy.yaml"
#: ``safecomp`` as a subprocess, importing the package this checkout holds.
SAFECOMP = [sys.executable, "-c", "from safecomp.cli.app import main; main()"]


def env(tmp: Path) -> dict[str, str]:
    """The environment of a drilled process: its own judge cache, wide output, and one
    torch thread (on a busy 2-core machine, more threads make the tiny model ~10x slower)."""
    return os.environ | {
        "SAFECOMP_CACHE": str(tmp / "cache"),
        "COLUMNS": "200",
        "OMP_NUM_THREADS": "1",
    }


def safecomp(
    *args: str | Path, cwd: Path, timeout: float = 120, check: bool = True
) -> subprocess.CompletedProcess[str]:
    """Run ``safecomp ARGS`` to its end; with ``check``, fail the test unless it exits 0."""
    done = subprocess.run(
        [*SAFECOMP, *map(str, args)],
        cwd=cwd,
        env=env(cwd),
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check:
        assert done.returncode == 0, f"safecomp {args} exited {done.returncode}:\n{done.stderr}"
    return done


def start(*args: str | Path, cwd: Path, log: Path) -> subprocess.Popen[bytes]:
    """Start ``safecomp ARGS`` in the background, its output going to ``log``."""
    with log.open("wb") as out:
        return subprocess.Popen(
            [*SAFECOMP, *map(str, args)], cwd=cwd, env=env(cwd), stdout=out, stderr=out
        )


def records(path: Path, *, drop: tuple[str, ...] = ("created_at", "cached")) -> list[Any]:
    """The records of a JSONL file without fields that differ between equal runs; fails the
    test on a torn line (no final newline) or a line that is not JSON."""
    if not path.exists():
        return []
    text = path.read_text(encoding="utf-8")
    assert not text or text.endswith("\n"), f"{path} ends in a torn line"
    return [
        {k: v for k, v in json.loads(line).items() if k not in drop} for line in text.splitlines()
    ]


def by_key(path: Path, key: str) -> dict[str, Any]:
    """The records of ``path`` by ``key`` (a field), failing the test on a repeated key."""
    found: dict[str, Any] = {}
    for record in records(path):
        assert record[key] not in found, f"{path}: {record[key]!r} occurs twice"
        found[record[key]] = record
    return found


def sample_key(record: dict[str, Any]) -> str:
    return f"{record['item']['id']}#{record['sample_index']}"
