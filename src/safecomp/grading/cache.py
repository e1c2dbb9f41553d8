"""A SQLite cache of judge verdicts, shared safely by concurrent processes.

The key is the sha256 of everything that determines a grade: the judge, the policy hash, the
template version, the method and its settings (e.g. the token budget), the graded
conversation, its domain (which selects the rubric text) and the response. Only ``ok``
grades are stored, so failed ones are retried next time.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path

from safecomp.data.schema import Grade, Sample
from safecomp.models.bundled import cache_dir

CACHE_FILE = "judge-cache.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS grades (
    key TEXT PRIMARY KEY,
    grade TEXT NOT NULL
)
"""


def cache_key(
    sample: Sample,
    *,
    judge: str,
    policy_hash: str,
    template_version: str,
    method: str,
    variant: str = "",
) -> str:
    """The cache key of grading ``sample`` with these settings (``variant``: the method's
    other grade-changing settings, e.g. a verdict's token budget)."""
    material = {
        "judge": judge,
        "variant": variant,
        "policy_hash": policy_hash,
        "template_version": template_version,
        "method": method,
        "messages": sample.item.to_messages(),
        "domain": sample.item.domain,
        "response": sample.response,
    }
    canonical = json.dumps(material, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_cache_path() -> Path:
    """``judge-cache.sqlite`` in ``$SAFECOMP_CACHE``, by default in ``~/.cache/safecomp``."""
    return cache_dir() / CACHE_FILE


class GradeCache:
    """Grades by cache key, in a SQLite file (WAL mode; several writers may share it).

    >>> cache = GradeCache(Path("judge-cache.sqlite"))  # doctest: +SKIP
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        # Calls are serialised by the caller; a trainer may create the cache in one thread
        # and grade from its background event loop in another.
        self._db = sqlite3.connect(
            path, timeout=60.0, isolation_level=None, check_same_thread=False
        )
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(_SCHEMA)

    def get_many(self, keys: Sequence[str]) -> dict[str, Grade]:
        """The cached grades among ``keys`` (absent keys are missing from the result)."""
        found: dict[str, Grade] = {}
        unique = list(dict.fromkeys(keys))
        for start in range(0, len(unique), 500):
            chunk = unique[start : start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(
                f"SELECT key, grade FROM grades WHERE key IN ({marks})", chunk
            ).fetchall()
            found.update((key, Grade.model_validate_json(text)) for key, text in rows)
        return found

    def put_many(self, grades: Mapping[str, Grade]) -> int:
        """Store the ``ok`` grades (in one transaction); return how many were stored."""
        rows = [(key, g.model_dump_json()) for key, g in grades.items() if g.status == "ok"]
        if rows:
            with self._db:
                self._db.execute("BEGIN IMMEDIATE")
                self._db.executemany("INSERT OR REPLACE INTO grades VALUES (?, ?)", rows)
        return len(rows)

    def __len__(self) -> int:
        (count,) = self._db.execute("SELECT COUNT(*) FROM grades").fetchone()
        return int(count)

    def close(self) -> None:
        self._db.close()
