"""The Grader: a judging method plus a policy turn samples into grades.

The method-specific part (how one batch is judged) is a :class:`~safecomp.grading.judging.Judging`
registered in ``safecomp.grading.methods``; the Grader adds what all methods share: the
grade cache, judging identical samples once, batching, the one limit on judge calls in
flight, and reporting each batch's grades as soon as they land.

Transport failures (``ModelError`` from the judge) propagate: grades finished before the
failure are already in the cache (and passed to ``on_graded``), so a rerun resumes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from safecomp.data.schema import Grade, Sample
from safecomp.models.base import ChatModel
from safecomp.policy.schema import Policy

from .cache import GradeCache, cache_key
from .chat import chat_judging
from .judging import JudgeCalls, Judging

#: Called with each group of new grades as soon as it is finished (for progress and logs).
OnGraded = Callable[[Sequence[Grade]], None]


class Grader:
    """Grades samples under a policy with one judging method.

    ``Grader(model, policy, method=...)`` asks a chat model; :func:`open_grader` builds any
    method's grader from ``JudgeSettings``. ``batch_size`` samples are judged together, with
    at most ``concurrency`` judge conversations in flight across all ``grade`` calls.

    >>> grader = Grader(load_model("bundled:smollm2"), load_policy("default"))  # doctest: +SKIP
    >>> grades = await grader.grade(samples)  # doctest: +SKIP
    """

    def __init__(
        self,
        judge: ChatModel,
        policy: Policy,
        *,
        method: str = "structured",
        cache: GradeCache | None = None,
        concurrency: int = 8,
        batch_size: int = 8,
        max_new_tokens: int = 256,
    ) -> None:
        judging = chat_judging(
            judge, policy, method, max_new_tokens=max_new_tokens, owns_model=False
        )
        self._setup(judging, cache, concurrency, batch_size, owns_cache=False)

    @classmethod
    def with_judging(
        cls,
        judging: Judging,
        *,
        cache: GradeCache | None = None,
        concurrency: int = 8,
        batch_size: int = 8,
        owns_cache: bool = True,
    ) -> Grader:
        """A grader for any method's ``judging``; ``aclose`` closes the judging and, with
        ``owns_cache``, the cache."""
        grader = cls.__new__(cls)
        grader._setup(judging, cache, concurrency, batch_size, owns_cache=owns_cache)
        return grader

    def _setup(
        self,
        judging: Judging,
        cache: GradeCache | None,
        concurrency: int,
        batch_size: int,
        *,
        owns_cache: bool,
    ) -> None:
        self.judging = judging
        self.cache = cache
        self.calls = JudgeCalls(concurrency, batch_size)
        self._owns_cache = owns_cache

    @property
    def judge_name(self) -> str:
        return self.judging.stamp.judge

    @property
    def method(self) -> str:
        return self.judging.stamp.method

    @property
    def template_version(self) -> str:
        return self.judging.stamp.template_version

    @property
    def policy(self) -> Policy:
        return self.judging.stamp.policy

    @property
    def policy_hash(self) -> str:
        return self.policy.content_hash

    @property
    def concurrency(self) -> int:
        return self.calls.limit

    @property
    def batch_size(self) -> int:
        return self.calls.batch_size

    def key(self, sample: Sample) -> str:
        """The cache key of ``sample`` under this judge, method, settings, policy and template."""
        return cache_key(
            sample,
            judge=self.judge_name,
            policy_hash=self.policy_hash,
            template_version=self.template_version,
            method=self.method,
            variant=self.judging.variant,
        )

    async def grade(
        self, samples: Sequence[Sample], *, on_graded: OnGraded | None = None
    ) -> list[Grade]:
        """One grade per sample, in the same order; cache hits have ``cached=True``.

        Batches are judged in order, each reported to ``on_graded`` (and cached) as soon as
        it is done.
        """
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
        size = self.calls.batch_size
        units = [items[i : i + size] for i in range(0, len(items), size)]
        fresh: dict[str, Grade] = {}

        async def run(unit: list[tuple[str, list[Sample]]]) -> None:
            graded = await self.judging.judge([same[0] for _, same in unit], self.calls)
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

    async def aclose(self) -> None:
        """Close the judging (and the judge model it loaded) and the cache if this grader
        opened it."""
        try:
            await self.judging.aclose()
        finally:
            if self._owns_cache and self.cache is not None:
                self.cache.close()


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
