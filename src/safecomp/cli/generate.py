"""`safecomp generate`: sample a model's answers to a suite into a run directory."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from safecomp.cli.progress import RunProgress
from safecomp.cli.runargs import RUNS_DIR_HELP, closing, reported_errors, run_path
from safecomp.data.suites import load_suite
from safecomp.models import GenParams, load_model
from safecomp.policy import load_policy
from safecomp.runs.rundir import PolicyRef, check_run
from safecomp.runs.runner import RunSummary, generate_run, generation_info
from safecomp.runs.shard import Shard


def register(app: typer.Typer) -> None:
    app.command("generate")(generate)


def generate(
    run: Annotated[
        str,
        typer.Option("--run", help="Run name (or path); rerun it to resume.", show_default=False),
    ],
    model: Annotated[
        str, typer.Option(help="Model spec: bundled:smollm2, hf:<path>, openai:<model>@<url>.")
    ] = "bundled:smollm2",
    suite: Annotated[str, typer.Option(help="Built-in suite name or suite file.")] = "quickstart",
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
    n: Annotated[int, typer.Option(min=1, help="Samples per prompt.")] = 1,
    max_new_tokens: Annotated[int, typer.Option(min=1)] = 256,
    temperature: Annotated[float, typer.Option(min=0.0)] = 0.7,
    top_p: Annotated[float, typer.Option(min=0.0, max=1.0)] = 1.0,
    seed: Annotated[int, typer.Option(help="Base seed; each batch's seed derives from it.")] = 0,
    batch_size: Annotated[int, typer.Option(min=1, help="Prompts per model call.")] = 8,
    shard: Annotated[
        str | None, typer.Option(help="Only shard i of n (1-based), e.g. 2/4.", show_default=False)
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(min=1, help="Only the first N prompts of the suite.", show_default=False),
    ] = None,
    policy: Annotated[
        str, typer.Option(help="Policy the run will be graded under (name or YAML file).")
    ] = "default",
) -> None:
    """Generate answers into RUNS_DIR/RUN/samples.jsonl; a killed run resumes where it stopped."""
    with reported_errors():
        run_dir = run_path(run, runs_dir)
        items = load_suite(suite)
        policy_ref = PolicyRef.of(load_policy(policy), source=policy)
        part = None if shard is None else Shard.parse(shard)
        params = GenParams(
            max_new_tokens=max_new_tokens, temperature=temperature, top_p=top_p, seed=seed
        )
        # Fail on a conflicting run directory before spending time loading the model.
        check_run(
            run_dir,
            generation_info(
                run_dir,
                items,
                model,
                n=n,
                params=params,
                shard=part,
                limit=limit,
                suite=suite,
                policy=policy_ref,
            ),
        )
        chat_model = load_model(model)
        with RunProgress("samples") as progress:
            summary = asyncio.run(
                closing(
                    chat_model,
                    generate_run(
                        run_dir,
                        items,
                        chat_model,
                        n=n,
                        params=params,
                        batch_size=batch_size,
                        shard=part,
                        limit=limit,
                        suite=suite,
                        policy=policy_ref,
                        progress=progress,
                    ),
                )
            )
    _report(summary)


def _report(summary: RunSummary) -> None:
    Console().print(
        f"{summary.run_dir}: {summary.generated} samples generated, {summary.skipped} already "
        f"there, {summary.total} in the run ({summary.samples_per_s:.2f} samples/s) "
        f"-> {summary.run_dir / 'samples.jsonl'}",
        highlight=False,
        soft_wrap=True,
    )
