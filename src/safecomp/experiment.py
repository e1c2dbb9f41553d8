"""The paper's controlled experiment at small scale: a refusal-trained and a safe-completion-
trained twin of one base model, compared with it on held-out prompts.

Both arms start from the same base model and train on the same prompts (the suite's
training part); they differ only in the teacher's instructions and the reward:

* arm A (``refusal``): SFT data from refusal-style teacher instructions ranked by the
  ``refusal_baseline`` reward, then GRPO on that reward;
* arm B (``safe_completion``): SFT data from the policy's teacher spec ranked by the
  ``safe_completion`` reward, then GRPO on ``r = h · s``.

The held-out part of the suite (whole groups, so no intent variant of a test task is seen
in training) evaluates base, A and B through the eval pipeline; one report compares them
(paired deltas with CIs by intent, severity and mode mix) and shows both arms' reward and
held-out probe curves. Every stage is resumable: a rerun skips finished stages.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safecomp.data.io import write_prompts
from safecomp.data.schema import PromptItem
from safecomp.data.suites import load_suite
from safecomp.errors import InputError, explain
from safecomp.eval.compare import PairedDeltas, paired_deltas
from safecomp.eval.config import EvalConfig
from safecomp.eval.outputs import write_outputs
from safecomp.eval.pipeline import run_eval
from safecomp.eval.plots import line_chart
from safecomp.eval.report import RunReport, Section
from safecomp.grading.settings import JudgeField, JudgeSettings
from safecomp.runs.shard import shard_of
from safecomp.train.config import RLSettings, SFTSettings
from safecomp.train.log import read_log
from safecomp.train.sft_data import SFT_FILE, SFTDataConfig, build_sft_data
from safecomp.train.teacher import TeacherStyle
from safecomp.yamlmodel import load_yaml_model

ArmName = Literal["refusal", "safe_completion"]


@dataclass(frozen=True)
class Arm:
    name: ArmName
    label: str
    style: TeacherStyle
    reward: str


ARMS = (
    Arm("refusal", "A-refusal", "refusal", "refusal_baseline"),
    Arm("safe_completion", "B-safe-completion", "safe_completion", "safe_completion"),
)

#: Stage settings the experiment sets itself (the same for both arms, or per arm).
_OWNED = {
    "sft_data": {"teacher", "style", "judge", "suite", "reward", "shard"},
    "sft": {"base", "output_dir", "data"},
    "rl": {"base", "output_dir", "suite", "judge", "reward"},
    "eval": {"run", "runs_dir", "model", "suite", "judge", "shard"},
}
DONE = ".done"


class ExperimentConfig(BaseModel):
    """``safecomp experiment --config F``: models, judge, suite and each stage's settings.

    ``test_groups_share`` of the suite's groups (by a stable hash: shard 1 of
    ``round(1 / share)``) are held out for evaluation and the probe. The ``sft_data``,
    ``sft``, ``rl`` and ``eval`` sections hold any setting of ``safecomp sft-data``,
    ``train sft``, ``train rl`` and ``eval`` except those the experiment sets (models,
    suites, folders, rewards, the judge).
    """

    model_config = ConfigDict(extra="forbid")

    out_dir: Path = Path("runs/controlled-experiment")
    base: str = "bundled:smollm2"
    teacher: str = "bundled:smollm2"
    judge: JudgeField = Field(default_factory=JudgeSettings)
    suite: str = "quickstart"
    test_shards: int = Field(default=3, ge=2)
    limit: int | None = Field(default=None, ge=2)
    sft_data: dict[str, Any] = Field(default_factory=dict)
    sft: dict[str, Any] = Field(default_factory=dict)
    rl: dict[str, Any] = Field(default_factory=dict)
    eval: dict[str, Any] = Field(default_factory=dict)

    def model_post_init(self, context: Any) -> None:
        for section, owned in _OWNED.items():
            clash = sorted(owned & set(getattr(self, section)))
            if clash:
                raise ValueError(
                    f"{section}: {', '.join(clash)} set by the experiment itself; "
                    "use the top-level fields (base, teacher, judge, suite, out_dir)"
                )
        paths = ExperimentPaths(self.out_dir)
        for arm in ARMS:  # every stage's settings validate now, not an hour in
            self.sft_data_config(arm, paths)
            self.sft_settings(arm, paths)
            self.rl_settings(arm, paths)
        self.eval_config("base", self.base, paths)

    def _stage(self, model: type[BaseModel], section: str, values: dict[str, Any]) -> Any:
        try:
            return model.model_validate({**getattr(self, section), **values})
        except ValidationError as error:
            raise ValueError(f"{section}: {explain(error, model)}") from None

    def sft_data_config(self, arm: Arm, paths: ExperimentPaths) -> SFTDataConfig:
        values = {
            "teacher": self.teacher,
            "style": arm.style,
            "judge": self.judge,
            "suite": str(paths.train_suite),
            "reward": arm.reward,
        }
        config: SFTDataConfig = self._stage(SFTDataConfig, "sft_data", values)
        return config

    def sft_settings(self, arm: Arm, paths: ExperimentPaths) -> SFTSettings:
        values = {
            "base": self.base,
            "output_dir": paths.arm(arm) / "sft",
            "data": paths.arm(arm) / "sft-data" / SFT_FILE,
            "merge": True,  # RL starts from a full checkpoint
        }
        settings: SFTSettings = self._stage(SFTSettings, "sft", values)
        return settings

    def rl_settings(self, arm: Arm, paths: ExperimentPaths) -> RLSettings:
        given = self.rl.get("probe", {})
        probe = None if given is None else {**given, "suite": str(paths.test_suite)}
        values = {
            "base": f"hf:{paths.arm(arm) / 'sft'}",
            "output_dir": paths.arm(arm) / "rl",
            "suite": str(paths.train_suite),
            "judge": self.judge,
            "reward": arm.reward,
            "probe": probe,
        }
        settings: RLSettings = self._stage(RLSettings, "rl", values)
        return settings

    def eval_config(self, name: str, model: str, paths: ExperimentPaths) -> EvalConfig:
        values = {
            "run": str(paths.evals / name),
            "model": model,
            "suite": str(paths.test_suite),
            "judge": self.judge,
        }
        config: EvalConfig = self._stage(EvalConfig, "eval", values)
        return config


@dataclass(frozen=True)
class ExperimentPaths:
    root: Path

    @property
    def train_suite(self) -> Path:
        return self.root / "split" / "train.jsonl"

    @property
    def test_suite(self) -> Path:
        return self.root / "split" / "test.jsonl"

    @property
    def evals(self) -> Path:
        return self.root / "eval"

    @property
    def report(self) -> Path:
        return self.root / "report"

    def arm(self, arm: Arm) -> Path:
        return self.root / f"arm-{arm.label}"


def load_experiment_config(path: Path) -> ExperimentConfig:
    """Read an experiment config; errors name the file, line and field."""
    return load_yaml_model(path, ExperimentConfig, what="experiment config")


def split_suite(
    items: Sequence[PromptItem], test_shards: int
) -> tuple[list[PromptItem], list[PromptItem]]:
    """(train, test): shard 1 of ``test_shards`` by group is the test part.

    Prompts of unknown intent are left out: the refusal arm needs every prompt labelled.
    """
    usable = [item for item in items if item.intent != "unknown"]
    test = [item for item in usable if shard_of(item, test_shards) == 1]
    train = [item for item in usable if shard_of(item, test_shards) != 1]
    if not train or not test:
        raise InputError(
            f"splitting {len(usable)} prompts into {test_shards} shards left "
            f"{len(train)} for training and {len(test)} for testing: use more prompts"
        )
    return train, test


Stage = Literal["split", "sft-data", "sft", "rl", "eval", "report"]


class Reporter:
    """Told when each stage starts (the CLI prints it)."""

    def stage(self, stage: Stage, what: str) -> None:
        """Called before ``stage`` runs."""


def _done(folder: Path) -> bool:
    return (folder / DONE).exists()


def _mark(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DONE).write_text("", encoding="utf-8")


def run_experiment(config: ExperimentConfig, reporter: Reporter | None = None) -> list[Path]:
    """Run (or resume) the whole experiment; returns the report files."""
    from safecomp.train.rl import run_rl
    from safecomp.train.sft import run_sft

    tell = reporter or Reporter()
    paths = ExperimentPaths(config.out_dir)
    items = load_suite(config.suite)
    if config.limit is not None:
        items = items[: config.limit]
    train, test = split_suite(items, config.test_shards)
    tell.stage("split", f"{len(train)} training prompts, {len(test)} held out")
    paths.train_suite.parent.mkdir(parents=True, exist_ok=True)
    write_prompts(paths.train_suite, train)
    write_prompts(paths.test_suite, test)
    models = {"base": config.base}
    for arm in ARMS:
        folder = paths.arm(arm)
        data = folder / "sft-data"
        if not _done(data):
            tell.stage("sft-data", f"{arm.label}: teacher samples, graded and filtered")
            summary = asyncio.run(build_sft_data(config.sft_data_config(arm, paths), data))
            if summary.kept == 0:
                raise InputError(
                    f"{arm.label}: no SFT example passed the filter ({summary.dropped}); lower "
                    "sft_data.threshold or raise sft_data.n"
                )
            _mark(data)
        sft = config.sft_settings(arm, paths)
        if not _done(sft.output_dir):
            tell.stage("sft", f"{arm.label}: SFT on {data / SFT_FILE}")
            run_sft(sft)
            _mark(sft.output_dir)
        rl = config.rl_settings(arm, paths)
        if not _done(rl.output_dir):
            tell.stage("rl", f"{arm.label}: GRPO on the {arm.reward} reward")
            run_rl(rl)
            _mark(rl.output_dir)
        models[arm.label] = f"hf:{rl.output_dir}"
    reports: list[RunReport] = []
    for name, model in models.items():
        eval_config = config.eval_config(name, model, paths)
        tell.stage("eval", f"{name}: {model} on {len(test)} held-out prompts")
        result = asyncio.run(run_eval(eval_config))
        reports.append(result.report)
    tell.stage("report", str(paths.report))
    return write_report(config, paths, reports)


def _renamed(deltas: PairedDeltas, a: str, b: str) -> PairedDeltas:
    return deltas.model_copy(update={"model_a": a, "model_b": b})


def curves(folder: Path) -> tuple[list[tuple[float, float]], dict[str, list[tuple[float, float]]]]:
    """(mean training reward per step, held-out probe scores per step by name) of an RL log."""
    reward: list[tuple[float, float]] = []
    probe: dict[str, list[tuple[float, float]]] = {}
    for record in read_log(folder):
        step = float(record["step"])
        if record["kind"] == "train" and record.get("reward") is not None:
            reward.append((step, float(record["reward"])))
        elif record["kind"] == "probe":
            for key, value in record.items():
                if key.startswith("probe/") and value is not None and not key.endswith("failed"):
                    probe.setdefault(key.removeprefix("probe/"), []).append((step, float(value)))
    return reward, probe


def _curve_section(
    config: ExperimentConfig, paths: ExperimentPaths
) -> tuple[Section, dict[str, Any]]:
    figures = []
    rows: list[list[str]] = []
    raw: dict[str, Any] = {}
    for arm in ARMS:
        reward, probe = curves(config.rl_settings(arm, paths).output_dir)
        raw[arm.label] = {"reward": reward, "probe": probe}
        series = [(f"training reward ({arm.reward})", reward)]
        series += [(f"held-out {name}", points) for name, points in sorted(probe.items())]
        figures.append(line_chart(f"{arm.label}: training reward vs held-out probe", series))
        for step, value in reward:
            rows.append([arm.label, f"{step:g}", "training reward", f"{value:.3f}"])
        for name, points in sorted(probe.items()):
            rows.extend([arm.label, f"{s:g}", f"held-out {name}", f"{v:.3f}"] for s, v in points)
    section = Section(
        "Training reward and held-out probe (reward hacking shows as reward up, probe down)",
        figures,
        (["arm", "step", "series", "value"], rows),
    )
    return section, raw


def write_report(
    config: ExperimentConfig, paths: ExperimentPaths, reports: Sequence[RunReport]
) -> list[Path]:
    """The comparison report of base, A and B, with both arms' training curves."""
    by_name = {r.name: r for r in reports}
    base, a, b = (by_name[n] for n in ("base", ARMS[0].label, ARMS[1].label))
    n_resamples = int(config.eval.get("n_resamples", 2000))
    deltas = [
        _renamed(paired_deltas(b.rows, a.rows, n_resamples=n_resamples), b.name, a.name),
        _renamed(paired_deltas(a.rows, base.rows, n_resamples=n_resamples), a.name, base.name),
        _renamed(paired_deltas(b.rows, base.rows, n_resamples=n_resamples), b.name, base.name),
    ]
    section, raw = _curve_section(config, paths)
    return write_outputs(
        paths.report,
        list(reports),
        deltas=deltas,
        sections=[section],
        extra_metrics={"curves": raw},
    )
