"""What a trained learned grader is: its backbone, chunking, head sizes and calibration,
saved as ``config.json`` beside ``heads.safetensors``."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from pydantic import BaseModel, ConfigDict, Field, model_validator

from .backbones import BackboneName
from .encoder import Chunking
from .heads import HEADS

CONFIG_FILE: Final = "config.json"
WEIGHTS_FILE: Final = "heads.safetensors"
CARD_FILE: Final = "card.json"


class GraderConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    format_version: int = 1
    backbone: BackboneName
    chunking: Chunking = Field(default_factory=Chunking)
    #: Input feature size (``Chunking.features`` of the backbone's hidden size).
    features: int
    hidden: int = 256
    dropout: float = 0.1
    #: How many trailing features (``Chunking.scalars``: relevance cosines, string-match
    #: features) also reach every head directly, beside the hidden layer (0 in graders
    #: trained before this existed).
    skip_features: int = Field(default=0, ge=0)
    #: Share of the pooled features (all but the ``skip_features`` last) zeroed while
    #: training, so that the heads cannot lean on a few embedding dimensions alone (0 in
    #: graders trained before this existed; no effect when grading).
    feature_dropout: float = Field(default=0.0, ge=0.0, lt=1.0)
    #: How many of the backbone's top layers were fine-tuned with the heads; their copies
    #: are saved with the heads (0: a frozen backbone, as in graders trained before this).
    tuned_layers: int = Field(default=0, ge=0)
    #: Softmax temperature per head, fitted on the dev split.
    temperatures: dict[str, float] = Field(default_factory=lambda: dict.fromkeys(HEADS, 1.0))
    #: The policy whose labels trained it.
    policy_id: str
    policy_hash: str

    @model_validator(mode="after")
    def _skip_within_features(self) -> GraderConfig:
        if self.skip_features > self.features:
            raise ValueError(
                f"skip_features is {self.skip_features}; expected at most features "
                f"({self.features})"
            )
        return self

    @classmethod
    def read(cls, folder: Path) -> GraderConfig:
        path = folder / CONFIG_FILE
        if not path.is_file():
            raise FileNotFoundError(f"{folder} is not a learned grader: {CONFIG_FILE} is missing")
        return cls.model_validate_json(path.read_text(encoding="utf-8"))

    def write(self, folder: Path) -> None:
        (folder / CONFIG_FILE).write_text(self.model_dump_json(indent=2) + "\n", encoding="utf-8")
