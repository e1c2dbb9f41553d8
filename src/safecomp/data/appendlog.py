"""Append-only JSONL logs that survive a kill: no torn lines, nothing done twice."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from safecomp.errors import SafecompError, explain

T = TypeVar("T", bound=BaseModel)


class LogFormatError(SafecompError, ValueError):
    """A line of a log file is not a valid record."""


class AppendLog(Generic[T]):
    """A JSONL file of ``model`` records, each identified by ``key(record)``.

    Opening repairs a torn last line (a write cut short by a kill) by truncating it, so a
    resumed run rewrites that record instead of losing or duplicating it. ``append``
    writes whole lines and fsyncs before returning.

    >>> log = AppendLog(path, Sample, key=lambda s: s.key)   # doctest: +SKIP
    >>> todo = [x for x in work if x.key not in log.keys()]  # doctest: +SKIP
    """

    def __init__(self, path: Path, model: type[T], key: Callable[[T], str]) -> None:
        self.path = path
        self.model = model
        self.key = key
        path.parent.mkdir(parents=True, exist_ok=True)
        self._repair_torn_tail()
        self._keys = {key(record) for record in self}

    def _repair_torn_tail(self) -> None:
        if not self.path.exists():
            return
        with self.path.open("rb+") as handle:
            data = handle.read()
            if data and not data.endswith(b"\n"):
                handle.truncate(data.rfind(b"\n") + 1)

    def __iter__(self) -> Iterator[T]:
        if not self.path.exists():
            return
        with self.path.open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    yield self.model.model_validate_json(line)
                except ValidationError as err:
                    raise LogFormatError(
                        f"{self.path}:{number}: not a valid {self.model.__name__} record: "
                        f"{explain(err, self.model)}"
                    ) from err

    def keys(self) -> set[str]:
        return set(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def append(self, records: Iterable[T]) -> int:
        """Write the records not already present; return how many were written."""
        lines: list[str] = []
        for record in records:
            k = self.key(record)
            if k in self._keys:
                continue
            self._keys.add(k)
            lines.append(record.model_dump_json() + "\n")
        if lines:
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write("".join(lines))
                handle.flush()
                os.fsync(handle.fileno())
        return len(lines)
