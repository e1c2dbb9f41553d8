"""The Rich progress bar shared by generation and grading (with a samples/s column)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Items per second over Rich's recent window, e.g. ``3.2 samples/s``."""

    def __init__(self, unit: str) -> None:
        super().__init__()
        self.unit = unit

    def render(self, task: Task) -> Text:
        speed = task.speed
        shown = "-" if speed is None else f"{speed:.2f}"
        return Text(f"{shown} {self.unit}/s", style="progress.data.speed")


def run_progress(unit: str, *, enabled: bool, console: Console | None = None) -> Progress:
    """A progress display for a run, on stderr unless ``console`` says otherwise.

    ``enabled=False`` gives a silent one with the same interface.
    """
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(unit),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console or Console(stderr=True),
        disable=not enabled,
    )
