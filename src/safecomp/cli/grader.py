"""`safecomp grader train` and `safecomp grader card`: learned graders."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from safecomp.cli.runargs import reported_errors
from safecomp.grading.learned.backbones import BACKBONE_NAMES
from safecomp.grading.learned.card import ModelCard
from safecomp.grading.learned.data import SOURCE_KINDS
from safecomp.grading.learned.grader import resolve
from safecomp.grading.learned.metrics import SetMetrics
from safecomp.grading.learned.settings import TrainSettings, Tuning
from safecomp.stats import Estimate


def _recipe(name: str, model: type[BaseModel] = TrainSettings) -> Any:
    """The default of a training setting: ``bundled:grader``'s recipe, stated once."""
    return model.model_fields[name].default


def register(app: typer.Typer) -> None:
    group = typer.Typer(help="Train and inspect learned graders.", no_args_is_help=True)
    group.command("train")(train)
    group.command("card")(card)
    app.add_typer(group, name="grader")


def train(
    data: Annotated[
        list[str],
        typer.Option(
            help="Data source KIND:PATH[@train|dev|test], repeatable; KIND one of "
            f"{', '.join(SOURCE_KINDS)} (run:DIR distils a run's ok grades).",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path, typer.Option("-o", "--out", help="Output folder (resumed when it exists).")
    ],
    backbone: Annotated[
        str, typer.Option(help=f"Backbone encoder: {', '.join(BACKBONE_NAMES)}.")
    ] = _recipe("backbone"),
    epochs: Annotated[int, typer.Option(min=1, help="Most epochs of the heads.")] = _recipe(
        "epochs"
    ),
    patience: Annotated[
        int, typer.Option(min=1, help="Stop after this many epochs without a better dev loss.")
    ] = _recipe("patience"),
    tune_layers: Annotated[
        int,
        typer.Option(
            min=0,
            help="Backbone top layers fine-tuned with the heads after they are trained on "
            "frozen features (minilm only; 0 keeps the backbone frozen).",
        ),
    ] = _recipe("layers", Tuning),
    tune_epochs: Annotated[int, typer.Option(min=1, help="Most epochs of that tuning.")] = _recipe(
        "epochs", Tuning
    ),
    human_weight: Annotated[
        float,
        typer.Option(
            help="Loss weight of human-labelled items (gold formats) against corpus: and run: "
            "items."
        ),
    ] = _recipe("human_weight"),
    seed: Annotated[int, typer.Option(help="Seed of initialisation and shuffling.")] = _recipe(
        "seed"
    ),
    policy: Annotated[str, typer.Option(help="Policy the labels follow.")] = _recipe("policy"),
) -> None:
    """Train a learned grader on labelled exchanges; write weights, config and model card."""
    from safecomp.grading.learned.train import EpochReport, TrainHooks
    from safecomp.grading.learned.train import train as run_training

    console = Console()
    with reported_errors():
        settings = TrainSettings(
            data=data,
            backbone=backbone,
            epochs=epochs,
            patience=patience,
            human_weight=human_weight,
            tuning=Tuning(layers=tune_layers, epochs=tune_epochs),
            seed=seed,
            policy=policy,
        )
        columns = (
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console) as progress:
            task = progress.add_task("loading", total=None)

            def on_phase(phase: str, total: int) -> None:
                progress.update(task, description=phase, total=total, completed=0)

            def on_epoch(report: EpochReport) -> None:
                scores = " ".join(f"{k} {v:.3f}" for k, v in report.dev_accuracy.items())
                mark = " *" if report.best else ""
                progress.console.print(
                    f"{report.stage} epoch {report.epoch}: train loss "
                    f"{report.train_loss:.3f}, dev loss {report.dev_loss:.3f}{mark} | "
                    f"dev accuracy {scores}",
                    highlight=False,
                )

            hooks = TrainHooks(
                on_phase=on_phase,
                on_advance=lambda done: progress.update(task, completed=done),
                on_epoch=on_epoch,
            )
            model_card = run_training(settings, out, hooks)
    _print_card(console, model_card, str(out))


def card(
    grader: Annotated[str, typer.Argument(help="A grader folder, learned:DIR or bundled:grader.")],
) -> None:
    """Print a learned grader's model card."""
    with reported_errors():
        name, folder = resolve(grader)
        model_card = ModelCard.read(folder)
    _print_card(Console(), model_card, name)


def _print_card(console: Console, model_card: ModelCard, name: str) -> None:
    speed = model_card.speed
    tuned = (
        f" then {model_card.tuned_best_epoch} of {model_card.tuned_epochs_trained} with "
        f"{model_card.settings['tuning']['layers']} tuned layers"
        if model_card.tuned_epochs_trained
        else ""
    )
    console.print(
        f"[bold]{name}[/]: backbone {model_card.backbone}, policy {model_card.policy_id} "
        f"({model_card.policy_hash[:12]}), seed {model_card.settings.get('seed')}, "
        f"{model_card.weights_bytes / 1e6:.2f} MB of weights, best epoch "
        f"{model_card.best_epoch} of {model_card.epochs_trained}{tuned}, "
        f"{speed.grades_per_s:.1f} grades/s ({speed.threads} threads, n={speed.n})",
        highlight=False,
    )
    data = Table("source", "sha256", "train", "dev", "test", "labels", title="Data")
    for source in model_card.data:
        labels = "; ".join(
            f"{k}: " + ", ".join(f"{v}={c}" for v, c in counts.items())
            for k, counts in source.labels.items()
        )
        data.add_row(
            source.source,
            source.sha256[:12],
            *(str(source.counts.get(s, 0)) for s in ("train", "dev", "test")),
            labels,
        )
    console.print(data)
    for metrics in model_card.evaluation:
        table = Table(
            "metric", "learned grader", "string match", title=f"{metrics.name}, n={metrics.n}"
        )
        for metric, estimate in metrics.grader.items():
            baseline = metrics.baseline.get(metric)
            table.add_row(metric, estimate.format(), baseline.format() if baseline else "—")
        for head, ece in metrics.ece.items():
            table.add_row(f"ECE {head}", f"{ece:.3f}", "—")
        console.print(table)
    for table in _tag_tables(model_card.by_tag):
        console.print(table)
    temperatures = ", ".join(f"{k} {v:.2f}" for k, v in model_card.temperatures.items())
    console.print(f"temperatures (fitted on dev): {temperatures}", highlight=False)


#: Per-tag columns: (header, metric, with the string-match baseline beside it).
_TAG_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("refusal acc. (string)", "refusal_accuracy", True),
    ("mode acc. (string)", "mode_accuracy", True),
    ("violation acc.", "violation_accuracy", False),
    ("severity MAE", "severity_mae", False),
)


def _short(estimate: Estimate) -> str:
    if estimate.value is None or estimate.low is None or estimate.high is None:
        return "n/a"
    return f"{estimate.value:.2f} [{estimate.low:.2f}, {estimate.high:.2f}]"


def _tag_tables(by_tag: list[SetMetrics]) -> list[Table]:
    """A table per evaluation set, a row per tag (names are ``"<set> [<tag>]"``)."""
    tables: dict[str, Table] = {}
    for metrics in by_tag:
        name, _, tag = metrics.name.rpartition(" [")
        if name not in tables:
            table = tables[name] = Table(title=f"{name}, per tag")
            table.add_column("tag", overflow="fold")
            for header in ("n", *(h for h, _, _ in _TAG_COLUMNS)):
                table.add_column(header)
        cells = []
        for _, metric, with_baseline in _TAG_COLUMNS:
            estimate, baseline = metrics.grader.get(metric), metrics.baseline.get(metric)
            cell = "—" if estimate is None else _short(estimate)
            if with_baseline and baseline is not None and baseline.value is not None:
                cell += f" ({baseline.value:.2f})"
            cells.append(cell)
        tables[name].add_row(tag.removesuffix("]"), str(metrics.n), *cells)
    return list(tables.values())
