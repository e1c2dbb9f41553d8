"""`safecomp judge check`: how well a judge agrees with human labels, next to string matching."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from safecomp.cli.runargs import MethodOption, closing, reported_errors
from safecomp.data.gold import GOLD_FORMATS, GoldItem, load_gold
from safecomp.cli.progress import run_progress
from safecomp.grading import GradeCache, Grader
from safecomp.grading.cache import CACHE_FILE, default_cache_path
from safecomp.grading.calibration import (
    CalibrationReport,
    calibration_tables,
    check_judge,
    stratified_subset,
)
from safecomp.grading.grader import recommended_method
from safecomp.models import load_model
from safecomp.policy import load_policy

WEAK_JUDGE_NOTE = (
    "bundled:smollm2 is a 135M-parameter model: a weak judge, shown for the pipeline, "
    "not for trustworthy grades."
)


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
    judge: Annotated[
        str,
        typer.Option(help="Judge model spec: bundled:smollm2, hf:<path>, openai:<model>@<url>."),
    ] = "bundled:smollm2",
    fmt: Annotated[
        str, typer.Option("--format", help=f"Gold format: {', '.join(GOLD_FORMATS)}.")
    ] = "jsonl",
    policy: Annotated[str, typer.Option(help="Policy name or YAML file.")] = "default",
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
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Do not use the judge cache.")
    ] = False,
    cache: Annotated[
        Path | None,
        typer.Option(
            help=f"Judge cache file (by default {CACHE_FILE} in $SAFECOMP_CACHE, "
            "else in ~/.cache/safecomp).",
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Judge calls in flight.")] = 8,
    batch_size: Annotated[int, typer.Option(min=1, help="Items per judge call.")] = 8,
) -> None:
    """Grade human-labelled responses with a judge: accuracy, Cohen's kappa, confusion
    matrices, MAE and Spearman, with bootstrap 95% CIs, beside a string-match baseline."""
    with reported_errors():
        if fmt not in GOLD_FORMATS:
            raise ValueError(
                f"unknown gold format {fmt!r}; expected one of {', '.join(GOLD_FORMATS)}"
            )
        items = load_gold(fmt, gold)
        if limit is not None:
            items = stratified_subset(items, limit, seed)
        grade_cache = None if no_cache else GradeCache(cache or default_cache_path())
        try:
            judge_model = load_model(judge)
            grader = Grader(
                judge_model,
                load_policy(policy),
                method=method.value if method else recommended_method(judge),
                cache=grade_cache,
                concurrency=concurrency,
                batch_size=batch_size,
            )
            report = asyncio.run(closing(judge_model, _check(grader, items, seed)))
        finally:
            if grade_cache is not None:
                grade_cache.close()
    console = Console()
    for table in calibration_tables(report):
        console.print(table)
    if judge.startswith("bundled:"):
        console.print(f"[yellow]note:[/] {WEAK_JUDGE_NOTE}")
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(report.model_dump_json(indent=2) + "\n", encoding="utf-8")
        console.print(f"report written to {json_out}")


async def _check(grader: Grader, items: Sequence[GoldItem], seed: int) -> CalibrationReport:
    with run_progress("items", enabled=True) as progress:
        task = progress.add_task(f"judging with {grader.judge.name}", total=len(items))
        return await check_judge(
            grader, items, seed=seed, on_graded=lambda grades: progress.advance(task, len(grades))
        )
