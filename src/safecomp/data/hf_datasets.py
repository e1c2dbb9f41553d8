"""Records from local Hugging Face ``datasets`` data, with a column mapping.

A source is a directory written by ``Dataset.save_to_disk`` / ``DatasetDict.save_to_disk``,
or a local data file (``.jsonl``, ``.json``, ``.csv``, ``.parquet``) read with
``datasets.load_dataset``. Nothing is fetched from a hub.

``columns`` maps a record field to the dataset column holding it (``{"prompt":
"question"}``); a column named like a field needs no mapping. ``defaults`` gives values for
fields the data lacks (``{"intent": "malicious"}``). Columns that match no field go into the
record's ``metadata`` when it has one. When the data has no ``id``, records get
``<source name>-<index>``.

>>> items = read_hf_prompts(Path("my_dataset"), columns={"prompt": "question"})  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from safecomp.data.records import (
    Position,
    RecordFormatError,
    check_unique,
    column_kinds,
    parse_json_cell,
    validate_row,
)
from safecomp.data.schema import PromptItem

T = TypeVar("T", bound=BaseModel)

_BUILDERS = {".jsonl": "json", ".json": "json", ".csv": "csv", ".parquet": "parquet"}


def iter_hf_records(
    source: Path,
    model: type[T],
    *,
    columns: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    split: str | None = None,
    unique: str | None = None,
) -> Iterator[T]:
    """Stream ``model`` records from a local Hugging Face dataset (see the module doc)."""
    dataset = open_hf_dataset(source, split)
    fields = _column_fields(source, dataset.column_names, model, dict(columns or {}))
    extras = [column for column in dataset.column_names if column not in fields]
    if extras and "metadata" not in model.model_fields:
        raise RecordFormatError(
            f"{source}: columns {', '.join(extras)} match no field of {model.__name__}"
            f" ({', '.join(model.model_fields)}); map them with a column mapping"
        )
    base = dict(defaults or {})
    make_id = "id" in model.model_fields and "id" not in fields.values() and "id" not in base
    name = source.name if source.is_dir() else source.stem
    kinds = column_kinds(model)
    decoders = {
        column: feature.int2str
        for column, feature in dataset.features.items()
        if hasattr(feature, "int2str")
    }

    def rows() -> Iterator[tuple[Position, T]]:
        for index, cells in enumerate(dataset):
            position = Position(source, "index", index)
            row = dict(base)
            for column, field in fields.items():
                value = cells[column]
                if value is None:
                    continue
                if column in decoders:
                    value = decoders[column](value)
                row[field] = _coerce(value, kinds[field], position, field)
            if extras and isinstance(row.setdefault("metadata", {}), dict):
                row["metadata"] = {**row["metadata"], **{c: cells[c] for c in extras}}
            if make_id:
                row["id"] = f"{name}-{index}"
            try:
                record = validate_row(row, model, position)
            except RecordFormatError as err:
                if not extras:
                    raise
                raise RecordFormatError(
                    f"{err} (unmapped columns {', '.join(extras)} went to metadata;"
                    " map the one you meant to its field)"
                ) from err
            yield position, record

    return check_unique(rows(), unique)


def read_hf_prompts(
    source: Path,
    *,
    columns: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    split: str | None = None,
) -> list[PromptItem]:
    """All prompts of a local Hugging Face dataset; ids must be unique."""
    return list(
        iter_hf_records(
            source, PromptItem, columns=columns, defaults=defaults, split=split, unique="id"
        )
    )


def open_hf_dataset(source: Path, split: str | None = None) -> Any:
    """The ``datasets.Dataset`` at ``source`` (one split of it when it holds several)."""
    import datasets  # heavy: imported only when a dataset is actually read

    if source.is_dir():
        loaded = datasets.load_from_disk(str(source))
        if isinstance(loaded, datasets.DatasetDict):
            return _one_split(source, loaded, split)
        if split is not None:
            raise RecordFormatError(f"{source}: a single dataset without splits; drop the split")
        return loaded
    if not source.is_file():
        raise FileNotFoundError(f"{source}: no such file or directory")
    builder = _BUILDERS.get(source.suffix.lower())
    if builder is None:
        raise RecordFormatError(
            f"{source}: unsupported file type {source.suffix or '(none)'!r} (expected a"
            f" save_to_disk directory or {', '.join(_BUILDERS)})"
        )
    return datasets.load_dataset(builder, data_files=str(source), split=split or "train")


def _one_split(source: Path, splits: Mapping[str, Any], split: str | None) -> Any:
    if split is None and len(splits) == 1:
        return next(iter(splits.values()))
    if split is None or split not in splits:
        raise RecordFormatError(
            f"{source}: choose a split: {', '.join(splits)}"
            + (f" (no split {split!r})" if split is not None else "")
        )
    return splits[split]


def _column_fields(
    source: Path, names: list[str], model: type[BaseModel], columns: dict[str, str]
) -> dict[str, str]:
    """Dataset column -> record field, from the mapping plus same-named columns."""
    unknown = [field for field in columns if field not in model.model_fields]
    if unknown:
        raise RecordFormatError(
            f"{source}: no field {', '.join(map(repr, unknown))} in {model.__name__}"
            f" (fields: {', '.join(model.model_fields)})"
        )
    absent = {field: column for field, column in columns.items() if column not in names}
    if absent:
        wanted = ", ".join(f"{column!r} (for {field})" for field, column in absent.items())
        raise RecordFormatError(f"{source}: no column {wanted}; columns: {', '.join(names)}")
    fields = {column: field for field, column in columns.items()}
    for name in names:
        if name in model.model_fields and name not in columns and name not in fields:
            fields[name] = name
    return fields


def _coerce(value: Any, kind: str, position: Position, field: str) -> Any:
    """Dataset values as the field wants them: JSON text parsed, numeric ids as text."""
    if kind == "json" and isinstance(value, str):
        return parse_json_cell(value, position, field)
    if kind == "str" and isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return value
