"""``safecomp train sft``: TRL ``SFTTrainer`` (LoRA via PEFT, or all weights) on SFT data."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from safecomp.errors import InputError
from safecomp.train.checkpoint import checkpoint_path, save_output, write_record
from safecomp.train.config import LoraSettings, SFTSettings, TrainSettings
from safecomp.train.log import TrainLog, log_callback
from safecomp.train.sft_data import read_sft_examples


@dataclass(frozen=True)
class TrainResult:
    output_dir: Path
    steps: int
    seconds: float
    #: The trainer's last logged values (loss, or mean reward and its components).
    last_log: dict[str, float]


def peft_config(lora: LoraSettings | None) -> Any:
    """The PEFT ``LoraConfig`` of ``lora`` (``None``: train all weights)."""
    if lora is None:
        return None
    from peft import LoraConfig

    return LoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha,
        lora_dropout=lora.dropout,
        target_modules=lora.target_modules,
        task_type="CAUSAL_LM",
    )


def common_args(settings: TrainSettings) -> dict[str, Any]:
    """The transformers ``TrainingArguments`` SFT and GRPO share."""
    import torch

    use_cpu = settings.use_cpu if settings.use_cpu is not None else not torch.cuda.is_available()
    return {
        "output_dir": str(settings.output_dir),
        "max_steps": settings.max_steps,
        "learning_rate": settings.learning_rate,
        "per_device_train_batch_size": settings.per_device_train_batch_size,
        "gradient_accumulation_steps": settings.gradient_accumulation_steps,
        "warmup_steps": settings.warmup_steps,
        "weight_decay": settings.weight_decay,
        "seed": settings.seed,
        "logging_steps": settings.logging_steps,
        "save_strategy": "steps" if settings.save_steps else "no",
        "save_steps": settings.save_steps or 500,
        "bf16": settings.bf16,
        "gradient_checkpointing": settings.gradient_checkpointing,
        "use_cpu": use_cpu,
        "report_to": "none",
    }


def last_log(history: list[dict[str, Any]]) -> dict[str, float]:
    for entry in reversed(history):
        if "train_runtime" not in entry:
            return {k: float(v) for k, v in entry.items() if isinstance(v, int | float)}
    return {}


def run_sft(settings: SFTSettings) -> TrainResult:
    """Fine-tune ``settings.base`` on ``settings.data``; the output loads as ``hf:<output_dir>``."""
    from datasets import Dataset
    from trl.trainer.sft_config import SFTConfig
    from trl.trainer.sft_trainer import SFTTrainer

    examples = read_sft_examples(settings.data)
    if not examples:
        raise InputError(f"{settings.data}: no SFT examples to train on")
    dataset = Dataset.from_list(
        [{"prompt": e.messages[:-1], "completion": e.messages[-1:]} for e in examples]
    )
    log = TrainLog(settings.output_dir)
    write_record(settings.output_dir, settings, examples=len(examples))
    args = SFTConfig(
        **common_args(settings),
        max_length=settings.max_length,
        num_train_epochs=settings.num_train_epochs or 1.0,
        completion_only_loss=True,
    )
    trainer = SFTTrainer(
        model=checkpoint_path(settings.base),
        args=args,
        train_dataset=dataset,
        peft_config=peft_config(settings.lora),
        callbacks=[log_callback(log)],
    )
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    save_output(trainer, settings.output_dir, merge=settings.merge)
    return TrainResult(
        settings.output_dir, trainer.state.global_step, seconds, last_log(trainer.state.log_history)
    )
