"""Fixtures of the learned-grader tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from safecomp.data.schema import Grade


def as_grade(fields: dict[str, Any]) -> Grade:
    return Grade(
        sample_key="p#0",
        prompt_id="p",
        sample_index=0,
        judge="learned:test",
        method="learned",
        template_version="learned-1",
        policy_id="default",
        policy_hash="h",
        status="ok",
        **fields,
    )


@pytest.fixture
def to_grade() -> Callable[[dict[str, Any]], Grade]:
    """An ok learned Grade built from ``grade_fields`` output (validation included)."""
    return as_grade
