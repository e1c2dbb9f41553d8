"""The content hash follows what a policy says, not how its YAML is written."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from typing import Any

import yaml

from safecomp.policy import load_policy

DEFAULT_YAML = (files("safecomp.policy") / "policies" / "default.yaml").read_text(encoding="utf-8")


def reversed_keys(data: Any) -> Any:
    """The same data with every mapping's keys in reverse order."""
    if isinstance(data, dict):
        return {key: reversed_keys(data[key]) for key in reversed(list(data))}
    if isinstance(data, list):
        return [reversed_keys(item) for item in data]
    return data


def test_reformatting_keeps_the_hash(tmp_path: Path) -> None:
    original = load_policy("default")
    data = yaml.safe_load(DEFAULT_YAML)
    for name, text in {
        "flow.yaml": yaml.safe_dump(data, default_flow_style=True, width=60, sort_keys=True),
        "reordered.yaml": yaml.safe_dump(reversed_keys(data), sort_keys=False, width=1000),
        "commented.yaml": "# a note\n" + DEFAULT_YAML.replace("\n\n", "\n# more\n\n"),
    }.items():
        assert text != DEFAULT_YAML
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        reloaded = load_policy(path)
        assert reloaded == original
        assert reloaded.content_hash == original.content_hash


def test_changing_one_word_changes_the_hash(tmp_path: Path) -> None:
    original = load_policy("default")
    assert "spreading built in" in DEFAULT_YAML
    path = tmp_path / "edited.yaml"
    path.write_text(DEFAULT_YAML.replace("spreading built in", "spreading included"), "utf-8")
    assert load_policy(path).content_hash != original.content_hash


def test_hash_is_a_short_hex_digest() -> None:
    digest = load_policy("default").content_hash
    assert len(digest) == 16 and int(digest, 16) >= 0
