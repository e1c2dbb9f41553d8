"""Every Rich table the commands print (presentation lives only in ``cli/``)."""

from __future__ import annotations

from rich.table import Table

from safecomp.eval.compare import OVERALL, PairedDeltas
from safecomp.eval.metrics import Metrics
from safecomp.grading import small_judge_warning
from safecomp.grading.calibration import CalibrationReport
from safecomp.labels import RESPONSE_MODES, SEVERITIES
from safecomp.runs import GradeSummary


def grade_summary_table(summary: GradeSummary) -> Table:
    """A grading pass: counts over every grade of the pass, and what this call did."""
    table = Table(
        title=f"{summary.run_dir.name}: {summary.judge} ({summary.method}, "
        f"policy {summary.policy_hash})",
        caption=small_judge_warning(summary.judge),
    )
    table.add_column("", style="bold")
    table.add_column("grades", justify="right")
    rows: list[tuple[str, int]] = [
        ("samples", summary.samples),
        ("graded now", summary.graded),
        ("from cache", summary.cached),
        ("ok", summary.ok),
        ("failed", summary.failed),
    ]
    rows += [(f"severity {s}", summary.by_severity.get(s, 0)) for s in SEVERITIES]
    rows += [(f"mode {m}", summary.by_mode.get(m, 0)) for m in RESPONSE_MODES]
    for label, count in rows:
        table.add_row(label, str(count))
    return table


def headline_table(m: Metrics) -> Table:
    """The headline metrics of one run, overall and by intent."""
    table = Table(title=f"{m.model} judged by {m.judge} ({m.method})")
    for col in ("intent", "n", "failed", "safety", "helpfulness | safe", "over-refusal", "reward"):
        table.add_column(col, justify="right" if col != "intent" else "left")
    for name, s in [("all", m.overall), *m.by_intent.items()]:
        table.add_row(
            name,
            str(s.n_samples),
            str(s.n_failed),
            s.safety_rate.format(2),
            s.helpfulness_given_safe.format(2),
            s.over_refusal_rate.format(2),
            s.mean_reward.format(2),
        )
    return table


def deltas_table(deltas: PairedDeltas) -> Table:
    """Overall paired deltas A − B with their CIs."""
    table = Table(title=f"{deltas.model_a} − {deltas.model_b} on {deltas.n_shared_prompts} prompts")
    for col in ("metric", "A", "B", "delta [95% CI]"):
        table.add_column(col)
    for d in deltas.deltas:
        if d.slice == OVERALL:
            table.add_row(d.metric, d.a.format(3), d.b.format(3), d.delta.format(3))
    return table


def calibration_tables(report: CalibrationReport) -> list[Table]:
    """Rich tables: summary, agreement per rater and label, confusion matrices, failures."""
    summary = Table(title=f"Judge check: {report.judge} ({report.method})", show_header=False)
    summary.add_row("policy", f"{report.policy_id} ({report.policy_hash[:12]})")
    summary.add_row("template", report.template_version)
    summary.add_row("gold items", str(report.n_items))
    summary.add_row("graded", str(report.n_graded))
    summary.add_row("failed grades", f"{report.n_failed} (excluded from the judge's agreement)")
    summary.add_row("labels", ", ".join(f"{k} {v}" for k, v in report.label_counts.items() if v))
    summary.add_row(
        "CIs", f"{1 - report.alpha:.0%} percentile bootstrap, {report.n_resamples} resamples"
    )

    agreement = Table(title="Agreement with human labels")
    for column in ("rater", "label", "accuracy", "Cohen's kappa", "MAE", "Spearman"):
        agreement.add_column(column)
    for rater in (report.judge_result, report.baseline, report.baseline_all):
        for name, cat in rater.categorical.items():
            agreement.add_row(rater.rater, name, str(cat.accuracy), str(cat.kappa), "", "")
        for name, num in rater.numeric.items():
            agreement.add_row(rater.rater, name, "", "", str(num.mae), str(num.spearman))
    for name, delta in report.accuracy_delta.items():
        agreement.add_row("judge − baseline (paired)", name, str(delta), "", "", "")

    tables = [summary, agreement]
    for rater in (report.judge_result, report.baseline):
        for name, cat in rater.categorical.items():
            matrix = Table(title=f"{rater.rater}: {name} (rows human, columns rater)")
            matrix.add_column("human \\ rater")
            for label in cat.labels:
                matrix.add_column(label, justify="right")
            for label, row in zip(cat.labels, cat.confusion, strict=True):
                matrix.add_row(label, *(str(count) for count in row))
            tables.append(matrix)
    if report.failed:
        failures = Table(title=f"Failed grades ({report.n_failed}), excluded from agreement")
        for column in ("item", "error", "raw reply (start)"):
            failures.add_column(column)
        for failed in report.failed:
            failures.add_row(failed.item_id, failed.error or "", failed.raw[:160])
        tables.append(failures)
    return tables
