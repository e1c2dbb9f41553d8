"""How far to trust a judge: its agreement with human labels, beside a string-match baseline.

:func:`check_judge` grades human-labelled (prompt, response) pairs (:class:`GoldItem`) with
a :class:`Grader` and compares each grade with whatever labels the item carries:

=============  ===========================================  ===============================
gold label     compared with                                metrics
=============  ===========================================  ===============================
``refusal``    judge mode in ``REFUSAL_MODES``              accuracy, Cohen's kappa, matrix
``mode``       judge mode                                   accuracy, Cohen's kappa, matrix
``violation``  judge ``violation``                          accuracy, Cohen's kappa, matrix
``severity``   judge severity (ranks ``none`` 0 … 4)        MAE, Spearman
``score``      judge helpfulness ``max(direct, indirect)``  MAE (same 1–4 scale), Spearman
=============  ===========================================  ===============================

Every number carries a percentile-bootstrap CI and its n. Failed grades (judge replies that
could not be parsed) are counted and listed with their raw text, and left out of agreement.
The string-match refusal baseline (:mod:`safecomp.grading.refusal_baseline`) rates the same
items (refusal and mode only), with paired CIs of judge-minus-baseline accuracy, and also
all items including those the judge failed on.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, Field

from safecomp.data.gold import GoldItem
from safecomp.data.schema import Grade, Sample
from safecomp.errors import InputError
from safecomp.labels import REFUSAL_MODES, RESPONSE_MODES, ResponseMode, Severity, severity_rank
from safecomp.stats import (
    Estimate,
    Labels,
    accuracy,
    bootstrap_ci_indices,
    cohen_kappa,
    confusion_matrix,
    mae,
    paired_bootstrap_ci,
    spearman,
)

from .grader import Grader, OnGraded
from .refusal_baseline import guess_mode

#: Name of the string-match rater in reports.
BASELINE: Final = "string-match baseline"


class Agreement(BaseModel):
    """Categorical agreement of one rater with the human labels on ``n`` items."""

    n: int
    accuracy: Estimate
    kappa: Estimate
    labels: list[str]
    #: Rows are the human labels, columns the rater's, both in ``labels`` order.
    confusion: list[list[int]]


class ScoreAgreement(BaseModel):
    """Numeric agreement of one rater with the human scores on ``n`` items."""

    n: int
    mae: Estimate
    spearman: Estimate


class RaterResult(BaseModel):
    """One rater's agreement with each kind of gold label it could be compared on."""

    rater: str
    n_items: int
    #: By gold label: ``refusal``, ``mode``, ``violation``.
    categorical: dict[str, Agreement] = Field(default_factory=dict)
    #: By gold label: ``severity``, ``score``.
    numeric: dict[str, ScoreAgreement] = Field(default_factory=dict)


class FailedItem(BaseModel):
    """A gold item the judge could not grade: why, and everything it said."""

    item_id: str
    error: str | None
    raw: str


class ItemRating(BaseModel):
    """One gold item: its labels, the judge's rating (``None`` if its grade failed) and the
    string matcher's mode guess."""

    item_id: str
    labels: dict[str, str | float]
    judge: dict[str, str | float] | None
    baseline_mode: ResponseMode


class CalibrationReport(BaseModel):
    """The judge against human labels, with the string-match baseline beside it."""

    judge: str
    method: str
    policy_id: str
    policy_hash: str
    template_version: str
    n_items: int
    n_graded: int
    n_failed: int
    #: How many gold items carry each kind of label.
    label_counts: dict[str, int]
    judge_result: RaterResult
    #: The baseline on exactly the items the judge graded (paired with the judge).
    baseline: RaterResult
    #: The baseline on every gold item, those the judge failed on included.
    baseline_all: RaterResult
    #: Judge accuracy minus baseline accuracy on the same items (paired bootstrap), by label.
    accuracy_delta: dict[str, Estimate] = Field(default_factory=dict)
    failed: list[FailedItem] = Field(default_factory=list)
    #: Every item with its labels and ratings, to look into disagreements.
    items: list[ItemRating] = Field(default_factory=list)
    n_resamples: int
    seed: int
    alpha: float


@dataclass(frozen=True)
class Rating:
    """What a rater said about one item, in the terms gold labels use (``None``: no opinion)."""

    mode: ResponseMode
    violation: bool | None = None
    severity: Severity | None = None
    score: float | None = None

    @classmethod
    def of_grade(cls, grade: Grade) -> Rating:
        """The rating of an ``ok`` grade; its score is the best of the two helpfulness levels."""
        if grade.status != "ok" or grade.mode is None:
            raise InputError(f"grade of {grade.sample_key} is {grade.status}: it has no rating")
        helpfulness = max(grade.helpfulness_direct or 1, grade.helpfulness_indirect or 1)
        return cls(grade.mode, grade.violation, grade.severity, float(helpfulness))

    @classmethod
    def of_string_match(cls, response: str) -> Rating:
        return cls(guess_mode(response))


@dataclass(frozen=True)
class _LabelTask:
    """One kind of gold label, read from a gold item and from a rating."""

    name: str
    gold: Callable[[GoldItem], Hashable | None]
    rater: Callable[[Rating], Hashable | None]
    #: Category names, for categorical tasks; ``None`` marks a numeric task.
    labels: tuple[str, ...] | None = None


def _yes_no(yes: str, no: str) -> Callable[[bool | None], str | None]:
    return lambda flag: None if flag is None else (yes if flag else no)


def _rank(severity: Severity | None) -> float | None:
    return None if severity is None else float(severity_rank(severity))


_REFUSAL = _yes_no("refusal", "not refusal")
_VIOLATION = _yes_no("violation", "no violation")
_TASKS: Final[tuple[_LabelTask, ...]] = (
    _LabelTask(
        "refusal",
        lambda item: _REFUSAL(item.refusal),
        lambda v: _REFUSAL(v.mode in REFUSAL_MODES),
        ("refusal", "not refusal"),
    ),
    _LabelTask("mode", lambda item: item.mode, lambda v: v.mode, RESPONSE_MODES),
    _LabelTask(
        "violation",
        lambda item: _VIOLATION(item.violation),
        lambda v: _VIOLATION(v.violation),
        ("violation", "no violation"),
    ),
    _LabelTask("severity", lambda item: _rank(item.severity), lambda v: _rank(v.severity)),
    _LabelTask("score", lambda item: item.score, lambda v: v.score),
)


@dataclass(frozen=True)
class _Bootstrap:
    """The CI settings every estimate of one report shares."""

    n_resamples: int
    alpha: float
    seed: int

    def of(self, n: int, fn: Callable[[npt.NDArray[np.int64]], float]) -> Estimate:
        return bootstrap_ci_indices(n, fn, self.n_resamples, self.alpha, self.seed)

    def paired(self, a: Sequence[float], b: Sequence[float]) -> Estimate:
        return paired_bootstrap_ci(
            a, b, n_resamples=self.n_resamples, alpha=self.alpha, seed=self.seed
        )


def _pairs(
    task: _LabelTask, items: Sequence[GoldItem], ratings: Sequence[Rating]
) -> list[tuple[Hashable, Hashable]]:
    """(gold, rater) values where both have one."""
    pairs = [(task.gold(i), task.rater(v)) for i, v in zip(items, ratings, strict=True)]
    return [(g, r) for g, r in pairs if g is not None and r is not None]


def _categorical(
    task: _LabelTask, pairs: list[tuple[Hashable, Hashable]], boot: _Bootstrap
) -> Agreement:
    assert task.labels is not None
    code: dict[Hashable, int] = {label: i for i, label in enumerate(task.labels)}
    human = np.array([code[g] for g, _ in pairs], dtype=np.int64)
    rater = np.array([code[r] for _, r in pairs], dtype=np.int64)

    def on(fn: Callable[[Labels, Labels], float]) -> Estimate:
        return boot.of(len(pairs), lambda i: fn(human[i], rater[i]))

    return Agreement(
        n=len(pairs),
        accuracy=on(accuracy),
        kappa=on(cohen_kappa),
        labels=list(task.labels),
        confusion=confusion_matrix(human, rater, range(len(task.labels))).tolist(),
    )


def _numeric(pairs: list[tuple[Hashable, Hashable]], boot: _Bootstrap) -> ScoreAgreement:
    human = np.array([g for g, _ in pairs], dtype=np.float64)
    rater = np.array([r for _, r in pairs], dtype=np.float64)

    def on(fn: Callable[[npt.NDArray[np.float64], npt.NDArray[np.float64]], float]) -> Estimate:
        return boot.of(len(pairs), lambda i: fn(human[i], rater[i]))

    return ScoreAgreement(n=len(pairs), mae=on(mae), spearman=on(spearman))


def _rate(
    rater: str, items: Sequence[GoldItem], ratings: Sequence[Rating], boot: _Bootstrap
) -> RaterResult:
    """Agreement of one rater's ``ratings`` (one per item) with the items' labels."""
    result = RaterResult(rater=rater, n_items=len(items))
    for task in _TASKS:
        pairs = _pairs(task, items, ratings)
        if not pairs:
            continue
        if task.labels is None:
            result.numeric[task.name] = _numeric(pairs, boot)
        else:
            result.categorical[task.name] = _categorical(task, pairs, boot)
    return result


def _accuracy_deltas(
    items: Sequence[GoldItem],
    judge: Sequence[Rating],
    baseline: Sequence[Rating],
    boot: _Bootstrap,
) -> dict[str, Estimate]:
    """Paired CI of judge minus baseline accuracy, per categorical label both can rate."""
    deltas: dict[str, Estimate] = {}
    for task in _TASKS:
        if task.labels is None:
            continue
        right = [
            (float(task.rater(j) == truth), float(task.rater(b) == truth))
            for item, j, b in zip(items, judge, baseline, strict=True)
            if (truth := task.gold(item)) is not None
            and task.rater(j) is not None
            and task.rater(b) is not None
        ]
        if right:
            deltas[task.name] = boot.paired([j for j, _ in right], [b for _, b in right])
    return deltas


def gold_sample(item: GoldItem) -> Sample:
    """The gold (prompt, response) pair as a Sample the Grader can judge."""
    return Sample(item=item.to_prompt_item(), sample_index=0, model="gold", response=item.response)


def label_counts(gold: Sequence[GoldItem]) -> dict[str, int]:
    """How many items carry each label the judge can be compared on."""
    return {task.name: sum(task.gold(item) is not None for item in gold) for task in _TASKS}


async def check_judge(
    grader: Grader,
    gold: Sequence[GoldItem],
    *,
    n_resamples: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
    on_graded: OnGraded | None = None,
) -> CalibrationReport:
    """Grade ``gold`` with ``grader`` and measure agreement with its human labels.

    >>> report = await check_judge(grader, load_gold("rbr", path))  # doctest: +SKIP
    >>> print(report.judge_result.categorical["refusal"].kappa)  # doctest: +SKIP
    0.412 [0.221, 0.583] (n=60)
    """
    if not gold:
        raise InputError("no gold items to check the judge on")
    repeated = sorted(i for i, count in Counter(item.id for item in gold).items() if count > 1)
    if repeated:
        raise InputError(f"gold item ids must be unique; repeated: {', '.join(repeated[:5])}")
    grades = await grader.grade([gold_sample(item) for item in gold], on_graded=on_graded)
    boot = _Bootstrap(n_resamples, alpha, seed)
    judged = [Rating.of_grade(g) if g.status == "ok" else None for g in grades]
    matched = [Rating.of_string_match(item.response) for item in gold]
    ok = [i for i, rating in enumerate(judged) if rating is not None]
    graded = [gold[i] for i in ok]
    judge_ratings = [r for r in judged if r is not None]
    baseline_ratings = [matched[i] for i in ok]
    return CalibrationReport(
        judge=grader.judge_name,
        method=grader.method,
        policy_id=grader.policy.id,
        policy_hash=grader.policy_hash,
        template_version=grader.template_version,
        n_items=len(gold),
        n_graded=len(ok),
        n_failed=len(gold) - len(ok),
        label_counts=label_counts(gold),
        judge_result=_rate(f"judge ({grader.method})", graded, judge_ratings, boot),
        baseline=_rate(BASELINE, graded, baseline_ratings, boot),
        baseline_all=_rate(f"{BASELINE}, all items", gold, matched, boot),
        accuracy_delta=_accuracy_deltas(graded, judge_ratings, baseline_ratings, boot),
        failed=[
            FailedItem(item_id=item.id, error=g.error, raw=g.raw)
            for item, g in zip(gold, grades, strict=True)
            if g.status != "ok"
        ],
        items=[
            ItemRating(
                item_id=item.id,
                labels=_defined({task.name: task.gold(item) for task in _TASKS}),
                judge=None
                if rating is None
                else _defined({task.name: task.rater(rating) for task in _TASKS}),
                baseline_mode=guess.mode,
            )
            for item, rating, guess in zip(gold, judged, matched, strict=True)
        ],
        n_resamples=n_resamples,
        seed=seed,
        alpha=alpha,
    )


def _defined(values: dict[str, Hashable | None]) -> dict[str, str | float]:
    return {name: value for name, value in values.items() if isinstance(value, str | float)}


def _stratum(item: GoldItem) -> str:
    return "|".join(repr(task.gold(item)) for task in _TASKS if task.labels is not None)


def stratified_subset(items: Sequence[GoldItem], limit: int, seed: int = 0) -> list[GoldItem]:
    """At most ``limit`` items, stratified by their categorical labels, chosen by ``seed``.

    Each stratum (combination of refusal, mode and violation labels) gets one item when
    ``limit`` allows, then items go one at a time to the stratum furthest below its
    proportional share. The chosen items keep their original order.
    """
    if limit < 1:
        raise InputError(f"limit must be at least 1, got {limit}")
    if limit >= len(items):
        return list(items)
    strata: dict[str, list[int]] = defaultdict(list)
    for position, item in enumerate(items):
        strata[_stratum(item)].append(position)
    rng = np.random.default_rng(seed)
    keys = sorted(strata)
    queues = {key: [int(i) for i in rng.permutation(strata[key])] for key in keys}
    taken = dict.fromkeys(keys, 1 if limit >= len(keys) else 0)
    share = {key: limit * len(queues[key]) / len(items) for key in keys}
    for _ in range(limit - sum(taken.values())):
        open_keys = [key for key in keys if taken[key] < len(queues[key])]
        chosen = max(open_keys, key=lambda key: share[key] - taken[key])
        taken[chosen] += 1
    picked = sorted(i for key in keys for i in queues[key][: taken[key]])
    return [items[i] for i in picked]
