"""Gold labels for judge calibration: human-labelled (prompt, response) pairs.

:func:`load_gold` reads one of :data:`GOLD_FORMATS` into :class:`GoldItem` records: a prompt
(a :class:`PromptItem`), the ``response`` that was labelled, typed labels a judge's output
can be compared with (:data:`LABELS`; ``None`` where the source does not say), and ``raw``,
the labels exactly as the source gave them.

- ``rbr`` (OpenAI's RBR gold set, see :mod:`safecomp.data.importers.rbr`): ``messages`` =
  the ``prompt`` chat (it ends with the last user turn); ``response`` = the ``completion``'s
  assistant message, the graded sample (empty in a few records; kept, as the labels still
  describe an empty answer). Labels:

  * ``ideal_mode`` from ``response_type`` (``Comply`` → ``direct_answer``, ``Hard Refuse``
    → ``hard_refusal``, ``Safe Refuse 1``/``2`` → ``refusal_with_redirection``): the mode the
    policy asks for, *not* the completion's mode, which nobody labelled (``mode`` is ``None``);
  * ``harmful_prompt``: the category says refuse (``*-R*``);
  * ``violation``: the human proposition ``disallowed_content``;
  * ``refusal``, derived from the human propositions: ``False`` when the completion fully
    complies, or partially complies without stating an inability to comply; ``True`` when
    it gives none of the content and asks nothing back (upstream's ``no_compliance``);
    ``None`` for the in-between (partial help after a stated refusal, or only a question).

  ``raw``: ``category``, ``response_type``, ``propositions``.
- ``pyrit-refusal`` (see :mod:`safecomp.data.importers.pyrit_refusal`): ``prompt`` =
  ``objective``, ``response`` = ``assistant_response``, ``refusal`` = ``human_score`` (1: the
  response refuses or ignores the objective, 0: it pursues it). ``raw``: ``human_score``,
  ``data_type`` and the preamble's ``dataset_version``.
- ``pyrit-objective`` (PyRIT's objective-achieved scorer evaluation CSVs, one per harm
  category, same layout as ``pyrit-refusal`` plus ``harm_category``): ``prompt`` =
  ``objective`` (always a harmful request), ``response`` = ``assistant_response``,
  ``harmful_prompt`` = ``True``, ``score`` = ``human_score`` (1: the response achieves the
  harmful objective, 0: it does not). What that honestly says about our labels: achieved
  (1) means the response carries the disallowed content and does not refuse, so
  ``violation`` = ``True`` and ``refusal`` = ``False``; not achieved (0) means it gave no
  disallowed content (``violation`` = ``False``), whether by refusing, deflecting or
  answering safely, so ``refusal`` stays ``None``. Severity is not labelled. ``raw``:
  ``human_score``, ``data_type``, ``harm_category`` and the preamble's ``dataset_version``.
- ``jsonl``: any JSON Lines file with ``prompt`` (a string) or ``messages`` (a chat ending
  in a user turn), ``response``, an optional ``id`` and at least one label named like a
  :data:`LABELS` field (``refusal``, ``mode``, ``violation``...). ``columns`` maps those
  names to the file's own keys, e.g. ``{"prompt": "question", "refusal": "label"}``. Every
  key but the id, prompt and response goes to ``raw``.

>>> items = load_gold("rbr", Path("rbr_gold/test.jsonl"))  # doctest: +SKIP
>>> label_distribution(items)["ideal_mode"]  # doctest: +SKIP
{'direct_answer': 72, 'hard_refusal': 44, 'refusal_with_redirection': 51}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any, Final

from pydantic import Field

from safecomp.data.importers import pyrit_refusal, rbr
from safecomp.data.importers.base import Record, read_csv, read_jsonl
from safecomp.data.importers.registry import FormatRegistry
from safecomp.data.schema import PromptItem
from safecomp.errors import InputError
from safecomp.labels import ResponseMode, Severity


class GoldItem(PromptItem):
    """A prompt, the response a human labelled, and the labels (``None``: the source does
    not say)."""

    response: str
    #: The response refuses the request.
    refusal: bool | None = None
    #: The response's mode.
    mode: ResponseMode | None = None
    #: The mode the policy asks for on this prompt, whatever the response did.
    ideal_mode: ResponseMode | None = None
    #: The prompt asks for something the policy disallows.
    harmful_prompt: bool | None = None
    #: The response contains disallowed content.
    violation: bool | None = None
    #: How severe the harm the response could enable.
    severity: Severity | None = None
    #: How well the response answers the request itself (1-4, the policy's rubric).
    helpfulness_direct: int | None = Field(default=None, ge=1, le=4)
    #: How much it helps otherwise: safe alternatives, context, resources (1-4).
    helpfulness_indirect: int | None = Field(default=None, ge=1, le=4)
    #: A numeric label on the source's own scale.
    score: float | None = None
    #: The labels exactly as the source gave them.
    raw: dict[str, Any] = Field(default_factory=dict)

    def to_prompt_item(self) -> PromptItem:
        """The prompt alone, e.g. to build a :class:`~safecomp.data.schema.Sample` for a judge."""
        return PromptItem.model_validate(self.model_dump(include=set(PromptItem.model_fields)))


#: The typed label fields of :class:`GoldItem`.
LABELS: Final[tuple[str, ...]] = (
    "refusal",
    "mode",
    "ideal_mode",
    "harmful_prompt",
    "violation",
    "severity",
    "helpfulness_direct",
    "helpfulness_indirect",
    "score",
)


def label_distribution(items: Iterable[GoldItem]) -> dict[str, dict[str, int]]:
    """Counts of each typed label's values (``"None"`` when unlabelled), per label."""
    counts: dict[str, Counter[str]] = {name: Counter() for name in LABELS}
    for item in items:
        for name in LABELS:
            counts[name][str(getattr(item, name))] += 1
    return {name: dict(sorted(c.items())) for name, c in counts.items()}


GOLD: FormatRegistry[GoldItem] = FormatRegistry("gold")


@GOLD.register("rbr", suffix=".jsonl")
def read_rbr_gold(path: Path) -> list[GoldItem]:
    return [_rbr_item(record) for record in read_jsonl(path)]


def _rbr_item(record: Record) -> GoldItem:
    domain, refuse = rbr.category(record)
    said = _propositions(record)
    return record.build(
        GoldItem,
        id=rbr.record_id(record),
        messages=record.value("prompt"),
        response=_completion(record),
        intent=rbr.intent(record),
        domain=domain,
        source="rbr",
        refusal=_rbr_refusal(said),
        ideal_mode=record.choice("response_type", rbr.IDEAL_MODES),
        harmful_prompt=refuse,
        violation=said["disallowed_content"],
        raw={k: record.fields[k] for k in ("category", "response_type", "propositions")},
    )


_USED_PROPOSITIONS: Final = (
    "fully_complies",
    "partially_complies",
    "inability_to_comply",
    "requests_information",
    "disallowed_content",
)


def _propositions(record: Record) -> dict[str, bool]:
    said = record.value("propositions")
    if not isinstance(said, dict):
        raise record.error(f"field 'propositions' is {said!r:.80}; expected an object")
    for name in _USED_PROPOSITIONS:
        if not isinstance(said.get(name), bool):
            raise record.error(
                f"proposition {name!r} is {said.get(name)!r}; expected true or false"
            )
    return said


def _rbr_refusal(said: dict[str, bool]) -> bool | None:
    """Refusal from the human propositions: none of the content and no question back."""
    if said["fully_complies"] or (said["partially_complies"] and not said["inability_to_comply"]):
        return False
    if said["partially_complies"] or said["requests_information"]:
        return None
    return True


def _completion(record: Record) -> str:
    completion = record.value("completion")
    last = completion[-1] if isinstance(completion, list) and completion else None
    if (
        not isinstance(last, dict)
        or last.get("role") != "assistant"
        or not isinstance(last.get("content"), str)
    ):
        raise record.error(
            f"field 'completion' is {completion!r:.80}; expected a list ending in "
            "{'role': 'assistant', 'content': <text>}"
        )
    content: str = last["content"]
    return content


_HUMAN_SCORES: Final = {"0": False, "1": True}


@GOLD.register("pyrit-refusal", suffix=".csv")
def read_pyrit_refusal_gold(path: Path) -> list[GoldItem]:
    settings, records = pyrit_refusal.read_records(path)
    return [
        record.build(
            GoldItem,
            id=pyrit_refusal.record_id(record),
            prompt=record.text("objective"),
            response=record.text("assistant_response", required=False),
            source="pyrit-refusal",
            refusal=record.choice("human_score", _HUMAN_SCORES),
            raw={**settings, **record.without("objective", "assistant_response")},
        )
        for record in records
    ]


@GOLD.register("pyrit-objective", suffix=".csv")
def read_pyrit_objective_gold(path: Path) -> list[GoldItem]:
    settings = pyrit_refusal.preamble(path)
    records = read_csv(path, (*pyrit_refusal.COLUMNS, "harm_category"), comments=True)
    return [_objective_item(record, settings) for record in records]


def _objective_item(record: Record, settings: dict[str, str]) -> GoldItem:
    achieved = record.choice("human_score", _HUMAN_SCORES)
    return record.build(
        GoldItem,
        id=f"pyrit-objective-{record.path.stem}-{record.index}",
        prompt=record.text("objective"),
        response=record.text("assistant_response", required=False),
        source="pyrit-objective",
        harmful_prompt=True,
        violation=achieved,
        refusal=False if achieved else None,
        score=float(achieved),
        raw={**settings, **record.without("objective", "assistant_response")},
    )


_JSONL_FIELDS: Final = ("id", "prompt", "messages", "response", *LABELS)


def read_jsonl_gold(path: Path, columns: Mapping[str, str] | None = None) -> list[GoldItem]:
    """Read gold items from JSON Lines; ``columns`` maps our field names to the file's keys."""
    unknown = sorted(set(columns or {}) - set(_JSONL_FIELDS))
    if unknown:
        raise InputError(
            f"columns names unknown field(s) {', '.join(unknown)}; expected some of "
            f"{', '.join(_JSONL_FIELDS)}"
        )
    keys = {name: (columns or {}).get(name, name) for name in _JSONL_FIELDS}
    return [_jsonl_item(record, keys) for record in read_jsonl(path)]


def _jsonl_item(record: Record, keys: dict[str, str]) -> GoldItem:
    labels = {n: record.fields[keys[n]] for n in LABELS if record.fields.get(keys[n]) is not None}
    if not labels:
        mapping = ", ".join(f"{n!r}: {keys[n]!r}" for n in LABELS)
        raise record.error(
            f"no gold label; expected a field for at least one of {mapping} "
            "(map your label field with columns, e.g. {'refusal': 'label'})"
        )
    identifier = record.fields.get(keys["id"], f"{record.path.stem}-{record.index}")
    consumed = {keys[n] for n in ("id", "prompt", "messages", "response")}
    return record.build(
        GoldItem,
        id=str(identifier),
        prompt=record.fields.get(keys["prompt"]),
        messages=record.fields.get(keys["messages"]),
        response=record.value(keys["response"]),
        source=record.path.stem,
        raw=record.without(*consumed),
        **labels,
    )


GOLD.register("jsonl", suffix=".jsonl")(read_jsonl_gold)

#: The names :func:`load_gold` accepts.
GOLD_FORMATS: tuple[str, ...] = GOLD.names()


def load_gold(fmt: str, path: Path, columns: Mapping[str, str] | None = None) -> list[GoldItem]:
    """Read human-labelled responses in format ``fmt`` (one of :data:`GOLD_FORMATS`).

    ``path`` may be a directory (e.g. RBR's train and test splits together). ``columns``
    applies to the ``jsonl`` format only (the others have a fixed, published layout).
    """
    reader: Callable[[Path], list[GoldItem]] | None = None
    if columns is not None:
        if fmt != "jsonl":
            raise InputError(f"columns apply to the 'jsonl' gold format only, not {fmt!r}")
        reader = partial(read_jsonl_gold, columns=columns)
    return GOLD.read(fmt, path, reader)
