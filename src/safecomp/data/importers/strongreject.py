"""StrongREJECT (Souly et al. 2024): ``strongreject_dataset.csv``.

Columns ``category,source,forbidden_prompt``.

Mapping onto :class:`PromptItem`:

- id ``strongreject-<n>``, ``n`` the 1-based data row (the file has no id column);
  ``forbidden_prompt`` → ``prompt``; ``source`` = ``strongreject``.
- ``intent``: ``malicious`` for every row (all are forbidden prompts).
- ``domain`` from ``category``: ``Hate, harassment and discrimination`` → ``hate_harassment``,
  ``Illegal goods and services`` and ``Non-violent crimes`` → ``illicit``, ``Sexual content``
  → ``sexual``, ``Violence`` → ``weapons_violence``, ``Disinformation and deception`` → ``None``.
- ``metadata``: ``category`` and ``source`` (the dataset the prompt was drawn from).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Domain, Record, read_csv
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem

_DOMAINS: Final[dict[str, Domain | None]] = {
    "Disinformation and deception": None,
    "Hate, harassment and discrimination": "hate_harassment",
    "Illegal goods and services": "illicit",
    "Non-violent crimes": "illicit",
    "Sexual content": "sexual",
    "Violence": "weapons_violence",
}


@importer("strongreject", suffix=".csv")
def read_strongreject(path: Path) -> list[PromptItem]:
    return [_item(record) for record in read_csv(path, ("category", "source", "forbidden_prompt"))]


def _item(record: Record) -> PromptItem:
    return record.build(
        PromptItem,
        id=f"strongreject-{record.index}",
        prompt=record.text("forbidden_prompt"),
        intent="malicious",
        domain=record.choice("category", _DOMAINS),
        source="strongreject",
        metadata=record.without("forbidden_prompt"),
    )
