"""`safecomp grade`: grade a run's samples with a judge model under a policy."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer

from safecomp.cli.runargs import RUNS_DIR_HELP, MethodOption, closing, reported_errors, run_path
from safecomp.data.runlock import ensure_free
from safecomp.eval.rundir import RunError, RunInfo, read_run_info
from safecomp.eval.runner import grade_run
from safecomp.grading import GradeCache
from safecomp.grading.cache import CACHE_FILE, default_cache_path
from safecomp.grading.grader import recommended_method
from safecomp.models import load_model
from safecomp.policy import Policy, load_policy


def register(app: typer.Typer) -> None:
    app.command("grade")(grade)


def grade(
    run: Annotated[str, typer.Argument(help="Run name (or path).", show_default=False)],
    judge: Annotated[
        str,
        typer.Option(help="Judge model spec: bundled:smollm2, hf:<path>, openai:<model>@<url>."),
    ] = "bundled:smollm2",
    policy: Annotated[
        str | None,
        typer.Option(
            help="Policy name or YAML file; by default the one the run was generated for.",
            show_default=False,
        ),
    ] = None,
    method: MethodOption = None,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not use the judge cache.")
    ] = False,
    cache: Annotated[
        Path | None,
        typer.Option(
            help="Judge cache file (default: $SAFECOMP_CACHE or ~/.cache/safecomp, "
            f"file {CACHE_FILE}).",
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Judge calls in flight.")] = 8,
    batch_size: Annotated[int, typer.Option(min=1, help="Samples per judge call.")] = 8,
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
) -> None:
    """Grade RUN's samples into grades.jsonl; a killed pass resumes with what is missing."""
    with reported_errors():
        run_dir = run_path(run, runs_dir)
        chosen = _policy(read_run_info(run_dir), policy)
        ensure_free(run_dir)  # before loading the judge
        grade_cache = None if no_cache else GradeCache(cache or default_cache_path())
        try:
            judge_model = load_model(judge)
            asyncio.run(
                closing(
                    judge_model,
                    grade_run(
                        run_dir,
                        judge_model,
                        chosen,
                        method=method.value if method else recommended_method(judge),
                        cache=grade_cache,
                        concurrency=concurrency,
                        batch_size=batch_size,
                        policy_source=policy,
                    ),
                )
            )
        finally:
            if grade_cache is not None:
                grade_cache.close()


def _policy(info: RunInfo, source: str | None) -> Policy:
    """The policy asked for, else the run's own (which must not have changed since)."""
    if source is not None:
        return load_policy(source)
    recorded = info.policy
    if recorded is None or recorded.source is None:
        return load_policy("default")
    policy = load_policy(recorded.source)
    if policy.content_hash != recorded.hash:
        raise RunError(
            f"run {info.name!r} was generated for policy {recorded.source!r} with hash "
            f"{recorded.hash}, which now has hash {policy.content_hash}; pass --policy to "
            "grade under it anyway"
        )
    return policy
