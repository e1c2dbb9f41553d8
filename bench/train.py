"""Benchmark of the reward's cost in RL (a script, not a test).

Seconds per GRPO step (LoRA on the bundled SmolLM2, the same prompts, seed and settings)
with three rewards, in one process:

1. a constant reward (the baseline: generation, loss and optimiser step only);
2. the judge reward in-process (``TRLReward``, the JudgeSettings defaults);
3. the same judge behind ``safecomp reward serve`` (a subprocess on 127.0.0.1), called over
   HTTP from the reward function.

The ratio of (2) and (3) to (1) is what the reward costs. The first step of each run is a
warm-up and is not counted. Writes JSON with ``--out``:

    .venv/bin/python bench/train.py --steps 3 --out bench/results/train.json
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from tables import table  # bench/tables.py, beside this script

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.servers import reward_server  # tests/helpers/servers.py

from safecomp.data import load_suite
from safecomp.grading import JudgeSettings
from safecomp.models import bundled_model_dir
from safecomp.reward import RewardSettings, TRLReward
from safecomp.reward.trl import completion_text, prompt_messages

RewardFunc = Callable[..., list[float | None]]


def constant_reward(prompts: Sequence[Any], completions: Sequence[Any], **_: Any) -> list[float]:
    """Every completion earns 0.5 (no judge)."""
    return [0.5] * len(completions)


class HTTPReward:
    """A TRL reward function calling ``safecomp reward serve`` (OpenRLHF's wire format)."""

    __name__ = "http_reward"

    def __init__(self, url: str) -> None:
        self.client = httpx.Client(base_url=url, timeout=600)

    def __call__(
        self, prompts: Sequence[Any], completions: Sequence[Any], **kwargs: Any
    ) -> list[float | None]:
        texts = [prompt_messages(p)[-1]["content"] for p in prompts]
        answers = [completion_text(c) for c in completions]
        labels = [{"intent": i} for i in kwargs.get("intent", [None] * len(prompts))]
        body = {"query": [p + a for p, a in zip(texts, answers, strict=True)], "prompts": texts}
        response = self.client.post("/get_reward", json=body | {"labels": labels})
        response.raise_for_status()
        return list(response.json()["rewards"])


def seconds_per_step(reward: RewardFunc, args: argparse.Namespace, out: Path) -> float:
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import TrainerCallback
    from trl import GRPOConfig, GRPOTrainer

    items = load_suite("quickstart")[: args.prompts]
    dataset = Dataset.from_list(
        [{"prompt": i.to_messages(), "id": i.id, "intent": i.intent} for i in items]
    )
    times: list[float] = []

    class Timer(TrainerCallback):  # type: ignore[misc]
        def on_step_begin(self, *a: Any, **k: Any) -> None:
            self.started = time.perf_counter()

        def on_step_end(self, *a: Any, **k: Any) -> None:
            times.append(time.perf_counter() - self.started)

    trainer = GRPOTrainer(
        model=str(bundled_model_dir()),
        reward_funcs=[reward],
        args=GRPOConfig(
            output_dir=str(out),
            max_steps=args.steps,
            per_device_train_batch_size=args.num_generations * 2,
            num_generations=args.num_generations,
            max_completion_length=args.max_completion_length,
            logging_steps=1,
            report_to="none",
            save_strategy="no",
            use_cpu=True,
            seed=0,
        ),
        train_dataset=dataset,
        peft_config=LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]),
        callbacks=[Timer()],
    )
    trainer.train()
    counted = times[1:] or times
    return sum(counted) / len(counted)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--prompts", type=int, default=4)
    parser.add_argument("--num-generations", type=int, default=2)
    parser.add_argument("--max-completion-length", type=int, default=32)
    parser.add_argument("--policy", default="default", help="policy of the judge")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    judge = JudgeSettings(policy=args.policy, use_cache=False)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        base = seconds_per_step(constant_reward, args, Path(tmp) / "constant")
        rows.append({"reward": "constant (baseline)", "s/step": base, "ratio": 1.0})
        in_process = TRLReward(RewardSettings(judge=judge))
        try:
            seconds = seconds_per_step(in_process, args, Path(tmp) / "in-process")
        finally:
            in_process.close()
        rows.append({"reward": f"judge in-process ({judge.spec})", "s/step": seconds})
        with reward_server(
            judge.spec, Path(tmp), policy=judge.policy, method=judge.method, cache=False
        ) as url:
            seconds = seconds_per_step(HTTPReward(url), args, Path(tmp) / "served")
        rows.append({"reward": "judge via reward serve", "s/step": seconds})
    for row in rows:
        row["ratio"] = row["s/step"] / base
    Console().print(table("Seconds per GRPO step by reward", rows))
    if args.out is not None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        result = {
            "settings": {k: str(v) for k, v in vars(args).items()},
            "judge": judge.model_dump(mode="json"),
            "machine": {"python": platform.python_version(), "cpus": platform.machine()},
            "rows": rows,
        }
        args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
