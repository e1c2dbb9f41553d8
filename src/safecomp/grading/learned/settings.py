"""What decides a trained learned grader: :class:`TrainSettings` (with its :class:`Tuning`),
whose defaults are the recipe of ``bundled:grader``. Kept apart from the training code so
that the CLI takes its defaults from here without importing torch."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .backbones import BackboneName, backbone
from .encoder import TRAIN_CHUNKING, Chunking


class Tuning(BaseModel):
    """Fine-tuning the backbone's top ``layers`` (minilm only; 0: keep it frozen) together
    with the heads, after the heads are trained on the frozen features.

    The defaults are ``bundled:grader``'s: MiniLM's top two layers of six at lr 2e-5 (a
    fifth of the first stage's), the heads and the map from the layers at 5e-5, weight decay
    0.1; a research run over first windows only took the dev loss from 2.77 to 2.46 in three
    epochs. On the full data the dev loss still fell at a 10-epoch cap (3.40 -> 2.18); with
    20, ``bundled:grader`` kept epoch 16 (1.85) and stopped at 19 (patience 3).
    """

    model_config = ConfigDict(extra="forbid")

    layers: int = Field(default=2, ge=0)
    epochs: int = Field(default=20, ge=1)
    patience: int = Field(default=3, ge=1)
    batch_size: int = Field(default=32, ge=1)
    learning_rate: float = Field(default=2e-5, gt=0.0)
    heads_learning_rate: float = Field(default=5e-5, gt=0.0)
    weight_decay: float = Field(default=0.1, ge=0.0)


class TrainSettings(BaseModel):
    """Everything that decides the trained grader (a resumed run must match).

    The defaults are the recipe of ``bundled:grader``: of eight head settings trained on its
    data (hidden 64–512, dropout 0.1–0.5, weight decay 0.01–0.3, learning rate 1e-4–1e-3),
    the one with the lowest dev loss (3.33, against 3.61 for the earlier 0.1 / 0.01 / 1e-3);
    then of feature dropout 0, 0.3, 0.6, 0.7, 0.8 and 0.9, again the lowest dev loss (0.6:
    2.75–2.85 on five seeds, against 3.09–3.16 on three without).
    """

    model_config = ConfigDict(extra="forbid")

    data: list[str] = Field(min_length=1)
    backbone: BackboneName = "minilm"
    chunking: Chunking = TRAIN_CHUNKING
    hidden: int = Field(default=256, ge=8)
    dropout: float = Field(default=0.5, ge=0.0, lt=1.0)
    #: Share of the pooled features zeroed while training (``GraderConfig.feature_dropout``).
    feature_dropout: float = Field(default=0.6, ge=0.0, lt=1.0)
    epochs: int = Field(default=80, ge=1)
    patience: int = Field(default=10, ge=1)
    batch_size: int = Field(default=64, ge=1)
    learning_rate: float = Field(default=1e-4, gt=0.0)
    weight_decay: float = Field(default=0.3, ge=0.0)
    #: Loss weight of human-labelled items (gold formats) against authored and distilled
    #: ones (``corpus:``, ``run:``): the human labels are few, and what graders are judged on.
    human_weight: float = Field(default=1.0, gt=0.0)
    tuning: Tuning = Field(default_factory=Tuning)
    seed: int = 0
    policy: str = "default"

    @model_validator(mode="after")
    def _tuned_backbone(self) -> TrainSettings:
        # Checked here, not when tuning starts: that comes after encoding and the first stage.
        backbone(self.backbone).check_tunable(self.tuning.layers)
        return self
