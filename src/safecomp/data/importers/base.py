"""Reading helpers shared by the importers: located errors, CSV and JSONL records.

Every record carries where it came from (file, physical line, 1-based record index), so
any problem can be reported as ``file:line: what is wrong and what was expected``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from safecomp.data.records import RecordFormatError
from safecomp.errors import explain

#: The harm domains of the default policy (``policies/default.yaml``).
Domain = Literal[
    "bio_chem",
    "cyber",
    "weapons_violence",
    "illicit",
    "self_harm",
    "hate_harassment",
    "sexual",
    "privacy",
]

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


class SourceFormatError(RecordFormatError):
    """A dataset file that does not match its published format."""

    def __init__(self, path: Path, line: int | None, problem: str) -> None:
        self.path = path
        self.line = line
        self.problem = problem
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True)
class Record:
    """One CSV row or JSONL object, with its origin."""

    path: Path
    line: int
    index: int
    fields: dict[str, Any]

    def error(self, problem: str) -> SourceFormatError:
        return SourceFormatError(self.path, self.line, f"record {self.index}: {problem}")

    def value(self, key: str) -> Any:
        """The field ``key``; an error when it is missing."""
        if key not in self.fields:
            raise self.error(
                f"field {key!r} is missing (found: {', '.join(self.fields) or 'none'})"
            )
        return self.fields[key]

    def text(self, key: str, *, required: bool = True) -> str:
        """The string field ``key``: an error when it is not a string, or when it is missing
        or blank and ``required``; ``""`` when it is missing and not ``required``."""
        if key not in self.fields and not required:
            return ""
        value = self.value(key)
        if not isinstance(value, str):
            raise self.error(f"field {key!r} is {value!r}; expected a string")
        if required and not value.strip():
            raise self.error(f"field {key!r} is empty; expected text")
        return value

    def without(self, *keys: str) -> dict[str, Any]:
        """The original fields except ``keys`` (those moved into dedicated fields)."""
        return {k: v for k, v in self.fields.items() if k not in keys}

    def choice(self, key: str, table: dict[str, T]) -> T:
        """Look the string field ``key`` up in ``table``; an error naming the allowed values."""
        value = self.text(key)
        if value not in table:
            allowed = ", ".join(repr(k) for k in table)
            raise self.error(f"field {key!r} is {value!r}; expected one of {allowed}")
        return table[value]

    def build(self, model: type[M], **fields: Any) -> M:
        """``model(**fields)``, with any validation error located at this record."""
        try:
            return model(**fields)
        except ValidationError as exc:
            raise self.error(explain(exc, model)) from exc


def files_of(path: Path, suffix: str) -> list[Path]:
    """``path`` itself, or the ``*<suffix>`` files of a directory in name order."""
    if path.is_dir():
        found = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith(suffix))
        if not found:
            raise SourceFormatError(path, None, f"directory holds no *{suffix} file")
        return found
    if not path.is_file():
        raise SourceFormatError(path, None, "no such file or directory")
    return [path]


def _uncommented(lines: Iterable[str], numbers: list[int], comments: bool) -> Iterator[str]:
    """Yield lines, recording each one's physical number; drop ``#`` lines between records.

    A ``#`` line is a comment only outside a quoted cell: quote parity tells whether the
    previous line ended inside a multi-line cell (``""`` escapes keep the parity even).
    """
    inside_quotes = False
    for number, line in enumerate(lines, start=1):
        if comments and not inside_quotes and line.startswith("#"):
            continue
        if line.count('"') % 2:
            inside_quotes = not inside_quotes
        numbers.append(number)
        yield line


def read_csv(path: Path, columns: Sequence[str], *, comments: bool = False) -> list[Record]:
    """The rows of a CSV file with a header, as records keyed by column name.

    ``columns`` must all be in the header. With ``comments``, ``#`` lines outside quoted
    cells are skipped (PyRIT's ``# dataset_version=...`` preamble).
    """
    numbers: list[int] = []
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(_uncommented(handle, numbers, comments))
        try:
            header = next(reader, None)
            if header is None:
                raise SourceFormatError(path, None, "empty file; expected a CSV header")
            header_line = numbers[0]
            missing = [c for c in columns if c not in header]
            if missing:
                raise SourceFormatError(
                    path,
                    header_line,
                    f"header lacks column(s) {', '.join(map(repr, missing))}; expected columns "
                    f"{', '.join(columns)} (found: {', '.join(header) or 'none'})",
                )
            records: list[Record] = []
            consumed = reader.line_num
            for row in reader:
                line = numbers[consumed]
                consumed = reader.line_num
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) != len(header):
                    raise SourceFormatError(
                        path,
                        line,
                        f"record {len(records) + 1} has {len(row)} cells; expected {len(header)} "
                        f"({', '.join(header)})",
                    )
                records.append(
                    Record(path, line, len(records) + 1, dict(zip(header, row, strict=True)))
                )
        except csv.Error as exc:
            raise SourceFormatError(
                path, numbers[-1] if numbers else None, f"bad CSV: {exc}"
            ) from exc
        except UnicodeDecodeError as exc:
            raise _not_utf8(path, exc) from exc
    return records


def read_jsonl(path: Path) -> list[Record]:
    """The objects of a JSON Lines file (blank lines skipped)."""
    records: list[Record] = []
    with path.open(encoding="utf-8-sig") as handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError as exc:
            raise _not_utf8(path, exc) from exc
        for line_number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise SourceFormatError(path, line_number, f"invalid JSON: {exc.msg}") from exc
            if not isinstance(value, dict):
                raise SourceFormatError(
                    path, line_number, f"a JSON {type(value).__name__}; expected an object"
                )
            records.append(Record(path, line_number, len(records) + 1, value))
    return records


def _not_utf8(path: Path, exc: UnicodeDecodeError) -> SourceFormatError:
    return SourceFormatError(
        path, None, f"not UTF-8 text (byte {exc.start}: {exc.reason}); expected UTF-8"
    )
