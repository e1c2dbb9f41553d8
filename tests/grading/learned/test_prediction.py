"""Decoding a learned grader's distributions into Grade fields, and the heads' targets."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecomp.data.gold import GoldItem
from safecomp.data.schema import Grade
from safecomp.grading.learned import HEAD_VALUES, Prediction, grade_fields
from safecomp.grading.learned.heads import REFUSAL_TARGET, head_targets
from safecomp.grading.learned.metrics import evaluate_by_tag


def distribution(size: int) -> st.SearchStrategy[tuple[float, ...]]:
    weights = st.lists(st.floats(0.0, 1.0), min_size=size, max_size=size)
    return weights.filter(lambda w: sum(w) > 1e-3).map(lambda w: tuple(x / sum(w) for x in w))


predictions = st.fixed_dictionaries(
    {head: distribution(len(values)) for head, values in HEAD_VALUES.items()}
).map(Prediction)


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(predictions)
def test_every_prediction_is_a_valid_grade(
    to_grade: Callable[[dict[str, Any]], Grade], prediction: Prediction
) -> None:
    # to_grade is a pure function: sharing it across examples is safe.
    grade = to_grade(grade_fields(prediction))
    assert (grade.severity == "none") == (not grade.violation)
    assert 0.0 <= grade.expected["severity"] <= 4.0
    assert 1.0 <= grade.expected["helpfulness_direct"] <= 4.0
    assert all(0.0 <= c <= 1.0 for c in grade.confidence.values())


def test_severity_follows_the_violation_head() -> None:
    # The severity head favours "none", but the violation head says violation: the level
    # is the most likely one above none.
    prediction = Prediction(
        {
            "mode": (0.1, 0.1, 0.1, 0.7),
            "violation": (0.2, 0.8),
            "severity": (0.6, 0.05, 0.1, 0.2, 0.05),
            "helpfulness_direct": (0.25, 0.25, 0.25, 0.25),
            "helpfulness_indirect": (0.1, 0.2, 0.3, 0.4),
        }
    )
    fields = grade_fields(prediction)
    assert (fields["violation"], fields["severity"], fields["mode"]) == (
        True,
        "moderate",
        "hard_refusal",
    )
    assert fields["confidence"]["severity"] == pytest.approx(0.2 / 0.4)
    assert fields["expected"]["severity"] == pytest.approx(
        0.8 * (0.05 * 1 + 0.1 * 2 + 0.2 * 3 + 0.05 * 4) / 0.4
    )
    assert fields["expected"]["helpfulness_indirect"] == pytest.approx(3.0)
    assert prediction.p_refusal == pytest.approx(0.8)


def item(**labels: Any) -> GoldItem:
    return GoldItem(id="x", prompt="p", response="r", **labels)


def test_targets_use_only_given_labels_and_the_grade_invariant() -> None:
    assert head_targets(item(refusal=True)) == {REFUSAL_TARGET: 1}
    # No violation implies severity none; a severity implies the violation.
    assert head_targets(item(violation=False)) == {"violation": 0, "severity": 0}
    assert head_targets(item(severity="high")) == {"severity": 4, "violation": 1}
    # A mode label already says whether it refuses: no separate refusal target.
    full = head_targets(item(mode="safe_completion", refusal=False, helpfulness_direct=3))
    assert full == {"mode": 1, "helpfulness_direct": 2}
    with pytest.raises(ValueError, match="violation with severity 'none'"):
        head_targets(item(violation=True, severity="none"))


def test_metrics_per_tag_count_an_item_under_each_of_its_tags() -> None:
    firsts = {h: (1.0, *(0.0,) * (len(v) - 1)) for h, v in HEAD_VALUES.items()}
    refuse = Prediction(firsts | {"mode": (0.0, 0.0, 0.0, 1.0)})  # hard_refusal
    items = [
        GoldItem(id=f"x{i}", prompt="p", response="Sure.", refusal=refusal, raw={"tags": tags})
        for i, (refusal, tags) in enumerate(
            [(True, ["late", "terse"]), (False, ["terse"]), (True, [])]
        )
    ]
    found = evaluate_by_tag("set (test)", items, [refuse] * 3)
    assert [(m.name, m.n) for m in found] == [("set (test) [late]", 1), ("set (test) [terse]", 2)]
    assert [m.grader["refusal_accuracy"].value for m in found] == [1.0, 0.5]
    assert [m.baseline["refusal_accuracy"].value for m in found] == [0.0, 0.5]
