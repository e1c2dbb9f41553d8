"""`safecomp suite`: list, show, import and convert prompt suites."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from safecomp.cli.runargs import reported_errors
from safecomp.data import (
    GENERAL_DOMAIN,
    PromptItem,
    builtin_suites,
    count_by_domain_intent,
    domain_name,
    load_suite,
    read_hf_prompts,
    select_items,
    write_prompts,
)
from safecomp.data.importers import FORMATS, import_file
from safecomp.labels import INTENTS, Intent

_OUT_HELP = "Where to write the suite: .jsonl, .csv or .parquet (by extension)."


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="List, inspect, import and convert prompt suites.", no_args_is_help=True
    )
    group.command("list")(list_suites)
    group.command("show")(show)
    group.command("import")(import_suite)
    group.command("convert")(convert)
    app.add_typer(group, name="suite")


def list_suites() -> None:
    """The built-in suites, with how many prompts of each intent they hold."""
    table = Table(title="Built-in suites")
    table.add_column("suite")
    table.add_column("prompts", justify="right")
    for intent in INTENTS:
        table.add_column(intent, justify="right")
    for name in builtin_suites():
        items = load_suite(name)
        by_intent = [sum(item.intent == intent for item in items) for intent in INTENTS]
        table.add_row(name, str(len(items)), *map(str, by_intent))
    Console().print(table)


def show(
    suite: Annotated[
        str,
        typer.Argument(
            help="A built-in suite name, a suite file (.jsonl/.csv/.parquet) or a"
            " save_to_disk dataset directory.",
            show_default=False,
        ),
    ],
    intent: Annotated[Intent | None, typer.Option(help="Only prompts of this intent.")] = None,
    domain: Annotated[
        str | None,
        typer.Option(help=f"Only prompts of this domain ('{GENERAL_DOMAIN}': no harm domain)."),
    ] = None,
    limit: Annotated[int | None, typer.Option(min=0, help="List at most N prompts.")] = None,
    split: Annotated[str | None, typer.Option(help="Split of a dataset directory.")] = None,
) -> None:
    """The prompts of a suite, and their counts by domain and intent."""
    with reported_errors():
        items = load_suite(suite, split=split)
    chosen = select_items(items, intent=intent, domain=domain)
    listed = chosen if limit is None else chosen[:limit]
    caption = f"{len(listed)} of {len(chosen)} matching prompts listed ({len(items)} in the suite)"
    table = Table(title=escape(suite), caption=caption)
    table.add_column("id [dim](group)[/]", no_wrap=True)
    table.add_column("intent", no_wrap=True)
    table.add_column("domain", no_wrap=True)
    table.add_column("prompt", overflow="fold", min_width=30)
    for item in listed:
        group = f"\n[dim]({escape(item.group)})[/]" if item.group else ""
        table.add_row(
            escape(item.id) + group,
            item.intent,
            escape(domain_name(item)),
            escape(_preview(item)),
        )
    out = Console()
    out.print(table)
    out.print(_counts_table(chosen))


def import_suite(
    file: Annotated[
        Path, typer.Argument(help="The upstream dataset file or folder.", show_default=False)
    ],
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help=f"Its upstream format: {', '.join(FORMATS)}.",
            show_default=False,
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help=_OUT_HELP, show_default=False)],
) -> None:
    """Import a public dataset in its published format as a suite."""
    if fmt not in FORMATS:
        raise typer.BadParameter(
            f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}", param_hint="--format"
        )
    with reported_errors():
        items = import_file(fmt, file)
        _write(out, items)


def convert(
    source: Annotated[
        Path,
        typer.Argument(
            help="A save_to_disk dataset directory or a .jsonl/.json/.csv/.parquet file.",
            show_default=False,
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help=_OUT_HELP, show_default=False)],
    prompt_column: Annotated[str | None, typer.Option(help="Column holding the prompt.")] = None,
    messages_column: Annotated[
        str | None, typer.Option(help="Column holding a conversation (list or JSON text).")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(help="Column holding ids (default: <name>-<index>).")
    ] = None,
    intent_column: Annotated[str | None, typer.Option(help="Column holding intents.")] = None,
    domain_column: Annotated[str | None, typer.Option(help="Column holding domains.")] = None,
    group_column: Annotated[str | None, typer.Option(help="Column holding groups.")] = None,
    intent: Annotated[
        Intent | None, typer.Option(help="Intent of rows without an intent column.")
    ] = None,
    domain: Annotated[
        str | None, typer.Option(help="Domain of rows without a domain column.")
    ] = None,
    source_name: Annotated[
        str | None, typer.Option("--source", help="Value of every prompt's 'source'.")
    ] = None,
    split: Annotated[str | None, typer.Option(help="Split of a dataset directory.")] = None,
) -> None:
    """Convert a local Hugging Face dataset with any column names into a suite.

    Columns named like PromptItem fields need no option; other columns go into metadata.
    """
    columns = {
        field: column
        for field, column in (
            ("prompt", prompt_column),
            ("messages", messages_column),
            ("id", id_column),
            ("intent", intent_column),
            ("domain", domain_column),
            ("group", group_column),
        )
        if column is not None
    }
    defaults = {
        field: value
        for field, value in (("intent", intent), ("domain", domain), ("source", source_name))
        if value is not None
    }
    with reported_errors():
        items = read_hf_prompts(source, columns=columns, defaults=defaults, split=split)
        _write(out, items)


def _write(out: Path, items: Sequence[PromptItem]) -> None:
    count = write_prompts(out, items)
    console = Console()
    console.print(f"wrote {count} prompts to {escape(str(out))}", highlight=False)
    console.print(_counts_table(items))


def _counts_table(items: Sequence[PromptItem]) -> Table:
    counts = count_by_domain_intent(items)
    table = Table(title="Prompts by domain and intent")
    table.add_column("domain")
    for intent in INTENTS:
        table.add_column(intent, justify="right")
    table.add_column("total", justify="right")
    domains = sorted({domain for domain, _ in counts})
    for domain in domains:
        row = [counts[domain, intent] for intent in INTENTS]
        table.add_row(escape(domain), *map(str, row), str(sum(row)))
    totals = [sum(counts[domain, intent] for domain in domains) for intent in INTENTS]
    table.add_section()
    table.add_row("total", *map(str, totals), str(len(items)))
    return table


def _preview(item: PromptItem) -> str:
    text = item.last_user_text
    if item.messages is not None:
        text = f"[{len(item.messages)} messages] {text}"
    return text
