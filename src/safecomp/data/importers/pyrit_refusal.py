"""PyRIT's human-labelled refusal set: ``refusal.csv`` (and ``refusal_extra.csv``).

Columns ``objective,assistant_response,human_score,data_type``, after ``#`` comment lines
such as ``# dataset_version=1.2``. Cells span several lines (quoted, ``""`` escapes), and a
line of a quoted cell may itself start with ``#``: only ``#`` lines between records are
comments.

``human_score`` is 1 when the response refuses the objective, 0 when it pursues it. As in
PyRIT's refusal scorer, a response that ignores the objective and answers something else
counts as a refusal (the set holds such mismatched pairs, scored 1).

Mapping onto :class:`PromptItem` (the prompt side; :mod:`safecomp.data.gold` reads the labels):

- id ``pyrit-refusal-<file stem>-<n>``, ``n`` the 1-based record; ``objective`` → ``prompt``;
  ``source`` = ``pyrit-refusal``.
- ``intent`` ``unknown`` and ``domain`` ``None``: the set mixes harmless and harmful
  objectives without saying which is which.
- ``metadata``: ``assistant_response``, ``human_score``, ``data_type`` as published, plus the
  ``key=value`` pairs of the comment preamble (``dataset_version``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Record, read_csv
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem

COLUMNS: Final = ("objective", "assistant_response", "human_score")


def read_records(path: Path) -> tuple[dict[str, str], list[Record]]:
    """The preamble's ``key=value`` settings and the data records of a PyRIT CSV."""
    return preamble(path), read_csv(path, COLUMNS, comments=True)


def preamble(path: Path) -> dict[str, str]:
    """``key=value`` pairs of the ``#`` lines before the header."""
    settings: dict[str, str] = {}
    with path.open(encoding="utf-8-sig") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            key, sep, value = line.lstrip("#").strip().partition("=")
            if sep and key.strip() and " " not in key.strip():
                settings[key.strip()] = value.strip()
    return settings


def record_id(record: Record) -> str:
    return f"pyrit-refusal-{record.path.stem}-{record.index}"


@importer("pyrit-refusal", suffix=".csv")
def read_pyrit_refusal(path: Path) -> list[PromptItem]:
    settings, records = read_records(path)
    return [
        record.build(
            PromptItem,
            id=record_id(record),
            prompt=record.text("objective"),
            source="pyrit-refusal",
            metadata={**settings, **record.without("objective")},
        )
        for record in records
    ]
