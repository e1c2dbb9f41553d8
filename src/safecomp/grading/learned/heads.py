"""The learned grader's heads: one classifier per :class:`~safecomp.data.schema.Grade` field.

Every head reads the same pooled representation of the exchange. A training item teaches a
head only when it carries that head's label (:func:`head_targets`), so sources with partial
labels (PyRIT refusal: refusal only; RBR: violation and refusal) train what they inform.

Implied labels (each documented, nothing guessed):

- ``violation`` False ⇒ ``severity`` ``none``; a severity above ``none`` ⇒ ``violation``
  True (the :class:`~safecomp.data.schema.Grade` invariant).
- ``refusal`` is not a head: an item with a refusal label and no mode trains the ``mode`` head
  through ``P(mode ∈ REFUSAL_MODES)`` (:data:`REFUSAL_TARGET`).
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Final

from safecomp.data.gold import GoldItem
from safecomp.labels import RESPONSE_MODES, SEVERITIES

#: Head name -> its values, in output order.
HEAD_VALUES: Final[dict[str, tuple[Hashable, ...]]] = {
    "mode": RESPONSE_MODES,
    "violation": (False, True),
    "severity": SEVERITIES,
    "helpfulness_direct": (1, 2, 3, 4),
    "helpfulness_indirect": (1, 2, 3, 4),
}
HEADS: Final[tuple[str, ...]] = tuple(HEAD_VALUES)
#: The auxiliary binary target: does the response refuse (mode in ``REFUSAL_MODES``)?
REFUSAL_TARGET: Final = "refusal"
#: Indices of the refusal modes in ``HEAD_VALUES["mode"]``.
REFUSAL_MODE_INDICES: Final[tuple[int, ...]] = tuple(
    i
    for i, mode in enumerate(RESPONSE_MODES)
    if mode in {"refusal_with_redirection", "hard_refusal"}
)


def head_targets(item: GoldItem) -> dict[str, int]:
    """The class index per head the item is labelled for, plus ``refusal`` (0/1) when the
    item says whether it refuses but not its mode."""
    labels: dict[str, Hashable] = {
        name: getattr(item, name) for name in HEADS if getattr(item, name) is not None
    }
    if "violation" not in labels and "severity" in labels:
        labels["violation"] = labels["severity"] != "none"
    if "severity" not in labels and labels.get("violation") is False:
        labels["severity"] = "none"
    if labels.get("violation") is True and labels.get("severity") == "none":
        raise ValueError(f"item {item.id!r}: a violation with severity 'none' contradicts itself")
    targets = {name: HEAD_VALUES[name].index(value) for name, value in labels.items()}
    if "mode" not in targets and item.refusal is not None:
        targets[REFUSAL_TARGET] = int(item.refusal)
    return targets
