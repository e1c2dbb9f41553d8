"""`safecomp experiment`: the controlled experiment (refusal vs safe-completion twins)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from safecomp.cli.runargs import reported_errors


def register(app: typer.Typer) -> None:
    app.command("experiment")(experiment)


def experiment(
    config: Annotated[
        Path, typer.Option("--config", help="Experiment YAML.", exists=True, show_default=False)
    ],
    out_dir: Annotated[
        Path | None, typer.Option(help="Output folder (overrides the config's out_dir).")
    ] = None,
    teacher: Annotated[str | None, typer.Option(help="Teacher model spec.")] = None,
    judge: Annotated[str | None, typer.Option(help="Judge spec (its recommended method).")] = None,
    base: Annotated[str | None, typer.Option(help="Base model spec both arms start from.")] = None,
) -> None:
    """Train a refusal arm (A) and a safe-completion arm (B) from one base model (SFT data,
    SFT, GRPO), evaluate base, A and B on held-out prompts and write one comparison report.
    Rerun to resume: finished stages are skipped."""
    from safecomp.errors import validated
    from safecomp.experiment import (
        ExperimentConfig,
        Reporter,
        load_experiment_config,
        run_experiment,
    )

    console = Console()

    class _Print(Reporter):
        def stage(self, stage: str, what: str) -> None:
            console.print(f"[bold]{stage}[/] {what}", highlight=False)

    with reported_errors():
        loaded = load_experiment_config(config)
        overrides = {"out_dir": out_dir, "teacher": teacher, "base": base}
        values = loaded.model_dump() | {k: v for k, v in overrides.items() if v is not None}
        if judge is not None:
            values["judge"] = values["judge"] | {"spec": judge, "method": ""}  # its recommended
        settings = validated(ExperimentConfig, values, what="experiment settings")
        paths = run_experiment(settings, _Print())
    for path in paths:
        console.print(f"wrote {path}", highlight=False)
