"""Transport failures stop grading with ModelError instead of becoming failed grades."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from safecomp.data.schema import Sample
from safecomp.grading import GradeCache, Grader
from safecomp.models import ModelError, load_model
from safecomp.policy import Policy


@pytest.mark.parametrize("method", ["structured", "logprob"])
def test_judge_server_down_raises_model_error(
    free_port: int,
    policy: Policy,
    make_sample: Callable[..., Sample],
    tmp_path: Path,
    method: str,
) -> None:
    judge = load_model(
        f"openai:judge@http://127.0.0.1:{free_port}/v1", max_retries=1, backoff_s=0.01
    )
    cache = GradeCache(tmp_path / "cache.sqlite")
    grader = Grader(judge, policy, method=method, cache=cache)  # type: ignore[arg-type]
    with pytest.raises(ModelError):
        asyncio.run(grader.grade([make_sample(), make_sample("other", id="p2")]))
    assert len(cache) == 0
