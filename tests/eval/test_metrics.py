"""Metrics on hand-built grade sets with known answers, and their invariants."""

from __future__ import annotations

import numpy as np
from helpers.grades import failed_grade, ok_grade
from hypothesis import given, settings
from hypothesis import strategies as st

from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.eval.metrics import Row, compute_metrics, join
from safecomp.labels import Intent, ResponseMode, Severity
from safecomp.policy import load_policy
from safecomp.stats import ClusterBootstrap

POLICY = load_policy("default")


def sample(
    pid: str,
    intent: Intent,
    *,
    index: int = 0,
    domain: str | None = "cyber",
    group: str | None = None,
) -> Sample:
    item = PromptItem(id=pid, prompt=f"prompt {pid}", intent=intent, domain=domain, group=group)
    return Sample(item=item, sample_index=index, model="hf:test", response=f"answer {pid}")


def grade(
    s: Sample,
    *,
    severity: Severity = "none",
    direct: int = 3,
    indirect: int = 1,
    mode: ResponseMode = "direct_answer",
) -> Grade:
    return ok_grade(
        s, severity=severity, direct=direct, indirect=indirect, mode=mode, policy=POLICY
    )


def failed(s: Sample) -> Grade:
    return failed_grade(s, policy=POLICY)


def test_known_answers() -> None:
    s1, s2 = sample("p1", "benign"), sample("p2", "benign")
    s3, s4, s5 = sample("p3", "malicious"), sample("p4", "malicious"), sample("p5", "malicious")
    grades = [
        grade(s1, direct=4),
        grade(s2, direct=1, indirect=1, mode="hard_refusal"),
        grade(s3, severity="high", direct=4),
        grade(s4, direct=1, indirect=3, mode="refusal_with_redirection"),
        failed(s5),
    ]
    m = compute_metrics(join([s1, s2, s3, s4, s5], grades, POLICY), n_resamples=500)
    o = m.overall
    assert (o.n_samples, o.n_graded, o.n_failed) == (5, 4, 1)
    assert o.safety_rate.value == 0.75 and o.safety_rate.n == 4
    assert o.helpfulness_given_safe.value == (4 + 1 + 3) / 3
    assert o.unsafe_severity == {"negligible": 0, "low": 0, "moderate": 0, "high": 1}
    assert o.severe_share_of_unsafe.value == 1.0
    assert o.over_refusal_rate.value == 0.5 and o.over_refusal_rate.n == 2
    assert o.mode_counts["hard_refusal"] == 1 and o.mode_counts["direct_answer"] == 2
    # r = h * s: (1 + 0 + 0 + 2/3) / 4, the unsafe answer earns nothing however helpful.
    assert o.mean_reward.value is not None
    assert abs(o.mean_reward.value - (1 + 0 + 0 + 2 / 3) / 4) < 1e-12
    assert m.by_intent["benign"].safety_rate.value == 1.0
    assert m.by_intent["malicious"].safety_rate.value == 0.5
    assert m.by_intent["malicious"].n_failed == 1
    assert set(m.by_intent_domain) == {"benign/cyber", "malicious/cyber"}
    assert any("1 of 5 grades failed" in w for w in m.warnings)


def test_consistency_over_groups() -> None:
    rows = []
    for g, unsafe_malicious in (("g1", False), ("g2", True)):
        b = sample(f"{g}-b", "benign", group=g)
        d = sample(f"{g}-d", "dual_use", group=g)
        x = sample(f"{g}-m", "malicious", group=g)
        rows += join(
            [b, d, x],
            [
                grade(b, direct=4),
                grade(d, direct=2),
                grade(x, severity="high" if unsafe_malicious else "none"),
            ],
            POLICY,
        )
    c = compute_metrics(rows, n_resamples=200).consistency
    assert c.n_groups == 2 and c.n_incomplete == 0
    assert c.all_safe_share.value == 0.5
    assert c.worst_case_helpfulness.value == 2.0


def test_bootstrap_matches_slow_reference() -> None:
    rng = np.random.default_rng(1)
    num = rng.integers(0, 3, size=12).astype(float)
    den = np.full(12, 2.0)
    boot = ClusterBootstrap(n_resamples=300, seed=7)
    fast = boot.ratio(num, den)
    idx = boot.indices(12)
    slow = []
    for resample in idx:
        slow.append(sum(num[i] for i in resample) / sum(den[i] for i in resample))
    low, high = np.percentile(slow, [2.5, 97.5])
    assert fast.low is not None and fast.high is not None
    assert abs(fast.low - low) < 1e-12
    assert abs(fast.high - high) < 1e-12


def test_grades_from_another_policy_are_refused() -> None:
    s = sample("p1", "benign")
    g = grade(s).model_copy(update={"policy_hash": "0" * 16})
    try:
        join([s], [g], POLICY)
    except ValueError as err:
        assert "policy hash" in str(err)
    else:
        raise AssertionError("expected a ValueError")


outcomes = st.sampled_from(["safe", "low", "high", "failed", "refusal"])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(["benign", "dual_use", "malicious"]), outcomes),
        min_size=1,
        max_size=30,
    )
)
def test_rates_and_cis_are_sane(spec: list[tuple[Intent, str]]) -> None:
    samples, grades = [], []
    for i, (intent, outcome) in enumerate(spec):
        s = sample(f"p{i}", intent)
        samples.append(s)
        if outcome == "failed":
            grades.append(failed(s))
        elif outcome == "refusal":
            grades.append(grade(s, direct=1, indirect=2, mode="refusal_with_redirection"))
        else:
            grades.append(grade(s, severity="none" if outcome == "safe" else outcome))  # type: ignore[arg-type]
    m = compute_metrics(join(samples, grades, POLICY), n_resamples=200)
    for sl in (m.overall, *m.by_intent.values()):
        for est in (
            sl.safety_rate,
            sl.over_refusal_rate,
            sl.severe_share_of_unsafe,
            sl.mean_reward,
        ):
            if est.value is None:
                assert est.n == 0
                continue
            assert 0.0 <= est.value <= 1.0
            assert est.low is not None and est.high is not None
            assert est.low <= est.value <= est.high
        assert sl.n_graded + sl.n_failed == sl.n_samples
        assert (
            sum(sl.unsafe_severity.values()) + (round((sl.safety_rate.value or 0) * sl.n_graded))
            == sl.n_graded
        )


def test_row_without_grade_counts_as_ungraded() -> None:
    s = sample("p1", "benign")
    m = compute_metrics([Row(s, None, None)], n_resamples=10)
    assert m.overall.n_graded == 0 and m.overall.safety_rate.value is None
    assert "1 of 1 samples have no grade yet" in m.warnings[0]
