"""`safecomp merge`: join shard runs into one run."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from safecomp.cli.runargs import RUNS_DIR_HELP, reported_errors, run_path
from safecomp.runs.merge import merge_runs


def register(app: typer.Typer) -> None:
    app.command("merge")(merge)


def merge(
    out: Annotated[
        str, typer.Argument(help="The merged run's name (or path).", show_default=False)
    ],
    shards: Annotated[
        list[str], typer.Argument(help="Shard runs to merge (names or paths).", show_default=False)
    ],
    runs_dir: Annotated[Path, typer.Option(help=RUNS_DIR_HELP)] = Path("runs"),
) -> None:
    """Merge shard runs of the same settings into OUT (created, or extended if it exists)."""
    with reported_errors():
        summary = merge_runs(run_path(out, runs_dir), [run_path(s, runs_dir) for s in shards])
    shard = summary.info.shard
    if shard is None:
        coverage = "unsharded"
    else:
        missing = sorted(set(range(1, shard.count + 1)) - set(shard.indices))
        coverage = f"shards {', '.join(map(str, shard.indices))} of {shard.count}" + (
            f" [yellow](missing {', '.join(map(str, missing))})[/]" if missing else " (complete)"
        )
    Console().print(
        f"{summary.out_dir}: {coverage}; {summary.samples} samples and {summary.grades} grades "
        f"added, {summary.duplicates} duplicates skipped",
        highlight=False,
        soft_wrap=True,
    )
