"""The eval config YAML: valid files load, broken ones name file, line and field, and
``safecomp eval`` flags override the file. None of these load a model."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from safecomp.cli.app import app
from safecomp.eval.config import EvalConfig, load_eval_config
from safecomp.grading import JudgeSettings
from safecomp.yamlmodel import YamlModelError

FILES = Path(__file__).parent / "eval_cli_files"


def _invoke(*args: str) -> Result:
    """``safecomp ARGS`` in-process, with lines wide enough that Rich wraps no message."""
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "1000"})


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "eval.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_config_loads_with_defaults_for_the_rest(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "run: tiny\n"
        f"suite: {FILES / 'tiny_suite.jsonl'}\n"
        "judge: {spec: bundled:smollm2, method: logprob, batch_size: 1}\n"
        "max_new_tokens: 8\n"
        "temperature: 0\n"
        "judge_check: [a.json, b.json]\n",
    )
    config = load_eval_config(path)
    assert config == EvalConfig(
        run="tiny",
        suite=str(FILES / "tiny_suite.jsonl"),
        judge=JudgeSettings(spec="bundled:smollm2", method="logprob", batch_size=1),
        max_new_tokens=8,
        temperature=0.0,
        judge_check=[Path("a.json"), Path("b.json")],
    )
    assert config.model == "bundled:smollm2" and config.n == 1
    assert EvalConfig().judge.method == "learned"  # the bundled grader's method
    assert EvalConfig(judge="openai:m@http://127.0.0.1:1/v1").judge.method == "structured"


@pytest.mark.parametrize(
    ("text", "line", "expected"),
    [
        (
            "run: a\nlimit: 3\nmax_new_tokens: lots\n",
            3,
            "max_new_tokens: Input should be a valid integer",
        ),
        ("run: a\n\nmax_tokens: 8\n", 3, "max_tokens: Extra inputs are not permitted"),
        ("temperature: -1\n", 1, "temperature: Input should be greater than or equal to 0"),
        ("run: a\nshard: 5/2\n", 2, "shard: "),
        ("run: a\njudge:\n  method: vibes\n", 3, "judge.method: unknown grading method 'vibes'"),
        ("judge: nonsense\n", 1, "judge: unknown model spec 'nonsense'"),
        ("judge_check: report.json\n", 1, "judge_check: Input should be a valid list"),
    ],
)
def test_broken_config_names_file_line_and_field(
    tmp_path: Path, text: str, line: int, expected: str
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(YamlModelError) as err:
        load_eval_config(path)
    assert f"{path}:{line}: {expected}" in str(err.value)


def test_yaml_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "run: a\nsuite: [quickstart\nlimit: 3\n")
    with pytest.raises(YamlModelError, match=rf"{path}:\d+:\d+: invalid YAML"):
        load_eval_config(path)


def test_cli_reports_a_broken_config_and_runs_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, f"runs_dir: {tmp_path / 'runs'}\nn: 0\n")
    result = _invoke("eval", "--config", str(path))
    assert result.exit_code == 1
    assert f"{path}:2: n: Input should be greater than or equal to 1" in result.output
    assert not (tmp_path / "runs").exists()


def test_cli_flags_override_the_config(tmp_path: Path) -> None:
    # The file names a policy that does not exist and a valid model; the flags replace both.
    # The settings stop at the flag's model (an unknown spec), before any model work, and
    # the file's policy never shows up: the flags' policy and model were the ones used.
    path = _write(
        tmp_path,
        f"runs_dir: {tmp_path / 'runs'}\n"
        f"suite: {FILES / 'tiny_suite.jsonl'}\n"
        "judge: {policy: no-such-policy}\n"
        "model: bundled:smollm2\n",
    )
    flags = ["--policy", str(FILES / "tiny_policy.yaml"), "--model", "nope:x"]
    result = _invoke("eval", "--config", str(path), *flags)
    assert result.exit_code == 1, result.output
    assert "unknown model spec 'nope:x'" in result.output
    assert "no-such-policy" not in result.output


def test_cli_validates_flag_values_like_config_values(tmp_path: Path) -> None:
    path = _write(tmp_path, "limit: 3\n")
    result = _invoke("eval", "--config", str(path), "--limit", "0")
    assert result.exit_code == 1
    assert "bad eval settings" in result.output and "limit" in result.output


def test_cli_rejects_a_missing_config_file(tmp_path: Path) -> None:
    result = _invoke("eval", "--config", str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "nope.yaml" in result.output and "does not exist" in result.output
