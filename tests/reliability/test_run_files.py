"""A run's files under bad luck: a second writer, repeated or conflicting lines, torn lines,
a grading pass that failed. The runs are written record by record (real records in real run
directories) instead of generated, to keep this file fast."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner, Result

from safecomp.cli.app import app
from safecomp.data.appendlog import LogConflictError, LogWarning
from safecomp.data.runlock import LockedError, hold
from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.grading import Grader
from safecomp.models import GenParams, load_model
from safecomp.models.base import ModelError
from safecomp.policy import load_policy
from safecomp.runs.merge import merge_runs
from safecomp.runs.rundir import (
    GRADES_FILE,
    SAMPLES_FILE,
    GradingRef,
    PolicyRef,
    grades_log,
    read_run_info,
    record_grading,
    samples_log,
    start_run,
)
from safecomp.runs.runner import generation_info, grade_run

POLICY = load_policy("default")
REF = PolicyRef.of(POLICY, "default")
INTENTS = ("benign", "dual_use", "malicious")
SEVERITIES = ("none", "none", "low", "high", "none", "moderate", "none", "none", "low", "none")
JUDGE = "hf:judge"


def make_run(run_dir: Path) -> list[Sample]:
    """A finished run of 10 prompts with one graded pass (mixed severities)."""
    items = [
        PromptItem(id=f"p{i}", prompt=f"question {i}", intent=INTENTS[i % 3], group=f"g{i // 3}")
        for i in range(len(SEVERITIES))
    ]
    start_run(run_dir, generation_info(run_dir, items, "hf:m", params=GenParams(), policy=REF))
    samples = [Sample(item=item, sample_index=0, model="hf:m", response="ok") for item in items]
    samples_log(run_dir).append(samples)
    grades_log(run_dir).append(grade(s, sev) for s, sev in zip(samples, SEVERITIES, strict=True))
    record_grading(
        run_dir,
        GradingRef(judge=JUDGE, method="structured", policy=REF, started_at="t0", finished_at="t1"),
    )
    return samples


def grade(sample: Sample, severity: str) -> Grade:
    return Grade.model_validate(
        {
            "sample_key": sample.key,
            "prompt_id": sample.item.id,
            "sample_index": sample.sample_index,
            "judge": JUDGE,
            "method": "structured",
            "template_version": "1",
            "policy_id": REF.id,
            "policy_hash": REF.hash,
            "status": "ok",
            "violation": severity != "none",
            "severity": severity,
            "helpfulness_direct": 3,
            "helpfulness_indirect": 2,
            "mode": "direct_answer",
        }
    )


def report(run_dir: Path, *, code: int = 0) -> Result:
    result = CliRunner().invoke(app, ["report", str(run_dir)], env={"COLUMNS": "1000"})
    assert result.exit_code == code, result.output
    return result


def overall(run_dir: Path) -> dict[str, object]:
    metrics = json.loads((run_dir / "metrics.json").read_text(encoding="utf-8"))
    result: dict[str, object] = metrics["runs"][run_dir.name]["overall"]
    return result


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def test_a_second_writer_fails_fast_naming_the_holder_and_a_killed_one_frees_the_run(
    tmp_path: Path,
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path; from safecomp.data.runlock import hold\n"
            f"with hold(Path({str(tmp_path)!r}), 'grade'):\n"
            "    print('held', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        with pytest.raises(LockedError) as caught, hold(tmp_path, "generate"):
            pass
        assert str(tmp_path) in str(caught.value)
        assert f"pid {holder.pid}, grade" in str(caught.value)
        holder.kill()  # SIGKILL: no cleanup code runs; the kernel drops the lock
        holder.wait()
        with hold(tmp_path, "generate"):
            pass
    finally:
        holder.kill()
        holder.wait()


def test_repeated_lines_are_counted_once_with_a_warning(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    make_run(run_dir)
    report(run_dir)
    before = overall(run_dir)
    for name in (SAMPLES_FILE, GRADES_FILE):  # a second writer's copies of the first 4 lines
        path = run_dir / name
        path.write_text("".join(lines(path) + lines(path)[:4]), encoding="utf-8")

    result = report(run_dir)
    assert "warning:" in result.output
    assert f"{run_dir / SAMPLES_FILE}: 4 duplicate line(s) ignored" in result.output
    assert "line 11 repeats line 1" in result.output
    assert overall(run_dir) == before
    with pytest.warns(LogWarning, match="4 duplicate"):
        assert len(list(samples_log(run_dir))) == len(SEVERITIES)


@pytest.mark.parametrize("name", [GRADES_FILE, SAMPLES_FILE])
def test_two_different_records_for_one_key_are_an_error_naming_both_lines(
    tmp_path: Path, name: str
) -> None:
    run_dir = tmp_path / "r"
    samples = make_run(run_dir)
    report(run_dir)
    good = (run_dir / "metrics.json").read_text(encoding="utf-8")
    if name == GRADES_FILE:
        other = grade(samples[3], "none").model_dump_json()
    else:
        other = samples[3].model_copy(update={"response": "another answer"}).model_dump_json()
    with (run_dir / name).open("a", encoding="utf-8") as handle:
        handle.write(other + "\n")

    result = report(run_dir, code=1)
    assert f"{run_dir / name}:11: a second, different record for 'p3#0" in result.output
    assert "the first is on line 4" in result.output
    assert (run_dir / "metrics.json").read_text(encoding="utf-8") == good
    with pytest.raises(LogConflictError):
        grades_log(run_dir) if name == GRADES_FILE else samples_log(run_dir)


def test_a_torn_last_line_is_reported_left_to_writers_and_then_removed(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    samples = make_run(run_dir)
    report(run_dir)
    before = overall(run_dir)
    path = run_dir / GRADES_FILE
    torn = grade(samples[0], "high").model_dump_json()[:57]
    with path.open("a", encoding="utf-8") as handle:
        handle.write(torn)
    content = path.read_bytes()

    result = report(run_dir)
    assert f"{path}:11: ignoring a torn last line (57 bytes" in result.output
    assert path.read_bytes() == content  # a reader never changes the file
    assert overall(run_dir) == before

    extra = Sample(item=PromptItem(id="x", prompt="?"), sample_index=0, model="hf:m", response="")
    with pytest.warns(LogWarning, match="torn") as caught:
        log = grades_log(run_dir)
        assert log.append([grade(extra, "none")]) == 1
    assert any("removed a torn last line (57 bytes" in str(w.message) for w in caught)
    assert path.read_bytes().startswith(content[: -len(torn)])
    assert [g.sample_key for g in grades_log(run_dir)][-2:] == [samples[-1].key, extra.key]
    assert all(line.endswith("\n") for line in lines(path))


def test_a_complete_last_record_without_its_newline_is_kept(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    samples = make_run(run_dir)
    path = run_dir / SAMPLES_FILE
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # e.g. written by hand or another tool
    log = samples_log(run_dir)
    assert len(log) == len(samples)
    new = samples[0].model_copy(update={"sample_index": 1})
    assert log.append([new]) == 1
    assert [s.key for s in samples_log(run_dir)] == [*(s.key for s in samples), new.key]


def test_a_failed_grading_pass_is_not_listed_and_report_keeps_the_good_one(
    tmp_path: Path, free_port: int
) -> None:
    run_dir = tmp_path / "r"
    make_run(run_dir)
    report(run_dir)
    good = (run_dir / "metrics.json").read_text(encoding="utf-8")
    # A real connection refused: nothing listens on free_port.
    judge = load_model(f"openai:judge@http://127.0.0.1:{free_port}/v1", max_retries=0)
    with pytest.raises(ModelError):
        asyncio.run(grade_run(run_dir, Grader(judge, POLICY)))
    assert [g.judge for g in read_run_info(run_dir).gradings] == [JUDGE]

    result = report(run_dir)
    assert "no grade yet" not in result.output
    assert (run_dir / "metrics.json").read_text(encoding="utf-8") == good


def test_report_passes_over_a_listed_pass_without_grades(tmp_path: Path) -> None:
    """A run.yaml written before passes were listed on their first grade may list an empty
    pass after the good one."""
    run_dir = tmp_path / "r"
    make_run(run_dir)
    report(run_dir)
    good = (run_dir / "metrics.json").read_text(encoding="utf-8")
    empty = GradingRef(judge="openai:judge@x", method="structured", policy=REF, started_at="t2")
    record_grading(run_dir, empty)
    info = yaml.safe_load((run_dir / "run.yaml").read_text(encoding="utf-8"))
    assert [g["judge"] for g in info["gradings"]] == [JUDGE, empty.judge]

    report(run_dir)
    assert (run_dir / "metrics.json").read_text(encoding="utf-8") == good
    result = report_pass(run_dir, empty.judge)
    assert "has no grades from a grading pass for openai:judge@x" in result.output
    assert (run_dir / "metrics.json").read_text(encoding="utf-8") == good


def report_pass(run_dir: Path, judge: str) -> Result:
    result = CliRunner().invoke(
        app, ["report", str(run_dir), "--judge", judge], env={"COLUMNS": "1000"}
    )
    assert result.exit_code == 1, result.output
    return result


def test_merge_does_not_write_into_a_run_in_use(tmp_path: Path) -> None:
    make_run(tmp_path / "a")
    with hold(tmp_path / "out", "grade"), pytest.raises(LockedError, match="in use"):
        merge_runs(tmp_path / "out", [tmp_path / "a"])
    assert not (tmp_path / "out" / "run.yaml").exists()
    merge_runs(tmp_path / "out", [tmp_path / "a"])  # free again: the lock file is no obstacle
    assert len(samples_log(tmp_path / "out")) == len(SEVERITIES)
