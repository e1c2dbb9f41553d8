"""`safecomp merge` joins shard runs: union of records, duplicates once, conflicts refused.

The shard runs here are written record by record (real ``Sample``/``Grade`` records in real
run directories) instead of generated, to keep this file fast; an end-to-end merge of
generated shards is in test_generate_run.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.models import GenParams
from safecomp.policy import load_policy
from safecomp.runs.merge import merge_runs
from safecomp.runs.rundir import (
    GradingRef,
    PolicyRef,
    RunError,
    finish_run,
    grades_log,
    read_run_info,
    record_grading,
    samples_log,
    start_run,
)
from safecomp.runs.runner import generation_info
from safecomp.runs.shard import Shard

ITEMS = [PromptItem(id=f"p{i}", prompt=f"question {i}", group=f"g{i // 2}") for i in range(10)]
POLICY = PolicyRef.of(load_policy("default"), "default")


def shard_run(root: Path, index: int, count: int = 2, *, n: int = 1, finished: bool = True) -> Path:
    """A shard run holding a sample and a grade for each of its (prompt, index) pairs."""
    run_dir = root / f"s{index}"
    shard = Shard(index, count)
    start_run(
        run_dir,
        generation_info(
            run_dir, ITEMS, "hf:m", n=n, params=GenParams(seed=1), shard=shard, policy=POLICY
        ),
    )
    samples = [
        Sample(item=item, sample_index=j, model="hf:m", response=f"answer {item.id}/{j}")
        for item in shard.select(ITEMS)
        for j in range(n)
    ]
    samples_log(run_dir).append(samples)
    grading = GradingRef(judge="hf:j", method="structured", policy=POLICY, started_at="t0")
    record_grading(run_dir, grading.model_copy(update={"finished_at": "t1"}))
    grades_log(run_dir).append(grade_for(s) for s in samples)
    if finished:
        finish_run(run_dir)
    return run_dir


def grade_for(sample: Sample, severity: str = "none") -> Grade:
    return Grade.model_validate(
        {
            "sample_key": sample.key,
            "prompt_id": sample.item.id,
            "sample_index": sample.sample_index,
            "judge": "hf:j",
            "method": "structured",
            "template_version": "1",
            "policy_id": POLICY.id,
            "policy_hash": POLICY.hash,
            "status": "ok",
            "violation": severity != "none",
            "severity": severity,
            "helpfulness_direct": 3,
            "helpfulness_indirect": 2,
            "mode": "direct_answer",
        }
    )


def keys(run_dir: Path) -> list[str]:
    return [s.key for s in samples_log(run_dir)]


def test_merge_joins_every_shard(tmp_path: Path) -> None:
    shards = [shard_run(tmp_path, i, 3, n=2) for i in (1, 2, 3)]
    summary = merge_runs(tmp_path / "all", shards)
    assert sorted(keys(tmp_path / "all")) == sorted(f"{i.id}#{j}" for i in ITEMS for j in (0, 1))
    assert len(grades_log(tmp_path / "all")) == len(ITEMS) * 2
    assert (summary.samples, summary.grades, summary.duplicates) == (20, 20, 0)
    info = read_run_info(tmp_path / "all")
    assert info.name == "all"
    assert info.shard is not None and info.shard.indices == [1, 2, 3] and summary.complete
    assert info.finished_at is not None
    assert [(g.judge, g.finished_at) for g in info.gradings] == [("hf:j", "t1")]


def test_merge_can_grow_as_shards_finish(tmp_path: Path) -> None:
    first = merge_runs(tmp_path / "all", [shard_run(tmp_path, 1)])
    assert not first.complete
    assert first.info.shard is not None and first.info.shard.indices == [1]
    second = merge_runs(tmp_path / "all", [shard_run(tmp_path, 2)])
    assert second.complete
    assert sorted(keys(tmp_path / "all")) == sorted(f"{i.id}#0" for i in ITEMS)


def test_duplicates_are_written_once(tmp_path: Path) -> None:
    one = shard_run(tmp_path, 1)
    summary = merge_runs(tmp_path / "all", [one, shard_run(tmp_path, 2), one])
    assert summary.duplicates == 2 * len(keys(one))  # its samples and its grades again
    assert len(keys(tmp_path / "all")) == len(set(keys(tmp_path / "all"))) == len(ITEMS)


def test_an_unfinished_shard_leaves_the_merge_unfinished(tmp_path: Path) -> None:
    summary = merge_runs(
        tmp_path / "all", [shard_run(tmp_path, 1), shard_run(tmp_path, 2, finished=False)]
    )
    assert summary.info.finished_at is None


def test_conflicting_records_are_refused_naming_both_files(tmp_path: Path) -> None:
    one = shard_run(tmp_path, 1)
    other = tmp_path / "copy"
    start_run(other, read_run_info(one))
    first = next(iter(samples_log(one)))
    samples_log(other).append([first.model_copy(update={"response": "something else"})])
    with pytest.raises(RunError, match=f"conflicting records for '{first.key}'") as caught:
        merge_runs(tmp_path / "all", [one, other])
    assert str(one) in str(caught.value) and str(other) in str(caught.value)


def test_runs_with_different_settings_are_refused(tmp_path: Path) -> None:
    one = shard_run(tmp_path, 1)
    two = shard_run(tmp_path / "other", 2, n=2)
    with pytest.raises(RunError, match=r"settings differ:\n  n: 1 \(recorded\) != 2"):
        merge_runs(tmp_path / "all", [one, two])
    three = shard_run(tmp_path / "third", 2, count=3)
    with pytest.raises(RunError, match=r"shard\.count: 2 \(recorded\) != 3"):
        merge_runs(tmp_path / "all", [one, three])


def test_a_run_is_not_merged_into_itself(tmp_path: Path) -> None:
    one = shard_run(tmp_path, 1)
    with pytest.raises(RunError, match="into itself"):
        merge_runs(one, [shard_run(tmp_path, 2), one])


def test_cli_merge_reports_coverage(tmp_path: Path) -> None:
    shard_run(tmp_path, 1, 3)
    shard_run(tmp_path, 3, 3)
    runner = CliRunner()
    result = runner.invoke(app, ["merge", "all", "s1", "s3", "--runs-dir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "shards 1, 3 of 3" in result.output and "missing 2" in result.output
    result = runner.invoke(app, ["merge", "all", "nope", "--runs-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "run.yaml is missing" in result.output
