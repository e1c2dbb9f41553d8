"""YAML alias bombs and deep nesting: a few hundred bytes must fail fast with one error naming
the file, line and column, in every loader (policies, eval configs, run records)."""

from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from safecomp.yamlmodel import MAX_NODES, YamlModelError, parse_yaml

CLI = [sys.executable, "-c", "from safecomp.cli.app import main; main()"]


def bomb(levels: int) -> str:
    """``levels`` (at most 26) lists named a, b, c ..., each nine aliases of the one before:
    9**levels strings once expanded."""
    names = "abcdefghijklmnopqrstuvwxyz"[:levels]
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]" for p, n in itertools.pairwise(names)]
    return "\n".join(lines) + "\n"


def test_a_342_byte_bomb_fails_in_the_cli_within_seconds(tmp_path: Path) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text("id: x\n" + bomb(9))
    assert len(path.read_bytes()) < 350  # the finding's bomb had 342 bytes
    # Without the bound, expanding this takes minutes of CPU (about 9x more per level);
    # the timeout is a liveness bound for a loaded CI machine, not a speed target.
    done = subprocess.run(
        [*CLI, "policy", "validate", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert f"{path}:7:4: aliases expand this value to 597,871 nodes; expected at most" in (
        done.stdout + done.stderr
    )
    assert "Traceback" not in done.stderr


def test_the_expansion_is_counted_without_walking_it() -> None:
    text = bomb(26)  # 9**26 nodes expanded: only a count that never expands can finish
    with pytest.raises(YamlModelError, match=r"^run\.yaml:\d+:\d+: aliases expand this value"):
        parse_yaml(text, origin="run.yaml", what="run record")


def test_a_document_just_under_the_limit_loads() -> None:
    # 9**5 = 59,049 strings plus the lists: under MAX_NODES once expanded.
    data = parse_yaml(bomb(5), origin="ok.yaml", what="test document")
    assert isinstance(data, dict) and len(data["e"]) == 9
    assert MAX_NODES > 9**5


def test_a_recursive_alias_and_deep_nesting_are_refused() -> None:
    with pytest.raises(YamlModelError, match=r"^r\.yaml:1:\d+: nested deeper than 100 levels"):
        parse_yaml("a: &a [*a]\n", origin="r.yaml", what="test document")
    with pytest.raises(YamlModelError, match=r"^d\.yaml:1:\d+: nested deeper than 100 levels"):
        parse_yaml("a: " + "[" * 150 + "]" * 150 + "\n", origin="d.yaml", what="test document")


def test_a_duplicate_key_under_an_alias_is_found_once() -> None:
    text = "base: &b {x: 1, x: 2}\nuses: [" + ", ".join(["*b"] * 1000) + "]\n"
    with pytest.raises(YamlModelError, match=r"^f\.yaml:1:17: duplicate key 'x' \(first given"):
        parse_yaml(text, origin="f.yaml", what="test document")
