"""grade_run and `safecomp grade` with the real bundled judge: grade, resume, survive a kill.

The runs graded here hold hand-written answers (real ``Sample`` records in real run
directories) so that only the judge costs time. The bundled judge is weak: these tests check
what is written and resumed, not what the scores are. The fast logprob method keeps them short.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest
from helpers.kill import complete_lines, kill_when
from helpers.quickstart import ANSWERS, ITEMS
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data.schema import Sample
from safecomp.grading import Grader
from safecomp.models import ChatModel, ModelError, load_model
from safecomp.policy import Policy, load_policy
from safecomp.runs.rundir import (
    GRADES_FILE,
    PolicyRef,
    RunError,
    grades_log,
    read_run_info,
    samples_log,
    start_run,
)
from safecomp.runs.runner import GradeSummary, generation_info, grade_run


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("default")


def make_run(run_dir: Path, policy_source: str, count: int) -> list[Sample]:
    """A finished-looking run of ``count`` answered quickstart prompts (written, not generated)."""
    policy = PolicyRef.of(load_policy(policy_source), policy_source)
    start_run(
        run_dir, generation_info(run_dir, ITEMS, "hf:writer", suite="quickstart", policy=policy)
    )
    samples = [
        Sample(item=item, sample_index=0, model="hf:writer", response=ANSWERS[i % len(ANSWERS)])
        for i, item in enumerate(ITEMS[:count])
    ]
    samples_log(run_dir).append(samples)
    return samples


def grade(run_dir: Path, judge: ChatModel, policy: Policy) -> GradeSummary:
    grader = Grader(judge, policy, method="logprob", concurrency=1, batch_size=2)
    return asyncio.run(grade_run(run_dir, grader))


@pytest.mark.slow
def test_grades_every_sample_once_and_resumes_with_new_samples(
    tmp_path: Path, bundled_model: ChatModel, policy: Policy
) -> None:
    run_dir = tmp_path / "r"
    make_run(run_dir, "default", 2)
    summary = grade(run_dir, bundled_model, policy)
    grades = list(grades_log(run_dir))
    assert sorted(g.sample_key for g in grades) == sorted(f"{i.id}#0" for i in ITEMS[:2])
    assert {(g.judge, g.method, g.policy_hash) for g in grades} == {
        ("bundled:smollm2", "logprob", policy.content_hash)
    }
    assert (summary.graded, summary.skipped, summary.samples) == (2, 0, 2)
    assert summary.ok + summary.failed == 2
    assert sum(summary.by_severity.values()) == summary.ok
    (grading,) = read_run_info(run_dir).gradings
    assert grading.finished_at is not None and grading.policy.source == "default"

    before = (run_dir / GRADES_FILE).read_bytes()
    samples_log(run_dir).append(
        [Sample(item=ITEMS[2], sample_index=0, model="hf:writer", response=ANSWERS[2])]
    )
    again = grade(run_dir, bundled_model, policy)
    assert (again.graded, again.skipped, again.samples) == (1, 2, 3)
    assert (run_dir / GRADES_FILE).read_bytes().startswith(before)
    assert grade(run_dir, bundled_model, policy).graded == 0
    assert len(read_run_info(run_dir).gradings) == 1


@pytest.mark.slow
def test_a_run_without_samples_is_refused(
    tmp_path: Path, bundled_model: ChatModel, policy: Policy
) -> None:
    make_run(tmp_path / "r", "default", 0)
    with pytest.raises(RunError, match="no samples to grade"):
        grade(tmp_path / "r", bundled_model, policy)


@pytest.mark.slow
def test_killed_grade_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    make_run(tmp_path / "k", "default", 3)
    args = ["grade", "k", "--runs-dir", str(tmp_path), "--judge", "bundled:smollm2"]
    args += ["--method", "logprob", "--no-cache"]
    args += ["--judge-batch-size", "1", "--concurrency", "1"]
    grades_file = tmp_path / "k" / GRADES_FILE
    log = tmp_path / "grade.log"
    kill_when(args, log, lambda: complete_lines(grades_file) >= 1, timeout_s=600)
    written = grades_file.read_bytes()
    kept = written[: written.rfind(b"\n") + 1]
    assert 1 <= kept.count(b"\n") < 3, "the pass must be killed mid-way"
    with grades_file.open("ab") as handle:  # a write cut short by the kill
        handle.write(b'{"sample_key": "qs-')

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "graded now" in result.output

    lines = grades_file.read_bytes()
    assert lines.startswith(kept), "grades written before the kill are kept as they were"
    keys = Counter(g.sample_key for g in grades_log(tmp_path / "k"))
    assert set(keys) == {f"{item.id}#0" for item in ITEMS[:3]} and set(keys.values()) == {1}
    assert lines.count(b"\n") == 3


def test_grading_refuses_a_policy_changed_since_generation(tmp_path: Path) -> None:
    policy_file = tmp_path / "policy.yaml"
    default = load_policy("default")
    text = (files("safecomp.policy") / "policies" / "default.yaml").read_text(encoding="utf-8")
    policy_file.write_text(text)
    make_run(tmp_path / "r", str(policy_file), 1)
    policy_file.write_text(text.replace(f"version: {default.version}", "version: 9.9.9", 1))
    result = CliRunner().invoke(app, ["grade", "r", "--runs-dir", str(tmp_path)])
    assert result.exit_code == 1
    assert "error:" in result.output and "pass --policy" in result.output
    assert default.content_hash in result.output


def test_an_unreachable_judge_raises_and_lists_no_pass(
    tmp_path: Path, free_port: int, policy: Policy
) -> None:
    # A real connection refused: nothing listens on free_port.
    make_run(tmp_path / "r", "default", 2)
    judge = load_model(f"openai:judge@http://127.0.0.1:{free_port}/v1", max_retries=0)
    with pytest.raises(ModelError):
        grade(tmp_path / "r", judge, policy)
    assert len(grades_log(tmp_path / "r")) == 0
    assert read_run_info(tmp_path / "r").gradings == []  # a pass is listed once it has grades
