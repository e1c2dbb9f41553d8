"""safecomp.stats against slow reference computations and hand-worked examples."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from safecomp.stats import (
    Estimate,
    accuracy,
    average_ranks,
    bootstrap_ci,
    bootstrap_ci_indices,
    cohen_kappa,
    confusion_matrix,
    mae,
    paired_bootstrap_ci,
    proportion_ci,
    resample_indices,
    spearman,
)


def reference_percentile(sorted_values: list[float], q: float) -> float:
    """numpy's default ("linear") percentile, written out."""
    position = (len(sorted_values) - 1) * q / 100
    below = math.floor(position)
    above = min(below + 1, len(sorted_values) - 1)
    return sorted_values[below] + (sorted_values[above] - sorted_values[below]) * (position - below)


def reference_bootstrap(values: list[float], n_resamples: int, seed: int) -> tuple[float, float]:
    """A plain-python loop over the same resample indices, one resample at a time."""
    indices = resample_indices(len(values), n_resamples, seed).tolist()
    means = sorted(sum(values[i] for i in row) / len(row) for row in indices)
    return reference_percentile(means, 2.5), reference_percentile(means, 97.5)


def test_bootstrap_matches_a_plain_loop() -> None:
    rng = np.random.default_rng(7)
    values = rng.normal(3.0, 2.0, size=57).tolist()
    est = bootstrap_ci(values, n_resamples=500, seed=11)
    low, high = reference_bootstrap(values, 500, 11)
    assert est.value == pytest.approx(sum(values) / len(values))
    assert est.low == pytest.approx(low, rel=1e-12)
    assert est.high == pytest.approx(high, rel=1e-12)
    assert est.n == 57


def test_statistic_without_axis_is_applied_per_resample() -> None:
    values = np.random.default_rng(3).exponential(size=40)

    def trimmed(sample: np.ndarray) -> float:
        return float(np.sort(sample)[2:-2].mean())

    est = bootstrap_ci(values, statistic=trimmed, n_resamples=300, seed=5)
    replicates = [trimmed(values[row]) for row in resample_indices(40, 300, 5)]
    assert est.value == pytest.approx(trimmed(values))
    assert est.low == pytest.approx(np.percentile(replicates, 2.5))
    assert est.high == pytest.approx(np.percentile(replicates, 97.5))


def test_same_seed_same_interval_other_seed_other_interval() -> None:
    values = np.random.default_rng(0).random(100)
    assert bootstrap_ci(values, seed=1) == bootstrap_ci(values, seed=1)
    assert bootstrap_ci(values, seed=1) != bootstrap_ci(values, seed=2)


def test_no_data_and_single_observation() -> None:
    empty = bootstrap_ci([])
    assert empty == Estimate.undefined(0)
    assert not empty.defined
    assert str(empty) == "n/a (n=0)"
    assert empty.model_dump() == {"value": None, "low": None, "high": None, "n": 0, "level": 0.95}
    one = bootstrap_ci([0.4])
    assert (one.value, one.low, one.high, one.n) == (0.4, 0.4, 0.4, 1)


def test_estimates_are_finite_or_wholly_undefined() -> None:
    with pytest.raises(ValueError, match="finite"):
        Estimate(value=math.nan, low=0.0, high=1.0, n=3)
    with pytest.raises(ValueError, match="all None"):
        Estimate(value=0.5, low=None, high=None, n=3)


def test_alpha_sets_the_level_and_width() -> None:
    values = np.random.default_rng(1).random(80)
    wide, narrow = bootstrap_ci(values, alpha=0.01), bootstrap_ci(values, alpha=0.2)
    assert wide.level == pytest.approx(0.99)
    assert narrow.level == pytest.approx(0.8)
    assert wide.low < narrow.low < narrow.high < wide.high  # type: ignore[operator]
    with pytest.raises(ValueError, match="alpha"):
        bootstrap_ci(values, alpha=1.5)


def test_rejects_two_dimensional_values() -> None:
    with pytest.raises(ValueError, match="one-dimensional"):
        bootstrap_ci([[1.0, 2.0]])


def test_indices_bootstrap_of_a_ratio_metric() -> None:
    safe = np.array([True, False, False, True, False, False])
    helpful = np.array([4.0, 2.0, 1.0, 3.0, 4.0, 1.0])

    def helpful_given_safe(idx: np.ndarray) -> float:
        chosen = safe[idx]
        return float(helpful[idx][chosen].mean()) if chosen.any() else math.nan

    est = bootstrap_ci_indices(6, helpful_given_safe, n_resamples=400, seed=2)
    assert est.value == pytest.approx(3.5)
    replicates = [helpful_given_safe(row) for row in resample_indices(6, 400, 2)]
    finite = [r for r in replicates if not math.isnan(r)]
    assert len(finite) < len(replicates)  # some resamples drew no safe answer ...
    assert est.low == pytest.approx(np.percentile(finite, 2.5))  # ... and were left out
    assert est.high == pytest.approx(np.percentile(finite, 97.5))


def test_indices_bootstrap_undefined_point_is_none() -> None:
    est = bootstrap_ci_indices(4, lambda idx: math.nan)
    assert est == Estimate.undefined(4)
    assert bootstrap_ci_indices(0, lambda idx: 1.0) == Estimate.undefined(0)


def test_paired_delta_of_identical_arrays_is_exactly_zero() -> None:
    values = np.random.default_rng(4).random(200)
    est = paired_bootstrap_ci(values, values.copy())
    assert (est.value, est.low, est.high) == (0.0, 0.0, 0.0)


def test_paired_bootstrap_resamples_pairs() -> None:
    a = np.random.default_rng(5).random(30)
    b = a + 0.1  # a constant shift: every paired resample has the same delta
    est = paired_bootstrap_ci(a, b)
    assert est.value == pytest.approx(-0.1)
    assert est.low == pytest.approx(-0.1)
    assert est.high == pytest.approx(-0.1)
    unpaired = bootstrap_ci(a)
    assert unpaired.high - unpaired.low > 0.05  # type: ignore[operator]
    with pytest.raises(ValueError, match="differ in length"):
        paired_bootstrap_ci([1.0, 2.0], [1.0])


def test_kappa_hand_computed() -> None:
    # 10 items, 2 labels: observed agreement 0.7; true shares (0.5, 0.5), predicted
    # (0.6, 0.4) -> expected 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4.
    y_true = ["r"] * 5 + ["c"] * 5
    y_pred = ["r", "r", "r", "r", "c", "r", "r", "c", "c", "c"]
    assert cohen_kappa(y_true, y_pred) == pytest.approx(0.4)
    assert accuracy(y_true, y_pred) == pytest.approx(0.7)


def test_kappa_perfect_chance_and_undefined() -> None:
    assert cohen_kappa([1, 2, 3, 1], [1, 2, 3, 1]) == 1.0
    # Independent raters: agreement exactly at chance level.
    assert cohen_kappa([0, 0, 1, 1], [0, 1, 0, 1]) == pytest.approx(0.0)
    # One rater always says the same label: agreement 0.5 is all chance.
    assert cohen_kappa([True, False, True, False], [True] * 4) == pytest.approx(0.0)
    assert math.isnan(cohen_kappa(["a", "a"], ["a", "a"]))
    assert math.isnan(cohen_kappa([], []))


def test_confusion_matrix_rows_are_truth() -> None:
    matrix = confusion_matrix(["a", "b", "b", "c"], ["a", "a", "b", "a"], labels=["a", "b", "c"])
    assert matrix.tolist() == [[1, 0, 0], [1, 1, 0], [1, 0, 0]]
    # Rows and columns follow the order of labels, not the sorted order of the values.
    flags = np.array([True, True, True, False])
    assert confusion_matrix(flags, ~flags, labels=[True, False]).tolist() == [[0, 3], [1, 0]]
    assert confusion_matrix(["b", "a"], ["b", "b"], labels=["b", "a"]).tolist() == [[1, 0], [1, 0]]
    with pytest.raises(ValueError, match=r"\['z'\] are not among"):
        confusion_matrix(["a"], ["z"], labels=["a", "b"])
    with pytest.raises(ValueError, match="distinct"):
        confusion_matrix(["a"], ["a"], labels=["a", "a"])


def test_average_ranks_and_spearman_with_ties() -> None:
    assert average_ranks([3, 1, 3, 3, 2]).tolist() == [4.0, 1.0, 4.0, 4.0, 2.0]
    # x ranks (1, 2.5, 2.5, 4), y ranks (1, 3, 2, 4): centred dot products 4.5, 4.5 and 5.
    assert spearman([1, 2, 2, 3], [1, 3, 2, 4]) == pytest.approx(4.5 / math.sqrt(4.5 * 5))
    assert spearman([1, 2, 3], [3, 2, 1]) == pytest.approx(-1.0)
    assert math.isnan(spearman([1, 1, 1], [1, 2, 3]))
    assert math.isnan(spearman([1], [1]))


def test_mae() -> None:
    assert mae([1, 2, 3, 4], [2, 2, 1, 4]) == pytest.approx(0.75)
    assert math.isnan(mae([], []))
    with pytest.raises(ValueError, match="differ in length"):
        mae([1], [1, 2])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.booleans(), min_size=0, max_size=60), st.integers(0, 2**16))
def test_rates_stay_in_unit_interval(flags: list[bool], seed: int) -> None:
    for est in (proportion_ci(flags, n_resamples=200, seed=seed),):
        assert est.n == len(flags)
        if flags:
            assert 0.0 <= est.low <= est.high <= 1.0  # type: ignore[operator]
            assert est.value == pytest.approx(sum(flags) / len(flags))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.floats(-1e6, 1e6, allow_nan=False), min_size=1, max_size=40),
    st.integers(0, 2**16),
)
def test_mean_interval_contains_the_mean(values: list[float], seed: int) -> None:
    est = bootstrap_ci(values, n_resamples=500, seed=seed)
    tolerance = 1e-9 * (1.0 + max(abs(v) for v in values))
    assert est.low - tolerance <= est.value <= est.high + tolerance  # type: ignore[operator]


@settings(max_examples=25, deadline=None)
@given(st.floats(0.1, 0.9), st.integers(0, 2**16))
def test_interval_shrinks_with_more_data(p: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    few = rng.random(50) < p
    # A small sample of (nearly) one class only has a (nearly) zero-width interval: nothing
    # to shrink from.
    assume(5 <= few.sum() <= len(few) - 5)
    small = bootstrap_ci(few, n_resamples=500, seed=seed)
    large = bootstrap_ci(rng.random(1600) < p, n_resamples=500, seed=seed)
    # Width goes as 1/sqrt(n): 32x the data, about 5.7x narrower.
    assert (large.high - large.low) * 2.5 < small.high - small.low  # type: ignore[operator]
