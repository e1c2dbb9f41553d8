"""Next-token log-probabilities for many prompts, computing each shared prefix once.

Judge prompts repeat themselves: the logprob method asks five one-token questions about the
same (long) rubric and exchange, and samples of one domain share the rubric. Walking the
prompts' token trie depth-first over a single KV cache runs every shared token through the
model once; after each branch the cache is cropped back to the branch point. The batch's
shared start stays cached for the next batch.

Every prompt is computed in the same pieces whatever else is in its batch or came before it:
blocks of ``BLOCK`` tokens at fixed positions, then its own last (partial) block. Only whole
blocks are shared. So a prompt's scores are bit-for-bit the same in any batch, and a resumed
grading run reproduces an uninterrupted one exactly; they equal scoring the prompt alone up to
float rounding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

#: Tokens per shared block. Smaller shares more; larger makes fewer model calls.
BLOCK = 64


def _last_block_start(sequence: Sequence[int]) -> int:
    """Where the block holding a sequence's last token starts; earlier blocks are shareable."""
    return (len(sequence) - 1) // BLOCK * BLOCK


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
        """Log-softmax of the next-token logits after each sequence, shape (n, vocab)."""
        import torch
        from transformers import DynamicCache

        if not sequences or any(len(s) == 0 for s in sequences):
            raise ValueError("cannot score an empty batch or an empty token sequence")
        shared = _shared_blocks(sequences)
        reuse = 0
        if self._cache is not None:
            limit = min(len(self._tokens), shared)
            while reuse + BLOCK <= limit and (
                self._tokens[reuse : reuse + BLOCK] == list(sequences[0][reuse : reuse + BLOCK])
            ):
                reuse += BLOCK
        cache = self._cache if reuse else DynamicCache()
        self._cache, self._tokens = None, []
        _crop_to(cache, reuse)
        results: list[torch.Tensor | None] = [None] * len(sequences)
        device = self.model.device

        def run(tokens: Sequence[int]) -> torch.Tensor:
            ids = torch.tensor([list(tokens)], dtype=torch.long, device=device)
            out = self.model(input_ids=ids, cache=cache, use_cache=True, logits_to_keep=1)
            logits: torch.Tensor = out.logits[0, -1].float()
            return torch.log_softmax(logits, dim=-1)

        def visit(members: list[int], depth: int) -> None:
            # Invariant: the cache holds exactly the whole blocks [0, depth) all members share.
            blocks: dict[tuple[int, ...], list[int]] = {}
            for i in members:
                sequence = sequences[i]
                if _last_block_start(sequence) == depth:
                    results[i] = run(sequence[depth:])
                    _crop_to(cache, depth)
                else:
                    blocks.setdefault(tuple(sequence[depth : depth + BLOCK]), []).append(i)
            for block, branch in blocks.items():
                run(block)
                visit(branch, depth + BLOCK)
                _crop_to(cache, depth)

        with torch.inference_mode():
            everyone = list(range(len(sequences)))
            for start in range(reuse, shared, BLOCK):  # the blocks every sequence shares
                run(sequences[0][start : start + BLOCK])
            visit(everyone, shared)
        # The cache holds the batch's shared blocks again; keep them for the next call.
        self._cache, self._tokens = cache, list(sequences[0][:shared])
        scored = [r for r in results if r is not None]
        assert len(scored) == len(sequences), "every sequence ends in some visited block"
        return torch.stack(scored)


def _shared_blocks(sequences: Sequence[Sequence[int]]) -> int:
    """The length of the whole blocks that every sequence shares before its last block."""
    end = min(_last_block_start(s) for s in sequences)
    first = sequences[0]
    for position in range(end):
        token = first[position]
        if any(s[position] != token for s in sequences[1:]):
            return position // BLOCK * BLOCK
    return end


def _crop_to(cache: Any, length: int) -> None:
    extra = cache.get_seq_length() - length
    if extra > 0:
        cache.crop(-extra)
