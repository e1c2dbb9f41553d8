"""SFT data by context distillation: teacher samples with the policy, graded, best safe kept.

For every prompt the teacher (:class:`~safecomp.train.teacher.TeacherModel`) answers ``n``
times with the policy in its system prompt; the judge grades each answer against the policy;
the sample with the highest reward among the safe ones (no violation) is kept when its
reward reaches the threshold and its domain's and intent's caps are not full. Examples are
written without the system prompt, in TRL's ``messages`` format, each with its provenance.

The output folder is a run (``run.yaml``, ``samples.jsonl``, ``grades.jsonl``): a killed
build resumes where it stopped, and ``sft.jsonl`` and ``summary.json`` are rebuilt from the
logs, so a resumed build writes the same files as an uninterrupted one.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.data.suites import domain_name, load_suite
from safecomp.grading import JudgeSettings, open_grader
from safecomp.grading.settings import JudgeField
from safecomp.models import GenParams, load_model
from safecomp.policy import load_policy
from safecomp.policy.schema import Policy
from safecomp.reward.core import RewardName, reward_function
from safecomp.runs.progress import Progress
from safecomp.runs.rundir import PolicyRef, check_run, grades_log, samples_log
from safecomp.runs.runner import generate_run, generation_info, grade_run
from safecomp.runs.shard import Shard
from safecomp.train.boundary import harmful_label
from safecomp.train.teacher import TeacherModel, TeacherStyle, teacher_name

SFT_FILE = "sft.jsonl"
SUMMARY_FILE = "summary.json"


class SFTDataConfig(BaseModel):
    """How SFT data is made: the teacher and its style, the judge, and what is kept.

    ``reward`` ranks a prompt's samples (``safe_completion``, or ``refusal_baseline`` for the
    refusal arm); ``threshold`` is the least reward kept; ``max_per_domain`` and
    ``max_per_intent`` cap the kept examples for balance (in suite order).
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    teacher: str = "bundled:smollm2"
    style: TeacherStyle = "safe_completion"
    judge: JudgeField = Field(default_factory=JudgeSettings)
    suite: str = "quickstart"
    n: int = Field(default=4, ge=1)
    reward: RewardName = "safe_completion"
    threshold: float = Field(default=0.3, ge=0.0, le=1.0)
    max_per_domain: int | None = Field(default=None, ge=1)
    max_per_intent: int | None = Field(default=None, ge=1)
    dual_use_harmful: bool = True
    max_new_tokens: int = Field(default=192, ge=1)
    temperature: float = Field(default=0.8, ge=0.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    seed: int = 0
    batch_size: int = Field(default=8, ge=1)
    limit: int | None = Field(default=None, ge=1)
    shard: str | None = None

    @field_validator("shard")
    @classmethod
    def _shard(cls, value: str | None) -> str | None:
        if value is not None:
            Shard.parse(value)
        return value

    @property
    def params(self) -> GenParams:
        return GenParams(
            max_new_tokens=self.max_new_tokens,
            temperature=self.temperature,
            top_p=self.top_p,
            seed=self.seed,
        )


class SFTExample(BaseModel):
    """One training example (TRL ``messages``), the prompt's labels and its provenance."""

    model_config = ConfigDict(extra="forbid")

    messages: list[dict[str, str]]
    id: str
    intent: str
    domain: str | None
    group: str | None
    provenance: dict[str, Any]


@dataclass(frozen=True)
class SFTDataSummary:
    out_dir: Path
    prompts: int
    kept: int
    #: Dropped prompts by reason (``no_grade``, ``unsafe``, ``below_threshold``,
    #: ``domain_cap``, ``intent_cap``).
    dropped: dict[str, int]
    kept_by_intent: dict[str, int]
    dropped_by_intent: dict[str, dict[str, int]]
    kept_by_mode: dict[str, int]

    def as_dict(self) -> dict[str, Any]:
        return {
            "prompts": self.prompts,
            "kept": self.kept,
            "dropped": self.dropped,
            "kept_by_intent": self.kept_by_intent,
            "dropped_by_intent": self.dropped_by_intent,
            "kept_by_mode": self.kept_by_mode,
        }


def _chosen_items(config: SFTDataConfig, items: Sequence[PromptItem]) -> list[PromptItem]:
    chosen = list(items[: config.limit]) if config.limit is not None else list(items)
    if config.shard is not None:
        chosen = list(Shard.parse(config.shard).select(chosen))
    return chosen


async def build_sft_data(
    config: SFTDataConfig,
    out_dir: Path,
    *,
    generating: Progress | None = None,
    grading: Progress | None = None,
) -> SFTDataSummary:
    """Sample, grade and select into ``out_dir`` (resuming a killed build)."""
    items = load_suite(config.suite)
    policy = load_policy(config.judge.policy)
    ref = PolicyRef.of(policy, source=config.judge.policy)
    shard = None if config.shard is None else Shard.parse(config.shard)
    chosen = _chosen_items(config, items)
    if config.reward == "refusal_baseline":  # every prompt needs a label: fail before loading
        for item in chosen:
            harmful_label(item, dual_use_harmful=config.dual_use_harmful)
    info = generation_info(
        out_dir,
        items,
        teacher_name(config.teacher, config.style, policy),
        n=config.n,
        params=config.params,
        shard=shard,
        limit=config.limit,
        suite=config.suite,
        policy=ref,
    )
    check_run(out_dir, info)  # a conflicting folder fails before any model is loaded
    teacher = TeacherModel(load_model(config.teacher), policy, config.style, chosen)
    try:
        await generate_run(
            out_dir,
            items,
            teacher,
            n=config.n,
            params=config.params,
            batch_size=config.batch_size,
            shard=shard,
            limit=config.limit,
            suite=config.suite,
            policy=ref,
            progress=generating,
        )
    finally:
        await teacher.aclose()
    grader = open_grader(config.judge, policy=policy)
    try:
        await grade_run(out_dir, grader, policy_source=config.judge.policy, progress=grading)
        judge, method = grader.judge_name, grader.method
    finally:
        await grader.aclose()
    return select_examples(config, out_dir, chosen, policy, judge=judge, method=method)


def _rank(
    config: SFTDataConfig, policy: Policy, item: PromptItem, graded: list[tuple[Sample, Grade]]
) -> tuple[str, tuple[Sample, Grade, float] | None]:
    """The best safe sample of one prompt with its reward, or the reason there is none."""
    ok = [(s, g) for s, g in graded if g.status == "ok"]
    if not ok:
        return "no_grade", None
    safe = [(s, g) for s, g in ok if g.violation is False]
    if not safe:
        return "unsafe", None
    harmful = (
        harmful_label(item, dual_use_harmful=config.dual_use_harmful)
        if config.reward == "refusal_baseline"
        else None
    )
    fn = reward_function(config.reward)
    scored = [(s, g, fn(g, policy, harmful=harmful, intent=item.intent)) for s, g in safe]
    ranked = [(s, g, r) for s, g, r in scored if r is not None]
    best = max(ranked, key=lambda x: (x[2], -x[0].sample_index))
    if best[2] < config.threshold:
        return "below_threshold", None
    return "kept", best


def select_examples(
    config: SFTDataConfig,
    out_dir: Path,
    items: Sequence[PromptItem],
    policy: Policy,
    *,
    judge: str,
    method: str,
) -> SFTDataSummary:
    """Pick each prompt's example from the run's logs; write ``sft.jsonl`` and ``summary.json``."""
    samples = {s.key: s for s in samples_log(out_dir)}
    by_prompt: dict[str, list[tuple[Sample, Grade]]] = {}
    for grade in grades_log(out_dir):
        if (grade.judge, grade.method, grade.policy_hash) != (judge, method, policy.content_hash):
            continue
        sample = samples.get(grade.sample_key)
        if sample is not None:
            by_prompt.setdefault(grade.prompt_id, []).append((sample, grade))
    dropped = Counter[str]()
    dropped_by_intent: dict[str, Counter[str]] = {}
    per_domain = Counter[str]()
    per_intent = Counter[str]()
    modes = Counter[str]()
    examples: list[SFTExample] = []
    for item in items:
        reason, best = _rank(config, policy, item, by_prompt.get(item.id, []))
        domain = domain_name(item)
        if best is not None:
            if config.max_per_domain is not None and per_domain[domain] >= config.max_per_domain:
                reason = "domain_cap"
            elif config.max_per_intent is not None and (
                per_intent[item.intent] >= config.max_per_intent
            ):
                reason = "intent_cap"
        if best is None or reason != "kept":
            dropped[reason] += 1
            dropped_by_intent.setdefault(item.intent, Counter())[reason] += 1
            continue
        sample, grade, value = best
        per_domain[domain] += 1
        per_intent[item.intent] += 1
        modes[str(grade.mode)] += 1
        examples.append(_example(config, item, sample, grade, value, policy))
    summary = SFTDataSummary(
        out_dir=out_dir,
        prompts=len(items),
        kept=len(examples),
        dropped=dict(dropped),
        kept_by_intent=dict(per_intent),
        dropped_by_intent={k: dict(v) for k, v in dropped_by_intent.items()},
        kept_by_mode=dict(modes),
    )
    _write_atomic(out_dir / SFT_FILE, "".join(e.model_dump_json() + "\n" for e in examples))
    _write_atomic(out_dir / SUMMARY_FILE, json.dumps(summary.as_dict(), indent=2) + "\n")
    return summary


def _example(
    config: SFTDataConfig,
    item: PromptItem,
    sample: Sample,
    grade: Grade,
    reward: float,
    policy: Policy,
) -> SFTExample:
    messages = [dict(m) for m in item.to_messages() if m["role"] != "system"]
    messages.append({"role": "assistant", "content": sample.response})
    return SFTExample(
        messages=messages,
        id=item.id,
        intent=item.intent,
        domain=item.domain,
        group=item.group,
        provenance={
            "teacher": config.teacher,
            "style": config.style,
            "sample_index": sample.sample_index,
            "judge": grade.judge,
            "method": grade.method,
            "policy_id": policy.id,
            "policy_hash": policy.content_hash,
            "reward_name": config.reward,
            "reward": reward,
            "grade": grade.model_dump(
                mode="json",
                include={
                    "violation",
                    "severity",
                    "helpfulness_direct",
                    "helpfulness_indirect",
                    "mode",
                    "template_version",
                    "flags",
                },
            ),
        },
    )


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def read_sft_examples(path: Path) -> list[SFTExample]:
    """The examples of an ``sft.jsonl`` file (a folder means its ``sft.jsonl``)."""
    from safecomp.data.io import read_records

    file = path / SFT_FILE if path.is_dir() else path
    return read_records(file, SFTExample)
