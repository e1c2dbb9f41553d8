"""`safecomp policy validate | show | render`, run through Typer's test runner."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from mini_policy import mini_policy_yaml
from typer.testing import CliRunner

from safecomp.cli.policy import register
from safecomp.policy import load_policy, render_judge_rubric


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()
    register(app)
    return app


def run(app: typer.Typer, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["policy", *args], terminal_width=200)
    return result.exit_code, result.stdout, result.stderr


def test_validate_good_and_bad_files(app: typer.Typer, tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(mini_policy_yaml(), encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text(mini_policy_yaml().replace("- id: dom1.d1", "- id: dom1.x1"), "utf-8")
    hash_ = load_policy(good).content_hash

    code, out, err = run(app, "validate", str(good))
    assert (code, err) == (0, "")
    assert f"ok {good}: mini v0.1.0 hash {hash_}" in out

    code, out, err = run(app, "validate", str(good), str(bad), str(tmp_path / "gone.yaml"))
    assert code == 1
    assert f"ok {good}" in out
    assert f"invalid policy {bad} (1 problem):" in err
    assert "domains[1].disallowed[0].id: String should match pattern" in err
    assert f"{tmp_path / 'gone.yaml'}: policy file not found" in err


def test_show_summarises_domains_safety_and_hash(app: typer.Typer) -> None:
    code, out, _ = run(app, "show")
    policy = load_policy("default")
    assert code == 0
    assert f"default v1.0.0  hash {policy.content_hash}" in out
    for domain in policy.domains:
        assert domain.id in out and domain.name in out
    assert "│ negligible │ 0.75 │" in out


def test_render_judge_and_teacher(app: typer.Typer, tmp_path: Path) -> None:
    policy = load_policy("default")
    code, out, _ = run(app, "render", "--domain", "cyber", "-d", "privacy")
    assert code == 0
    assert out == render_judge_rubric(policy, ["cyber", "privacy"]) + "\n"
    code, out, _ = run(app, "render", "default", "--as", "teacher")
    assert code == 0 and out.startswith("You are a helpful assistant")
    mini = tmp_path / "mini.yaml"
    mini.write_text(mini_policy_yaml(), encoding="utf-8")
    code, out, _ = run(app, "render", str(mini), "-d", "dom1")
    assert code == 0 and "dom1 high example" in out and "dom0 high example" not in out


def test_render_rejects_unknown_domains_and_policies(app: typer.Typer) -> None:
    code, _, err = run(app, "render", "-d", "cyber", "-d", "biology")
    assert code == 2
    assert "unknown domain(s) biology; this policy has: bio_chem, cyber" in err
    code, _, err = run(app, "show", "strict")
    assert code == 1
    assert "built-in policies: default" in err
