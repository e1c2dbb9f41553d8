"""`safecomp suite`."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="suite", no_args_is_help=True)
    app.add_typer(group, name="suite")
