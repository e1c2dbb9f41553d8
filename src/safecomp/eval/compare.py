"""Model against model on the same prompts: paired deltas with paired bootstrap CIs."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel

from safecomp.errors import InputError
from safecomp.eval.metrics import RATIO_METRICS, Row, per_prompt
from safecomp.labels import INTENTS
from safecomp.stats import ClusterBootstrap, Estimate

#: The slices a comparison reports: all shared prompts, then each intent present.
OVERALL = "overall"


class Delta(BaseModel):
    """``delta = a - b`` for one metric on one slice of the shared prompts."""

    metric: str
    slice: str
    a: Estimate
    b: Estimate
    delta: Estimate


class PairedDeltas(BaseModel):
    model_a: str
    model_b: str
    n_shared_prompts: int
    n_only_a: int
    n_only_b: int
    n_resamples: int
    seed: int
    deltas: list[Delta]

    def get(self, metric: str, slice_: str = OVERALL) -> Delta:
        for d in self.deltas:
            if d.metric == metric and d.slice == slice_:
                return d
        raise KeyError(f"no delta for {metric} on {slice_}")


def _prompts(rows: Sequence[Row]) -> set[str]:
    return {r.sample.item.id for r in rows}


def paired_deltas(
    rows_a: Sequence[Row], rows_b: Sequence[Row], *, n_resamples: int = 2000, seed: int = 0
) -> PairedDeltas:
    """Deltas (A - B) of every ratio metric, overall and per intent, on the prompts both share.

    Prompts are resampled in pairs, so the CI reflects the difference on the same prompts
    rather than two independent samples. A run compared with itself gives 0 with CI [0, 0].
    """
    shared = _prompts(rows_a) & _prompts(rows_b)
    if not shared:
        raise InputError("the two runs share no prompt: nothing to compare")
    boot = ClusterBootstrap(n_resamples, seed)
    a = [r for r in rows_a if r.sample.item.id in shared]
    b = [r for r in rows_b if r.sample.item.id in shared]

    slices = {OVERALL: (a, b)}
    for intent in INTENTS:
        part_a = [r for r in a if r.sample.item.intent == intent]
        if part_a:
            slices[intent] = (part_a, [r for r in b if r.sample.item.intent == intent])

    deltas = []
    for slice_name, (part_a, part_b) in slices.items():
        for metric, value in RATIO_METRICS.items():
            sums_a = per_prompt(part_a, value)
            sums_b = per_prompt(part_b, value)
            deltas.append(
                Delta(
                    metric=metric,
                    slice=slice_name,
                    a=boot.ratio(*sums_a),
                    b=boot.ratio(*sums_b),
                    delta=boot.paired_delta(sums_a, sums_b),
                )
            )
    return PairedDeltas(
        model_a=rows_a[0].sample.model,
        model_b=rows_b[0].sample.model,
        n_shared_prompts=len(shared),
        n_only_a=len(_prompts(rows_a) - shared),
        n_only_b=len(_prompts(rows_b) - shared),
        n_resamples=n_resamples,
        seed=seed,
        deltas=deltas,
    )
