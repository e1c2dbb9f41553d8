"""A tiny `safecomp experiment` end to end: two arms trained, three models evaluated, a report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from helpers.servers import TINY_POLICY

pytestmark = pytest.mark.slow


def test_tiny_experiment_writes_one_comparison_report(tmp_path: Path) -> None:
    config = {
        "out_dir": str(tmp_path / "exp"),
        "judge": {"policy": str(TINY_POLICY), "use_cache": False},
        "suite": "quickstart",
        "limit": 9,
        "test_shards": 2,
        "sft_data": {"n": 1, "max_new_tokens": 16, "threshold": 0.0},
        "sft": {
            "max_steps": 1,
            "per_device_train_batch_size": 1,
            "max_length": 96,
            "lora": {"r": 4, "alpha": 8, "target_modules": ["q_proj", "v_proj"]},
        },
        "rl": {
            "max_steps": 1,
            "per_device_train_batch_size": 2,
            "num_generations": 2,
            "max_completion_length": 8,
            "lora": {"r": 4, "alpha": 8, "target_modules": ["q_proj", "v_proj"]},
            "probe": {"limit": 2, "every": 1, "max_new_tokens": 8, "judge": None},
        },
        "eval": {"max_new_tokens": 16, "n_resamples": 100},
    }
    path = tmp_path / "experiment.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from safecomp.cli.app import main; main()",
            "experiment",
            "--config",
            str(path),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = tmp_path / "exp" / "report"
    metrics = json.loads((report / "metrics.json").read_text())
    assert set(metrics["runs"]) == {"base", "A-refusal", "B-safe-completion"}
    pairs = [(d["model_a"], d["model_b"]) for d in metrics["paired_deltas"]]
    assert pairs == [
        ("B-safe-completion", "A-refusal"),
        ("A-refusal", "base"),
        ("B-safe-completion", "base"),
    ]
    for arm in ("A-refusal", "B-safe-completion"):
        curves = metrics["curves"][arm]
        assert curves["reward"], f"{arm}: no training reward logged"
        assert [s for s, _ in curves["probe"]["refusal_rate"]] == [0, 1]
    html = (report / "report.html").read_text()
    assert "training reward vs held-out probe" in html
    assert "B-safe-completion − A-refusal" in (report / "report.md").read_text()
