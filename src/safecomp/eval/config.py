"""The settings of ``safecomp eval``, from flags or a validated YAML file."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from safecomp.runs.shard import Shard
from safecomp.grading.grader import recommended_method
from safecomp.yamlmodel import load_yaml_model


class EvalConfig(BaseModel):
    """Everything ``safecomp eval`` needs; every field has an offline default.

    >>> EvalConfig().model
    'bundled:smollm2'
    """

    model_config = ConfigDict(extra="forbid")

    run: str = "quickstart"
    runs_dir: Path = Path("runs")
    model: str = "bundled:smollm2"
    judge: str = "bundled:smollm2"
    suite: str = "quickstart"
    policy: str = "default"
    #: None: the judge's recommended method (logprob for the bundled judge, which fails to
    #: write JSON verdicts; structured for others), see ``recommended_method``.
    method: Literal["structured", "logprob"] | None = None
    n: int = Field(default=1, ge=1)
    max_new_tokens: int = Field(default=128, ge=1)
    temperature: float = Field(default=0.7, ge=0.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    seed: int = 0
    batch_size: int = Field(default=8, ge=1)
    judge_batch_size: int = Field(default=8, ge=1)
    concurrency: int = Field(default=4, ge=1)
    shard: str | None = None
    limit: int | None = Field(default=None, ge=1)
    cache: Path | None = None
    no_cache: bool = False
    judge_check: list[Path] = Field(default_factory=list)
    n_resamples: int = Field(default=2000, ge=100)

    @property
    def judge_method(self) -> Literal["structured", "logprob"]:
        return self.method or recommended_method(self.judge)

    @field_validator("shard")
    @classmethod
    def _shard(cls, value: str | None) -> str | None:
        if value is not None:
            Shard.parse(value)
        return value


def load_eval_config(path: Path) -> EvalConfig:
    """Read an eval config YAML; errors name the file, line and field."""
    return load_yaml_model(path, EvalConfig, what="eval config")
