"""``safecomp train rl``: TRL ``GRPOTrainer`` on the judge reward, with the held-out probe."""

from __future__ import annotations

import time
from typing import Any

from safecomp.data.suites import load_suite
from safecomp.reward.settings import RewardSettings
from safecomp.reward.trl import TRLReward
from safecomp.train.boundary import harmful_label
from safecomp.train.checkpoint import checkpoint_path, save_output, write_record
from safecomp.train.config import RLSettings
from safecomp.train.log import TrainLog, log_callback
from safecomp.train.probe import HeldOutProbe, probe_items
from safecomp.train.sft import TrainResult, common_args, last_log, peft_config


def rl_rows(settings: RLSettings) -> list[dict[str, Any]]:
    """The GRPO dataset: each prompt with the labels the reward reads."""
    items = load_suite(settings.suite)
    if settings.limit is not None:
        items = items[: settings.limit]
    refusal = settings.reward == "refusal_baseline"
    return [
        {
            "prompt": item.to_messages(),
            "id": item.id,
            "intent": item.intent,
            "domain": item.domain,
            "harmful": harmful_label(item, dual_use_harmful=settings.dual_use_harmful)
            if refusal
            else None,
        }
        for item in items
    ]


def run_rl(settings: RLSettings) -> TrainResult:
    """GRPO from ``settings.base``; the output loads as ``hf:<output_dir>``."""
    from datasets import Dataset
    from trl.trainer.grpo_config import GRPOConfig
    from trl.trainer.grpo_trainer import GRPOTrainer

    dataset = Dataset.from_list(rl_rows(settings))
    log = TrainLog(settings.output_dir)
    write_record(settings.output_dir, settings, prompts=len(dataset))
    callbacks = [log_callback(log)]
    probe = None
    if settings.probe is not None:
        probe = HeldOutProbe(
            probe_items(settings.probe.suite, settings.probe.limit),
            log,
            every=settings.probe.every,
            max_new_tokens=settings.probe.max_new_tokens,
            judge=settings.probe_judge,
        )
        callbacks.append(probe.callback())
    vllm: dict[str, Any] = (
        {"use_vllm": True, "vllm_mode": settings.vllm_mode} if settings.use_vllm else {}
    )
    args = GRPOConfig(
        **common_args(settings),
        num_generations=settings.num_generations,
        max_completion_length=settings.max_completion_length,
        temperature=settings.temperature,
        beta=settings.beta,
        **vllm,
    )
    reward = TRLReward(RewardSettings(judge=settings.judge, reward=settings.reward))
    try:
        trainer = GRPOTrainer(
            model=checkpoint_path(settings.base),
            reward_funcs=[reward],
            args=args,
            train_dataset=dataset,
            peft_config=peft_config(settings.lora),
            callbacks=callbacks,
        )
        started = time.perf_counter()
        trainer.train()
        seconds = time.perf_counter() - started
        save_output(trainer, settings.output_dir, merge=settings.merge)
    finally:
        reward.close()
        if probe is not None:
            probe.close()
    return TrainResult(
        settings.output_dir, trainer.state.global_step, seconds, last_log(trainer.state.log_history)
    )
