"""The settings of ``safecomp eval``, from flags or a validated YAML file."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safecomp.grading.settings import JudgeField, JudgeSettings
from safecomp.models import ModelError, check_spec
from safecomp.runs.shard import Shard
from safecomp.yamlmodel import load_yaml_model


class EvalConfig(BaseModel):
    """Everything ``safecomp eval`` needs; every field has an offline default.

    ``judge`` is a ``JudgeSettings`` (in YAML a mapping, or just the judge spec); its
    ``policy`` is the policy the run is generated for and graded under.

    >>> EvalConfig().model
    'bundled:smollm2'
    >>> EvalConfig(judge="openai:m@http://127.0.0.1:8000/v1").judge.method
    'structured'
    """

    model_config = ConfigDict(extra="forbid")

    run: str = "quickstart"
    runs_dir: Path = Path("runs")
    model: str = "bundled:smollm2"
    suite: str = "quickstart"
    judge: JudgeField = Field(default_factory=JudgeSettings)
    n: int = Field(default=1, ge=1)
    max_new_tokens: int = Field(default=128, ge=1)
    temperature: float = Field(default=0.7, ge=0.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    seed: int = 0
    batch_size: int = Field(default=8, ge=1)
    shard: str | None = None
    limit: int | None = Field(default=None, ge=1)
    judge_check: list[Path] = Field(default_factory=list)
    n_resamples: int = Field(default=2000, ge=100)

    @property
    def policy(self) -> str:
        return self.judge.policy

    @field_validator("model")
    @classmethod
    def _model_spec(cls, value: str) -> str:
        try:
            check_spec(value)
        except ModelError as err:
            raise ValueError(str(err)) from None
        return value

    @field_validator("shard")
    @classmethod
    def _shard(cls, value: str | None) -> str | None:
        if value is not None:
            Shard.parse(value)
        return value


def load_eval_config(path: Path) -> EvalConfig:
    """Read an eval config YAML; errors name the file, line and field."""
    return load_yaml_model(path, EvalConfig, what="eval config")
