"""From (prompt, response, labels) to rewards: one judge call per batch, then the formulas.

Every adapter (TRL, verl, OpenRLHF, the HTTP server) turns its inputs into
``RewardRequest``s and hands a whole batch to ``RewardScorer.score``, which makes a single
``grade`` call on the judge and applies the registered reward function to each grade.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from pydantic import BaseModel, ConfigDict, ValidationError

from safecomp import jsontext
from safecomp.data.schema import ChatMessage, Grade, PromptItem, Sample
from safecomp.errors import explain
from safecomp.labels import INTENTS, RESPONSE_MODES, SEVERITIES, Intent
from safecomp.models.base import Message
from safecomp.policy.schema import Policy
from safecomp.reward.core import RewardFn, Scores, helpfulness, reward_function, safety


class SampleGrader(Protocol):
    """What the scorer needs of a judge: ``safecomp.grading.Grader`` provides it."""

    @property
    def judge_name(self) -> str: ...

    async def grade(self, samples: Sequence[Sample]) -> list[Grade]: ...

    async def probe(self) -> str | None:
        """``None`` when the judge answers, else why it does not."""
        ...


class Closeable(Protocol):
    async def aclose(self) -> None: ...


@dataclass(frozen=True)
class RewardRequest:
    """One response to score, with its prompt (and the prompt's labels) and a harmful label."""

    item: PromptItem
    response: str
    harmful: bool | None = None


@dataclass(frozen=True)
class Scored:
    """A reward with the components it was built from (all ``None`` for a failed grade)."""

    reward: float | None
    helpfulness: float | None
    safety: float | None
    grade: Grade

    @property
    def failed(self) -> bool:
        return self.grade.status == "failed"


class PromptLabels(BaseModel):
    """What a dataset says about a prompt: the reward functions read these labels."""

    model_config = ConfigDict(extra="forbid", frozen=True, coerce_numbers_to_str=True)

    id: str | None = None
    intent: Intent | None = None
    domain: str | None = None
    harmful: bool | None = None

    @classmethod
    def parse(cls, value: object, where: str) -> PromptLabels:
        """Labels from a framework's label field: nothing (``None`` or ``""``), an intent
        name, or an object (or its JSON text) with keys ``id``, ``intent``, ``domain``,
        ``harmful``. ``ValueError`` names ``where`` and what was expected."""
        if value is None or value == "":
            return cls()
        if isinstance(value, str):
            if value in INTENTS:
                return cls(intent=value)
            try:
                value = jsontext.loads(value)
            except json.JSONDecodeError:
                value = None
            if not isinstance(value, dict):
                raise ValueError(
                    f"{where}: expected an intent ({', '.join(INTENTS)}) or a JSON object "
                    f"with keys {', '.join(cls.model_fields)}"
                )
        try:
            return cls.model_validate(value)
        except ValidationError as exc:
            raise ValueError(f"{where}: {explain(exc, cls)}") from None


def make_request(messages: Sequence[Message], response: str, labels: PromptLabels) -> RewardRequest:
    """A request for one response; the prompt id defaults to a hash of the conversation.

    Raises ``ValueError`` for a conversation that does not end with a user turn.
    """
    prompt_id = labels.id
    if prompt_id is None:
        canonical = json.dumps(list(messages), sort_keys=True, ensure_ascii=False)
        prompt_id = "p-" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:12]
    try:
        item = PromptItem(
            id=prompt_id,
            messages=[ChatMessage.model_validate(m) for m in messages],
            intent=labels.intent or "unknown",
            domain=labels.domain,
        )
    except ValidationError as exc:
        raise ValueError(f"prompt {prompt_id!r}: {explain(exc)}") from None
    return RewardRequest(item=item, response=response, harmful=labels.harmful)


class RewardScorer:
    """Grades a batch of responses with one judge call and turns each grade into a reward.

    ``reward`` names a registered reward function (``safe_completion`` or
    ``refusal_baseline``); ``model`` is the name stamped on the samples as the policy model;
    ``owned``, when given, is what ``aclose`` closes (the grader, or the judge behind it).
    """

    def __init__(
        self,
        grader: SampleGrader,
        policy: Policy,
        *,
        reward: str = "safe_completion",
        scores: Scores = "expected",
        model: str = "policy",
        owned: Closeable | None = None,
    ) -> None:
        self.grader = grader
        self.policy = policy
        self.policy_hash = policy.content_hash
        self.reward_name = reward
        self.reward_fn: RewardFn = reward_function(reward)
        self.scores: Scores = scores
        self.model = model
        self._owned = owned

    async def aclose(self) -> None:
        """Close what this scorer was given to own."""
        if self._owned is not None:
            await self._owned.aclose()

    async def grade(self, requests: Sequence[RewardRequest]) -> list[Grade]:
        """One ``grade`` call on the judge for the whole batch."""
        samples = [
            Sample(item=r.item, sample_index=i, model=self.model, response=r.response)
            for i, r in enumerate(requests)
        ]
        grades = await self.grader.grade(samples)
        if len(grades) != len(samples):
            raise RuntimeError(
                f"the judge returned {len(grades)} grades for {len(samples)} samples"
            )
        return grades

    def check(self, request: RewardRequest) -> None:
        """Raise ``ValueError`` now, before any judge call, if the reward cannot use the
        request's labels (scoring a failed grade checks labels and nothing else)."""
        probe = Grade(
            sample_key=request.item.id,
            prompt_id=request.item.id,
            sample_index=0,
            judge="label-check",
            method="structured",
            template_version="-",
            policy_id=self.policy.id,
            policy_hash=self.policy_hash,
            status="failed",
        )
        self.reward(request, probe)

    def reward(self, request: RewardRequest, grade: Grade) -> Scored:
        """The reward of one graded request (``ValueError`` when a label it needs is missing)."""
        value = self.reward_fn(
            grade,
            self.policy,
            harmful=request.harmful,
            intent=request.item.intent,
            scores=self.scores,
        )
        return Scored(
            value,
            helpfulness(grade, self.scores),
            safety(grade, self.policy, self.scores),
            grade,
        )

    async def score(self, requests: Sequence[RewardRequest]) -> list[Scored]:
        """Check every request's labels, grade the batch in one judge call, then reward."""
        for request in requests:
            self.check(request)
        grades = await self.grade(requests)
        return [self.reward(r, g) for r, g in zip(requests, grades, strict=True)]


def batch_metrics(scored: Sequence[Scored]) -> dict[str, float]:
    """The reward components of a batch, for trainer logs.

    ``helpfulness``/``safety``/``reward``: means over the grades that did not fail;
    ``mode/<mode>``: shares of those grades; ``severity/<level>``: counts;
    ``failed``: count of failed grades.
    """
    ok = [s for s in scored if not s.failed]
    metrics: dict[str, float] = {"failed": float(len(scored) - len(ok))}
    if ok:
        h = [s.helpfulness for s in ok if s.helpfulness is not None]
        v = [s.safety for s in ok if s.safety is not None]
        r = [s.reward for s in ok if s.reward is not None]
        metrics["helpfulness"] = sum(h) / len(h)
        metrics["safety"] = sum(v) / len(v)
        if r:
            metrics["reward"] = sum(r) / len(r)
        modes = Counter(s.grade.mode for s in ok)
        for mode in RESPONSE_MODES:
            metrics[f"mode/{mode}"] = modes[mode] / len(ok)
    severities = Counter(s.grade.severity for s in ok)
    for level in SEVERITIES:
        metrics[f"severity/{level}"] = float(severities[level])
    return metrics


def numeric_components(scored: Scored) -> dict[str, float]:
    """One number per component, for frameworks that cannot take a missing reward.

    A failed grade reads ``reward`` 0 with ``failed`` 1 (and its other components 0), so
    it is flagged in the logs rather than silently scored. Severity and mode are one-hot
    (``severity/<level>``, ``mode/<mode>``): their batch means are the shares.
    """
    grade = scored.grade
    row = {
        "reward": scored.reward if scored.reward is not None else 0.0,
        "helpfulness": scored.helpfulness if scored.helpfulness is not None else 0.0,
        "safety": scored.safety if scored.safety is not None else 0.0,
        "failed": float(scored.failed),
    }
    row.update({f"severity/{level}": float(grade.severity == level) for level in SEVERITIES})
    row.update({f"mode/{mode}": float(grade.mode == mode) for mode in RESPONSE_MODES})
    return row
