"""What the run commands (`generate`, `grade`, `merge`) share: run paths and error reporting."""

from __future__ import annotations

import sys
import warnings
from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, TextIO, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from safecomp.data.appendlog import LogWarning, LogWriteError
from safecomp.data.runlock import LockedError
from safecomp.models.base import ChatModel, ModelError

T = TypeVar("T")

RUNS_DIR_HELP = "Where runs live: a run NAME means RUNS_DIR/NAME."


class JudgeMethod(StrEnum):
    structured = "structured"
    logprob = "logprob"


#: ``--method`` of the commands that grade; None means the judge's recommended method.
MethodOption = Annotated[
    JudgeMethod | None,
    typer.Option(
        "--method",
        help="Judge JSON verdicts or next-token logprobs (default: logprob for the bundled "
        "judge, structured for others).",
        show_default=False,
    ),
]


def run_path(run: str, runs_dir: Path) -> Path:
    """``runs_dir/run`` for a bare name; ``run`` itself when it is a path (has a ``/``)."""
    return Path(run) if "/" in run or run.startswith(".") else runs_dir / run


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn the errors a user can fix (bad input, run conflicts, a run in use, a full disk,
    models that cannot be loaded or reached) into one red line on stderr and exit status 1;
    show what was skipped or repaired in a run's files as yellow warning lines."""
    with warnings.catch_warnings():
        warnings.showwarning = _show_warning
        try:
            yield
        except (ValueError, FileNotFoundError, ModelError, LockedError, LogWriteError) as error:
            Console(stderr=True).print(f"[red]error:[/] {escape(str(error))}", highlight=False)
            raise typer.Exit(1) from None


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    if issubclass(category, LogWarning):
        Console(stderr=True).print(f"[yellow]warning:[/] {escape(str(message))}", highlight=False)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


async def closing(model: ChatModel, work: Awaitable[T]) -> T:
    """Await ``work``, then close ``model`` however it ended."""
    try:
        return await work
    finally:
        await model.aclose()
