"""The experiment's comparison report, from hand-built evaluations and training logs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from safecomp.experiment import ARMS, ExperimentConfig, ExperimentPaths, curves, write_report
from safecomp.train.log import TrainLog

sys.path.insert(0, str(Path(__file__).parents[1] / "eval"))
from report_fixtures import run_report


def test_report_compares_three_models_and_plots_reward_against_the_probe(tmp_path: Path) -> None:
    config = ExperimentConfig(out_dir=tmp_path, eval={"n_resamples": 200})
    paths = ExperimentPaths(tmp_path)
    for arm in ARMS:
        log = TrainLog(config.rl_settings(arm, paths).output_dir)
        log.write("probe", 0, {"probe/refusal_rate": 0.5, "probe/refusal_rate/malicious": 1.0})
        log.write("train", 1, {"loss": 0.0, "reward": 0.25})
        log.write("train", 2, {"loss": 0.0, "reward": 0.75})
        log.write("probe", 2, {"probe/refusal_rate": 0.25, "probe/refusal_rate/malicious": 0.5})
    reward, probe = curves(config.rl_settings(ARMS[1], paths).output_dir)
    assert reward == [(1.0, 0.25), (2.0, 0.75)]
    assert probe["refusal_rate/malicious"] == [(0.0, 1.0), (2.0, 0.5)]

    reports = [
        run_report("base", 0),
        run_report("A-refusal", 1),
        run_report("B-safe-completion", 0),
    ]
    written = write_report(config, paths, reports)
    metrics = json.loads((paths.report / "metrics.json").read_text())
    assert [p.name for p in written] == ["metrics.json", "report.html", "report.md"]
    assert [(d["model_a"], d["model_b"]) for d in metrics["paired_deltas"]] == [
        ("B-safe-completion", "A-refusal"),
        ("A-refusal", "base"),
        ("B-safe-completion", "base"),
    ]
    assert metrics["curves"]["A-refusal"]["reward"] == [[1.0, 0.25], [2.0, 0.75]]
    html = (paths.report / "report.html").read_text()
    for arm in ARMS:
        assert f'aria-label="{arm.label}: training reward vs held-out probe"' in html
    assert "<path d=" in html
    markdown = (paths.report / "report.md").read_text()
    assert "## B-safe-completion − A-refusal (paired)" in markdown
    assert "| B-safe-completion | 2 | held-out refusal_rate/malicious | 0.500 |" in markdown
