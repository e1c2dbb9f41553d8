"""Next-token log-probabilities for many prompts, computing each shared prefix once.

Judge prompts repeat themselves: the logprob method asks five one-token questions about the
same (long) rubric and exchange, and samples of one domain share the rubric. Walking the
prompts' token trie depth-first over a single KV cache runs every shared token through the
model once; after each branch the cache is cropped back to the branch point. The batch's
shared start stays cached for the next batch.

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


class PrefixScorer:
    """Next-token log-probabilities for batches of token sequences, one model's KV cache kept
    between calls: the shared start of the last batch (a judge's system prompt and rubric)
    is not computed again when the next batch starts the same way.

    >>> scorer = PrefixScorer(model)                                  # doctest: +SKIP
    >>> logprobs = scorer.next_token_logprobs([[1, 5, 9], [1, 5, 7, 2]])  # (2, vocab)
    """

    def __init__(self, model: Any) -> None:
        self.model = model
        self._tokens: list[int] = []
        self._cache: Any = None

    def next_token_logprobs(self, sequences: Sequence[Sequence[int]]) -> torch.Tensor:
        """Log-softmax of the next-token logits after each sequence, shape (n, vocab).

        Exact: equal to running each sequence alone (up to float rounding).
        """
        import torch
        from transformers import DynamicCache

        if not sequences or any(len(s) == 0 for s in sequences):
            raise ValueError("cannot score an empty batch or an empty token sequence")
        everyone = list(range(len(sequences)))
        root_end = _shared_until(sequences, everyone, 0)
        # Reuse the kept prefix as far as it matches, always recomputing at least the last
        # shared token: its logits are needed when a sequence ends there.
        reuse = 0
        limit = min(len(self._tokens), root_end - 1)
        while reuse < limit and self._tokens[reuse] == sequences[0][reuse]:
            reuse += 1
        if self._cache is None or reuse == 0:
            cache, reuse = DynamicCache(), 0
        else:
            cache = self._cache
            cache.crop(-(cache.get_seq_length() - reuse))
        self._cache, self._tokens = None, []
        results: list[torch.Tensor | None] = [None] * len(sequences)
        device = self.model.device

        def extend(tokens: Sequence[int]) -> torch.Tensor:
            ids = torch.tensor([list(tokens)], dtype=torch.long, device=device)
            out = self.model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
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
            visit(everyone, reuse)
        # The cache now holds the batch's shared start; keep it for the next call.
        self._cache, self._tokens = cache, list(sequences[0][:root_end])
        scored = [r for r in results if r is not None]
        assert len(scored) == len(sequences), "every sequence ends at some node of the walk"
        return torch.stack(scored)
