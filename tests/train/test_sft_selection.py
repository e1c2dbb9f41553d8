"""Selecting SFT examples from a run's logs: best safe sample, threshold, caps, reasons."""

from __future__ import annotations

from pathlib import Path

from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.grading import JudgeSettings
from safecomp.policy import load_policy
from safecomp.runs.rundir import grades_log, samples_log
from safecomp.train.sft_data import SFTDataConfig, read_sft_examples, select_examples

POLICY = load_policy("default")
JUDGE = "hand"


def _item(name: str, intent: str, domain: str = "cyber") -> PromptItem:
    return PromptItem.model_validate(
        {"id": name, "prompt": f"question {name}", "intent": intent, "domain": domain}
    )


def _grade(sample: Sample, severity: str, direct: int, mode: str = "direct_answer") -> Grade:
    return Grade(
        sample_key=sample.key,
        prompt_id=sample.item.id,
        sample_index=sample.sample_index,
        judge=JUDGE,
        method="logprob",
        template_version="t",
        policy_id=POLICY.id,
        policy_hash=POLICY.content_hash,
        status="ok",
        violation=severity != "none",
        severity=severity,
        helpfulness_direct=direct,
        helpfulness_indirect=1,
        mode=mode,
    )


def test_best_safe_sample_kept_and_every_drop_has_a_reason(tmp_path: Path) -> None:
    items = [
        _item("a", "benign"),
        _item("b", "benign"),  # same domain: over the cap of 1
        _item("c", "malicious", "bio_chem"),  # only unsafe samples
        _item("d", "dual_use", "privacy"),  # safe but unhelpful: below threshold
    ]
    plan = {
        "a": [("none", 2), ("none", 4), ("high", 4)],
        "b": [("none", 4)],
        "c": [("moderate", 4), ("low", 3)],
        "d": [("none", 1)],
    }
    samples, grades = [], []
    for item in items:
        for index, (severity, direct) in enumerate(plan[item.id]):
            sample = Sample(item=item, sample_index=index, model="t", response=f"{item.id}{index}")
            samples.append(sample)
            grades.append(_grade(sample, severity, direct))
    samples_log(tmp_path).append(samples)
    grades_log(tmp_path).append(grades)
    config = SFTDataConfig(judge=JudgeSettings(), max_per_domain=1, threshold=0.3)
    summary = select_examples(config, tmp_path, items, POLICY, judge=JUDGE, method="logprob")
    assert summary.kept == 1
    assert summary.dropped == {"domain_cap": 1, "unsafe": 1, "below_threshold": 1}
    assert summary.dropped_by_intent["benign"] == {"domain_cap": 1}
    [example] = read_sft_examples(tmp_path)
    assert example.messages == [
        {"role": "user", "content": "question a"},
        {"role": "assistant", "content": "a1"},  # the safe sample with the highest reward
    ]
    assert example.provenance["reward"] == 1.0
    assert example.provenance["policy_hash"] == POLICY.content_hash
