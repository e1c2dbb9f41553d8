"""The model card of a learned grader (``card.json``): data with hashes, recipe, seed,
per-head metrics with CIs beside string matching, calibration, size and speed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from safecomp.data.schema import utc_now

from .config import CARD_FILE
from .metrics import SetMetrics


class DataCard(BaseModel):
    """One training/evaluation source."""

    source: str
    sha256: str
    #: Items per split.
    counts: dict[str, int]
    #: Counts of each label value the source carries.
    labels: dict[str, dict[str, int]]


class Speed(BaseModel):
    """End-to-end grading speed (tokenise, backbone, heads) measured after training."""

    grades_per_s: float
    n: int
    threads: int


class ModelCard(BaseModel):
    model_config = ConfigDict(extra="forbid")

    backbone: str
    policy_id: str
    policy_hash: str
    #: The training settings (recipe, seed, data specs).
    settings: dict[str, Any]
    data: list[DataCard]
    #: Epochs of the heads on frozen features, and the one kept.
    epochs_trained: int
    best_epoch: int
    #: Epochs with the tuned layers, and the one kept (0: none were tuned).
    tuned_epochs_trained: int = 0
    tuned_best_epoch: int = 0
    history: list[dict[str, Any]]
    temperatures: dict[str, float]
    evaluation: list[SetMetrics]
    #: The test split of each tagged source, per tag (the corpus's hard cases).
    by_tag: list[SetMetrics] = Field(default_factory=list)
    weights_bytes: int
    speed: Speed
    created_at: str = Field(default_factory=utc_now)

    @classmethod
    def read(cls, folder: Path) -> ModelCard:
        path = folder / CARD_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{folder} has no model card ({CARD_FILE})")
        return cls.model_validate_json(path.read_text(encoding="utf-8"))

    def metrics(self, name: str) -> SetMetrics:
        for metrics in self.evaluation:
            if metrics.name == name:
                return metrics
        known = ", ".join(m.name for m in self.evaluation)
        raise KeyError(f"the card has no evaluation set {name!r}; it has {known}")
