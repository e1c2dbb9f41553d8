"""`safecomp reward`: serve the safe-completion reward to RL trainers."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from safecomp.cli.runargs import reported_errors
from safecomp.policy import load_policy
from safecomp.reward.core import REWARDS
from safecomp.reward.server import MAX_BODY_BYTES, serve
from safecomp.reward.settings import Method, RewardSettings


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Serve the safe-completion reward to RL trainers.", no_args_is_help=True
    )
    group.command("serve")(serve_command)
    app.add_typer(group, name="reward")


def serve_command(
    judge: Annotated[str, typer.Option(help="Judge model spec, e.g. bundled:smollm2.")],
    policy: Annotated[str, typer.Option(help="Policy name (e.g. 'default') or YAML file.")],
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 5000,
    host: Annotated[
        str, typer.Option(help="Address to bind; 127.0.0.1 keeps the server local.")
    ] = "127.0.0.1",
    method: Annotated[Method, typer.Option(help="Judge method: structured or logprob.")] = (
        "structured"
    ),
    reward: Annotated[
        str, typer.Option(help=f"Reward: {' or '.join(sorted(REWARDS))}.")
    ] = "safe_completion",
    grade_cache: Annotated[
        Path | None, typer.Option(help="SQLite file caching judge grades across runs.")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Prompts per judge generate call.")] = 8,
    concurrency: Annotated[int, typer.Option(help="Judge calls in flight at once.")] = 8,
    max_new_tokens: Annotated[
        int, typer.Option(help="Most tokens of a structured judge verdict.")
    ] = 384,
    max_batch: Annotated[
        int, typer.Option(help="Most samples graded together across concurrent requests.")
    ] = 256,
    max_body_bytes: Annotated[
        int, typer.Option(help="Largest request body; larger ones get 413.")
    ] = MAX_BODY_BYTES,
) -> None:
    """Serve POST /get_reward for OpenRLHF (--remote_rm_url http://HOST:PORT/get_reward)."""
    with reported_errors():
        settings = RewardSettings(
            judge=judge,
            policy=policy,
            method=method,
            reward=reward,
            grade_cache=grade_cache,
            concurrency=concurrency,
            batch_size=batch_size,
            max_new_tokens=max_new_tokens,
        )
        checked = load_policy(policy)
    Console(stderr=True).print(
        f"reward {reward} under policy {checked.id} (hash {checked.content_hash}), judge {judge} "
        f"({method}); POST http://{host}:{port}/get_reward",
        highlight=False,
    )
    serve(settings, host=host, port=port, max_body_bytes=max_body_bytes, max_batch=max_batch)
