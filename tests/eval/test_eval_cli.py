"""``safecomp eval``, ``safecomp report`` and ``safecomp compare`` end to end with the bundled
model as policy model and judge, on a 3-prompt suite under a short policy (so judging, the
dominant cost, stays small). Includes the kill test: SIGKILL during grading, rerun, and the
metrics equal those of an uninterrupted run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers.kill import complete_lines, kill_when
from typer.testing import CliRunner, Result

from safecomp.cli.app import app

FILES = Path(__file__).parent / "eval_cli_files"
PROMPTS = 3
LONGER = 2
KILL_WAIT_S = 900.0

pytestmark = pytest.mark.slow


def invoke(*args: str | Path) -> Result:
    """``safecomp ARGS`` in-process; fails the test with the output if it does not exit 0."""
    result = CliRunner().invoke(app, [str(a) for a in args], env={"COLUMNS": "1000"})
    assert result.exit_code == 0, result.output
    return result


def config_yaml(runs_dir: Path) -> str:
    """Settings that make two runs do the same model work: greedy generation, the logprob
    judge (temperature 0), no grade cache, and one sample per judge call (no padding, and
    grades land one by one so the kill test can stop the run between two of them)."""
    return (
        f"runs_dir: {runs_dir}\n"
        f"suite: {FILES / 'tiny_suite.jsonl'}\n"
        "judge:\n"
        "  spec: bundled:smollm2\n"
        f"  policy: {FILES / 'tiny_policy.yaml'}\n"
        "  method: logprob\n"
        "  batch_size: 1\n"
        "  concurrency: 1\n"
        "  use_cache: false\n"
        "max_new_tokens: 8\n"
        "temperature: 0\n"
        "n_resamples: 200\n"
    )


@dataclass(frozen=True)
class Runs:
    config: Path
    runs_dir: Path
    #: metrics.json of the uninterrupted run ``tiny``, read before any test rewrites it
    metrics: dict[str, Any]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Runs:
    """Two runs in one runs folder: ``tiny`` (the config as is) and ``longer`` (flags
    override the config's max_new_tokens and limit it to the first LONGER prompts)."""
    root = tmp_path_factory.mktemp("eval-cli")
    config = root / "eval.yaml"
    config.write_text(config_yaml(root / "runs"), encoding="utf-8")
    invoke("eval", "--config", config, "--run", "tiny")
    invoke("eval", "--config", config, "--run", "longer", "--max-new-tokens", "16", "--limit", "2")
    metrics = json.loads((root / "runs" / "tiny" / "metrics.json").read_text(encoding="utf-8"))
    return Runs(config, root / "runs", metrics)


def lines(path: Path) -> list[str]:
    """The complete lines of a JSONL file (a torn last line is not counted)."""
    if not path.exists():
        return []
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def records(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in lines(path)]


def _without_times(path: Path) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k != "created_at"} for r in records(path)]


def flat(value: Any, prefix: str = "") -> dict[str, Any]:
    """A nested JSON value as ``{"a.b[0].c": leaf}``, to compare numbers approximately."""
    if isinstance(value, dict):
        return {k: v for key, sub in value.items() for k, v in flat(sub, f"{prefix}.{key}").items()}
    if isinstance(value, list):
        return {k: v for i, sub in enumerate(value) for k, v in flat(sub, f"{prefix}[{i}]").items()}
    return {prefix: value}


def test_eval_writes_run_files_and_reports(runs: Runs) -> None:
    run = runs.runs_dir / "tiny"
    for name in ("run.yaml", "samples.jsonl", "grades.jsonl"):
        assert (run / name).is_file(), name
    samples, grades = records(run / "samples.jsonl"), records(run / "grades.jsonl")
    assert len(samples) == len(grades) == PROMPTS
    assert {g["sample_key"] for g in grades} == {f"{s['item']['id']}#0" for s in samples}
    assert {(g["judge"], g["method"], g["policy_id"]) for g in grades} == {
        ("bundled:smollm2", "logprob", "tiny")
    }
    info = yaml.safe_load((run / "run.yaml").read_text(encoding="utf-8"))
    assert info["params"]["max_new_tokens"] == 8 and info["params"]["temperature"] == 0.0
    assert info["finished_at"] and info["gradings"][0]["finished_at"]

    metrics = runs.metrics["runs"]["tiny"]
    assert metrics["policy_id"] == "tiny" and metrics["method"] == "logprob"
    overall = metrics["overall"]
    assert overall["n_samples"] == PROMPTS
    assert overall["n_graded"] + overall["n_failed"] == PROMPTS
    assert set(metrics["by_intent"]) == {"benign", "dual_use", "malicious"}

    html = (run / "report.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html") and "<svg" in html
    assert "tiny-malicious" in html  # the sample browser holds the samples
    md = (run / "report.md").read_text(encoding="utf-8")
    assert "bundled:smollm2" in md and "| slice | n | failed grades |" in md


def test_flags_override_the_config(runs: Runs) -> None:
    info = yaml.safe_load((runs.runs_dir / "longer" / "run.yaml").read_text(encoding="utf-8"))
    assert info["params"]["max_new_tokens"] == 16  # the flag
    assert info["limit"] == LONGER  # the flag
    assert info["params"]["temperature"] == 0.0  # the config
    assert info["suite"]["name"] == "tiny_suite" and info["policy"]["id"] == "tiny"


def test_killed_during_grading_resumes_to_the_same_metrics(runs: Runs, tmp_path: Path) -> None:
    runs_dir = tmp_path / "runs"
    run = runs_dir / "tiny"
    args = ["eval", "--config", str(runs.config), "--run", "tiny", "--runs-dir", str(runs_dir)]
    log = tmp_path / "killed.log"
    kill_when(args, log, lambda: complete_lines(run / "grades.jsonl") >= 1, timeout_s=KILL_WAIT_S)
    before = lines(run / "grades.jsonl")
    graded_before = complete_lines(run / "grades.jsonl")
    assert 1 <= graded_before < PROMPTS, "the run was not killed during grading"
    assert not (run / "metrics.json").exists()
    samples_before = (run / "samples.jsonl").read_text(encoding="utf-8")

    result = invoke(*args)
    assert "wrote" in result.output

    after = lines(run / "grades.jsonl")
    assert (run / "samples.jsonl").read_text(encoding="utf-8") == samples_before
    assert after[:graded_before] == before[:graded_before]  # kept, not redone
    keys = [json.loads(line)["sample_key"] for line in after]
    assert len(keys) == len(set(keys)) == PROMPTS  # no duplicate, none lost

    # Same settings, same model work: the grades and the metrics of the uninterrupted run.
    reference = runs.runs_dir / "tiny"
    assert _without_times(run / "samples.jsonl") == _without_times(reference / "samples.jsonl")
    scores = ("violation", "severity", "mode", "helpfulness_direct", "helpfulness_indirect")

    def by_key(path: Path) -> dict[str, tuple[Any, ...]]:
        return {g["sample_key"]: tuple(g[s] for s in scores) for g in records(path)}

    assert by_key(run / "grades.jsonl") == by_key(reference / "grades.jsonl")
    resumed = json.loads((run / "metrics.json").read_text(encoding="utf-8"))["runs"]["tiny"]
    got, expected = flat(resumed), flat(runs.metrics["runs"]["tiny"])
    assert got.keys() == expected.keys()
    floats = [k for k, v in expected.items() if isinstance(v, float)]
    assert [got[k] for k in floats] == pytest.approx([expected[k] for k in floats], rel=1e-9)
    assert {k: v for k, v in got.items() if k not in floats} == {
        k: v for k, v in expected.items() if k not in floats
    }


def _deltas(metrics_json: Path) -> list[dict[str, Any]]:
    deltas: list[dict[str, Any]] = json.loads(metrics_json.read_text(encoding="utf-8"))[
        "paired_deltas"
    ]["deltas"]
    return deltas


def test_report_compare_adds_the_other_run_and_paired_deltas(runs: Runs) -> None:
    invoke("report", "tiny", "--compare", "longer", "--runs-dir", runs.runs_dir)
    run = runs.runs_dir / "tiny"
    metrics = json.loads((run / "metrics.json").read_text(encoding="utf-8"))
    assert set(metrics["runs"]) == {"tiny", "longer"}
    paired = metrics["paired_deltas"]
    assert paired["n_shared_prompts"] == LONGER
    assert (paired["n_only_a"], paired["n_only_b"]) == (PROMPTS - LONGER, 0)
    assert {d["slice"] for d in paired["deltas"]} == {"overall", "benign", "dual_use"}
    assert "(paired)" in (run / "report.md").read_text(encoding="utf-8")
    assert "longer" in (run / "report.html").read_text(encoding="utf-8")


def test_compare_a_run_with_itself_gives_zero_deltas(runs: Runs) -> None:
    result = invoke("compare", "tiny", "tiny", "--runs-dir", runs.runs_dir)
    out = runs.runs_dir / "compare-tiny-vs-tiny"
    assert all((out / name).is_file() for name in ("metrics.json", "report.html", "report.md"))
    defined = [d["delta"] for d in _deltas(out / "metrics.json") if d["delta"]["value"] is not None]
    assert defined, "no metric was defined on the tiny run"
    assert all((d["value"], d["low"], d["high"]) == (0.0, 0.0, 0.0) for d in defined)
    assert "on 3 prompts" in result.output


def test_compare_with_a_pairwise_judge_in_both_orders(runs: Runs, tmp_path: Path) -> None:
    out = tmp_path / "compare"
    result = invoke(
        "compare",
        "tiny",
        "longer",
        "--pairwise-judge",
        "bundled:smollm2",
        "--out",
        out,
        "--runs-dir",
        runs.runs_dir,
    )
    metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    pairwise = metrics["pairwise"]
    assert pairwise["judge"] == "bundled:smollm2" and pairwise["n_pairs"] == LONGER
    judged = [j for j in pairwise["judgements"] if j["verdict"] is not None]
    assert len(judged) == LONGER - pairwise["n_failed"]
    for j in judged:
        assert j["p_a"] + j["p_tie"] + j["p_b"] == pytest.approx(1.0)
        assert isinstance(j["order_consistent"], bool)
    if judged:
        rates = [pairwise[k]["value"] for k in ("win", "tie", "loss")]
        assert sum(rates) == pytest.approx(1.0)
    assert len(_deltas(out / "metrics.json")) > 0
    assert "pairwise (bundled:smollm2): A wins" in result.output
    assert "pairwise" in (out / "report.md").read_text(encoding="utf-8").lower()
