"""The judge reward for OpenRLHF: file mode (``--remote_rm_url this_file.py``) and the
helpers the HTTP reward server shares with it.

OpenRLHF sends ``queries`` (each the prompt followed by the response, as decoded by the
actor's tokenizer), ``prompts`` (the prompts, a prefix of their queries) and ``labels``
(from ``--label_key``: nothing, an intent name, or a JSON object with ``id``, ``intent``,
``domain``, ``harmful``). The reward is returned as ``{"rewards", "scores", "extra_logs"}``,
with one value per sample in every entry; ``scores`` (used for dynamic filtering) equal the
rewards, which already lie in [0, 1]. A failed grade reads 0 with ``failed`` 1 in the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from safecomp.reward.runtime import configure, shared_scorer
from safecomp.reward.scorer import (
    PromptLabels,
    RewardRequest,
    Scored,
    make_request,
    numeric_components,
)

__all__ = ["configure", "response_of", "reward_func", "reward_requests", "reward_table"]

log = logging.getLogger(__name__)

#: End-of-turn markers a decoded query may end with; the judge sees the response without them.
END_MARKERS = ("<|im_end|>", "<|eot_id|>", "<|endoftext|>", "<|end|>", "</s>", "<eos>")


def response_of(query: str, prompt: str, row: int) -> str:
    """The response part of ``query`` (``prompt`` + response), without end-of-turn markers."""
    if not query.startswith(prompt):
        raise ValueError(f"query {row} does not start with its prompt (prompts[{row}])")
    response = query[len(prompt) :].rstrip()
    stripped = True
    while stripped:
        stripped = False
        for marker in END_MARKERS:
            if response.endswith(marker):
                response = response[: -len(marker)].rstrip()
                stripped = True
    return response


def reward_requests(
    queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any] | None
) -> list[RewardRequest]:
    """Requests from OpenRLHF's three lists (``ValueError`` naming the row when one is bad)."""
    if len(queries) != len(prompts) or (labels is not None and len(labels) != len(queries)):
        raise ValueError(
            f"query, prompts and labels must have one entry per sample; got {len(queries)}, "
            f"{len(prompts)} and {'none' if labels is None else len(labels)}"
        )
    return [
        make_request(
            [{"role": "user", "content": prompt}],
            response_of(query, prompt, i),
            PromptLabels.parse(None if labels is None else labels[i], f"labels[{i}]"),
        )
        for i, (query, prompt) in enumerate(zip(queries, prompts, strict=True))
    ]


def reward_table(scored: Sequence[Scored]) -> dict[str, Any]:
    """``{"rewards": [...], "scores": [...], "extra_logs": {name: [...]}}`` as plain lists."""
    rows = [numeric_components(s) for s in scored]
    failed = sum(s.failed for s in scored)
    if failed:
        log.warning("%d of %d judge grades failed; they read 0 with failed=1", failed, len(rows))
    rewards = [row.pop("reward") for row in rows]
    names = list(rows[0]) if rows else []
    return {
        "rewards": rewards,
        "scores": list(rewards),
        "extra_logs": {name: [row[name] for row in rows] for name in names},
    }


def reward_func(
    queries: Sequence[str], prompts: Sequence[str], labels: Sequence[Any], **kwargs: Any
) -> dict[str, Any]:
    """OpenRLHF's custom ``reward_func``: one judge call for the batch, tensors out."""
    import torch  # here, not at the top: the HTTP server shares this module without torch

    table = reward_table(shared_scorer().score(reward_requests(queries, prompts, labels)))
    return {
        "rewards": torch.tensor(table["rewards"], dtype=torch.float32),
        "scores": torch.tensor(table["scores"], dtype=torch.float32),
        "extra_logs": {
            name: torch.tensor(values, dtype=torch.float32)
            for name, values in table["extra_logs"].items()
        },
    }
