"""The Rich progress bars of the run commands (with a samples/s column)."""

from __future__ import annotations

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
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


class RunProgress:
    """A ``safecomp.runs.progress.Progress`` drawn as a Rich bar; use it as a context manager.

    >>> with RunProgress("samples") as progress:  # doctest: +SKIP
    ...     await generate_run(run_dir, items, model, progress=progress)
    """

    def __init__(self, unit: str, *, enabled: bool = True, console: Console | None = None) -> None:
        self._bar = run_progress(unit, enabled=enabled, console=console)
        self._task: TaskID | None = None

    def __enter__(self) -> RunProgress:
        self._bar.__enter__()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.__exit__(None, None, None)

    def start(self, label: str, total: int, done: int) -> None:
        self._task = self._bar.add_task(label, total=total, completed=done)

    def advance(self, n: int) -> None:
        if self._task is not None:
            self._bar.advance(self._task, n)
