"""``train_log.jsonl``: one JSON line per trainer log (and per held-out probe), as it happens.

A killed run keeps every line written before the kill. Lines carry ``step`` and ``kind``
(``train`` for the trainer's logs: loss, reward and its components; ``probe`` for the
held-out probe).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

LOG_FILE = "train_log.jsonl"


def _clean(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


class TrainLog:
    """Appends records to ``<folder>/train_log.jsonl`` (a fresh run starts a fresh file)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / LOG_FILE
        self.path.write_text("", encoding="utf-8")

    def write(self, kind: str, step: int, values: Mapping[str, Any]) -> None:
        record = {"kind": kind, "step": step, **{k: _clean(v) for k, v in values.items()}}
        with self.path.open("a", encoding="utf-8") as file:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
            file.flush()


def read_log(path: Path) -> Iterator[dict[str, Any]]:
    """The records of a ``train_log.jsonl`` (a folder means its log)."""
    file = path / LOG_FILE if path.is_dir() else path
    with file.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def log_callback(log: TrainLog) -> Any:
    """A transformers ``TrainerCallback`` that writes every trainer log to ``log``."""
    from transformers import TrainerCallback

    class _LogCallback(TrainerCallback):
        def on_log(
            self, args: Any, state: Any, control: Any, logs: dict[str, Any] | None = None, **_: Any
        ) -> None:
            if logs:
                log.write("train", int(state.global_step), logs)

    return _LogCallback()
