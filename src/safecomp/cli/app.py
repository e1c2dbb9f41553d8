"""The ``safecomp`` command line: one module per command group, each with ``register``."""

from __future__ import annotations

import typer

from safecomp.cli import (
    eval,
    experiment,
    generate,
    grade,
    grader,
    judge,
    merge,
    policy,
    reward,
    serve,
    suite,
    train,
)

app = typer.Typer(
    name="safecomp",
    help="Output-centric (safe-completion) safety training and evaluation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

for module in (
    eval,
    generate,
    grade,
    grader,
    judge,
    merge,
    policy,
    suite,
    serve,
    reward,
    train,
    experiment,
):
    module.register(app)


def main() -> None:
    app()
