"""HarmBench (Mazeika et al. 2024): ``harmbench_behaviors_text_{val,test}.csv``.

Columns ``Behavior,FunctionalCategory,SemanticCategory,Tags,ContextString,BehaviorID``.

Mapping onto :class:`PromptItem`:

- ``BehaviorID`` → ``harmbench-<BehaviorID>``; ``source`` = ``harmbench``.
- ``prompt``: the ``Behavior``; for contextual behaviours HarmBench's own framing,
  ``ContextString + "\\n\\n---\\n\\n" + Behavior`` (a contextual row without context is an error).
- ``intent``: ``malicious`` for every row (each is a behaviour a model should not carry out).
- ``domain`` from ``SemanticCategory``: ``chemical_biological`` → ``bio_chem``,
  ``cybercrime_intrusion`` → ``cyber``, ``illegal`` → ``illicit``, ``harassment_bullying`` →
  ``hate_harassment``; ``copyright``, ``misinformation_disinformation`` and the catch-all
  ``harmful`` → ``None`` (no policy domain covers them).
- ``metadata``: every published column, as published.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Domain, Record, read_csv
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem

_COLUMNS: Final = (
    "Behavior",
    "FunctionalCategory",
    "SemanticCategory",
    "ContextString",
    "BehaviorID",
)
_FUNCTIONAL: Final = {"standard": "standard", "contextual": "contextual", "copyright": "copyright"}
_DOMAINS: Final[dict[str, Domain | None]] = {
    "chemical_biological": "bio_chem",
    "cybercrime_intrusion": "cyber",
    "illegal": "illicit",
    "harassment_bullying": "hate_harassment",
    "misinformation_disinformation": None,
    "harmful": None,
    "copyright": None,
}


@importer("harmbench", suffix=".csv")
def read_harmbench(path: Path) -> list[PromptItem]:
    return [_item(record) for record in read_csv(path, _COLUMNS)]


def _item(record: Record) -> PromptItem:
    behavior = record.text("Behavior")
    functional = record.choice("FunctionalCategory", _FUNCTIONAL)
    context = record.text("ContextString", required=False)
    if functional == "contextual" and not context.strip():
        raise record.error(
            "a contextual behaviour with an empty 'ContextString'; expected its context"
        )
    return record.build(
        PromptItem,
        id=f"harmbench-{record.text('BehaviorID').strip()}",
        prompt=f"{context}\n\n---\n\n{behavior}" if context.strip() else behavior,
        intent="malicious",
        domain=record.choice("SemanticCategory", _DOMAINS),
        source="harmbench",
        metadata=dict(record.fields),
    )
