"""How often a GRPO group has no reward variance (no advantage to learn from), with rewards
read from the grades' most likely levels or from their expected values (a script, not a test).

GRPO-style groups: the bundled SmolLM2 answers each quickstart prompt ``--group`` times
(temperature 1.0, as GRPO samples), the default judge (``JudgeSettings()``) grades every
answer once, and the ``safe_completion`` reward is computed both ways from the same grades.
A group whose rewards are all equal (spread below 1e-9) gives every answer advantage 0.

    .venv/bin/python bench/reward_variance.py --prompts 16 --group 4
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path
from typing import Any, get_args

from rich.console import Console
from tables import table  # bench/tables.py, beside this script

from safecomp.data import Sample, load_suite
from safecomp.grading import JudgeSettings, open_grader
from safecomp.models import GenParams, load_model
from safecomp.policy import load_policy
from safecomp.reward.core import Scores, safe_completion_reward

console = Console()


async def grouped_grades(prompts: int, group: int, tokens: int, seed: int) -> list[list[Any]]:
    items = [i for i in load_suite("quickstart") if i.intent != "unknown"][:prompts]
    model = load_model("bundled:smollm2")
    params = GenParams(max_new_tokens=tokens, temperature=1.0, seed=seed)
    try:
        completions = await model.generate(
            [i.to_messages() for i in items for _ in range(group)], params
        )
    finally:
        await model.aclose()
    samples = [
        Sample(item=items[n // group], sample_index=n % group, model=model.name, response=c.text)
        for n, c in enumerate(completions)
    ]
    grader = open_grader(JudgeSettings(use_cache=False))
    try:
        grades = await grader.grade(samples)
    finally:
        await grader.aclose()
    return [grades[k : k + group] for k in range(0, len(grades), group)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompts", type=int, default=16)
    parser.add_argument("--group", type=int, default=4, help="answers per prompt (GRPO group)")
    parser.add_argument("--max-new-tokens", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=Path("bench/results/reward_variance.json"))
    args = parser.parse_args()

    groups = asyncio.run(grouped_grades(args.prompts, args.group, args.max_new_tokens, args.seed))
    policy = load_policy(JudgeSettings().policy)
    rows = []
    for scores in get_args(Scores):
        rewards = [
            [safe_completion_reward(g, policy, scores=scores) for g in group] for group in groups
        ]
        usable = [[r for r in group if r is not None] for group in rewards]
        flat = [r for group in usable for r in group]
        rows.append(
            {
                "scores": scores,
                "groups": len(groups),
                "zero_variance_share": sum(max(g) - min(g) < 1e-9 for g in usable if g)
                / max(1, sum(1 for g in usable if g)),
                "mean_reward": sum(flat) / max(1, len(flat)),
                "failed_grades": sum(len(g) - len(u) for g, u in zip(rewards, usable, strict=True)),
            }
        )
    console.print(table("GRPO-style groups without reward variance", rows))
    result = {
        "judge": JudgeSettings().spec,
        "prompts": args.prompts,
        "group": args.group,
        "max_new_tokens": args.max_new_tokens,
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
