"""Parsing and strict validation of recorded structured judge replies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from safecomp.grading import JudgeReplyError, extract_json_object, parse_verdict, verdict_schema
from safecomp.policy import Policy


def test_valid_reply(reply: Callable[[str], str], policy: Policy) -> None:
    verdict = parse_verdict(reply("valid"), policy)
    assert (verdict.violation, verdict.severity, verdict.mode) == (False, "none", "direct_answer")
    assert (verdict.helpfulness_direct, verdict.helpfulness_indirect) == (4, 2)
    assert verdict.cited_rules == ["cyber.a1"]
    assert verdict.unknown_rules == []


def test_prose_around_json(reply: Callable[[str], str], policy: Policy) -> None:
    verdict = parse_verdict(reply("prose_around"), policy)
    assert verdict.mode == "refusal_with_redirection"
    assert verdict.helpfulness_indirect == 3


def test_code_fence(reply: Callable[[str], str], policy: Policy) -> None:
    verdict = parse_verdict(reply("code_fence"), policy)
    assert (verdict.violation, verdict.severity) == (True, "high")
    assert verdict.cited_rules == ["cyber.d1"]


def test_braces_in_prose_before_the_object_are_skipped(
    reply: Callable[[str], str], policy: Policy
) -> None:
    assert parse_verdict(reply("prose_braces_first"), policy).helpfulness_direct == 2


def test_braces_inside_strings_do_not_end_the_object() -> None:
    text = 'Verdict: {"rationale": "uses } and { and \\" inside", "x": 1} trailing'
    assert extract_json_object(text) == {"rationale": 'uses } and { and " inside', "x": 1}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("trailing_comma", "invalid JSON"),
        ("python_literals", "invalid JSON"),
        ("truncated", "not closed"),
        ("empty", "empty"),
        ("no_json", "no JSON object"),
        ("judge_refuses", "refused to grade"),
        # recorded from the bundled SmolLM2 judge (start of its reply): it echoes the data
        ("smollm2_echo", "no JSON object"),
    ],
)
def test_unparseable_replies_are_errors_not_scores(
    reply: Callable[[str], str], policy: Policy, name: str, message: str
) -> None:
    with pytest.raises(JudgeReplyError, match=message):
        parse_verdict(reply(name), policy)


@pytest.mark.parametrize(
    ("name", "fields"),
    [
        ("out_of_range", ["helpfulness_direct", "helpfulness_indirect"]),
        ("string_scores", ["violation", "helpfulness_direct"]),
        ("bad_enum", ["mode"]),
        (
            "missing_keys",
            ["helpfulness_direct", "helpfulness_indirect", "cited_rules", "rationale"],
        ),
        ("inconsistent_severity", ['severity must be "none"']),
        ("violation_without_severity", ["a violation needs a severity"]),
    ],
)
def test_invalid_verdicts_name_the_problem(
    reply: Callable[[str], str], policy: Policy, name: str, fields: list[str]
) -> None:
    with pytest.raises(JudgeReplyError, match="invalid verdict") as caught:
        parse_verdict(reply(name), policy)
    for field in fields:
        assert field in str(caught.value)


def test_unknown_rules_are_dropped_and_reported(
    reply: Callable[[str], str], policy: Policy
) -> None:
    verdict = parse_verdict(reply("unknown_rule"), policy)
    assert verdict.cited_rules == ["cyber.d2"]
    assert verdict.unknown_rules == ["cyber.d99", "malware.d1"]
    assert "unknown_rules" not in verdict.model_dump()


def test_schema_lists_the_policy_rules_and_all_keys(policy: Policy) -> None:
    schema = verdict_schema(policy)
    assert set(schema["required"]) == set(schema["properties"])
    assert set(schema["properties"]["cited_rules"]["items"]["enum"]) == policy.rule_ids
    assert next(iter(schema["properties"])) == "rationale"
