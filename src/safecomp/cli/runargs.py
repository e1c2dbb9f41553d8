"""What the commands share: run paths, the one error wrapper, closing a model."""

from __future__ import annotations

from collections.abc import Awaitable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from safecomp.errors import SafecompError
from safecomp.models.base import ChatModel

T = TypeVar("T")

RUNS_DIR_HELP = "Where runs live: a run NAME means RUNS_DIR/NAME."


def run_path(run: str, runs_dir: Path) -> Path:
    """``runs_dir/run`` for a bare name; ``run`` itself when it is a path (has a ``/``)."""
    return Path(run) if "/" in run or run.startswith(".") else runs_dir / run


@contextmanager
def reported_errors() -> Iterator[None]:
    """The one CLI error wrapper: an error the user can fix (a ``SafecompError``: bad input,
    bad settings, a run conflict, a model that cannot be loaded or reached; or a file that
    cannot be read) ends the command with one red line on stderr and exit status 1.
    Anything else is a bug and keeps its traceback."""
    try:
        yield
    except (SafecompError, OSError) as error:
        Console(stderr=True).print(
            f"[red]error:[/] {escape(str(error))}", highlight=False, soft_wrap=True
        )
        raise typer.Exit(1) from None


async def closing(model: ChatModel, work: Awaitable[T]) -> T:
    """Await ``work``, then close ``model`` however it ended."""
    try:
        return await work
    finally:
        await model.aclose()
