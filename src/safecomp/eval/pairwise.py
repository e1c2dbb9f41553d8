"""Pairwise win / tie / loss rates of one model against another, with prompt-level bootstrap
CIs, from the pairwise judge's judgements (``safecomp.grading.pairwise``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from pydantic import BaseModel

from safecomp.grading.pairwise import PAIRWISE_TEMPLATE_VERSION, QUESTION, PairJudgement
from safecomp.stats import ClusterBootstrap, Estimate


class PairwiseResult(BaseModel):
    model_a: str
    model_b: str
    judge: str
    question: str
    template_version: str
    n_pairs: int
    n_failed: int
    win: Estimate
    tie: Estimate
    loss: Estimate
    order_consistency: Estimate
    judgements: list[PairJudgement]


def summarise(
    judgements: Sequence[PairJudgement],
    *,
    model_a: str,
    model_b: str,
    judge: str,
    n_resamples: int = 2000,
    seed: int = 0,
) -> PairwiseResult:
    """Win / tie / loss rates of model A against B, with prompt-level bootstrap CIs."""
    boot = ClusterBootstrap(n_resamples, seed)
    prompts = sorted({j.prompt_id for j in judgements})
    index = {p: i for i, p in enumerate(prompts)}
    ok = [j for j in judgements if j.verdict is not None]

    def rate(hit: Sequence[bool]) -> Estimate:
        num = np.zeros(len(prompts))
        den = np.zeros(len(prompts))
        for j, h in zip(ok, hit, strict=True):
            num[index[j.prompt_id]] += float(h)
            den[index[j.prompt_id]] += 1.0
        return boot.ratio(num, den)

    return PairwiseResult(
        model_a=model_a,
        model_b=model_b,
        judge=judge,
        question=QUESTION,
        template_version=PAIRWISE_TEMPLATE_VERSION,
        n_pairs=len(judgements),
        n_failed=len(judgements) - len(ok),
        win=rate([j.verdict == "a" for j in ok]),
        tie=rate([j.verdict == "tie" for j in ok]),
        loss=rate([j.verdict == "b" for j in ok]),
        order_consistency=rate([bool(j.order_consistent) for j in ok]),
        judgements=list(judgements),
    )
