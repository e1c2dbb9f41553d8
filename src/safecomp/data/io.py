"""Read and write records (prompts, samples, grades, any pydantic model) as JSONL, CSV or
Parquet, chosen by file extension.

Readers stream (they yield one record at a time), so big files never load whole. Every
problem is a :class:`~safecomp.data.records.RecordFormatError` naming the file, the line
(or Parquet row), the field and what was expected.

CSV and Parquet hold one column per field, in field order (for :class:`PromptItem`: id,
prompt, messages, intent, domain, group, source, metadata). Fields that are not plain
strings, numbers or booleans (``messages``, ``metadata``) hold JSON text. In CSV an empty
cell is an empty string in a field that is always text (``Sample.response``) and "not
given" in any other (its default applies), so only an optional text field holding ``""``
reads back as ``None``; JSONL and Parquet keep every value as it was.

>>> items = read_prompts(Path("suite.csv"))            # doctest: +SKIP
>>> write_prompts(Path("suite.parquet"), items)        # doctest: +SKIP
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel, ValidationError

from safecomp import jsontext
from safecomp.data.records import (
    ColumnKind,
    Position,
    RecordFormatError,
    check_unique,
    column_kinds,
    parse_json_cell,
    validate_row,
)
from safecomp.data.schema import PromptItem
from safecomp.utf8 import not_utf8

T = TypeVar("T", bound=BaseModel)

RECORD_FORMATS = (".jsonl", ".csv", ".parquet")
_BATCH = 1024
_CSV_FIELD_LIMIT = 2**31 - 1
_ARROW_TYPES: dict[ColumnKind, pa.DataType] = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "json": pa.string(),
}

Rows = Iterator[tuple[Position, T]]


def iter_records(path: Path, model: type[T], *, unique: str | None = None) -> Iterator[T]:
    """Stream the records of a ``.jsonl``, ``.csv`` or ``.parquet`` file.

    ``unique`` names a field (or property) whose values must not repeat, e.g. ``"id"``.
    """
    reader = _pick(path, {".jsonl": _jsonl_rows, ".csv": _csv_rows, ".parquet": _parquet_rows})
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file")
    return check_unique(reader(path, model), unique)


def read_records(path: Path, model: type[T], *, unique: str | None = None) -> list[T]:
    """All records of a file (see :func:`iter_records`)."""
    return list(iter_records(path, model, unique=unique))


def write_records(path: Path, records: Iterable[T], model: type[T]) -> int:
    """Write ``records`` to a ``.jsonl``, ``.csv`` or ``.parquet`` file; return how many.

    The file appears whole or not at all: it is written beside and renamed into place.
    """
    writer = _pick(path, {".jsonl": _write_jsonl, ".csv": _write_csv, ".parquet": _write_parquet})
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    try:
        count: int = writer(partial, records, model)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def iter_prompts(path: Path) -> Iterator[PromptItem]:
    """Stream the prompts of a suite file; ids must be unique."""
    return iter_records(path, PromptItem, unique="id")


def read_prompts(path: Path) -> list[PromptItem]:
    """All prompts of a suite file; ids must be unique."""
    return list(iter_prompts(path))


def write_prompts(path: Path, items: Iterable[PromptItem]) -> int:
    """Write prompts to a suite file (format by extension); return how many."""
    return write_records(path, items, PromptItem)


def _pick(path: Path, by_suffix: dict[str, Callable[..., Any]]) -> Callable[..., Any]:
    try:
        return by_suffix[path.suffix.lower()]
    except KeyError:
        raise RecordFormatError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}"
            f" (expected {', '.join(RECORD_FORMATS)})"
        ) from None


# JSONL ------------------------------------------------------------------------------------


def _jsonl_rows(path: Path, model: type[T]) -> Rows[T]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            position = Position(path, "line", number)
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                raise RecordFormatError(not_utf8(path, str(path))) from err
            if not line.strip():
                continue
            try:
                record = model.model_validate_json(line)
            except ValidationError:
                record = _explained_jsonl_row(line, model, position)
            yield position, record


def _explained_jsonl_row(line: str, model: type[T], position: Position) -> T:
    """The slow path for a line that failed validation: raise the clearest error."""
    try:
        data = jsontext.loads(line)
    except json.JSONDecodeError as err:
        raise RecordFormatError(f"{position}: not valid JSON: {err}") from err
    if not isinstance(data, dict):
        raise RecordFormatError(f"{position}: expected a JSON object, got {type(data).__name__}")
    return validate_row(data, model, position)


def _write_jsonl(path: Path, records: Iterable[T], model: type[T]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(record.model_dump_json() + "\n")
            count += 1
    return count


# CSV --------------------------------------------------------------------------------------


def _csv_rows(path: Path, model: type[T]) -> Rows[T]:
    # Long conversations make cells far bigger than the csv module's default cap (128 KiB).
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_FIELD_LIMIT))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            yield from _csv_records(path, reader, model)
        except UnicodeDecodeError as err:
            raise RecordFormatError(not_utf8(path, str(path))) from err
        except csv.Error as err:
            raise RecordFormatError(
                f"{path}: not readable as UTF-8 CSV near line {reader.line_num + 1} ({err})"
            ) from err


def _csv_records(path: Path, reader: Any, model: type[T]) -> Rows[T]:
    kinds = column_kinds(model)
    always_text = {name for name, info in model.model_fields.items() if info.annotation is str}
    header: list[str] | None = next(reader, None)
    if header is None:
        return
    _check_columns(str(Position(path, "line", 1)), header, kinds)
    end = reader.line_num
    for cells in reader:
        position = Position(path, "line", end + 1)
        end = reader.line_num
        if not cells:
            continue
        if len(cells) != len(header):
            raise RecordFormatError(
                f"{position}: expected {len(header)} cells ({', '.join(header)}), got {len(cells)}"
            )
        row: dict[str, Any] = {}
        for column, text in zip(header, cells, strict=True):
            if kinds[column] == "json" and text:
                row[column] = parse_json_cell(text, position, column)
            elif text or column in always_text:
                row[column] = text
        yield position, validate_row(row, model, position)


def _write_csv(path: Path, records: Iterable[T], model: type[T]) -> int:
    kinds = column_kinds(model)
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(kinds)
        for record in records:
            data = record.model_dump(mode="json")
            writer.writerow(_csv_cell(data[name], kind) for name, kind in kinds.items())
            count += 1
    return count


def _csv_cell(value: Any, kind: ColumnKind) -> str:
    if value is None:
        return ""
    if kind in ("json", "bool"):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


# Parquet ----------------------------------------------------------------------------------


def _parquet_rows(path: Path, model: type[T]) -> Rows[T]:
    kinds = column_kinds(model)
    try:
        parquet = pq.ParquetFile(path)
    except pa.ArrowException as err:
        raise RecordFormatError(f"{path}: not a readable Parquet file: {err}") from err
    with parquet:
        _check_columns(str(path), parquet.schema_arrow.names, kinds)
        number = 0
        for batch in parquet.iter_batches(batch_size=_BATCH):
            for cells in batch.to_pylist():
                number += 1
                position = Position(path, "row", number)
                row = {
                    column: parse_json_cell(value, position, column)
                    if kinds[column] == "json" and isinstance(value, str)
                    else value
                    for column, value in cells.items()
                    if value is not None
                }
                yield position, validate_row(row, model, position)


def _write_parquet(path: Path, records: Iterable[T], model: type[T]) -> int:
    kinds = column_kinds(model)
    schema = pa.schema([(name, _ARROW_TYPES[kind]) for name, kind in kinds.items()])
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        iterator = iter(records)
        while batch := list(islice(iterator, _BATCH)):
            rows = [_parquet_cells(record, kinds) for record in batch]
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
            count += len(batch)
    return count


def _parquet_cells(record: BaseModel, kinds: dict[str, ColumnKind]) -> dict[str, Any]:
    data = record.model_dump(mode="json")
    return {
        name: json.dumps(data[name], ensure_ascii=False)
        if kind == "json" and data[name] is not None
        else data[name]
        for name, kind in kinds.items()
    }


# Shared -----------------------------------------------------------------------------------


def _check_columns(where: str, columns: list[str], kinds: dict[str, ColumnKind]) -> None:
    unknown = [column for column in columns if column not in kinds]
    if unknown:
        raise RecordFormatError(
            f"{where}: unknown column {', '.join(map(repr, unknown))}"
            f" (expected columns: {', '.join(kinds)})"
        )
    repeated = sorted({column for column in columns if columns.count(column) > 1})
    if repeated:
        raise RecordFormatError(f"{where}: repeated column {', '.join(map(repr, repeated))}")
