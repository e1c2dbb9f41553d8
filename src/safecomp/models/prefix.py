"""Next-token log-probabilities for many prompts, computing each shared prefix once.

Judge prompts repeat themselves: the logprob method asks five one-token questions about the
same (long) rubric and exchange, and samples of one domain share the rubric. Walking the
prompts' token trie depth-first over a single KV cache runs every shared token through the
model once; after each branch the cache is cropped back to the branch point.

This is exact: the logits equal those of running each prompt alone (up to float rounding).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch


def _shared_until(sequences: Sequence[Sequence[int]], members: list[int], start: int) -> int:
    """The end of the prefix that every member shares, at most the shortest member's length."""
    first = sequences[members[0]]
    end = min(len(sequences[i]) for i in members)
    for position in range(start, end):
        token = first[position]
        if any(sequences[i][position] != token for i in members[1:]):
            return position
    return end


def next_token_logprobs(model: Any, sequences: Sequence[Sequence[int]]) -> torch.Tensor:
    """Log-softmax of the next-token logits after each token sequence, shape (n, vocab).

    ``model`` is a transformers causal LM; every sequence must be non-empty.

    >>> logprobs = next_token_logprobs(model, [[1, 5, 9], [1, 5, 7, 2]])  # doctest: +SKIP
    """
    import torch
    from transformers import DynamicCache

    if any(len(s) == 0 for s in sequences):
        raise ValueError("cannot score an empty token sequence")
    results: list[torch.Tensor | None] = [None] * len(sequences)
    cache = DynamicCache()
    device = model.device

    def extend(tokens: Sequence[int]) -> torch.Tensor:
        ids = torch.tensor([list(tokens)], dtype=torch.long, device=device)
        out = model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
        logits: torch.Tensor = out.logits[0, -1].float()
        return torch.log_softmax(logits, dim=-1)

    def visit(members: list[int], depth: int) -> None:
        # Invariant: the cache holds exactly tokens [0, depth) that all members share.
        end = _shared_until(sequences, members, depth)
        if end > depth:
            last = extend(sequences[members[0]][depth:end])
            for i in members:
                if len(sequences[i]) == end:
                    results[i] = last
        branches: dict[int, list[int]] = {}
        for i in members:
            if len(sequences[i]) > end:
                branches.setdefault(sequences[i][end], []).append(i)
        for branch in branches.values():
            visit(branch, end)
            cache.crop(-(cache.get_seq_length() - end))

    with torch.inference_mode():
        visit(list(range(len(sequences))), 0)
    scored = [r for r in results if r is not None]
    assert len(scored) == len(sequences), "every sequence ends at some node of the walk"
    return torch.stack(scored)
