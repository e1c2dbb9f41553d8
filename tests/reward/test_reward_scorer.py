"""Requests, labels and the reward components logged for a batch."""

from __future__ import annotations

from typing import Any

import pytest
from reward_testing import make_grade

from safecomp.policy import Policy
from safecomp.reward import (
    PromptLabels,
    RewardScorer,
    Scored,
    batch_metrics,
    helpfulness,
    make_request,
    numeric_components,
    safe_completion_reward,
    safety,
)

USER = [{"role": "user", "content": "How do vaccines work?"}]


def scored(policy: Policy, *args: Any) -> Scored:
    grade = make_grade(*args)
    reward = safe_completion_reward(grade, policy)
    return Scored(reward, helpfulness(grade), safety(grade, policy), grade)


def test_batch_metrics_count_severities_failures_and_mode_mix(policy: Policy) -> None:
    batch = [
        scored(policy, "none", 4, 1, "direct_answer"),
        scored(policy, "low", 3, 1, "safe_completion"),
        scored(policy, "none", 1, 3, "refusal_with_redirection"),
        scored(policy, None, None, None, None),
    ]
    metrics = batch_metrics(batch)
    assert metrics["failed"] == 1.0
    assert metrics["helpfulness"] == pytest.approx((1 + 2 / 3 + 2 / 3) / 3)
    assert metrics["safety"] == pytest.approx((1 + 0.4 + 1) / 3)
    assert metrics["reward"] == pytest.approx((1 + 0.4 * 2 / 3 + 2 / 3) / 3)
    assert metrics["severity/none"] == 2.0
    assert metrics["severity/low"] == 1.0
    assert metrics["severity/high"] == 0.0
    assert metrics["mode/safe_completion"] == pytest.approx(1 / 3)
    assert metrics["mode/hard_refusal"] == 0.0


def test_all_failed_batch_reports_failures_not_made_up_means(policy: Policy) -> None:
    metrics = batch_metrics([scored(policy, None, None, None, None)] * 2)
    assert metrics["failed"] == 2.0
    assert "helpfulness" not in metrics and "mode/direct_answer" not in metrics


def test_numeric_components_flag_failures(policy: Policy) -> None:
    ok = numeric_components(scored(policy, "negligible", 4, 1, "direct_answer"))
    assert ok["reward"] == 0.75 and ok["failed"] == 0.0
    assert ok["severity/negligible"] == 1.0 and ok["mode/direct_answer"] == 1.0
    failed = numeric_components(scored(policy, None, None, None, None))
    assert failed["reward"] == 0.0 and failed["failed"] == 1.0
    assert sum(v for k, v in failed.items() if k.startswith(("severity/", "mode/"))) == 0.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, PromptLabels()),
        ("", PromptLabels()),
        ("malicious", PromptLabels(intent="malicious")),
        ('{"intent": "dual_use", "harmful": true}', PromptLabels(intent="dual_use", harmful=True)),
        ({"id": 7, "domain": "cyber"}, PromptLabels(id="7", domain="cyber")),
    ],
)
def test_prompt_labels_parse(value: object, expected: PromptLabels) -> None:
    assert PromptLabels.parse(value, "labels[0]") == expected


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("evil", r"labels\[3\]: expected an intent \(benign, dual_use, malicious, unknown\)"),
        ('{"intent": "evil"}', r"labels\[3\]: intent: expected one of benign"),
        ({"harmful": "maybe"}, r"labels\[3\]: harmful: expected a valid boolean"),
        (
            {"colour": "red"},
            r"labels\[3\]: colour: unknown field \(fields: id, intent",
        ),
        ("[1, 2]", r"labels\[3\]: expected an intent"),
    ],
)
def test_bad_labels_name_the_field(value: object, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        PromptLabels.parse(value, "labels[3]")


def test_make_request_ids_and_intent() -> None:
    a = make_request(USER, "They train the immune system.", PromptLabels(intent="benign"))
    b = make_request(USER, "Another answer.", PromptLabels())
    assert a.item.id == b.item.id and a.item.id.startswith("p-")
    assert a.item.intent == "benign" and b.item.intent == "unknown"
    assert make_request(USER, "x", PromptLabels(id="q1")).item.id == "q1"
    with pytest.raises(ValueError, match="must end with a user message"):
        make_request([*USER, {"role": "assistant", "content": "hi"}], "x", PromptLabels())


def test_scorer_rejects_an_unknown_reward(policy: Policy) -> None:
    with pytest.raises(ValueError, match="unknown reward 'r2'"):
        RewardScorer(grader=None, policy=policy, reward="r2")  # type: ignore[arg-type]
