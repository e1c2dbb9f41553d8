"""run.yaml: what ran is recorded; a rerun resumes with the same settings, fails with others."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data.schema import PromptItem
from safecomp.data.suites import load_suite
from safecomp.models import GenParams
from safecomp.policy import load_policy
from safecomp.runs.rundir import (
    RUN_FILE,
    PolicyRef,
    RunError,
    RunInfo,
    read_run_info,
    start_run,
)
from safecomp.runs.runner import generation_info
from safecomp.runs.shard import Shard

ITEMS = [PromptItem(id=f"p{i}", prompt=f"question {i}") for i in range(5)]


def info(run_dir: Path, **changes: object) -> RunInfo:
    options: dict[str, object] = {"n": 1, "params": GenParams(max_new_tokens=8), "suite": "mine"}
    options.update(changes)
    return generation_info(run_dir, ITEMS, "hf:some/model", **options)  # type: ignore[arg-type]


def test_start_records_settings_and_versions(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    start_run(run_dir, info(run_dir, shard=Shard(2, 3), limit=4))
    recorded = read_run_info(run_dir)
    assert recorded.name == "r"
    assert recorded.model == "hf:some/model"
    assert recorded.suite.name == "mine" and recorded.suite.size == 5
    assert recorded.shard is not None and recorded.shard.indices == [2]
    assert recorded.limit == 4
    assert recorded.params["max_new_tokens"] == 8
    assert set(recorded.versions) >= {"python", "safecomp", "torch", "transformers", "trl"}
    assert recorded.finished_at is None


def test_same_settings_resume_keeping_the_original_record(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    first = start_run(run_dir, info(run_dir))
    again = start_run(run_dir, info(run_dir).model_copy(update={"started_at": "later"}))
    assert again.started_at == first.started_at


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"n": 2}, "n: 1 (recorded) != 2 (now)"),
        ({"params": GenParams(max_new_tokens=8, temperature=0.0)}, "params.temperature"),
        ({"shard": Shard(1, 2)}, "shard"),
        ({"limit": 3}, "limit: None (recorded) != 3 (now)"),
        ({"suite": "other"}, "suite.name: 'mine' (recorded) != 'other' (now)"),
    ],
)
def test_different_settings_name_the_field(
    tmp_path: Path, change: dict[str, object], field: str
) -> None:
    run_dir = tmp_path / "r"
    start_run(run_dir, info(run_dir))
    with pytest.raises(RunError, match="different settings") as caught:
        start_run(run_dir, info(run_dir, **change))
    assert field in str(caught.value)


def test_changed_suite_content_is_a_conflict(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    start_run(run_dir, info(run_dir))
    edited = [*ITEMS[:-1], PromptItem(id="p4", prompt="an edited question")]
    with pytest.raises(RunError, match=r"suite\.hash"):
        start_run(run_dir, generation_info(run_dir, edited, "hf:some/model", suite="mine"))


def test_broken_run_yaml_names_the_file(tmp_path: Path) -> None:
    run_dir = tmp_path / "r"
    start_run(run_dir, info(run_dir))
    record = yaml.safe_load((run_dir / RUN_FILE).read_text())
    record["n"] = "many"
    (run_dir / RUN_FILE).write_text(yaml.safe_dump(record))
    expected = r"run\.yaml: not a valid run record: n: expected a valid integer.*got 'many'"
    with pytest.raises(RunError, match=expected):
        read_run_info(run_dir)


def test_a_directory_that_is_not_a_run_is_refused(tmp_path: Path) -> None:
    (tmp_path / "r").mkdir()
    (tmp_path / "r" / "notes.txt").write_text("mine")
    with pytest.raises(RunError, match="not a run"):
        start_run(tmp_path / "r", info(tmp_path / "r"))
    with pytest.raises(RunError, match=r"run\.yaml is missing"):
        read_run_info(tmp_path / "r")


def test_duplicate_prompt_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'p0' occurs more than once"):
        generation_info(tmp_path, [*ITEMS, ITEMS[0]], "hf:x")


def test_cli_reports_a_conflict_before_loading_the_model(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["generate", "--run", "r", "--runs-dir", str(tmp_path), "--model", "hf:/no/such/dir"]
    run_dir = tmp_path / "r"
    start_run(
        run_dir,
        generation_info(
            run_dir,
            load_suite("quickstart"),
            "hf:/no/such/dir",
            params=GenParams(max_new_tokens=256, temperature=0.7, seed=0),
            suite="quickstart",
            policy=PolicyRef.of(load_policy("default"), "default"),
        ),
    )
    result = runner.invoke(app, [*args, "--n", "3"])
    assert result.exit_code == 1
    assert "different settings" in result.output
    assert "n: 1 (recorded) != 3 (now)" in result.output
    assert result.output.count("(recorded)") == 1  # only n differs


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--suite", "no-such-suite"], "no suite 'no-such-suite'"),
        (["--model", "nope:x"], "unknown model spec 'nope:x'"),
        (["--shard", "5/4"], "bad shard 5/4"),
        (["--policy", "no-such-policy"], "no built-in policy"),
    ],
)
def test_cli_errors_are_one_clear_line(tmp_path: Path, extra: list[str], message: str) -> None:
    result = CliRunner().invoke(
        app, ["generate", "--run", "r", "--runs-dir", str(tmp_path), *extra]
    )
    assert result.exit_code == 1
    assert "error:" in result.output and message in result.output
    assert "Traceback" not in result.output
