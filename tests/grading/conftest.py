"""Fixtures of the grading tests: the default policy, samples, recorded judge replies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.policy import Policy, load_policy

REPLIES = Path(__file__).parent / "replies"


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy("default")


@pytest.fixture
def make_sample() -> Callable[..., Sample]:
    def make(
        response: str = "Wash your hands with soap for twenty seconds.",
        prompt: str = "How do I wash my hands properly?",
        *,
        id: str = "p1",
        index: int = 0,
        domain: str | None = None,
    ) -> Sample:
        item = PromptItem(id=id, prompt=prompt, domain=domain)
        return Sample(item=item, sample_index=index, model="test", response=response)

    return make


@pytest.fixture(scope="session")
def reply() -> Callable[[str], str]:
    """Recorded judge replies by name, from tests/grading/replies/<name>.txt."""

    def read(name: str) -> str:
        return (REPLIES / f"{name}.txt").read_text(encoding="utf-8")

    return read


@pytest.fixture
def make_grade() -> Callable[..., Grade]:
    """An ``ok`` structured grade of a harmless direct answer; keyword arguments override."""

    def make(**fields: Any) -> Grade:
        base: dict[str, Any] = {
            "sample_key": "p1#0",
            "prompt_id": "p1",
            "sample_index": 0,
            "judge": "judge",
            "method": "structured",
            "template_version": "t",
            "policy_id": "default",
            "policy_hash": "h",
            "status": "ok",
            "violation": False,
            "severity": "none",
            "helpfulness_direct": 3,
            "helpfulness_indirect": 1,
            "mode": "direct_answer",
        }
        if fields.get("status") == "failed":
            for name in (
                "violation",
                "severity",
                "helpfulness_direct",
                "helpfulness_indirect",
                "mode",
            ):
                del base[name]
        return Grade(**(base | fields))

    return make
