"""A resumable on-disk cache of exchange features (SQLite, one row per exchange).

Keys hash the encoder's description with the exchange's texts, so a training run killed
while encoding starts again where it stopped, and a second run on the same data with the
same backbone encodes nothing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import numpy as np

from .encoder import Features

_QUERY_KEYS: Final = 500


def feature_key(description: dict[str, Any], prompt: str, response: str) -> str:
    blob = json.dumps([description, prompt, response], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


class FeatureStore:
    """Feature vectors by key, committed batch by batch."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS features (key TEXT PRIMARY KEY, v BLOB)")

    def close(self) -> None:
        self._db.close()

    def _rows(self, keys: Sequence[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), _QUERY_KEYS):
            part = unique[start : start + _QUERY_KEYS]
            marks = ",".join("?" * len(part))
            query = f"SELECT key, v FROM features WHERE key IN ({marks})"
            found.update(self._db.execute(query, part).fetchall())
        return found

    def missing(self, keys: Sequence[str]) -> list[str]:
        """The keys not stored yet, once each, in order."""
        have = self._rows(keys)
        return [k for k in dict.fromkeys(keys) if k not in have]

    def put(self, keys: Sequence[str], rows: Features) -> None:
        values = [
            (k, np.asarray(r, dtype=np.float32).tobytes()) for k, r in zip(keys, rows, strict=True)
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO features VALUES (?, ?)", values)

    def get(self, keys: Sequence[str], dim: int) -> Features:
        found = self._rows(keys)
        out = np.zeros((len(keys), dim), dtype=np.float32)
        for row, key in enumerate(keys):
            out[row] = np.frombuffer(found[key], dtype=np.float32)
        return out
