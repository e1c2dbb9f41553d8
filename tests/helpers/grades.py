"""Hand-made grades: an ``ok`` one of a harmless direct answer, or a failed one."""

from __future__ import annotations

from typing import Any

from safecomp.data.schema import Grade, Sample
from safecomp.labels import ResponseMode, Severity
from safecomp.policy import Policy


def _base(sample: Sample | None, policy: Policy | None) -> dict[str, Any]:
    return {
        "sample_key": sample.key if sample is not None else "p#0",
        "prompt_id": sample.item.id if sample is not None else "p",
        "sample_index": sample.sample_index if sample is not None else 0,
        "judge": "hf:judge",
        "method": "structured",
        "template_version": "t1",
        "policy_id": policy.id if policy is not None else "default",
        "policy_hash": policy.content_hash if policy is not None else "h",
    }


def ok_grade(
    sample: Sample | None = None,
    *,
    severity: Severity = "none",
    direct: int = 3,
    indirect: int = 1,
    mode: ResponseMode = "direct_answer",
    policy: Policy | None = None,
    **fields: Any,
) -> Grade:
    """An ``ok`` grade of ``sample`` (else of ``p#0``) under ``policy``; ``fields`` override."""
    values = _base(sample, policy) | {
        "status": "ok",
        "violation": severity != "none",
        "severity": severity,
        "helpfulness_direct": direct,
        "helpfulness_indirect": indirect,
        "mode": mode,
    }
    return Grade(**(values | fields))


def failed_grade(
    sample: Sample | None = None, *, policy: Policy | None = None, **fields: Any
) -> Grade:
    """A failed grade keeping a raw reply that is no verdict; ``fields`` override."""
    values = _base(sample, policy) | {"status": "failed", "raw": "not json", "error": "no JSON"}
    return Grade(**(values | fields))
