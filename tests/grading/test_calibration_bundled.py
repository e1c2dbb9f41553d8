"""check_judge and `safecomp judge check` end to end with the real bundled judge.

SmolLM2-135M is a weak judge: these tests check the report's structure, ranges and counts,
not that its agreement is good.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data.gold import load_gold
from safecomp.grading import Grader
from safecomp.grading.calibration import (
    Agreement,
    CalibrationReport,
    check_judge,
    stratified_subset,
)
from safecomp.models import ChatModel
from safecomp.policy import Policy
from safecomp.stats import Estimate

pytestmark = pytest.mark.slow

SUBSET = 3  # the judge reads a ~2k-token rubric per item: slow on CPU


def in_range(estimate: Estimate, low: float, high: float) -> None:
    """A defined estimate lies in [low, high] inside its CI; an undefined one is all None."""
    if estimate.value is None:
        assert estimate.low is None and estimate.high is None
        return
    assert estimate.low is not None and estimate.high is not None
    assert low <= estimate.low <= estimate.value <= estimate.high <= high


def check_agreement(agreement: Agreement, graded: int) -> None:
    assert 0 < agreement.n <= graded
    assert sum(map(sum, agreement.confusion)) == agreement.n
    assert len(agreement.confusion) == len(agreement.labels)
    in_range(agreement.accuracy, 0.0, 1.0)
    in_range(agreement.kappa, -1.0, 1.0)


def check_report(report: CalibrationReport, method: str) -> None:
    assert report.n_items == SUBSET
    assert report.n_graded + report.n_failed == SUBSET == report.baseline_all.n_items
    assert len(report.failed) == report.n_failed
    assert all(failed.raw or failed.error for failed in report.failed)
    assert report.method == method and report.judge == "bundled:smollm2"
    assert report.judge_result.n_items == report.baseline.n_items == report.n_graded
    if report.n_graded:
        assert set(report.judge_result.categorical) >= {"refusal"}
    for rater in (report.judge_result, report.baseline, report.baseline_all):
        for agreement in rater.categorical.values():
            check_agreement(agreement, rater.n_items)
        for numeric in rater.numeric.values():
            assert 0 < numeric.n <= rater.n_items
            in_range(numeric.mae, 0.0, 4.0)
            in_range(numeric.spearman, -1.0, 1.0)
    for delta in report.accuracy_delta.values():
        in_range(delta, -1.0, 1.0)


def test_check_judge_on_rbr_gold(
    bundled_model: ChatModel, policy: Policy, shared_data: Path
) -> None:
    gold = [
        g
        for g in load_gold("rbr", shared_data / "rbr_gold" / "test.jsonl")
        if g.refusal is not None
    ]
    subset = stratified_subset(gold, SUBSET, seed=0)
    assert {g.refusal for g in subset} == {True, False}
    grader = Grader(bundled_model, policy, method="logprob")
    report = asyncio.run(check_judge(grader, subset, n_resamples=300))
    check_report(report, "logprob")
    assert report.label_counts["violation"] == SUBSET  # RBR labels disallowed content too
    assert report.n_failed == 0  # logprob scoring always yields a distribution


def test_judge_check_cli_on_pyrit_refusals(shared_data: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = CliRunner().invoke(
        app,
        [
            "judge", "check",
            "--gold", str(shared_data / "pyrit_refusal" / "refusal.csv"),
            "--format", "pyrit-refusal",
            "--judge", "bundled:smollm2",
            "--method", "structured",
            "--limit", str(SUBSET),
            "--cache", str(tmp_path / "cache.sqlite"),
            "--json", str(out),
        ],
        env={"COLUMNS": "200"},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    report = CalibrationReport.model_validate(json.loads(out.read_text()))
    check_report(report, "structured")
    assert report.label_counts["refusal"] == SUBSET
    assert "Agreement with human labels" in result.output
    assert "tiny model" in " ".join(result.output.split())
