"""GRPO with the safe-completion reward: a LoRA policy trained on judge-graded completions.

    python examples/grpo_safe_completion.py --steps 20 --output runs/grpo-demo
    python examples/grpo_safe_completion.py --judge "openai:judge@http://127.0.0.1:8000/v1" \
        --reward refusal_baseline --policy-model ./checkpoints/sft

Offline it trains SmolLM2-135M (the bundled model) on the built-in quickstart suite with the
bundled judge, which is tiny and a weak judge: use it to see the plumbing work, and a real
judge (any OpenAI-compatible server) for real runs. The reward components (helpfulness,
safety, severity counts, failed grades, mode mix) appear in the trainer logs as
``<reward>/<component>``.
"""

from __future__ import annotations

import argparse

import torch
from datasets import Dataset
from peft import LoraConfig
from trl import GRPOConfig, GRPOTrainer

from safecomp.data import load_suite
from safecomp.grading import JudgeSettings
from safecomp.models import bundled_model_dir
from safecomp.reward import REWARDS, RewardSettings, TRLReward


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--policy-model", default=None, help="checkpoint to train (default: bundled)"
    )
    parser.add_argument("--judge", default="bundled:smollm2", help="judge model spec")
    parser.add_argument("--policy", default="default", help="safety policy name or YAML file")
    parser.add_argument("--method", default="logprob", choices=["structured", "logprob"])
    parser.add_argument("--reward", default="safe_completion", choices=sorted(REWARDS))
    parser.add_argument("--suite", default="quickstart", help="prompt suite name or file")
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--output", default="runs/grpo-safe-completion")
    args = parser.parse_args()

    items = load_suite(args.suite)
    dataset = Dataset.from_list(
        [
            {
                "prompt": item.to_messages(),
                "id": item.id,
                "intent": item.intent,
                "domain": item.domain,
            }
            for item in items
        ]
    )
    reward = TRLReward(
        RewardSettings(
            judge=JudgeSettings(spec=args.judge, policy=args.policy, method=args.method),
            reward=args.reward,
        )
    )
    gpu = torch.cuda.is_available()
    try:
        trainer = GRPOTrainer(
            model=args.policy_model or str(bundled_model_dir()),
            reward_funcs=[reward],
            args=GRPOConfig(
                output_dir=args.output,
                max_steps=args.steps,
                per_device_train_batch_size=4,
                num_generations=4,
                max_completion_length=128,
                learning_rate=5e-5,
                logging_steps=1,
                report_to="none",
                use_cpu=not gpu,
                bf16=gpu,
            ),
            train_dataset=dataset,
            peft_config=LoraConfig(r=16, lora_alpha=32, target_modules="all-linear"),
        )
        trainer.train()
        trainer.save_model(args.output)
    finally:
        reward.close()


if __name__ == "__main__":
    main()
