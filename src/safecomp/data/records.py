"""Turning rows of a file into validated records, with errors that say where and what.

Shared by the file readers (:mod:`safecomp.data.io`) and the Hugging Face datasets loader
(:mod:`safecomp.data.hf_datasets`): a row is a mapping of field name to value, a
:class:`Position` says where it came from, and every problem becomes a
:class:`RecordFormatError` such as
``suite.jsonl:17: intent: expected one of benign, dual_use, malicious, unknown, got 'evil'``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import NoneType, UnionType
from typing import Any, Literal, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from safecomp import jsontext

T = TypeVar("T", bound=BaseModel)

#: How a field is stored in a flat table (CSV, Parquet): ``json`` fields hold JSON text.
ColumnKind = Literal["str", "int", "float", "bool", "json"]


class RecordFormatError(ValueError):
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


def explain(err: ValidationError, model: type[BaseModel]) -> str:
    """A short, readable account of every problem in ``err``: ``field: what was expected``."""
    parts = []
    for error in err.errors(include_url=False):
        where = ".".join(str(part) for part in error["loc"])
        what = _describe(error, model if len(error["loc"]) == 1 else None)
        parts.append(f"{where}: {what}" if where else what)
    return "; ".join(parts)


def _describe(error: ErrorDetails, model: type[BaseModel] | None) -> str:
    kind = error["type"]
    got = _shorten(error.get("input"))
    ctx = error.get("ctx", {})
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"expected one of {', '.join(options)}, got {got}"
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        known = f" (fields: {', '.join(model.model_fields)})" if model is not None else ""
        return f"unknown field{known}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    message = error["msg"]
    if message.startswith("Input should be "):
        return f"expected {message.removeprefix('Input should be ')}, got {got}"
    return message


def _shorten(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


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
        return jsontext.loads(text)
    except json.JSONDecodeError as err:
        raise RecordFormatError(f"{position}: {field}: expected JSON text ({err})") from err
