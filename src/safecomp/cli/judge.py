"""`safecomp judge check`: how well a judge agrees with human labels, next to string matching."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
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
from safecomp.cli.progress import run_progress
from safecomp.cli.runargs import reported_errors
from safecomp.cli.tables import calibration_tables
from safecomp.data.gold import GOLD_FORMATS, GoldItem, load_gold
from safecomp.errors import SettingsError
from safecomp.grading import Grader, JudgeSettings, open_grader, small_judge_warning
from safecomp.grading.calibration import CalibrationReport, check_judge, stratified_subset


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Check a judge against human-labelled gold data.", no_args_is_help=True
    )
    group.command("check")(check)
    app.add_typer(group, name="judge")


def check(
    gold: Annotated[
        Path,
        typer.Option(
            help="Gold file (or directory) of human-labelled responses.", show_default=False
        ),
    ],
    judge: JudgeOption = None,
    fmt: Annotated[
        str, typer.Option("--format", help=f"Gold format: {', '.join(GOLD_FORMATS)}.")
    ] = "jsonl",
    policy: Annotated[str | None, typer.Option(help="Policy name or YAML file.")] = None,
    method: MethodOption = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Grade a subset of this many items, stratified by label."),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the subset and of the bootstrap.")] = 0,
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Also write the report as JSON here.", show_default=False),
    ] = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    concurrency: ConcurrencyOption = None,
    judge_batch_size: JudgeBatchOption = None,
    judge_max_new_tokens: JudgeTokensOption = None,
) -> None:
    """Grade human-labelled responses with a judge: accuracy, Cohen's kappa, confusion
    matrices, MAE and Spearman, with bootstrap 95% CIs, beside a string-match baseline."""
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
        if fmt not in GOLD_FORMATS:
            raise SettingsError(
                f"unknown gold format {fmt!r}; expected one of {', '.join(GOLD_FORMATS)}"
            )
        items = load_gold(fmt, gold)
        if limit is not None:
            items = stratified_subset(items, limit, seed)
        report = asyncio.run(_check(settings, items, seed))
    console = Console()
    for table in calibration_tables(report):
        console.print(table)
    warning = small_judge_warning(settings.spec)
    if warning is not None:
        console.print(f"[yellow]note:[/] {warning}")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
        console.print(f"report written to {json_out}")


async def _check(
    settings: JudgeSettings, items: Sequence[GoldItem], seed: int
) -> CalibrationReport:
    grader = open_grader(settings)
    try:
        return await _graded(grader, items, seed)
    finally:
        await grader.aclose()


async def _graded(grader: Grader, items: Sequence[GoldItem], seed: int) -> CalibrationReport:
    with run_progress("items", enabled=True) as progress:
        task = progress.add_task(f"judging with {grader.judge_name}", total=len(items))
        return await check_judge(
            grader, items, seed=seed, on_graded=lambda grades: progress.advance(task, len(grades))
        )
