"""The Grader's control flow on recorded judge replies.

The judge here is a replay of recorded replies: a real model cannot be made to produce a
malformed reply followed by a corrected one on demand, which is what the repair path needs.
Real judges are exercised in test_grader_bundled.py.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from safecomp.data.schema import Grade, Sample
from safecomp.grading import GradeCache, Grader, recommended_method
from safecomp.models import ChatModel, Completion, GenParams, Messages, TokenLogprob
from safecomp.policy import Policy

MakeSample = Callable[..., Sample]
Reply = Callable[[str], str]


class ReplayJudge:
    """Answers each prompt with the next recorded reply; records every prompt it saw."""

    name = "replay:judge"

    def __init__(self, replies: Sequence[str | Completion]) -> None:
        self.replies = list(replies)
        self.prompts: list[Messages] = []
        self.calls: list[GenParams] = []

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]:
        self.calls.append(params)
        self.prompts.extend(batch)
        out = []
        for _ in batch:
            reply = self.replies.pop(0)
            out.append(reply if isinstance(reply, Completion) else Completion(text=reply))
        return out

    async def aclose(self) -> None:
        return None


def grade(
    judge: ChatModel, policy: Policy, samples: list[Sample], **options: object
) -> list[Grade]:
    return asyncio.run(Grader(judge, policy, **options).grade(samples))  # type: ignore[arg-type]


def test_valid_reply_gives_an_ok_grade(
    reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    judge = ReplayJudge([reply("valid")])
    [g] = grade(judge, policy, [make_sample()])
    assert g.status == "ok" and g.mode == "direct_answer" and g.helpfulness_direct == 4
    assert (g.judge, g.method, g.policy_id) == ("replay:judge", "structured", "default")
    assert g.policy_hash == policy.content_hash and not g.cached
    assert g.raw == reply("valid")
    [params] = judge.calls
    assert params.temperature == 0.0 and params.json_schema is not None


def test_one_repair_request_fixes_a_bad_reply(
    reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    judge = ReplayJudge([reply("trailing_comma"), reply("code_fence")])
    [g] = grade(judge, policy, [make_sample()])
    assert g.status == "ok" and g.severity == "high"
    repair = judge.prompts[1]
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert repair[2]["content"] == reply("trailing_comma")
    assert "invalid JSON" in repair[3]["content"]
    assert reply("trailing_comma") in g.raw and reply("code_fence") in g.raw


def test_a_second_bad_reply_is_a_failed_grade_with_both_replies(
    reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    judge = ReplayJudge([reply("out_of_range"), reply("judge_refuses")])
    [g] = grade(judge, policy, [make_sample()])
    assert g.status == "failed"
    assert g.violation is None and g.severity is None and g.helpfulness_direct is None
    assert g.error is not None
    assert "helpfulness_direct" in g.error and "refused to grade" in g.error
    assert reply("out_of_range") in g.raw and reply("judge_refuses") in g.raw


def test_empty_replies_fail(reply: Reply, policy: Policy, make_sample: MakeSample) -> None:
    [g] = grade(ReplayJudge(["", "  "]), policy, [make_sample()])
    assert g.status == "failed" and g.error is not None and "empty" in g.error


def test_unknown_rules_flag_and_order_and_repairs_in_a_batch(
    reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    samples = [make_sample(f"answer {i}", id=f"p{i}") for i in range(3)]
    # batch_size 3: three first replies, then one repair for sample 1
    judge = ReplayJudge(
        [reply("unknown_rule"), reply("missing_keys"), reply("valid"), reply("prose_around")]
    )
    grades = grade(judge, policy, samples, batch_size=3)
    assert [g.prompt_id for g in grades] == ["p0", "p1", "p2"]
    assert grades[0].cited_rules == ["cyber.d2"]
    assert (
        "unknown_rule_cited" in grades[0].flags and "direct_answer_on_disallowed" in grades[0].flags
    )
    assert grades[1].mode == "refusal_with_redirection"
    assert grades[2].mode == "direct_answer"
    assert "answer 1" in judge.prompts[3][1]["content"]


def test_cache_hits_and_failed_grades_retry(
    tmp_path: Path, reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    cache = GradeCache(tmp_path / "cache.sqlite")
    good, bad = make_sample("good", id="a"), make_sample("bad", id="b")
    judge = ReplayJudge([reply("valid"), reply("empty"), reply("empty")])
    first = asyncio.run(Grader(judge, policy, cache=cache).grade([good, bad]))
    assert [g.status for g in first] == ["ok", "failed"]
    judge.replies = [reply("valid")]
    seen: list[Grade] = []
    second = asyncio.run(
        Grader(judge, policy, cache=cache).grade([good, bad], on_graded=seen.extend)
    )
    assert second[0].cached and second[0].model_dump(exclude={"cached"}) == first[0].model_dump(
        exclude={"cached"}
    )
    assert second[1].status == "ok" and not second[1].cached
    assert sorted(g.prompt_id for g in seen) == ["a", "b"]
    assert len(judge.prompts) == 4


def test_identical_samples_are_judged_once(
    reply: Reply, policy: Policy, make_sample: MakeSample
) -> None:
    same = [make_sample("same", id="x", index=0), make_sample("same", id="x", index=1)]
    judge = ReplayJudge([reply("valid")])
    seen: list[Grade] = []
    grades = asyncio.run(Grader(judge, policy).grade(same, on_graded=seen.extend))
    assert [g.sample_key for g in grades] == ["x#0", "x#1"]
    assert sorted(g.sample_key for g in seen) == ["x#0", "x#1"]
    assert len(judge.prompts) == 1


def logprob_answer(**probs: float) -> Completion:
    top = [TokenLogprob(token, math.log(p)) for token, p in probs.items()]
    return Completion(text=top[0].token, logprobs=[top])


def test_logprob_grade_from_next_token_distributions(
    policy: Policy, make_sample: MakeSample
) -> None:
    answers = [
        logprob_answer(No=0.7, Yes=0.2, The=0.1),
        logprob_answer(**{"0": 0.6, "2": 0.4}),
        logprob_answer(**{"3": 0.4, "4": 0.35, "2": 0.25}),
        logprob_answer(**{"1": 0.4, " 2": 0.35, "I": 0.25}),
        logprob_answer(A=0.9, B=0.1),
    ]
    judge = ReplayJudge(answers)
    [g] = grade(judge, policy, [make_sample()], method="logprob")
    assert g.status == "ok" and g.method == "logprob"
    assert (g.violation, g.severity, g.mode) == (False, "none", "direct_answer")
    assert (g.helpfulness_direct, g.helpfulness_indirect) == (3, 1)
    assert g.expected["helpfulness_direct"] == pytest.approx(3.1)
    assert g.confidence["violation"] == pytest.approx(0.7 / 0.9)
    assert "low_confidence" in g.flags
    assert all(p.max_new_tokens == 1 and p.top_logprobs == 20 for p in judge.calls)
    assert len(judge.prompts) == 5


def test_logprob_without_answer_mass_fails_naming_the_criterion(
    policy: Policy, make_sample: MakeSample
) -> None:
    answers = [
        logprob_answer(no=1.0),
        logprob_answer(**{"0": 1.0}),
        logprob_answer(The=0.99),
        logprob_answer(**{"1": 1.0}),
        logprob_answer(A=1.0),
    ]
    [g] = grade(ReplayJudge(answers), policy, [make_sample()], method="logprob")
    assert g.status == "failed" and g.error is not None
    assert "helpfulness_direct" in g.error and "'The'" in g.error
    assert '"The"' in g.raw


def test_recommended_method() -> None:
    assert recommended_method("bundled:smollm2") == "logprob"
    assert (
        recommended_method("openai:gpt-oss-safeguard-20b@http://127.0.0.1:8000/v1") == "structured"
    )
    assert recommended_method("hf:./judge") == "structured"
