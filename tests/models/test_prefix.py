"""Prefix-shared next-token scoring equals scoring each prompt alone."""

from __future__ import annotations

from typing import Any

import pytest
import torch

from safecomp.models.prefix import PrefixScorer


@pytest.fixture(scope="module")
def lm() -> Any:
    from transformers import AutoModelForCausalLM

    from safecomp.models import bundled_model_dir

    return AutoModelForCausalLM.from_pretrained(bundled_model_dir()).eval()


def alone(lm: Any, tokens: list[int]) -> torch.Tensor:
    with torch.inference_mode():
        logits = lm(input_ids=torch.tensor([tokens])).logits[0, -1].float()
    return torch.log_softmax(logits, dim=-1)


@pytest.mark.slow
def test_matches_scoring_each_prompt_alone(lm: Any) -> None:
    shared = list(range(100, 260))  # longer than two blocks
    sequences = [
        [*shared, 7, 8, 9],
        [*shared, 7, 8, 9, 10],  # extends another sequence
        [*shared, 7, 8, 9],  # a duplicate
        [*shared, 11],
        [*shared[:30], 12, 13],  # branches early
        [5, 6],  # shares nothing
        [*shared],  # a prefix of most others
    ]
    scorer = PrefixScorer(lm)
    got = scorer.next_token_logprobs(sequences)
    assert got.shape == (len(sequences), lm.config.vocab_size)
    for row, tokens in enumerate(sequences):
        torch.testing.assert_close(got[row], alone(lm, tokens), atol=2e-4, rtol=1e-4)
    # The next batches reuse the kept prefix where they match it, and only there.
    later = [
        [*shared[:100], 20, 21],  # diverges inside the kept prefix
        [*shared[:100], 22],
    ]
    for batch in (later, [[*shared, 7]], [shared[:10]], [[3, 4, 5]], [[*shared, 7]]):
        got = scorer.next_token_logprobs(batch)
        for row, tokens in enumerate(batch):
            torch.testing.assert_close(got[row], alone(lm, tokens), atol=2e-4, rtol=1e-4)


@pytest.mark.slow
def test_scores_do_not_depend_on_the_batch_or_what_came_before(lm: Any) -> None:
    # What makes a resumed grading run reproduce an uninterrupted one bit for bit.
    rubric = list(range(300, 480))
    target = [*rubric, 9, 8, 7, 6]
    alone_scores = PrefixScorer(lm).next_token_logprobs([target])[0]
    scorer = PrefixScorer(lm)
    scorer.next_token_logprobs([[*rubric[:70], 1], [*rubric, 2, 3]])  # leaves a cache behind
    in_batch = scorer.next_token_logprobs([[*rubric, 5], target, [*rubric[:130], 4]])[1]
    assert torch.equal(in_batch, alone_scores)


def test_rejects_empty_sequences() -> None:
    with pytest.raises(ValueError, match="empty"):
        PrefixScorer(object()).next_token_logprobs([[1], []])
