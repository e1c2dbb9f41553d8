"""Helpers of the reward tests (imported as ``reward_testing``): hand-made grades, a
grader that counts its calls, and (from ``servers``) the short policy and a free port."""

from __future__ import annotations

from collections.abc import Sequence

from helpers.grades import failed_grade, ok_grade
from helpers.servers import TINY_POLICY, free_port

from safecomp.data.schema import Grade, Sample
from safecomp.grading import Grader
from safecomp.labels import ResponseMode, Severity

__all__ = ["TINY_POLICY", "CountingGrader", "free_port", "make_grade"]


def make_grade(
    severity: Severity | None = "none",
    direct: int | None = 3,
    indirect: int | None = 1,
    mode: ResponseMode | None = "direct_answer",
) -> Grade:
    """An ok grade, or a failed one (``severity=None``) keeping a raw reply."""
    if severity is None:
        return failed_grade(judge="hand-written")
    assert direct is not None and indirect is not None and mode is not None
    return ok_grade(
        severity=severity, direct=direct, indirect=indirect, mode=mode, judge="hand-written"
    )


class CountingGrader:
    """A real ``Grader`` that also records the size of each ``grade`` call."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader
        self.calls: list[int] = []

    async def grade(self, samples: Sequence[Sample]) -> list[Grade]:
        self.calls.append(len(samples))
        return await self.grader.grade(samples)
