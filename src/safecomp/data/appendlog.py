"""Append-only JSONL logs that survive a kill: no torn lines, nothing done twice."""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import suppress
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel, ValidationError

from safecomp.errors import SafecompError, explain

T = TypeVar("T", bound=BaseModel)


class LogFormatError(SafecompError, ValueError):
    """A line of a log file is not a valid record."""


class LogConflictError(LogFormatError):
    """Two lines of a log file hold different records with the same key."""


class LogWriteError(OSError):
    """Records could not be written (a full disk, a lost mount); the log is as it was."""


class LogWarning(UserWarning):
    """A log file held something that was skipped or repaired: a torn line, a duplicate."""


class AppendLog(Generic[T]):
    """A JSONL file of ``model`` records, each identified by ``key(record)``.

    Reading yields each key once. A line repeating an earlier record (equal but for the
    ``volatile`` fields) is skipped with a :class:`LogWarning`; a line holding a different
    record under an earlier key raises :class:`LogConflictError` naming both lines. A torn
    last line (a write cut short by a kill) is skipped with a warning; the first ``append``
    truncates it (another warning), so a resumed run rewrites that record instead of losing
    or duplicating it. Reading never changes the file. ``append`` writes whole lines and
    fsyncs before returning; a write that fails leaves the file as it was and raises
    :class:`LogWriteError`.

    Only one process may append at a time (the keys are read when the log is opened): hold
    the directory's lock (:func:`safecomp.data.runlock.hold`) while a log is open for writing.

    >>> log = AppendLog(path, Sample, key=lambda s: s.key)   # doctest: +SKIP
    >>> todo = [x for x in work if x.key not in log.keys()]  # doctest: +SKIP
    """

    def __init__(
        self,
        path: Path,
        model: type[T],
        key: Callable[[T], str],
        *,
        volatile: Collection[str] = (),
    ) -> None:
        self.path = path
        self.model = model
        self.key = key
        #: Fields that may differ between two copies of one record (e.g. a timestamp).
        self.volatile = set(volatile)
        path.parent.mkdir(parents=True, exist_ok=True)
        #: Bytes at the end of the file that are not a complete line (a torn write).
        self._torn = 0
        #: Whether the last record lacks its newline (complete, but the next line needs one).
        self._unterminated = False
        self._keys = {key(record) for record in self}

    def digest(self, record: T) -> str:
        """A hash of what ``record`` says (its ``volatile`` fields left out)."""
        content = record.model_dump_json(exclude=self.volatile)
        return hashlib.sha256(content.encode("utf-8")).hexdigest()

    def __iter__(self) -> Iterator[T]:
        if not self.path.exists():
            return
        first_line: dict[str, tuple[int, int]] = {}  # key -> (line number, byte offset)
        repeats: list[tuple[int, int, str]] = []  # (line, earlier line, key)
        self._torn, self._unterminated = 0, False
        offset = 0
        with self.path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                start, offset = offset, offset + len(line)
                last = not line.endswith(b"\n")
                if not line.strip():
                    # Blank, but a tail without its newline (say a vertical tab) would
                    # otherwise prefix the next appended record and make it unreadable.
                    self._unterminated = last
                    continue
                try:
                    record = self.model.model_validate_json(line)
                except ValidationError as err:
                    if last:
                        self._torn = len(line)
                        warnings.warn(
                            f"{self.path}:{number}: ignoring a torn last line ({len(line)} "
                            "bytes without a newline: a write cut short); the next run that "
                            "appends here removes it and redoes its record",
                            LogWarning,
                            stacklevel=1,  # one location: a repeated message shows once
                        )
                        break
                    raise LogFormatError(
                        f"{self.path}:{number}: not a valid {self.model.__name__} record: "
                        f"{explain(err, self.model)}"
                    ) from err
                self._unterminated = last
                key = self.key(record)
                if key not in first_line:
                    first_line[key] = (number, start)
                    yield record
                    continue
                earlier, at = first_line[key]
                if self.digest(self._record_at(at)) != self.digest(record):
                    raise LogConflictError(
                        f"{self.path}:{number}: a second, different record for {key!r} (the "
                        f"first is on line {earlier}); one key, one record: delete the wrong "
                        "line (or both, to redo it)"
                    )
                repeats.append((number, earlier, key))
        if repeats:
            number, earlier, key = repeats[0]
            warnings.warn(
                f"{self.path}: {len(repeats)} duplicate line(s) ignored, each repeating an "
                f"earlier record (e.g. line {number} repeats line {earlier}, {key!r}); each "
                "record is counted once",
                LogWarning,
                stacklevel=1,  # one location: a repeated message shows once
            )

    def _record_at(self, offset: int) -> T:
        with self.path.open("rb") as handle:
            handle.seek(offset)
            return self.model.model_validate_json(handle.readline())

    def keys(self) -> set[str]:
        return set(self._keys)

    def __contains__(self, key: str) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def append(self, records: Iterable[T]) -> int:
        """Write the records not already present; return how many were written."""
        fresh: dict[str, str] = {}
        for record in records:
            k = self.key(record)
            if k not in self._keys and k not in fresh:
                fresh[k] = record.model_dump_json() + "\n"
        if not fresh:
            return 0
        data = "".join(fresh.values()).encode("utf-8")
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            end = os.fstat(fd).st_size
            try:
                if self._torn:
                    os.ftruncate(fd, end - self._torn)
                    warnings.warn(
                        f"{self.path}: removed a torn last line ({self._torn} bytes: a write "
                        "cut short); its record is done again",
                        LogWarning,
                        stacklevel=1,  # one location: a repeated message shows once
                    )
                    self._torn, end = 0, end - self._torn
                if self._unterminated:
                    data = b"\n" + data
                _write_all(fd, data)
                os.fsync(fd)
            except OSError as err:
                with suppress(OSError):
                    os.ftruncate(fd, end)
                raise LogWriteError(
                    f"cannot write {len(fresh)} record(s) to {self.path} ({err.strerror}); "
                    f"the {len(self._keys)} written before are intact: rerun to resume once "
                    "that is fixed",
                ) from err
        finally:
            os.close(fd)
        self._unterminated = False
        self._keys.update(fresh)
        return len(fresh)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
