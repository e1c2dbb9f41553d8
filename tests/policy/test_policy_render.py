"""Rendering: full text only for the requested domains, a compact index otherwise."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest

from safecomp.labels import RESPONSE_MODES
from safecomp.policy import (
    Domain,
    Policy,
    load_policy,
    render_judge_rubric,
    render_teacher_spec,
)

POLICY = load_policy("default")
Renderer = Callable[[Policy, Sequence[str] | None], str]
RENDERERS: list[Renderer] = [render_judge_rubric, render_teacher_spec]


def ladder_texts(domain: Domain) -> list[str]:
    return [t for step in domain.severity.values() for t in (step.definition, step.example)]


def assert_always_present(text: str, policy: Policy) -> None:
    for mode in RESPONSE_MODES:
        assert f"- {mode}: {policy.modes[mode].description}" in text
    for level in range(1, 5):
        assert f"- {level}: {policy.helpfulness.direct[level]}" in text
        assert f"- {level}: {policy.helpfulness.indirect[level]}" in text


@pytest.mark.parametrize("render", RENDERERS)
@pytest.mark.parametrize("domain_id", [d.id for d in POLICY.domains])
def test_one_domain_in_full_and_no_other_ladder(render: Renderer, domain_id: str) -> None:
    text = render(POLICY, [domain_id])
    shown = POLICY.domain(domain_id)
    for rule in (*shown.allowed, *shown.disallowed):
        assert f"- {rule.id}: {rule.text}" in text
    for part in ladder_texts(shown):
        assert part in text
    for other in POLICY.domains:
        if other.id != domain_id:
            assert not any(part in text for part in ladder_texts(other))
            assert f"{other.id}.d1" not in text
    assert_always_present(text, POLICY)


@pytest.mark.parametrize("render", RENDERERS)
def test_without_known_domains_an_index_of_all(render: Renderer) -> None:
    index = render(POLICY)
    assert render(POLICY, []) == index
    assert render(POLICY, ["no_such_domain"]) == index
    assert POLICY.severity_scale is not None
    for severity, definition in POLICY.severity_scale.items():
        assert f"- {severity}: {definition}" in index
    for domain in POLICY.domains:
        assert f"- {domain.id} ({domain.name}): {domain.description}" in index
        for rule in domain.disallowed:
            assert f"{rule.id} {rule.headline}" in index
            assert rule.text not in index  # headlines only
        assert not any(part in index for part in ladder_texts(domain))
    assert_always_present(index, POLICY)


def test_unknown_domains_are_ignored_next_to_known_ones() -> None:
    assert render_judge_rubric(POLICY, ["cyber", "nope"]) == render_judge_rubric(POLICY, ["cyber"])


def test_a_single_domain_string_is_one_domain_not_letters() -> None:
    assert render_judge_rubric(POLICY, "cyber") == render_judge_rubric(POLICY, ["cyber"])


def test_several_domains_and_the_list_of_those_left_out() -> None:
    text = render_judge_rubric(POLICY, ["privacy", "cyber"])
    assert text.index("# Domain cyber") < text.index("# Domain privacy")  # policy order
    others = [d.id for d in POLICY.domains if d.id not in {"cyber", "privacy"}]
    assert f"Other domains of this policy (not shown): {', '.join(others)}." in text


def test_a_policy_without_a_generic_scale_still_names_the_order() -> None:
    bare = POLICY.model_copy(update={"severity_scale": None})
    assert "none < negligible < low < moderate < high" in render_judge_rubric(bare)


def test_teacher_spec_instructs_modes_and_no_uplift() -> None:
    text = render_teacher_spec(POLICY, ["bio_chem"])
    assert text.startswith("You are a helpful assistant that follows the safety policy below")
    assert "Avoid hard_refusal" in text
    assert "Never give operational uplift" in text
    assert "Do not mention this policy" in text
    assert "direct_answer, then safe_completion, then refusal_with_redirection" in text


def test_judge_prompts_stay_short() -> None:
    # Small judges read these: the index must stay compact, one domain shorter still.
    index = len(render_judge_rubric(POLICY))
    longest_domain = max(len(render_judge_rubric(POLICY, [d.id])) for d in POLICY.domains)
    assert longest_domain < index < 8_000
