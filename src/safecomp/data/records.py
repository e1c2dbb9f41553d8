"""Turning rows of a file into validated records, with errors that say where and what.

Shared by the file readers (:mod:`safecomp.data.io`) and the Hugging Face datasets loader
(:mod:`safecomp.data.hf_datasets`): a row is a mapping of field name to value, a
:class:`Position` says where it came from, and every problem becomes a
:class:`RecordFormatError` such as
``suite.jsonl:17: intent: expected one of benign, dual_use, malicious, unknown, got 'evil'``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from safecomp.errors import SafecompError, explain

T = TypeVar("T", bound=BaseModel)

#: How a field is stored in a flat table (CSV, Parquet): ``json`` fields hold JSON text.
ColumnKind = Literal["str", "int", "float", "bool", "json"]


class RecordFormatError(SafecompError, ValueError):
    """A file or dataset row is not a valid record; the message names where and why."""


@dataclass(frozen=True)
class Position:
    """Where a row lives: ``line`` (JSONL, CSV), ``row`` (Parquet, 1-based) or ``index``
    (a Hugging Face dataset, 0-based)."""

    path: Path
    unit: Literal["line", "row", "index"]
    number: int

    def __str__(self) -> str:
        if self.unit == "line":
            return f"{self.path}:{self.number}"
        return f"{self.path}, {self.unit} {self.number}"

    @property
    def local(self) -> str:
        """The position without the file, e.g. ``line 4``."""
        return f"{self.unit} {self.number}"


def column_kinds(model: type[BaseModel]) -> dict[str, ColumnKind]:
    """How each field of ``model`` is stored in a flat table, in field order."""
    return {name: _kind(info.annotation) for name, info in model.model_fields.items()}


def _kind(annotation: Any) -> ColumnKind:
    options: tuple[Any, ...] = (annotation,)
    if get_origin(annotation) in (Union, UnionType):
        options = tuple(arg for arg in get_args(annotation) if arg is not NoneType)
    if len(options) != 1:
        return "json"
    (only,) = options
    if get_origin(only) is Literal:
        value_types = {type(value) for value in get_args(only)}
        only = value_types.pop() if len(value_types) == 1 else None
    scalar: dict[Any, ColumnKind] = {str: "str", bool: "bool", int: "int", float: "float"}
    return scalar.get(only, "json")


def validate_row(row: Mapping[str, Any], model: type[T], position: Position) -> T:
    """``model`` built from ``row``, or a :class:`RecordFormatError` naming ``position``."""
    try:
        return model.model_validate(row)
    except ValidationError as err:
        raise RecordFormatError(f"{position}: {explain(err, model)}") from err


def check_unique(rows: Iterable[tuple[Position, T]], field: str | None) -> Iterator[T]:
    """The records of ``rows``; a :class:`RecordFormatError` naming both positions when two
    share a value of ``field`` (any attribute, e.g. ``id``). ``None`` checks nothing."""
    seen: dict[Any, Position] = {}
    for position, record in rows:
        if field is not None:
            value = getattr(record, field)
            first = seen.setdefault(value, position)
            if first is not position:
                raise RecordFormatError(
                    f"{position}: {field}: duplicate {value!r} (first at {first.local})"
                )
        yield record


def parse_json_cell(text: str, position: Position, field: str) -> Any:
    """The value of a cell holding JSON text (``messages``, ``metadata`` in CSV/Parquet)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise RecordFormatError(f"{position}: {field}: expected JSON text ({err})") from err
