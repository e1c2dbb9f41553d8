"""`safecomp eval`, `safecomp report` and `safecomp compare`."""

from __future__ import annotations

import asyncio
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
from safecomp.cli.runargs import RUNS_DIR_HELP, closing, reported_errors, run_path
from safecomp.cli.tables import deltas_table, headline_table
from safecomp.errors import validated
from safecomp.eval.compare import paired_deltas
from safecomp.eval.config import EvalConfig, load_eval_config
from safecomp.eval.outputs import load_run, run_report, write_outputs
from safecomp.eval.pairwise import summarise
from safecomp.eval.pipeline import run_eval
from safecomp.grading.pairwise import judge_pairs
from safecomp.models import load_model


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
    app.command("report")(report)
    app.command("compare")(compare)


def eval_command(
    config: Annotated[
        Path | None,
        typer.Option(help="YAML file of eval settings (flags given override it).", exists=True),
    ] = None,
    run: Annotated[str | None, typer.Option(help="Run name (default: quickstart).")] = None,
    runs_dir: Annotated[Path | None, typer.Option(help=RUNS_DIR_HELP)] = None,
    model: Annotated[
        str | None, typer.Option(help="Policy model spec (default: bundled:smollm2).")
    ] = None,
    judge: JudgeOption = None,
    suite: Annotated[str | None, typer.Option(help="Suite name or file (default: quickstart).")] = (
        None
    ),
    policy: Annotated[str | None, typer.Option(help="Policy name or YAML (default: default).")] = (
        None
    ),
    method: MethodOption = None,
    n: Annotated[int | None, typer.Option(help="Samples per prompt (default: 1).")] = None,
    max_new_tokens: Annotated[
        int | None, typer.Option(help="Most tokens per answer (default: 128).")
    ] = None,
    temperature: Annotated[float | None, typer.Option(help="(default: 0.7)")] = None,
    seed: Annotated[int | None, typer.Option(help="(default: 0)")] = None,
    batch_size: Annotated[int | None, typer.Option(help="Prompts per model call (default: 8).")] = (
        None
    ),
    shard: Annotated[str | None, typer.Option(help="Only shard i of n, e.g. 2/4.")] = None,
    limit: Annotated[int | None, typer.Option(help="Only the first N prompts.")] = None,
    judge_check: Annotated[
        list[Path] | None,
        typer.Option(help="`safecomp judge check --json` report(s) to show in the report."),
    ] = None,
    cache: CacheOption = None,
    no_cache: NoCacheOption = False,
    concurrency: ConcurrencyOption = None,
    judge_batch_size: JudgeBatchOption = None,
    judge_max_new_tokens: JudgeTokensOption = None,
) -> None:
    """Generate, grade, compute metrics and write the report for one model (resumable).

    With no arguments: the bundled SmolLM2 as policy model and judge on the quickstart suite
    under the default policy, offline.
    """
    flags: dict[str, Any] = {
        "run": run,
        "runs_dir": runs_dir,
        "model": model,
        "suite": suite,
        "n": n,
        "max_new_tokens": max_new_tokens,
        "temperature": temperature,
        "seed": seed,
        "batch_size": batch_size,
        "shard": shard,
        "limit": limit,
        "judge_check": judge_check or None,
    }
    with reported_errors():
        base = load_eval_config(config) if config is not None else EvalConfig()
        flags["judge"] = judge_settings(
            judge=judge,
            method=method,
            policy=policy,
            cache=cache,
            no_cache=no_cache,
            concurrency=concurrency,
            judge_batch_size=judge_batch_size,
            judge_max_new_tokens=judge_max_new_tokens,
            base=base.judge,
        )
        settings = validated(
            EvalConfig,
            base.model_dump() | {k: v for k, v in flags.items() if v is not None},
            what="eval settings",
        )
        with RunProgress("samples") as progress:  # both stages go sample by sample
            result = asyncio.run(run_eval(settings, generating=progress, grading=progress))
    console = Console()
    console.print(headline_table(result.report.metrics))
    for path in result.outputs:
        console.print(f"wrote {path}", highlight=False)


def report(
    run: Annotated[str, typer.Argument(help="Run name (or path).", show_default=False)],
    compare_with: Annotated[
        str | None,
        typer.Option("--compare", help="Another run on the same prompts to compare with."),
    ] = None,
    judge: Annotated[
        str | None, typer.Option(help="Grading pass to report: judge spec (default: latest).")
    ] = None,
    method: Annotated[str | None, typer.Option(help="Grading pass: method.")] = None,
    policy: Annotated[
        str | None, typer.Option(help="Policy file, if it moved since grading.")
    ] = None,
    judge_check: Annotated[
        list[Path] | None, typer.Option(help="`safecomp judge check --json` report(s).")
    ] = None,
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
) -> None:
    """Rebuild metrics.json, report.html and report.md of RUN from its files."""
    with reported_errors():
        first = load_run(run_path(run, runs_dir), judge=judge, method=method, policy=policy)
        reports = [run_report(first, judge_checks=judge_check or [])]
        deltas = None
        if compare_with is not None:
            second = load_run(
                run_path(compare_with, runs_dir),
                judge=first.grading.judge,
                method=first.grading.method,
                policy=policy,
            )
            reports.append(run_report(second, judge_checks=judge_check or []))
            deltas = paired_deltas(first.rows, second.rows)
        paths = write_outputs(first.run_dir, reports, deltas=deltas)
    for path in paths:
        Console().print(f"wrote {path}", highlight=False)


def compare(
    run_a: Annotated[str, typer.Argument(help="Run A (name or path).", show_default=False)],
    run_b: Annotated[str, typer.Argument(help="Run B (name or path).", show_default=False)],
    pairwise_judge: Annotated[
        str | None,
        typer.Option(help="Also ask this judge which answer is better, in both orders."),
    ] = None,
    judge: Annotated[
        str | None, typer.Option(help="Grading pass to compare: judge spec (default: latest).")
    ] = None,
    method: Annotated[str | None, typer.Option(help="Grading pass: method.")] = None,
    out: Annotated[
        Path | None, typer.Option(help="Output folder (default: RUNS_DIR/compare-A-vs-B).")
    ] = None,
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
) -> None:
    """Paired deltas (A − B) on the shared prompts with paired bootstrap CIs, and optionally
    pairwise win/tie/loss rates from a judge."""
    with reported_errors():
        a = load_run(run_path(run_a, runs_dir), judge=judge, method=method)
        b = load_run(run_path(run_b, runs_dir), judge=a.grading.judge, method=a.grading.method)
        deltas = paired_deltas(a.rows, b.rows)
        pairwise = None
        if pairwise_judge is not None:
            by_key = {r.sample.key: r.sample for r in b.rows}
            pairs = [(r.sample, by_key[r.sample.key]) for r in a.rows if r.sample.key in by_key]
            pj = load_model(pairwise_judge)
            judgements = asyncio.run(closing(pj, judge_pairs(pj, a.policy, pairs)))
            pairwise = summarise(
                judgements,
                model_a=a.rows[0].sample.model,
                model_b=b.rows[0].sample.model,
                judge=pairwise_judge,
            )
        folder = out or runs_dir / f"compare-{a.run_dir.name}-vs-{b.run_dir.name}"
        reports = [run_report(a), run_report(b)]
        paths = write_outputs(folder, reports, deltas=deltas, pairwise=pairwise)
    console = Console()
    console.print(deltas_table(deltas))
    if pairwise is not None:
        console.print(
            f"pairwise ({pairwise.judge}): A wins {pairwise.win}, ties {pairwise.tie}, "
            f"B wins {pairwise.loss}; {pairwise.n_failed} failed judgements",
            highlight=False,
        )
    for path in paths:
        console.print(f"wrote {path}", highlight=False)
