"""Grades built by hand for the reward tests (imported as ``reward_grades``)."""

from __future__ import annotations

from safecomp.data.schema import Grade
from safecomp.labels import ResponseMode, Severity


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
