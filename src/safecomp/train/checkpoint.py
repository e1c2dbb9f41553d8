"""From a model spec to a checkpoint folder TRL can load, and from a trainer to ``hf:`` output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from safecomp.errors import SettingsError
from safecomp.models.bundled import bundled_model_dir

TRAIN_RECORD = "train.yaml"


def checkpoint_path(spec: str) -> str:
    """The folder (or hub id) of the model ``spec`` names: ``bundled:<name>`` is converted
    once into the local cache; ``hf:<path>`` is the path."""
    if spec.startswith("bundled:"):
        return str(bundled_model_dir(spec.removeprefix("bundled:")))
    if spec.startswith("hf:"):
        return spec.removeprefix("hf:")
    raise SettingsError(f"base: expected bundled:<name> or hf:<path>, got {spec!r}")


def save_output(trainer: Any, output_dir: Path, *, merge: bool) -> Path:
    """Save what ``trainer`` trained into ``output_dir`` so that ``hf:<output_dir>`` loads it:
    the LoRA adapter (or, with ``merge``, the merged full model) and the tokenizer."""
    model = trainer.model
    if merge and hasattr(model, "merge_and_unload"):
        model = model.merge_and_unload()
        model.save_pretrained(output_dir)
    else:
        trainer.save_model(str(output_dir))
    trainer.processing_class.save_pretrained(output_dir)
    return output_dir


def write_record(output_dir: Path, settings: BaseModel, **extra: Any) -> None:
    """``train.yaml``: the settings a training run used, and what it produced."""
    output_dir.mkdir(parents=True, exist_ok=True)
    record = {"settings": settings.model_dump(mode="json"), **extra}
    (output_dir / TRAIN_RECORD).write_text(
        yaml.safe_dump(record, sort_keys=False, allow_unicode=True), encoding="utf-8"
    )
