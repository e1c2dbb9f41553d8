"""The ``learned`` grading method: a :class:`LearnedGrader` judges a batch in one forward pass.

It plugs into the ``Grader`` like the chat methods do (cache, de-duplication, batching and
the limit on calls in flight are the Grader's), so ``JudgeSettings(spec="bundled:grader")``
or ``learned:<dir>`` grades anywhere a judge is taken: ``eval``, ``grade``, ``judge check``,
the reward adapters and ``reward serve``.

The grade's ``template_version`` is the grader's version (a hash of its config and weights),
so a retrained grader never reuses another's cached grades; ``distributions`` keeps every
head's calibrated distribution.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Final

from safecomp.data.schema import Grade, Sample
from safecomp.grading.judging import GradeStamp, JudgeCalls
from safecomp.grading.methods import METHODS, GradingMethod

from .grader import BUNDLED_SPEC, LEARNED_PREFIX, LearnedGrader, is_learned_spec, resolve
from .prediction import Prediction, grade_fields

if TYPE_CHECKING:
    from safecomp.grading.settings import JudgeSettings
    from safecomp.models.base import ChatModel
    from safecomp.policy.schema import Policy

METHOD: Final = "learned"


class LearnedJudging:
    """Grades a batch with one forward pass of ``grader`` in a worker thread, so an event
    loop serving other requests keeps running; one batch at a time (tokenizers and torch
    modules are not safe to share between threads)."""

    variant: str = ""

    def __init__(self, grader: LearnedGrader, policy: Policy) -> None:
        self.grader = grader
        self.stamp = GradeStamp(grader.name, METHOD, grader.version, policy)
        self._one_at_a_time = threading.Lock()

    async def judge(self, samples: Sequence[Sample], calls: JudgeCalls) -> list[Grade]:
        async with calls.hold(len(samples)):
            predictions = await asyncio.to_thread(self._predict, samples)
        return [
            self.stamp.ok(sample, **grade_fields(prediction))
            for sample, prediction in zip(samples, predictions, strict=True)
        ]

    def _predict(self, samples: Sequence[Sample]) -> list[Prediction]:
        with self._one_at_a_time:
            return self.grader.predict(samples)

    async def probe(self) -> str | None:
        return None  # local: nothing to reach

    async def aclose(self) -> None:
        return None


def _check_spec(spec: str) -> None:
    if not is_learned_spec(spec):
        raise ValueError(
            f"the learned method grades with a trained grader: expected {BUNDLED_SPEC} or "
            f"{LEARNED_PREFIX}<dir>, got {spec!r}"
        )
    _, folder = resolve(spec)
    if not folder.is_dir():
        raise ValueError(f"learned grader {spec!r}: no such directory {folder}")


def _open(settings: JudgeSettings, policy: Policy, model: ChatModel | None) -> LearnedJudging:
    return LearnedJudging(LearnedGrader.load(settings.spec, batch_size=settings.batch_size), policy)


METHODS.add(
    METHOD,
    GradingMethod(
        METHOD,
        "a trained grader (bundled:grader, learned:<dir>): one forward pass per batch",
        _check_spec,
        _open,
        asks_chat_model=False,
    ),
)
