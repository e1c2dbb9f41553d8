"""The judge reward as a verl custom reward function.

Point verl at this file and pick the function::

    custom_reward_function.path=$(python -c "import safecomp.reward.verl as m; print(m.__file__)")
    custom_reward_function.name=compute_score          # NaiveRewardManager, one call per sample
    # or name=compute_score_batch with reward_model.reward_manager=batch (one judge call per batch)

verl passes only the response, so the prompt comes from ``extra_info["prompt"]`` (a string,
or a list of chat messages as in verl's ``prompt`` column); the labels ``id``, ``intent``,
``domain`` and ``harmful`` come from ``extra_info`` too, or from ``ground_truth`` (an intent
name or an object; any other ground truth is ignored). The judge, policy, method and reward
are chosen by ``configure(...)`` or the ``SAFECOMP_*`` environment variables (see
``RewardSettings.from_env``).

Each call returns ``{"score": r, ...components}``; verl logs the components. A failed
grade scores 0 with ``failed`` 1 (verl needs a number for every sample).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from safecomp.labels import INTENTS
from safecomp.reward.runtime import configure, shared_scorer
from safecomp.reward.scorer import (
    PromptLabels,
    RewardRequest,
    make_request,
    numeric_components,
)
from safecomp.reward.trl import prompt_messages

__all__ = ["compute_score", "compute_score_batch", "configure"]

log = logging.getLogger(__name__)


def _request(solution_str: str, ground_truth: Any, extra_info: Any, row: int) -> RewardRequest:
    where = f"verl sample {row}"
    if not isinstance(extra_info, Mapping) or "prompt" not in extra_info:
        raise ValueError(
            f"{where}: extra_info must be a dict holding the 'prompt' (text or chat messages) "
            f"the response answers; got {extra_info!r}"
        )
    labels: dict[str, Any] = {}
    if isinstance(ground_truth, Mapping) or ground_truth in INTENTS:
        truth = PromptLabels.parse(ground_truth, f"{where}: ground_truth")
        labels.update(truth.model_dump(exclude_none=True))
    labels.update({k: extra_info[k] for k in PromptLabels.model_fields if k in extra_info})
    prompt = extra_info["prompt"]
    return make_request(
        prompt_messages(list(prompt) if not isinstance(prompt, str) else prompt),
        solution_str,
        PromptLabels.parse(labels, f"{where}: extra_info"),
    )


def compute_score_batch(
    data_sources: Sequence[str],
    solution_strs: Sequence[str],
    ground_truths: Sequence[Any],
    extra_infos: Sequence[Any],
    **kwargs: Any,
) -> list[dict[str, float]]:
    """Score a batch with one judge call (verl's batch reward manager signature)."""
    requests = [
        _request(solution, truth, extra, i)
        for i, (solution, truth, extra) in enumerate(
            zip(solution_strs, ground_truths, extra_infos, strict=True)
        )
    ]
    scored = shared_scorer().score(requests)
    failed = sum(s.failed for s in scored)
    if failed:
        log.warning("%d of %d judge grades failed; they score 0 with failed=1", failed, len(scored))
    rows = []
    for s in scored:
        row = numeric_components(s)
        rows.append({"score": row.pop("reward"), **row})
    return rows


def compute_score(
    data_source: str,
    solution_str: str,
    ground_truth: Any,
    extra_info: Any = None,
    **kwargs: Any,
) -> dict[str, float]:
    """Score one response (verl's ``compute_score`` signature)."""
    return compute_score_batch([data_source], [solution_str], [ground_truth], [extra_info])[0]
