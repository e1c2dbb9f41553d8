"""`safecomp grade`: grade a run's samples with a judge under a policy."""

from __future__ import annotations

import asyncio
from pathlib import Path
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
from safecomp.cli.progress import RunProgress
from safecomp.cli.runargs import RUNS_DIR_HELP, reported_errors, run_path
from safecomp.cli.tables import grade_summary_table
from safecomp.grading import JudgeSettings, open_grader
from safecomp.policy import Policy, load_policy
from safecomp.runs import GradeSummary, grade_run, read_run_info
from safecomp.runs.policy import resolve_policy


def register(app: typer.Typer) -> None:
    app.command("grade")(grade)


def grade(
    run: Annotated[str, typer.Argument(help="Run name (or path).", show_default=False)],
    judge: JudgeOption = None,
    policy: Annotated[
        str | None,
        typer.Option(
            help="Policy name or YAML file; by default the one the run was generated for.",
            show_default=False,
        ),
    ] = None,
    method: MethodOption = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    concurrency: ConcurrencyOption = None,
    judge_batch_size: JudgeBatchOption = None,
    judge_max_new_tokens: JudgeTokensOption = None,
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
) -> None:
    """Grade RUN's samples into grades.jsonl; a killed pass resumes with what is missing."""
    with reported_errors():
        settings = judge_settings(
            judge=judge,
            method=method,
            policy=policy,
            cache=cache,
            no_cache=no_cache,
            concurrency=concurrency,
            judge_batch_size=judge_batch_size,
            judge_max_new_tokens=judge_max_new_tokens,
        )
        run_dir = run_path(run, runs_dir)
        # --policy grades under that policy; otherwise the run's own, unchanged since.
        info = read_run_info(run_dir)
        chosen = load_policy(policy) if policy is not None else resolve_policy(info.policy)
        summary = asyncio.run(_grade(run_dir, settings, chosen, policy))
    Console().print(grade_summary_table(summary))


async def _grade(
    run_dir: Path, settings: JudgeSettings, policy: Policy, source: str | None
) -> GradeSummary:
    grader = open_grader(settings, policy=policy)
    try:
        with RunProgress("grades") as progress:
            return await grade_run(run_dir, grader, policy_source=source, progress=progress)
    finally:
        await grader.aclose()
