"""`safecomp policy`: validate, inspect and render policies."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from safecomp.cli.runargs import reported_errors
from safecomp.labels import SEVERITIES
from safecomp.policy import (
    Policy,
    PolicyError,
    load_policy,
    render_judge_rubric,
    render_teacher_spec,
)

_SOURCE_HELP = "A built-in policy name (e.g. 'default') or a policy YAML file."


class RenderAs(StrEnum):
    judge = "judge"
    teacher = "teacher"


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Validate, inspect and render policies.", no_args_is_help=True)
    group.command("validate")(validate)
    group.command("show")(show)
    group.command("render")(render)
    app.add_typer(group, name="policy")


def validate(
    files: Annotated[list[Path], typer.Argument(help="Policy YAML files.", show_default=False)],
) -> None:
    """Check policy files; print id, version and hash of good ones, the errors of bad ones."""
    out, err = Console(), Console(stderr=True)
    failed = 0
    for file in files:
        try:
            policy = load_policy(file)
        except PolicyError as error:
            failed += 1
            err.print(f"[red]{escape(str(error))}[/]", highlight=False, soft_wrap=True)
            continue
        out.print(
            f"[green]ok[/] {escape(str(file))}: {policy.id} v{policy.version} "
            f"hash {policy.content_hash}",
            highlight=False,
            soft_wrap=True,
        )
    if failed:
        raise typer.Exit(1)


def show(
    source: Annotated[str, typer.Argument(help=_SOURCE_HELP)] = "default",
) -> None:
    """Summarise a policy: domains, rule counts, the severity -> safety map and the hash."""
    policy = _load(source)
    console = Console()
    console.print(
        f"[bold]{policy.id}[/] v{policy.version}  hash {policy.content_hash}", highlight=False
    )
    console.print(escape(policy.description), highlight=False)
    domains = Table(title="Domains")
    for column in ("id", "name", "allowed", "disallowed"):
        domains.add_column(
            column, justify="right" if column in ("allowed", "disallowed") else "left"
        )
    for domain in policy.domains:
        domains.add_row(
            domain.id, domain.name, str(len(domain.allowed)), str(len(domain.disallowed))
        )
    console.print(domains)
    safety = Table(title="Safety s by severity", caption="reward r = h * s")
    safety.add_column("severity")
    safety.add_column("s", justify="right")
    for severity in SEVERITIES:
        safety.add_row(severity, f"{policy.safety[severity]:g}")
    console.print(safety)


def render(
    source: Annotated[str, typer.Argument(help=_SOURCE_HELP)] = "default",
    as_: Annotated[RenderAs, typer.Option("--as", help="Whose text to render.")] = RenderAs.judge,
    domain: Annotated[
        list[str] | None,
        typer.Option("--domain", "-d", help="Show this domain in full (repeatable)."),
    ] = None,
) -> None:
    """Print the policy as a judge's rubric or a teacher's system prompt."""
    policy = _load(source)
    unknown = [d for d in domain or () if d not in {known.id for known in policy.domains}]
    if unknown:
        known = ", ".join(d.id for d in policy.domains)
        typer.echo(f"unknown domain(s) {', '.join(unknown)}; this policy has: {known}", err=True)
        raise typer.Exit(2)
    renderer = render_judge_rubric if as_ is RenderAs.judge else render_teacher_spec
    typer.echo(renderer(policy, domain))


def _load(source: str) -> Policy:
    with reported_errors():
        return load_policy(source)
