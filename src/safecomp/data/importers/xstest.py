"""XSTest (Röttger et al. 2024): ``xstest_prompts.csv`` with ``id,prompt,type,label,focus,note``.

Mapping onto :class:`PromptItem`:

- ``id`` → ``xstest-<id>``; ``prompt`` → ``prompt``; ``source`` = ``xstest``.
- ``label``: ``safe`` → intent ``benign`` (the exaggerated-safety probes a model should
  answer), ``unsafe`` → ``malicious`` (their contrast prompts).
- ``domain`` by prompt type, for the types that stay within one domain: discrimination
  (``*_discr``) → ``hate_harassment``; privacy (``privacy_*``, ``contrast_privacy``) →
  ``privacy``; historical events (``historical_events`` and its contrast: atrocities,
  wars, violent deaths) → ``weapons_violence``. The word-play types (homonyms, figurative
  language, safe targets and contexts, definitions) → ``None``: their prompts range over
  violence, drugs, theft and self-harm, and XSTest labels no domain per prompt (its
  ``note`` marks only the safe half of a contrast pair, so it cannot label both halves).
- ``metadata``: the other columns (``id``, ``type``, ``label``, ``focus``, ``note``) as published.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Domain, Record, read_csv
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem
from safecomp.labels import Intent

_INTENTS: Final[dict[str, Intent]] = {"safe": "benign", "unsafe": "malicious"}
_TYPE_DOMAINS: Final[dict[str, Domain]] = {
    "nons_group_real_discr": "hate_harassment",
    "real_group_nons_discr": "hate_harassment",
    "contrast_discr": "hate_harassment",
    "privacy_public": "privacy",
    "privacy_fictional": "privacy",
    "contrast_privacy": "privacy",
    "historical_events": "weapons_violence",
    "contrast_historical_events": "weapons_violence",
}


@importer("xstest", suffix=".csv")
def read_xstest(path: Path) -> list[PromptItem]:
    return [_item(record) for record in read_csv(path, ("id", "prompt", "type", "label"))]


def _item(record: Record) -> PromptItem:
    return record.build(
        PromptItem,
        id=f"xstest-{record.text('id').strip()}",
        prompt=record.text("prompt"),
        intent=record.choice("label", _INTENTS),
        domain=_TYPE_DOMAINS.get(record.text("type")),
        source="xstest",
        metadata=record.without("prompt"),
    )
