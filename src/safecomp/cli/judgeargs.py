"""The one option set of every command that takes a judge, and how it becomes
``JudgeSettings``: options left out keep the defaults of ``JudgeSettings`` (or of a config
file), so every command grades the same way unless told otherwise."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from safecomp.errors import validated
from safecomp.grading import DEFAULT_JUDGE, METHODS, JudgeSettings
from safecomp.grading.cache import CACHE_FILE
from safecomp.models import known_specs

JudgeOption = Annotated[
    str | None,
    typer.Option(
        "--judge",
        help=f"Judge spec: bundled:grader, learned:<dir>, {', '.join(known_specs())} "
        f"(default: {DEFAULT_JUDGE}).",
        show_default=False,
    ),
]
MethodOption = Annotated[
    str | None,
    typer.Option(
        "--method",
        help="Grading method: "
        + "; ".join(f"{name}: {method.summary}" for name, method in METHODS.items())
        + " (default: the one recommended for the judge: learned for trained graders, "
        "logprob for bundled:smollm2, structured for others).",
        show_default=False,
    ),
]
CacheOption = Annotated[
    Path | None,
    typer.Option(
        help=f"Grade cache file (default: {CACHE_FILE} in $SAFECOMP_CACHE, else in "
        "~/.cache/safecomp).",
        show_default=False,
    ),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Grade without the cache.")]
ConcurrencyOption = Annotated[
    int | None,
    typer.Option(
        min=1, help="Most judge conversations in flight (default: 8).", show_default=False
    ),
]
JudgeBatchOption = Annotated[
    int | None,
    typer.Option(
        "--judge-batch-size", min=1, help="Samples per judge call (default: 8).", show_default=False
    ),
]
JudgeTokensOption = Annotated[
    int | None,
    typer.Option(
        "--judge-max-new-tokens",
        min=1,
        help="Token budget of a written (structured) verdict (default: 256).",
        show_default=False,
    ),
]


def judge_settings(
    *,
    judge: str | None = None,
    method: str | None = None,
    policy: str | None = None,
    cache: Path | None = None,
    no_cache: bool = False,
    concurrency: int | None = None,
    judge_batch_size: int | None = None,
    judge_max_new_tokens: int | None = None,
    base: JudgeSettings | None = None,
) -> JudgeSettings:
    """``base`` (else the defaults) with the options given; a new judge without ``--method``
    gets its recommended method. Bad values raise ``SettingsError``."""
    values: dict[str, Any] = base.model_dump(exclude_defaults=True) if base is not None else {}
    if judge is not None and method is None:
        values.pop("method", None)
    given = {
        "spec": judge,
        "method": method,
        "policy": policy,
        "cache": cache,
        "use_cache": False if no_cache else None,
        "concurrency": concurrency,
        "batch_size": judge_batch_size,
        "max_new_tokens": judge_max_new_tokens,
    }
    values.update({k: v for k, v in given.items() if v is not None})
    return validated(JudgeSettings, values, what="judge settings")
