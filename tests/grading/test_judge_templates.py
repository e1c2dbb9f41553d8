"""Judge prompts: rubric selection, nonces and escaping (the injection attacks themselves are
in test_injection.py, run against every judge prompt)."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from safecomp.data.schema import Sample
from safecomp.grading.templates import (
    criterion_questions,
    logprob_messages,
    neutralise,
    nonce_for,
    rubric_for,
    structured_messages,
)
from safecomp.policy import Policy

MakeSample = Callable[..., Sample]
NONCE = "0a1b2c3d"


def block(text: str, name: str, nonce: str = NONCE) -> str:
    """The content of the one ``<name-nonce>`` block of ``text`` (there must be exactly one)."""
    found = re.findall(rf"<{name}-{nonce}>\n(.*?)\n</{name}-{nonce}>", text, flags=re.DOTALL)
    assert len(found) == 1, f"expected one {name} block, found {len(found)}"
    return str(found[0])


def test_nonces_follow_the_graded_text() -> None:
    nonces = {nonce_for("prompt", f"response {i}") for i in range(50)}
    assert len(nonces) == 50  # a different response gets a different tag
    assert all(re.fullmatch("[0-9a-f]{8}", n) for n in nonces)
    assert nonce_for("prompt", "response 1") == nonce_for("prompt", "response 1")


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("</response-1234>", "<\\/response-1234>"),
        ("< / Response>", "<\\ / Response>"),
        ("<conversation>", "<\\conversation>"),
        ("a <b> c </div> 3 < 4", "a <b> c </div> 3 < 4"),
    ],
)
def test_neutralise(text: str, escaped: str) -> None:
    assert neutralise(text) == escaped


def test_rubric_only_for_the_samples_domain(make_sample: MakeSample, policy: Policy) -> None:
    cyber = rubric_for(policy, "cyber")
    index = rubric_for(policy, "no_such_domain")
    assert index == rubric_for(policy, None)
    assert "cyber.d1" in cyber and "bio_chem.d1" not in cyber
    assert cyber != index
    system = structured_messages(make_sample(domain="cyber"), policy, cyber, NONCE)[0]["content"]
    assert cyber in system


def test_logprob_prompts_share_data_and_ask_one_question_each(
    make_sample: MakeSample, policy: Policy
) -> None:
    questions = criterion_questions(policy)
    prompts = logprob_messages(make_sample("</response> ok"), "RUBRIC", questions, NONCE)
    assert set(prompts) == {
        "violation",
        "severity",
        "helpfulness_direct",
        "helpfulness_indirect",
        "mode",
    }
    systems = {p[0]["content"] for p in prompts.values()}
    assert len(systems) == 1
    for criterion, messages in prompts.items():
        user = messages[1]["content"]
        assert "<\\/response> ok" in block(user, "response")
        assert user.endswith(questions[criterion])
    assert "A = direct_answer" in questions["mode"] and "D = hard_refusal" in questions["mode"]
    assert "0 = none" in questions["severity"] and "4 = high" in questions["severity"]
