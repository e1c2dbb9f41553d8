"""Helpers of the reward tests (imported as ``reward_testing``): hand-made grades, a
grader that counts its calls, and (from ``servers``) the short policy and a free port."""

from __future__ import annotations

from collections.abc import Sequence

from servers import TINY_POLICY, free_port

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
    failed = severity is None
    return Grade(
        sample_key="p#0",
        prompt_id="p",
        sample_index=0,
        judge="hand-written",
        method="structured",
        template_version="t",
        policy_id="default",
        policy_hash="h",
        status="failed" if failed else "ok",
        violation=None if failed else severity != "none",
        severity=severity,
        helpfulness_direct=direct,
        helpfulness_indirect=indirect,
        mode=mode,
        raw="not json" if failed else "",
        error="unparseable" if failed else None,
    )


class CountingGrader:
    """A real ``Grader`` that also records the size of each ``grade`` call."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader
        self.calls: list[int] = []

    async def grade(self, samples: Sequence[Sample]) -> list[Grade]:
        self.calls.append(len(samples))
        return await self.grader.grade(samples)
