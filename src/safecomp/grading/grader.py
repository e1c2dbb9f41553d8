"""The Grader: a judge model plus a policy turn samples into grades.

Two methods:

- ``structured``: the judge writes a JSON verdict (its schema goes to backends with guided
  decoding); a reply that does not parse or validate is sent back once with the error, and
  otherwise becomes a failed grade keeping the raw replies.
- ``logprob``: one single-token question per criterion, scored from the next-token
  distribution (``safecomp.grading.logprob``); no rationale or cited rules.

Transport failures (``ModelError`` from the judge) propagate: grades finished before the
failure are already in the cache, so a rerun resumes. Samples with identical cache keys are
judged once.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Sequence
from typing import Any, Literal

from safecomp.data.schema import Grade, Sample
from safecomp.models.base import (
    ChatModel,
    Completion,
    GenParams,
    Messages,
    ModelError,
    TokenLogprob,
)
from safecomp.policy.schema import Policy

from .cache import GradeCache, cache_key
from .flags import compute_flags
from .logprob import NoAnswerError, score_criteria
from .parsing import JudgeReplyError, Verdict, parse_verdict, verdict_schema
from .templates import (
    CRITERIA,
    TEMPLATE_VERSION,
    Criterion,
    criterion_questions,
    logprob_messages,
    nonce_for,
    repair_messages,
    rubric_for,
    structured_messages,
)

Method = Literal["structured", "logprob"]
#: Called with each group of new grades as soon as it is finished (for progress and logs).
OnGraded = Callable[[Sequence[Grade]], None]

_REPAIR_SEPARATOR = "\n\n----- reply to the repair request -----\n"
#: Logprob questions ask for this many alternatives of the single answer token.
TOP_LOGPROBS = 20


def recommended_method(judge: str) -> Method:
    """The grading method to use by default for the judge spec ``judge``.

    ``logprob`` for the bundled SmolLM2 (measured: it fails to write a valid JSON verdict for
    most samples even after a repair request, while its single-token answers always carry
    probability on the allowed answers); ``structured`` for every other judge, whose JSON
    verdict also gives a rationale and cited rules.
    """
    return "logprob" if judge.startswith("bundled:") else "structured"


class Grader:
    """Grades samples with ``judge`` under ``policy``.

    ``batch_size`` prompts go to the judge per ``generate`` call, with up to ``concurrency``
    calls in flight.

    >>> grader = Grader(load_model("bundled:smollm2"), load_policy("default"))  # doctest: +SKIP
    >>> grades = await grader.grade(samples)  # doctest: +SKIP
    """

    template_version: str = TEMPLATE_VERSION

    def __init__(
        self,
        judge: ChatModel,
        policy: Policy,
        *,
        method: Method = "structured",
        cache: GradeCache | None = None,
        concurrency: int = 8,
        batch_size: int = 8,
        max_new_tokens: int = 256,
    ) -> None:
        if concurrency < 1 or batch_size < 1:
            raise ValueError("concurrency and batch_size must be at least 1")
        self.judge = judge
        self.policy = policy
        self.method: Method = method
        self.cache = cache
        self.concurrency = concurrency
        self.batch_size = batch_size
        self.policy_hash = policy.content_hash
        self._structured_params = GenParams(
            max_new_tokens=max_new_tokens, temperature=0.0, json_schema=verdict_schema(policy)
        )
        self._logprob_params = GenParams(
            max_new_tokens=1, temperature=0.0, top_logprobs=TOP_LOGPROBS
        )
        self._questions = criterion_questions(policy)
        self._rubrics: dict[str | None, str] = {}

    def key(self, sample: Sample) -> str:
        """The cache key of ``sample`` under this judge, policy, template and method."""
        return cache_key(
            sample,
            judge=self.judge.name,
            policy_hash=self.policy_hash,
            template_version=self.template_version,
            method=self.method,
        )

    async def grade(
        self, samples: Sequence[Sample], *, on_graded: OnGraded | None = None
    ) -> list[Grade]:
        """One grade per sample, in the same order; cache hits have ``cached=True``."""
        keys = [self.key(s) for s in samples]
        known = self.cache.get_many(keys) if self.cache is not None else {}
        pairs = list(zip(keys, samples, strict=True))
        todo: dict[str, list[Sample]] = {}
        for key, sample in pairs:
            if key not in known:
                todo.setdefault(key, []).append(sample)
        if known and on_graded is not None:
            on_graded([_for(known[k], s, cached=True) for k, s in pairs if k in known])
        items = list(todo.items())
        units = [items[i : i + self.batch_size] for i in range(0, len(items), self.batch_size)]
        fresh: dict[str, Grade] = {}
        slots = asyncio.Semaphore(self.concurrency)

        async def run(unit: list[tuple[str, list[Sample]]]) -> None:
            graded = await self._grade_unit([same[0] for _, same in unit], slots)
            done = {key: g for (key, _), g in zip(unit, graded, strict=True)}
            if self.cache is not None:
                self.cache.put_many(done)
            fresh.update(done)
            if on_graded is not None:
                on_graded([_for(done[k], s, cached=False) for k, same in unit for s in same])

        tasks = [asyncio.create_task(run(unit)) for unit in units]
        try:
            await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        return [
            _for(known[k], s, cached=True) if k in known else _for(fresh[k], s, cached=False)
            for k, s in pairs
        ]

    async def _grade_unit(self, samples: list[Sample], slots: asyncio.Semaphore) -> list[Grade]:
        if self.method == "structured":
            return await self._structured(samples, slots)
        return await self._logprob(samples, slots)

    def _rubric(self, domain: str | None) -> str:
        if domain not in self._rubrics:
            self._rubrics[domain] = rubric_for(self.policy, domain)
        return self._rubrics[domain]

    async def _generate(
        self, prompts: list[Messages], params: GenParams, slots: asyncio.Semaphore
    ) -> list[Completion]:
        """``prompts`` in ``batch_size`` slices, at most ``concurrency`` calls at once."""

        async def call(batch: list[Messages]) -> list[Completion]:
            async with slots:
                completions = await self.judge.generate(batch, params)
            if len(completions) != len(batch):
                raise ModelError(
                    f"judge {self.judge.name} returned {len(completions)} completions "
                    f"for {len(batch)} prompts"
                )
            return completions

        slices = [prompts[i : i + self.batch_size] for i in range(0, len(prompts), self.batch_size)]
        results = await asyncio.gather(*(call(batch) for batch in slices))
        return [c for batch in results for c in batch]

    async def _structured(self, samples: list[Sample], slots: asyncio.Semaphore) -> list[Grade]:
        prompts = [
            structured_messages(s, self.policy, self._rubric(s.item.domain), _nonce(s))
            for s in samples
        ]
        replies = [c.text for c in await self._generate(prompts, self._structured_params, slots)]
        outcomes: list[Verdict | JudgeReplyError] = [self._parse(r) for r in replies]
        retry = [i for i, o in enumerate(outcomes) if isinstance(o, JudgeReplyError)]
        raws = list(replies)
        if retry:
            repairs = [repair_messages(prompts[i], replies[i], str(outcomes[i])) for i in retry]
            second = await self._generate(repairs, self._structured_params, slots)
            for i, completion in zip(retry, second, strict=True):
                raws[i] = replies[i] + _REPAIR_SEPARATOR + completion.text
                repaired = self._parse(completion.text)
                outcomes[i] = (
                    repaired
                    if isinstance(repaired, Verdict)
                    else JudgeReplyError(f"{outcomes[i]}; after one repair request: {repaired}")
                )
        return [
            self._verdict_grade(s, o, raw)
            if isinstance(o, Verdict)
            else self._failed(s, raw, str(o))
            for s, o, raw in zip(samples, outcomes, raws, strict=True)
        ]

    def _parse(self, reply: str) -> Verdict | JudgeReplyError:
        try:
            return parse_verdict(reply, self.policy)
        except JudgeReplyError as err:
            return err

    async def _logprob(self, samples: list[Sample], slots: asyncio.Semaphore) -> list[Grade]:
        prompts: list[Messages] = []
        for s in samples:
            questions = logprob_messages(s, self._rubric(s.item.domain), self._questions, _nonce(s))
            prompts.extend(questions[c] for c in CRITERIA)
        completions = await self._generate(prompts, self._logprob_params, slots)
        grades = []
        for n, sample in enumerate(samples):
            answers = dict(zip(CRITERIA, completions[n * 5 : n * 5 + 5], strict=True))
            grades.append(self._logprob_grade(sample, answers))
        return grades

    def _logprob_grade(self, sample: Sample, answers: dict[Criterion, Completion]) -> Grade:
        tops: dict[Criterion, list[TokenLogprob]] = {}
        for criterion, completion in answers.items():
            if not completion.logprobs:
                raise ModelError(
                    f"judge {self.judge.name} returned no logprobs; the logprob method needs "
                    "a backend that reports top_logprobs (use method='structured')"
                )
            tops[criterion] = completion.logprobs[0]
        raw = json.dumps(
            {
                criterion: [[t.token, round(t.logprob, 4)] for t in top]
                for criterion, top in tops.items()
            },
            ensure_ascii=False,
        )
        try:
            scores = score_criteria(tops)
        except NoAnswerError as err:
            return self._failed(sample, raw, str(err))
        return self._ok(
            sample,
            raw=raw,
            violation=scores.violation,
            severity=scores.severity,
            helpfulness_direct=scores.helpfulness_direct,
            helpfulness_indirect=scores.helpfulness_indirect,
            mode=scores.mode,
            expected=scores.expected,
            confidence=scores.confidence,
        )

    def _verdict_grade(self, sample: Sample, verdict: Verdict, raw: str) -> Grade:
        return self._ok(
            sample,
            unknown_rules=tuple(verdict.unknown_rules),
            raw=raw,
            **verdict.model_dump(),
        )

    def _base(self, sample: Sample) -> dict[str, Any]:
        return {
            "sample_key": sample.key,
            "prompt_id": sample.item.id,
            "sample_index": sample.sample_index,
            "judge": self.judge.name,
            "method": self.method,
            "template_version": self.template_version,
            "policy_id": self.policy.id,
            "policy_hash": self.policy_hash,
        }

    def _ok(self, sample: Sample, *, unknown_rules: tuple[str, ...] = (), **fields: Any) -> Grade:
        grade = Grade(status="ok", **self._base(sample), **fields)
        flags = compute_flags(grade, self.policy, unknown_rules)
        return grade.model_copy(update={"flags": flags})

    def _failed(self, sample: Sample, raw: str, error: str) -> Grade:
        return Grade(status="failed", raw=raw, error=error, **self._base(sample))


def _for(grade: Grade, sample: Sample, *, cached: bool) -> Grade:
    """``grade`` re-addressed to ``sample`` (a cache hit may come from an identical sample)."""
    return grade.model_copy(
        update={
            "sample_key": sample.key,
            "prompt_id": sample.item.id,
            "sample_index": sample.sample_index,
            "cached": cached,
        }
    )


def _nonce(sample: Sample) -> str:
    return nonce_for(sample.item.model_dump_json(), sample.response)
