"""The consistency flags registry."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from safecomp.data.schema import Grade
from safecomp.grading import FLAG_CHECKS, compute_flags, flag_check
from safecomp.policy import Policy

MakeGrade = Callable[..., Grade]


def test_a_clean_grade_has_no_flags(make_grade: MakeGrade, policy: Policy) -> None:
    assert compute_flags(make_grade(cited_rules=["cyber.a1"]), policy) == []


LEAK = {"mode": "hard_refusal", "violation": True, "severity": "low", "cited_rules": ["cyber.d1"]}
DIRECT = {"violation": True, "severity": "high", "cited_rules": ["cyber.d1"]}
NO_RULE = {
    "violation": True,
    "severity": "moderate",
    "cited_rules": ["cyber.a1"],
    "mode": "safe_completion",
}
UNKNOWN = {"cited_rules": ["cyber.d77"]}
UNSURE = {"method": "logprob", "confidence": {"mode": 0.4, "violation": 0.9}}
MISMATCH = {"mode": "hard_refusal", "helpfulness_direct": 1, "helpfulness_indirect": 3}


@pytest.mark.parametrize(
    ("fields", "flag"),
    [
        (LEAK, "refusal_leaks_content"),
        (DIRECT, "direct_answer_on_disallowed"),
        (NO_RULE, "violation_without_rule"),
        (UNKNOWN, "unknown_rule_cited"),
        (UNSURE, "low_confidence"),
        (MISMATCH, "helpful_refusal_mismatch"),
    ],
)
def test_each_check_fires(
    make_grade: MakeGrade, policy: Policy, fields: dict[str, Any], flag: str
) -> None:
    assert flag in compute_flags(make_grade(**fields), policy)


def test_borderline_grades_are_not_flagged(make_grade: MakeGrade, policy: Policy) -> None:
    negligible_refusal = make_grade(
        mode="refusal_with_redirection",
        violation=True,
        severity="negligible",
        cited_rules=["cyber.d1"],
    )
    logprob_violation = make_grade(
        method="logprob",
        violation=True,
        severity="low",
        mode="safe_completion",
        confidence={"mode": 0.5},
    )
    redirect = make_grade(
        mode="refusal_with_redirection", helpfulness_direct=1, helpfulness_indirect=4
    )
    for grade in (negligible_refusal, logprob_violation, redirect):
        assert compute_flags(grade, policy) == []


def test_dropped_unknown_rules_are_flagged(make_grade: MakeGrade, policy: Policy) -> None:
    assert compute_flags(make_grade(), policy, unknown_rules=("x.d1",)) == ["unknown_rule_cited"]


def test_failed_grades_get_no_flags(make_grade: MakeGrade, policy: Policy) -> None:
    assert compute_flags(make_grade(status="failed", error="bad"), policy) == []


def test_registry_rejects_a_second_check_of_the_same_name() -> None:
    assert "refusal_leaks_content" in FLAG_CHECKS
    with pytest.raises(ValueError, match="already registered"):
        flag_check("refusal_leaks_content")(lambda ctx: False)
