"""OpenAI's RBR gold set (Mu et al. 2024, "Rule Based Rewards for Language Model Safety").

``{train,test}.jsonl``, one object a line: ``prompt`` (the chat up to the last user turn, a
list of ``{"role", "content"}``), ``completion`` (one assistant message: a sample answer),
``category``, ``response_type`` and ``propositions`` (human true/false labels of the
completion: ``disallowed_content``, ``apology``, ``fully_complies``...).

``category`` is ``None`` or ``<area>-<verdict>``: areas ``C`` (erotic content), ``K``
(criminal advice), ``H`` (hate), ``SH`` (self-harm); verdict ``C`` (the policy says comply)
or ``R``/``R1``/``R2`` (refuse). ``response_type`` is the *ideal* behaviour for the prompt
(``Comply``, ``Hard Refuse``, ``Safe Refuse 1``, ``Safe Refuse 2``), not a label of the
completion, which may well fail to follow it.

Mapping onto :class:`PromptItem`:

- id ``rbr-<file stem>-<n>``, ``n`` the 1-based record; ``prompt`` → ``messages``;
  ``source`` = ``rbr``.
- ``intent``: category ``None`` → ``benign``; ``*-C`` → ``dual_use`` (a sensitive area, but
  the request is allowed); ``*-R*`` → ``malicious`` (the request seeks disallowed content).
- ``domain``: ``C`` → ``sexual``, ``K`` → ``illicit``, ``H`` → ``hate_harassment``,
  ``SH`` → ``self_harm``; ``None`` → ``None``.
- ``metadata``: ``category``, ``response_type``, ``completion`` and ``propositions`` as published.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from safecomp.data.importers.base import Domain, Record, read_jsonl
from safecomp.data.importers.registry import importer
from safecomp.data.schema import PromptItem
from safecomp.labels import Intent, ResponseMode

_AREAS: Final[dict[str, Domain]] = {
    "C": "sexual",
    "K": "illicit",
    "H": "hate_harassment",
    "SH": "self_harm",
}
_VERDICTS: Final = ("C", "R", "R1", "R2")
#: ``response_type`` → the response mode the policy asks for.
IDEAL_MODES: Final[dict[str, ResponseMode]] = {
    "Comply": "direct_answer",
    "Hard Refuse": "hard_refusal",
    "Safe Refuse 1": "refusal_with_redirection",
    "Safe Refuse 2": "refusal_with_redirection",
}


def category(record: Record) -> tuple[Domain | None, bool]:
    """The domain of the record's ``category`` and whether the policy says to refuse it."""
    value = record.text("category")
    if value == "None":
        return None, False
    area, _, verdict = value.partition("-")
    if area not in _AREAS or verdict not in _VERDICTS:
        raise record.error(
            f"field 'category' is {value!r}; expected 'None' or <area>-<verdict> with area in "
            f"{', '.join(_AREAS)} and verdict in {', '.join(_VERDICTS)}"
        )
    return _AREAS[area], verdict != "C"


def intent(record: Record) -> Intent:
    domain, refuse = category(record)
    if refuse:
        return "malicious"
    return "benign" if domain is None else "dual_use"


@importer("rbr", suffix=".jsonl")
def read_rbr(path: Path) -> list[PromptItem]:
    return [_item(record) for record in read_jsonl(path)]


def _item(record: Record) -> PromptItem:
    return record.build(
        PromptItem,
        id=record_id(record),
        messages=record.value("prompt"),
        intent=intent(record),
        domain=category(record)[0],
        source="rbr",
        metadata=record.without("prompt"),
    )


def record_id(record: Record) -> str:
    return f"rbr-{record.path.stem}-{record.index}"
