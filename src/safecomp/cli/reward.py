"""`safecomp reward`: serve the safe-completion reward to RL trainers."""

from __future__ import annotations

from typing import Annotated

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
from safecomp.cli.runargs import reported_errors
from safecomp.errors import validated
from safecomp.policy import load_policy
from safecomp.reward.core import REWARDS
from safecomp.reward.server import MAX_BODY_BYTES, serve
from safecomp.reward.settings import RewardSettings


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Serve the safe-completion reward to RL trainers.", no_args_is_help=True
    )
    group.command("serve")(serve_command)
    app.add_typer(group, name="reward")


def serve_command(
    judge: JudgeOption = None,
    policy: Annotated[
        str | None, typer.Option(help="Policy name (default: default) or YAML file.")
    ] = None,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 5000,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps the server local.")
    ] = "127.0.0.1",
    method: MethodOption = None,
    reward: Annotated[
        str, typer.Option(help=f"Reward: {' or '.join(REWARDS)}.")
    ] = "safe_completion",
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    concurrency: ConcurrencyOption = None,
    judge_batch_size: JudgeBatchOption = None,
    judge_max_new_tokens: JudgeTokensOption = None,
    max_batch: Annotated[
        int, typer.Option(help="Most samples graded together across concurrent requests.")
    ] = 256,
    max_body_bytes: Annotated[
        int, typer.Option(help="Largest request body; larger ones get 413.")
    ] = MAX_BODY_BYTES,
) -> None:
    """Serve POST /get_reward for OpenRLHF (--remote_rm_url http://HOST:PORT/get_reward)."""
    with reported_errors():
        judge_part = judge_settings(
            judge=judge,
            method=method,
            policy=policy,
            cache=cache,
            no_cache=no_cache,
            concurrency=concurrency,
            judge_batch_size=judge_batch_size,
            judge_max_new_tokens=judge_max_new_tokens,
        )
        settings = validated(
            RewardSettings, {"judge": judge_part, "reward": reward}, what="reward settings"
        )
        checked = load_policy(judge_part.policy)
    Console(stderr=True).print(
        f"reward {reward} under policy {checked.id} (hash {checked.content_hash}), judge "
        f"{judge_part.spec} ({judge_part.method}); POST http://{host}:{port}/get_reward",
        highlight=False,
    )
    serve(settings, host=host, port=port, max_body_bytes=max_body_bytes, max_batch=max_batch)
