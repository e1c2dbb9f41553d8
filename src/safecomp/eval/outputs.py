"""A run's report files, built from what is on disk: ``metrics.json``, ``report.html``,
``report.md``. ``safecomp eval`` writes them at its end; ``safecomp report`` rebuilds them."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from safecomp.errors import explain
from safecomp.eval.compare import PairedDeltas
from safecomp.eval.metrics import Row, compute_metrics, join
from safecomp.eval.pairwise import PairwiseResult
from safecomp.eval.report import RunReport, Section, render_html, render_markdown
from safecomp.grading.calibration import CalibrationReport
from safecomp.policy import Policy
from safecomp.runs.policy import resolve_policy
from safecomp.runs.rundir import (
    GradingRef,
    RunError,
    grades_log,
    iter_grades,
    read_run_info,
    samples_log,
)

METRICS_FILE = "metrics.json"
REPORT_HTML = "report.html"
REPORT_MD = "report.md"


@dataclass(frozen=True)
class LoadedRun:
    """One run's samples joined with one grading pass's grades."""

    run_dir: Path
    grading: GradingRef
    policy: Policy
    rows: list[Row]


def pick_grading(
    run_dir: Path, *, judge: str | None = None, method: str | None = None
) -> GradingRef:
    """The grading pass to report: the latest one matching ``judge``/``method`` if given
    that has grades (a pass that failed before writing any is passed over)."""
    info = read_run_info(run_dir)
    passes = [
        g
        for g in info.gradings
        if (judge is None or g.judge == judge) and (method is None or g.method == method)
    ]
    graded = {(g.judge, g.method, g.policy_hash) for g in grades_log(run_dir)}
    passes = [g for g in passes if (g.judge, g.method, g.policy.hash) in graded]
    if not passes:
        known = ", ".join(f"{g.judge} ({g.method})" for g in info.gradings) or "none"
        wanted = " ".join(x for x in (judge, method) if x) or "any judge"
        raise RunError(
            f"{run_dir} has no grades from a grading pass for {wanted} (passes: {known}); "
            f"run `safecomp grade {run_dir}` first"
        )
    return passes[-1]


def load_run(
    run_dir: Path,
    *,
    judge: str | None = None,
    method: str | None = None,
    policy: str | None = None,
) -> LoadedRun:
    """Join a run's samples with the grades of one grading pass (see :func:`pick_grading`)."""
    grading = pick_grading(run_dir, judge=judge, method=method)
    loaded_policy = resolve_policy(grading.policy, policy)
    grades = iter_grades(
        run_dir, judge=grading.judge, method=grading.method, policy_hash=grading.policy.hash
    )
    rows = join(samples_log(run_dir), grades, loaded_policy)
    if not rows:
        raise RunError(f"{run_dir} has no samples")
    return LoadedRun(run_dir, grading, loaded_policy, rows)


def run_report(
    run: LoadedRun, *, judge_checks: Sequence[Path] = (), n_resamples: int = 2000, seed: int = 0
) -> RunReport:
    """Metrics of a loaded run, with the judge's calibration reports to show beside them."""
    metrics = compute_metrics(run.rows, n_resamples=n_resamples, seed=seed)
    checks = [(path.stem, read_judge_check(path)) for path in judge_checks]
    return RunReport(run.run_dir.name, metrics, run.rows, checks)


def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write_outputs(
    out_dir: Path,
    runs: Sequence[RunReport],
    *,
    deltas: PairedDeltas | Sequence[PairedDeltas] | None = None,
    pairwise: PairwiseResult | None = None,
    sections: Sequence[Section] = (),
    extra_metrics: dict[str, Any] | None = None,
) -> list[Path]:
    """Write ``metrics.json``, ``report.html`` and ``report.md`` into ``out_dir``.

    Several ``deltas`` (e.g. each arm of an experiment against the others) are reported one
    after another; ``sections`` (e.g. training curves) follow them; ``extra_metrics`` are
    added to ``metrics.json``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    metrics: dict[str, Any] = {
        "runs": {r.name: r.metrics.model_dump(mode="json") for r in runs},
    }
    if isinstance(deltas, PairedDeltas):
        metrics["paired_deltas"] = deltas.model_dump(mode="json")
    elif deltas is not None:
        metrics["paired_deltas"] = [d.model_dump(mode="json") for d in deltas]
    metrics.update(extra_metrics or {})
    if pairwise is not None:
        metrics["pairwise"] = pairwise.model_dump(mode="json")
    paths = [out_dir / METRICS_FILE, out_dir / REPORT_HTML, out_dir / REPORT_MD]
    _write_atomic(paths[0], json.dumps(metrics, indent=2, ensure_ascii=False) + "\n")
    _write_atomic(paths[1], render_html(runs, deltas=deltas, pairwise=pairwise, sections=sections))
    _write_atomic(
        paths[2], render_markdown(runs, deltas=deltas, pairwise=pairwise, sections=sections)
    )
    return paths


def read_judge_check(path: Path) -> CalibrationReport:
    """A ``safecomp judge check --json`` report, to show the judge's agreement in reports."""
    try:
        return CalibrationReport.model_validate_json(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise RunError(f"{path}: cannot read the judge check report: {err.strerror}") from None
    except ValidationError as err:
        raise RunError(
            f"{path}: not a `safecomp judge check --json` report: {explain(err)}"
        ) from None
