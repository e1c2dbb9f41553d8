"""`safecomp sft-data`, `safecomp train sft` and `safecomp train rl`."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from safecomp.cli.judgeargs import (
    CacheOption,
    ConcurrencyOption,
    JudgeBatchOption,
    JudgeOption,
    JudgeTokensOption,
    MethodOption,
    NoCacheOption,
    judge_settings,
)
from safecomp.cli.progress import RunProgress
from safecomp.cli.runargs import reported_errors
from safecomp.errors import validated
from safecomp.grading.methods import small_judge_warning
from safecomp.reward.core import REWARDS
from safecomp.train.config import load_rl_settings, load_sft_settings
from safecomp.train.sft import TrainResult
from safecomp.train.sft_data import SFT_FILE, SFTDataConfig, build_sft_data

ConfigArg = Annotated[
    Path, typer.Option("--config", help="YAML config file.", exists=True, show_default=False)
]


def register(app: typer.Typer) -> None:
    app.command("sft-data")(sft_data)
    group = typer.Typer(help="Fine-tune a model with TRL (SFT or GRPO).", no_args_is_help=True)
    group.command("sft")(train_sft)
    group.command("rl")(train_rl)
    app.add_typer(group, name="train")


def sft_data(
    out: Annotated[
        Path, typer.Option("-o", "--out", help="Output folder (a run; rerun to resume).")
    ],
    teacher: Annotated[
        str, typer.Option(help="Teacher model spec (bundled:..., hf:..., openai:...@url).")
    ] = "bundled:smollm2",
    style: Annotated[
        str, typer.Option(help="Teacher instructions: safe_completion or refusal.")
    ] = "safe_completion",
    suite: Annotated[str, typer.Option(help="Built-in suite name or suite file.")] = "quickstart",
    n: Annotated[int, typer.Option(min=1, help="Teacher samples per prompt.")] = 4,
    reward: Annotated[
        str, typer.Option(help=f"Reward that ranks samples: {' or '.join(REWARDS)}.")
    ] = "safe_completion",
    threshold: Annotated[float, typer.Option(help="Least reward kept.")] = 0.3,
    max_per_domain: Annotated[
        int | None, typer.Option(min=1, help="Most examples per domain.", show_default=False)
    ] = None,
    max_per_intent: Annotated[
        int | None, typer.Option(min=1, help="Most examples per intent.", show_default=False)
    ] = None,
    max_new_tokens: Annotated[int, typer.Option(min=1)] = 192,
    temperature: Annotated[float, typer.Option(min=0.0)] = 0.8,
    seed: Annotated[int, typer.Option(help="Base seed of the teacher's sampling.")] = 0,
    batch_size: Annotated[int, typer.Option(min=1, help="Prompts per teacher call.")] = 8,
    limit: Annotated[
        int | None, typer.Option(min=1, help="Only the first N prompts.", show_default=False)
    ] = None,
    shard: Annotated[
        str | None, typer.Option(help="Only shard i of n, e.g. 2/4.", show_default=False)
    ] = None,
    judge: JudgeOption = None,
    method: MethodOption = None,
    policy: Annotated[
        str | None, typer.Option(help="Policy name or YAML (default: default).")
    ] = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    concurrency: ConcurrencyOption = None,
    judge_batch_size: JudgeBatchOption = None,
    judge_max_new_tokens: JudgeTokensOption = None,
) -> None:
    """Make SFT data: the teacher answers N times with the policy in its system prompt, the
    judge grades, the best safe answer is kept; examples are written without the policy."""
    with reported_errors():
        settings = validated(
            SFTDataConfig,
            {
                "teacher": teacher,
                "style": style,
                "suite": suite,
                "n": n,
                "reward": reward,
                "threshold": threshold,
                "max_per_domain": max_per_domain,
                "max_per_intent": max_per_intent,
                "max_new_tokens": max_new_tokens,
                "temperature": temperature,
                "seed": seed,
                "batch_size": batch_size,
                "limit": limit,
                "shard": shard,
                "judge": judge_settings(
                    judge=judge,
                    method=method,
                    policy=policy,
                    cache=cache,
                    no_cache=no_cache,
                    concurrency=concurrency,
                    judge_batch_size=judge_batch_size,
                    judge_max_new_tokens=judge_max_new_tokens,
                ),
            },
            what="sft-data settings",
        )
        with RunProgress("samples") as progress:
            summary = asyncio.run(
                build_sft_data(settings, out, generating=progress, grading=progress)
            )
    console = Console()
    warning = small_judge_warning(settings.judge.spec)
    if warning:
        console.print(f"[yellow]{warning}[/]", highlight=False)
    console.print(json.dumps(summary.as_dict(), indent=2), highlight=False)
    console.print(f"kept {summary.kept} of {summary.prompts} -> {out / SFT_FILE}", highlight=False)


def _done(result: TrainResult) -> None:
    shown: dict[str, Any] = {k: round(v, 4) for k, v in result.last_log.items()}
    Console().print(
        f"{result.steps} steps in {result.seconds:.1f} s; last log {shown}\n"
        f"saved to {result.output_dir} (load it as hf:{result.output_dir})",
        highlight=False,
        soft_wrap=True,
    )


def train_sft(config: ConfigArg) -> None:
    """Supervised fine-tuning (TRL SFTTrainer; LoRA unless `lora: null`) on sft-data output."""
    from safecomp.train.sft import run_sft

    with reported_errors():
        result = run_sft(load_sft_settings(config))
    _done(result)


def train_rl(config: ConfigArg) -> None:
    """GRPO (TRL GRPOTrainer) on the judge reward, with the held-out probe every K steps."""
    from safecomp.train.rl import run_rl

    with reported_errors():
        result = run_rl(load_rl_settings(config))
    _done(result)
