"""What every grading method plugs into the ``Grader``: the :class:`Judging` interface, the
:class:`GradeStamp` that builds grades, and the :class:`JudgeCalls` limit on calls in flight."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from typing import Any, Protocol

from safecomp.data.schema import Grade, Sample
from safecomp.models.base import ChatModel, Completion, GenParams, Messages, ModelError
from safecomp.policy.schema import Policy

from .flags import compute_flags


class JudgeCalls:
    """The one limit on judge work in flight: at most ``limit`` conversations at once,
    granted first come, first served, in calls of at most ``batch_size`` conversations.

    First come, first served means a local model is fed batch after batch in the order
    the batches were asked for, so grades land (and progress moves) steadily.
    """

    def __init__(self, limit: int, batch_size: int) -> None:
        if limit < 1 or batch_size < 1:
            raise ValueError(f"limit and batch_size must be at least 1, got {limit}, {batch_size}")
        self.limit = limit
        self.batch_size = batch_size
        #: Wall time during which at least one call held a slot: the time spent in the judge
        #: itself, whatever the method (overlapping calls count once).
        self.seconds = 0.0
        self._free = limit
        self._busy_since = 0.0
        self._waiting: deque[tuple[int, asyncio.Future[None]]] = deque()

    @asynccontextmanager
    async def hold(self, n: int) -> AsyncIterator[None]:
        """Hold ``n`` (at most ``limit``) of the slots while the block runs."""
        n = min(max(n, 1), self.limit)
        if self._waiting or self._free < n:
            ready = asyncio.get_running_loop().create_future()
            self._waiting.append((n, ready))
            try:
                await ready
            except BaseException:
                if ready.done() and not ready.cancelled():
                    self._release(n)  # granted, but cancelled before it could run
                else:
                    if (n, ready) in self._waiting:
                        self._waiting.remove((n, ready))
                    self._wake()
                raise
        else:
            self._take(n)
        try:
            yield
        finally:
            self._release(n)

    def _take(self, n: int) -> None:
        if self._free == self.limit:
            self._busy_since = time.perf_counter()
        self._free -= n

    def _release(self, n: int) -> None:
        self._free += n
        if self._free == self.limit:
            self.seconds += time.perf_counter() - self._busy_since
        self._wake()

    def _wake(self) -> None:
        while self._waiting and self._waiting[0][0] <= self._free:
            n, ready = self._waiting.popleft()
            if ready.done():  # cancelled while waiting
                continue
            self._take(n)
            ready.set_result(None)

    async def generate(
        self, model: ChatModel, prompts: Sequence[Messages], params: GenParams
    ) -> list[Completion]:
        """``prompts`` answered by ``model`` in calls of at most ``batch_size`` (and at most
        ``limit``) conversations, each holding its share of the limit."""
        size = min(self.batch_size, self.limit)

        async def call(batch: Sequence[Messages]) -> list[Completion]:
            async with self.hold(len(batch)):
                completions = await model.generate(batch, params)
            if len(completions) != len(batch):
                raise ModelError(
                    f"judge {model.name} returned {len(completions)} completions "
                    f"for {len(batch)} prompts"
                )
            return completions

        slices = [prompts[i : i + size] for i in range(0, len(prompts), size)]
        results = await asyncio.gather(*(call(batch) for batch in slices))
        return [c for batch in results for c in batch]


class GradeStamp:
    """Builds a method's grades, stamped with the judge, method, template and policy."""

    def __init__(self, judge: str, method: str, template_version: str, policy: Policy) -> None:
        self.judge = judge
        self.method = method
        self.template_version = template_version
        self.policy = policy

    def _base(self, sample: Sample) -> dict[str, Any]:
        return {
            "sample_key": sample.key,
            "prompt_id": sample.item.id,
            "sample_index": sample.sample_index,
            "judge": self.judge,
            "method": self.method,
            "template_version": self.template_version,
            "policy_id": self.policy.id,
            "policy_hash": self.policy.content_hash,
        }

    def ok(self, sample: Sample, *, unknown_rules: tuple[str, ...] = (), **fields: Any) -> Grade:
        """An ``ok`` grade with its flags computed."""
        grade = Grade(status="ok", **self._base(sample), **fields)
        flags = compute_flags(grade, self.policy, unknown_rules)
        return grade.model_copy(update={"flags": flags})

    def failed(self, sample: Sample, raw: str, error: str) -> Grade:
        """A failed grade: the judge's raw output and why it is no verdict."""
        return Grade(status="failed", raw=raw, error=error, **self._base(sample))


class Judging(Protocol):
    """The method-specific part of a ``Grader``: judges one batch of distinct samples.

    Transport failures raise ``ModelError``; a judge output that is no verdict becomes a
    failed grade (``stamp.failed``), never a score.
    """

    stamp: GradeStamp
    #: Settings beyond judge, method, template and policy that change a grade (e.g. the
    #: token budget of a written verdict); part of the cache key.
    variant: str

    async def judge(self, samples: Sequence[Sample], calls: JudgeCalls) -> list[Grade]: ...

    async def probe(self) -> str | None:
        """``None`` when the judge answers (or is local), else why it does not."""
        ...

    async def aclose(self) -> None: ...
