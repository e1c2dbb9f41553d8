"""Estimates with confidence intervals, and agreement statistics, for every safecomp report.

All intervals follow one convention: percentile bootstrap intervals (the ``alpha/2`` and
``1 - alpha/2`` percentiles of the replicates, undefined replicates dropped, a single
observation giving a zero-width interval) over one shared resampling scheme
(:func:`resample_indices`), so any CI can be reproduced by hand from the seed.

>>> est = bootstrap_ci([0, 1, 1, 1], seed=0)
>>> est.value, est.n
(0.75, 4)
>>> est.low <= est.value <= est.high
True
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Hashable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field, model_validator

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
#: A statistic of a 1-D sample. If it takes an ``axis`` keyword (like ``np.mean``) the
#: bootstrap calls it once on all resamples with ``axis=-1``; otherwise once per resample.
Statistic = Callable[..., Any]
#: A sequence of categorical labels (booleans, strings, ints ...).
Labels = Sequence[Hashable] | npt.NDArray[Any]


class Estimate(BaseModel):
    """A point estimate with a ``1 - alpha`` confidence interval over ``n`` observations.

    ``value``, ``low`` and ``high`` are ``None`` when the statistic is undefined (no data,
    or e.g. Cohen's kappa when both raters use a single label): never NaN.

    >>> str(Estimate(value=0.5, low=0.25, high=0.75, n=8))
    '0.500 [0.250, 0.750] (n=8)'
    >>> str(Estimate.undefined(0))
    'n/a (n=0)'
    """

    model_config = ConfigDict(frozen=True)

    value: float | None
    low: float | None
    high: float | None
    n: int = Field(ge=0)
    level: float = 0.95

    @model_validator(mode="after")
    def _finite_or_undefined(self) -> Estimate:
        parts = (self.value, self.low, self.high)
        if any(part is None for part in parts):
            if any(part is not None for part in parts):
                raise ValueError("value, low and high are all numbers or all None")
        elif not all(math.isfinite(part) for part in parts if part is not None):
            raise ValueError(f"an estimate must be finite, got {parts}; use Estimate.undefined")
        return self

    @classmethod
    def undefined(cls, n: int, level: float = 0.95) -> Estimate:
        return cls(value=None, low=None, high=None, n=n, level=level)

    @property
    def defined(self) -> bool:
        return self.value is not None

    def format(self, digits: int = 3) -> str:
        if self.value is None or self.low is None or self.high is None:
            return f"n/a (n={self.n})"
        return (
            f"{self.value:.{digits}f} [{self.low:.{digits}f}, {self.high:.{digits}f}] (n={self.n})"
        )

    def __str__(self) -> str:
        return self.format()


def resample_indices(n: int, n_resamples: int = 2000, seed: int = 0) -> IntArray:
    """The bootstrap resamples as one ``(n_resamples, n)`` array of indices into ``range(n)``.

    >>> resample_indices(3, n_resamples=2, seed=0).shape
    (2, 3)
    """
    if n < 1:
        raise ValueError(f"cannot resample {n} observations")
    if n_resamples < 1:
        raise ValueError(f"n_resamples must be at least 1, got {n_resamples}")
    rng = np.random.default_rng(seed)
    return rng.integers(0, n, size=(n_resamples, n), dtype=np.int64)


def _percentile_interval(point: float, replicates: FloatArray, n: int, alpha: float) -> Estimate:
    """Turn a point estimate and bootstrap replicates into an Estimate (NaN replicates dropped)."""
    level = 1.0 - alpha
    if not math.isfinite(point):
        return Estimate.undefined(n, level)
    finite = replicates[np.isfinite(replicates)]
    if n == 1 or finite.size == 0:
        return Estimate(value=point, low=point, high=point, n=n, level=level)
    low, high = np.percentile(finite, [100 * alpha / 2, 100 * (1 - alpha / 2)])
    return Estimate(value=point, low=float(low), high=float(high), n=n, level=level)


def _check_alpha(alpha: float) -> None:
    if not 0.0 < alpha < 1.0:
        raise ValueError(f"alpha must be in (0, 1), got {alpha}")


def _as_1d(values: Sequence[float] | npt.ArrayLike, name: str = "values") -> FloatArray:
    array = np.asarray(values, dtype=np.float64)
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {array.shape}")
    return array


def _takes_axis(statistic: Statistic) -> bool:
    try:
        return "axis" in inspect.signature(statistic).parameters
    except (TypeError, ValueError):
        return False


def _apply(statistic: Statistic, resamples: FloatArray) -> FloatArray:
    """``statistic`` of every row of ``resamples``."""
    if _takes_axis(statistic):
        return np.asarray(statistic(resamples, axis=-1), dtype=np.float64)
    return np.fromiter((statistic(row) for row in resamples), np.float64, len(resamples))


def bootstrap_ci(
    values: Sequence[float] | npt.ArrayLike,
    statistic: Statistic = np.mean,
    n_resamples: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Percentile bootstrap CI of ``statistic`` over a 1-D sample.

    No data gives an undefined estimate; one observation gives the point as its own CI.

    >>> bootstrap_ci([]).defined
    False
    >>> bootstrap_ci([2.0]).low
    2.0
    >>> est = bootstrap_ci([1.0, 2.0, 3.0, 4.0], statistic=np.median, seed=1)
    >>> est.value
    2.5
    """
    _check_alpha(alpha)
    data = _as_1d(values)
    n = data.size
    if n == 0:
        return Estimate.undefined(0, 1.0 - alpha)
    point = float(statistic(data))
    if n == 1:
        return _percentile_interval(point, np.empty(0), n, alpha)
    replicates = _apply(statistic, data[resample_indices(n, n_resamples, seed)])
    return _percentile_interval(point, replicates, n, alpha)


def bootstrap_ci_indices(
    n: int,
    fn: Callable[[IntArray], float],
    n_resamples: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Bootstrap CI of any statistic of ``n`` observations, given as a function of indices.

    ``fn`` receives an index array (``np.arange(n)`` for the point estimate, then each
    resample) and indexes whatever parallel arrays it needs: this is how ratio metrics
    ("helpfulness given safe") and agreement statistics are bootstrapped. A resample where
    ``fn`` is NaN (e.g. no safe answer was drawn) is left out of the interval.

    >>> safe = np.array([1, 1, 0, 1], dtype=bool)
    >>> helpful = np.array([4.0, 2.0, 1.0, 3.0])
    >>> def given_safe(i):
    ...     return float(helpful[i][safe[i]].mean()) if safe[i].any() else float("nan")
    >>> bootstrap_ci_indices(4, given_safe).value
    3.0
    """
    _check_alpha(alpha)
    if n < 0:
        raise ValueError(f"n must be non-negative, got {n}")
    if n == 0:
        return Estimate.undefined(0, 1.0 - alpha)
    point = float(fn(np.arange(n, dtype=np.int64)))
    if n == 1:
        return _percentile_interval(point, np.empty(0), n, alpha)
    indices = resample_indices(n, n_resamples, seed)
    replicates = np.fromiter((fn(row) for row in indices), np.float64, n_resamples)
    return _percentile_interval(point, replicates, n, alpha)


def paired_bootstrap_ci(
    a: Sequence[float] | npt.ArrayLike,
    b: Sequence[float] | npt.ArrayLike,
    statistic: Statistic = np.mean,
    n_resamples: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """CI of ``statistic(a) - statistic(b)`` for paired observations (pairs are resampled).

    >>> paired_bootstrap_ci([1.0, 0.0, 1.0], [1.0, 0.0, 1.0]).high
    0.0
    >>> round(paired_bootstrap_ci([1.0, 1.0, 1.0], [0.0, 1.0, 0.0]).value, 3)
    0.667
    """
    _check_alpha(alpha)
    left, right = _as_1d(a, "a"), _as_1d(b, "b")
    if left.size != right.size:
        raise ValueError(f"paired samples differ in length: {left.size} vs {right.size}")
    n = left.size
    if n == 0:
        return Estimate.undefined(0, 1.0 - alpha)
    point = float(statistic(left)) - float(statistic(right))
    if n == 1:
        return _percentile_interval(point, np.empty(0), n, alpha)
    indices = resample_indices(n, n_resamples, seed)
    replicates = _apply(statistic, left[indices]) - _apply(statistic, right[indices])
    return _percentile_interval(point, replicates, n, alpha)


class ClusterBootstrap:
    """Cluster bootstrap of ratio statistics ``sum(num) / sum(den)`` over resampled clusters
    (e.g. prompts, whose samples are not independent), under the module's one convention.

    One resampling per number of clusters is shared by every statistic, so all of a report's
    estimates are computed from the same resamples. Resamples whose denominator is zero are
    dropped (their ratio is undefined). ``n`` of a ratio is its total denominator.
    """

    def __init__(self, n_resamples: int = 2000, seed: int = 0, alpha: float = 0.05) -> None:
        _check_alpha(alpha)
        self.n_resamples = n_resamples
        self.seed = seed
        self.alpha = alpha
        self._indices: dict[int, IntArray] = {}

    def indices(self, n_clusters: int) -> IntArray:
        if n_clusters not in self._indices:
            self._indices[n_clusters] = resample_indices(n_clusters, self.n_resamples, self.seed)
        return self._indices[n_clusters]

    def ratio(self, num: FloatArray, den: FloatArray) -> Estimate:
        """``num``/``den`` hold one entry per cluster; n is the total denominator."""
        total = float(den.sum())
        if total == 0:
            return Estimate.undefined(0, 1.0 - self.alpha)
        point = float(num.sum()) / total
        if len(num) == 1:
            return _percentile_interval(point, np.empty(0), int(total), self.alpha)
        idx = self.indices(len(num))
        with np.errstate(invalid="ignore", divide="ignore"):
            replicates = num[idx].sum(axis=1) / den[idx].sum(axis=1)
        return _percentile_interval(point, replicates, int(total), self.alpha)

    def paired_delta(
        self, a: tuple[FloatArray, FloatArray], b: tuple[FloatArray, FloatArray]
    ) -> Estimate:
        """CI of ``ratio(a) - ratio(b)`` where entry i of a and b is the same cluster;
        n is the number of clusters."""
        (num_a, den_a), (num_b, den_b) = a, b
        if len(num_a) != len(num_b):
            raise ValueError("paired clusters differ in number")
        if den_a.sum() == 0 or den_b.sum() == 0:
            return Estimate.undefined(0, 1.0 - self.alpha)
        point = float(num_a.sum() / den_a.sum() - num_b.sum() / den_b.sum())
        n = len(num_a)
        if n == 1:
            return _percentile_interval(point, np.empty(0), n, self.alpha)
        idx = self.indices(n)
        with np.errstate(invalid="ignore", divide="ignore"):
            replicates = num_a[idx].sum(1) / den_a[idx].sum(1) - num_b[idx].sum(1) / den_b[idx].sum(
                1
            )
        return _percentile_interval(point, replicates, n, self.alpha)


def proportion_ci(
    flags: Sequence[bool] | npt.ArrayLike,
    n_resamples: int = 2000,
    alpha: float = 0.05,
    seed: int = 0,
) -> Estimate:
    """Bootstrap CI of the share of true flags (a rate in [0, 1]).

    >>> proportion_ci([True, False, True, True]).value
    0.75
    """
    return bootstrap_ci(np.asarray(flags, dtype=bool), np.mean, n_resamples, alpha, seed)


def _encode(y_true: Labels, y_pred: Labels) -> tuple[IntArray, IntArray, int]:
    """Both label sequences as integer codes over their joint label set, and its size."""
    if len(y_true) != len(y_pred):
        raise ValueError(f"y_true and y_pred differ in length: {len(y_true)} vs {len(y_pred)}")
    codes: dict[Hashable, int] = {}
    true_codes = np.fromiter((codes.setdefault(v, len(codes)) for v in y_true), np.int64)
    pred_codes = np.fromiter((codes.setdefault(v, len(codes)) for v in y_pred), np.int64)
    return true_codes, pred_codes, len(codes)


def _codes(y_true: Labels, y_pred: Labels) -> tuple[IntArray, IntArray, int]:
    """Integer codes for counting: bools and non-negative ints as they are (fast, as in
    bootstrap loops; unused codes in between do not change counts), else :func:`_encode`."""
    true_array, pred_array = np.asarray(y_true), np.asarray(y_pred)
    if (
        true_array.dtype.kind in "biu"
        and pred_array.dtype.kind in "biu"
        and true_array.shape == pred_array.shape
        and true_array.size
        and min(true_array.min(), pred_array.min()) >= 0
    ):
        k = int(max(true_array.max(), pred_array.max())) + 1
        return true_array.astype(np.int64), pred_array.astype(np.int64), k
    return _encode(y_true, y_pred)


def accuracy(y_true: Labels, y_pred: Labels) -> float:
    """Share of positions where the two label sequences agree (NaN when empty).

    >>> accuracy(["a", "b", "b"], ["a", "b", "a"])
    0.6666666666666666
    """
    true_codes, pred_codes, _ = _codes(y_true, y_pred)
    if true_codes.size == 0:
        return math.nan
    return float(np.mean(true_codes == pred_codes))


def confusion_matrix(y_true: Labels, y_pred: Labels, labels: Sequence[Hashable]) -> IntArray:
    """Counts with true labels as rows and predicted labels as columns, in ``labels`` order.

    >>> confusion_matrix([1, 1, 0], [1, 0, 0], labels=[0, 1]).tolist()
    [[1, 0], [1, 1]]
    """
    if len(set(labels)) != len(labels):
        raise ValueError(f"labels must be distinct, got {list(labels)}")
    true_codes, pred_codes, k = _encode(list(labels) + list(y_true), list(labels) + list(y_pred))
    if k != len(labels):
        unknown = sorted({*y_true, *y_pred} - set(labels), key=repr)
        raise ValueError(f"labels {unknown} are not among {list(labels)}")
    size = len(labels)
    position = np.empty(size, dtype=np.int64)
    position[true_codes[:size]] = np.arange(size)  # code of each label -> its place in labels
    cells = position[true_codes[size:]] * size + position[pred_codes[size:]]
    return np.bincount(cells, minlength=size * size).reshape(size, size)


def cohen_kappa(y_true: Labels, y_pred: Labels) -> float:
    """Cohen's kappa, chance-corrected agreement of two raters.

    NaN when undefined: no data, or both raters always give the same single label
    (expected agreement is 1).

    >>> cohen_kappa([0, 1, 0, 1], [0, 1, 0, 1])
    1.0
    >>> cohen_kappa([0, 1, 0, 1], [1, 0, 1, 0])
    -1.0
    >>> round(cohen_kappa(["r", "r", "c", "c"], ["r", "c", "c", "c"]), 3)
    0.5
    """
    true_codes, pred_codes, k = _codes(y_true, y_pred)
    n = true_codes.size
    if n == 0:
        return math.nan
    observed = float(np.mean(true_codes == pred_codes))
    true_share = np.bincount(true_codes, minlength=k) / n
    pred_share = np.bincount(pred_codes, minlength=k) / n
    expected = float(true_share @ pred_share)
    if expected >= 1.0:
        return math.nan
    return (observed - expected) / (1.0 - expected)


def average_ranks(values: Sequence[float] | npt.ArrayLike) -> FloatArray:
    """Ranks from 1, ties sharing the average of the ranks they span.

    >>> average_ranks([10, 20, 20, 5]).tolist()
    [2.0, 3.5, 3.5, 1.0]
    """
    data = _as_1d(values)
    order = np.argsort(data, kind="stable")
    sorted_values = data[order]
    # Start of each run of equal values in sorted order, and the run each position belongs to.
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    ends = np.r_[starts[1:], data.size]
    run_of = np.repeat(np.arange(starts.size), ends - starts)
    mean_rank = (starts + ends + 1) / 2.0  # mean of ranks starts+1 .. ends
    ranks = np.empty(data.size, dtype=np.float64)
    ranks[order] = mean_rank[run_of]
    return ranks


def spearman(x: Sequence[float] | npt.ArrayLike, y: Sequence[float] | npt.ArrayLike) -> float:
    """Spearman rank correlation (Pearson correlation of average ranks; NaN if either is constant).

    >>> spearman([1, 2, 3, 4], [10, 20, 30, 40])
    1.0
    >>> round(spearman([1, 2, 2, 3], [1, 3, 2, 4]), 4)
    0.9487
    """
    rx, ry = average_ranks(x), average_ranks(y)
    if rx.size != ry.size:
        raise ValueError(f"x and y differ in length: {rx.size} vs {ry.size}")
    if rx.size < 2:
        return math.nan
    dx, dy = rx - rx.mean(), ry - ry.mean()
    denominator = math.sqrt(float(dx @ dx) * float(dy @ dy))
    if denominator == 0.0:
        return math.nan
    return float(dx @ dy) / denominator


def mae(x: Sequence[float] | npt.ArrayLike, y: Sequence[float] | npt.ArrayLike) -> float:
    """Mean absolute error (NaN when empty).

    >>> mae([1, 2, 3], [1, 3, 5])
    1.0
    """
    left, right = _as_1d(x, "x"), _as_1d(y, "y")
    if left.size != right.size:
        raise ValueError(f"x and y differ in length: {left.size} vs {right.size}")
    if left.size == 0:
        return math.nan
    return float(np.mean(np.abs(left - right)))
