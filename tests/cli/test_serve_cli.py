"""`safecomp serve` command-line errors (serving itself is tested in tests/models/test_serve.py)."""

from __future__ import annotations

from typer.testing import CliRunner

from safecomp.cli.app import app


def test_bad_spec_is_one_clear_line_and_exit_1() -> None:
    result = CliRunner().invoke(app, ["serve", "--model", "gguf:foo", "--port", "0"])
    assert result.exit_code == 1
    assert "unknown model spec 'gguf:foo': expected one of" in result.output
    assert "openai:<model>@<base_url>" in result.output


def test_missing_checkpoint_is_reported_before_binding() -> None:
    result = CliRunner().invoke(app, ["serve", "--model", "hf:/no/such/dir"])
    assert result.exit_code == 1
    assert "/no/such/dir does not exist" in result.output
