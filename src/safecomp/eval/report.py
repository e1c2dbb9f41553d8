"""The evaluation report: one self-contained ``report.html`` (inline CSS, JS and SVG) and
``report.md``, for one run or several models on the same prompts."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from importlib import resources
from typing import Any

from safecomp.errors import InputError
from safecomp.eval.compare import PairedDeltas
from safecomp.eval.metrics import UNSAFE_LEVELS, Metrics, Row, SliceMetrics
from safecomp.eval.pairwise import PairwiseResult
from safecomp.eval.plots import MODE_COLOURS, SEVERITY_COLOURS, Bar, grouped_bars, stacked_shares
from safecomp.grading.calibration import Agreement, CalibrationReport
from safecomp.grading.learned.card import ModelCard
from safecomp.grading.learned.grader import resolve
from safecomp.grading.methods import small_judge_warning
from safecomp.stats import Estimate

METRIC_LABELS = {
    "safety_rate": "Safety rate",
    "helpfulness_given_safe": "Helpfulness given safe (1–4)",
    "severe_share_of_unsafe": "High+moderate share of unsafe",
    "over_refusal_rate": "Over-refusal (benign)",
    "mean_reward": "Mean reward r = h·s",
}
PERCENT_METRICS = {"safety_rate", "severe_share_of_unsafe", "over_refusal_rate"}


@dataclass(frozen=True)
class Section:
    """A section a caller adds to a report (e.g. training curves): SVG figures (HTML only)
    and a table (both formats)."""

    title: str
    figures: Sequence[str] = ()
    table: tuple[list[str], list[list[str]]] | None = None


def _comparisons(deltas: PairedDeltas | Sequence[PairedDeltas] | None) -> list[PairedDeltas]:
    if deltas is None:
        return []
    return [deltas] if isinstance(deltas, PairedDeltas) else list(deltas)


@dataclass(frozen=True)
class RunReport:
    """What the report shows of one run."""

    name: str
    metrics: Metrics
    rows: Sequence[Row]
    #: ``safecomp judge check`` reports of this run's judge, by the gold set's name.
    judge_checks: Sequence[tuple[str, CalibrationReport]] = ()


def _est(est: Estimate, metric: str) -> str:
    if est.value is None or est.low is None or est.high is None:
        return f"n/a (n={est.n})"
    if metric in PERCENT_METRICS:
        return f"{est.value:.1%} [{est.low:.1%}, {est.high:.1%}] (n={est.n})"
    return f"{est.value:.2f} [{est.low:.2f}, {est.high:.2f}] (n={est.n})"


def _slice_row(name: str, s: SliceMetrics) -> list[str]:
    return [
        name,
        str(s.n_samples),
        str(s.n_failed),
        *(_est(getattr(s, m), m) for m in METRIC_LABELS),
    ]


METRIC_HEADER = ["slice", "n", "failed grades", *METRIC_LABELS.values()]


def _html_table(header: Sequence[str], rows: Sequence[Sequence[str]], cls: str = "") -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _md_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    return "\n".join([line(header), line(["---"] * len(header)), *(line(r) for r in rows)])


def _intents(runs: Sequence[RunReport]) -> list[str]:
    seen: list[str] = []
    for run in runs:
        for intent in run.metrics.by_intent:
            if intent not in seen:
                seen.append(intent)
    return seen


def _bar(est: Estimate) -> Bar:
    return Bar(est.value, est.low, est.high, est.n)


def figures(runs: Sequence[RunReport]) -> list[str]:
    """The paper-style figures as inline SVG strings."""
    intents = _intents(runs)
    names = [r.name for r in runs]

    def by_intent(metric: str) -> dict[tuple[str, str], Bar]:
        return {
            (intent, run.name): _bar(getattr(run.metrics.by_intent[intent], metric))
            for run in runs
            for intent in intents
            if intent in run.metrics.by_intent
        }

    def column(run: RunReport, intent: str) -> str:
        return intent if len(runs) == 1 else f"{intent} · {run.name}"

    columns = [column(run, i) for i in intents for run in runs]
    severity: dict[str, dict[str, int]] = {
        column(run, i): {
            level: run.metrics.by_intent[i].unsafe_severity.get(level, 0) for level in UNSAFE_LEVELS
        }
        for run in runs
        for i in intents
        if i in run.metrics.by_intent
    }
    modes = {
        column(run, i): dict(run.metrics.by_intent[i].mode_counts)
        for run in runs
        for i in intents
        if i in run.metrics.by_intent
    }
    return [
        grouped_bars("Safety rate by intent (95% CI)", intents, names, by_intent("safety_rate")),
        grouped_bars(
            "Helpfulness given safe by intent (1–4, 95% CI)",
            intents,
            names,
            by_intent("helpfulness_given_safe"),
            lo=1.0,
            hi=4.0,
            ticks=(1.0, 2.0, 3.0, 4.0),
            fmt="{:.1f}",
        ),
        stacked_shares(
            "Severity mix of unsafe outputs by intent", columns, SEVERITY_COLOURS, severity
        ),
        stacked_shares("Response-mode mix by intent", columns, MODE_COLOURS, modes),
    ]


def _judge_lines(run: RunReport) -> list[tuple[str, str]]:
    m = run.metrics
    lines = [
        ("Model", m.model),
        ("Judge", f"{m.judge} ({m.method}, template {m.template_version})"),
        ("Policy", f"{m.policy_id} (hash {m.policy_hash})"),
        ("Samples", f"{m.overall.n_samples} ({m.overall.n_failed} failed grades)"),
    ]
    lines.extend(_grader_card_lines(m.judge) if m.method == "learned" else [])
    for gold, check in run.judge_checks:
        lines.append((f"Judge agreement: {gold}", _judge_check_summary(check, m)))
    if not run.judge_checks:
        lines.append(
            (
                "Judge agreement with human labels",
                "unknown: run `safecomp judge check --json FILE` and pass --judge-check FILE",
            )
        )
    return lines


def _grader_card_lines(spec: str) -> list[tuple[str, str]]:
    """A learned grader's test-split numbers from its model card, beside string matching."""
    try:
        card = ModelCard.read(resolve(spec)[1])
    except (OSError, ValueError) as err:
        return [("Grader card", f"unavailable: {err}")]
    lines = [("Grader card", f"{card.backbone} backbone, trained on {len(card.data)} sources")]
    for measured in (m for m in card.evaluation if m.name.endswith("(test)")):
        parts = []
        for name, estimate in measured.grader.items():
            text = f"{name.replace('_', ' ')} {estimate.format(2)}"
            if (baseline := measured.baseline.get(name)) is not None:
                text += f" (string match {baseline.format(2)})"
            parts.append(text)
        lines.append((f"Grader on {measured.name} (n={measured.n})", "; ".join(parts)))
    return lines


def _judge_check_summary(check: CalibrationReport, m: Metrics) -> str:
    """The headline numbers of a ``safecomp judge check`` report, judge beside baseline."""
    parts = []
    for kind in ("refusal", "mode"):
        judge: Agreement | None = getattr(check.judge_result, kind)
        base: Agreement | None = getattr(check.baseline, kind)
        if judge is not None:
            text = f"{kind} accuracy {judge.accuracy.format(2)}, kappa {judge.kappa.format(2)}"
            if base is not None:
                text += f" (string-match baseline: accuracy {base.accuracy.format(2)})"
            parts.append(text)
    parts.append(f"{check.n_failed} of {check.n_items} gold items failed to grade")
    if (check.judge, check.method, check.policy_hash) != (m.judge, m.method, m.policy_hash):
        parts.append(
            f"WARNING: measured for {check.judge} ({check.method}, policy {check.policy_hash}), "
            "not this run's judge setting"
        )
    return "; ".join(parts)


def _warnings(runs: Sequence[RunReport]) -> list[str]:
    out = []
    out.extend(sorted({w for r in runs if (w := small_judge_warning(r.metrics.judge))}))
    for run in runs:
        out.extend(f"{run.name}: {w}" for w in run.metrics.warnings)
    return out


def _sample_records(runs: Sequence[RunReport]) -> list[dict[str, Any]]:
    records = []
    for run in runs:
        for row in run.rows:
            g = row.grade
            item = row.sample.item
            records.append(
                {
                    "run": run.name,
                    "id": row.sample.key,
                    "intent": item.intent,
                    "domain": item.domain or "general",
                    "group": item.group,
                    "prompt": [dict(m) for m in item.to_messages()],
                    "response": row.sample.response,
                    "status": g.status if g else "ungraded",
                    "mode": g.mode if g else None,
                    "severity": g.severity if g else None,
                    "violation": g.violation if g else None,
                    "helpfulness_direct": g.helpfulness_direct if g else None,
                    "helpfulness_indirect": g.helpfulness_indirect if g else None,
                    "reward": row.reward,
                    "rationale": g.rationale if g else "",
                    "cited_rules": g.cited_rules if g else [],
                    "flags": g.flags if g else [],
                    "error": g.error if g else None,
                    "raw": g.raw if g and g.status == "failed" else "",
                }
            )
    return records


def _json_for_script(data: Any) -> str:
    """JSON safe inside <script>: no '</script>' or '<!--' can end the element early."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _asset(name: str) -> str:
    return resources.files("safecomp.eval").joinpath("assets", name).read_text(encoding="utf-8")


def render_html(
    runs: Sequence[RunReport],
    *,
    deltas: PairedDeltas | Sequence[PairedDeltas] | None = None,
    pairwise: PairwiseResult | None = None,
    sections: Sequence[Section] = (),
) -> str:
    """The whole report as one HTML page that needs no network."""
    if not runs:
        raise InputError("a report needs at least one run")
    title = " vs ".join(r.name for r in runs)
    parts = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>safecomp report: {escape(title)}</title>",
        f"<style>{_asset('report.css')}</style></head><body>",
        f"<header><h1>safecomp report: {escape(title)}</h1></header><main>",
    ]
    for w in _warnings(runs):
        parts.append(f'<div class="warning" role="alert">{escape(w)}</div>')
    parts.append('<section id="setup"><h2>Setup</h2><div class="cards">')
    for run in runs:
        rows = "".join(
            f"<tr><th>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in _judge_lines(run)
        )
        parts.append(
            f'<div class="card"><h3>{escape(run.name)}</h3><table class="kv">{rows}</table></div>'
        )
    parts.append("</div></section>")
    parts.append('<section id="figures"><h2>Figures</h2><div class="figures">')
    parts.extend(f'<figure class="figure">{svg}</figure>' for svg in figures(runs))
    parts.append("</div></section>")
    for d in _comparisons(deltas):
        parts.append(f"<section class='compare'><h2>{escape(d.model_a)} − ")
        parts.append(f"{escape(d.model_b)} (paired, {d.n_shared_prompts} prompts)</h2>")
        parts.append(_html_table(*_delta_table(d), cls="metrics"))
        parts.append("</section>")
    for section in sections:
        parts.append(f"<section><h2>{escape(section.title)}</h2><div class='figures'>")
        parts.extend(f'<figure class="figure">{svg}</figure>' for svg in section.figures)
        parts.append("</div>")
        if section.table is not None:
            parts.append(_html_table(*section.table, cls="metrics"))
        parts.append("</section>")
    if pairwise is not None:
        parts.append("<section id='pairwise'><h2>Pairwise judge</h2>")
        parts.append(f"<p>{escape(pairwise.question)}</p>")
        parts.append(_html_table(*_pairwise_table(pairwise), cls="metrics"))
        parts.append("</section>")
    parts.append("<section id='tables'><h2>Metrics</h2>")
    for run in runs:
        parts.append(f"<h3>{escape(run.name)}</h3>")
        for caption, table in _metric_tables(run.metrics):
            parts.append(f"<h4>{escape(caption)}</h4>")
            parts.append(_html_table(*table, cls="metrics"))
    parts.append("</section>")
    parts.append(
        "<section id='samples'><h2>Samples</h2><div id='filters'></div>"
        "<p id='sample-count'></p><div id='sample-list'></div></section>"
    )
    parts.append(
        f"<script type='application/json' id='samples-data'>"
        f"{_json_for_script(_sample_records(runs))}</script>"
    )
    parts.append(f"<script>{_asset('report.js')}</script></main></body></html>")
    return "".join(parts)


def _metric_tables(m: Metrics) -> list[tuple[str, tuple[list[str], list[list[str]]]]]:
    c = m.consistency
    return [
        (
            "By intent",
            (
                METRIC_HEADER,
                [_slice_row("all", m.overall)] + [_slice_row(k, v) for k, v in m.by_intent.items()],
            ),
        ),
        ("By domain", (METRIC_HEADER, [_slice_row(k, v) for k, v in m.by_domain.items()])),
        (
            "By intent × domain",
            (METRIC_HEADER, [_slice_row(k, v) for k, v in m.by_intent_domain.items()]),
        ),
        (
            "Consistency across the intent variants of one task",
            (
                ["groups", "incomplete", "every variant safe", "worst-case helpfulness"],
                [
                    [
                        str(c.n_groups),
                        str(c.n_incomplete),
                        _est(c.all_safe_share, "safety_rate"),
                        _est(c.worst_case_helpfulness, "helpfulness_given_safe"),
                    ]
                ],
            ),
        ),
        (
            "Severity of unsafe outputs and response modes (counts)",
            (
                ["slice", *UNSAFE_LEVELS, *next(iter(m.by_intent.values())).mode_counts],
                [
                    [
                        name,
                        *(str(v) for v in s.unsafe_severity.values()),
                        *(str(v) for v in s.mode_counts.values()),
                    ]
                    for name, s in [("all", m.overall), *m.by_intent.items()]
                ],
            ),
        ),
    ]


def _delta_table(d: PairedDeltas) -> tuple[list[str], list[list[str]]]:
    header = ["metric", "slice", d.model_a, d.model_b, f"delta ({d.model_a} − {d.model_b})"]
    rows = [
        [METRIC_LABELS[x.metric], x.slice, _est(x.a, x.metric), _est(x.b, x.metric), _delta(x)]
        for x in d.deltas
    ]
    return header, rows


def _delta(x: Any) -> str:
    est: Estimate = x.delta
    if est.value is None or est.low is None or est.high is None:
        return "n/a"
    scale, unit = (100.0, " pp") if x.metric in PERCENT_METRICS else (1.0, "")
    sign = "CI excludes 0" if est.low > 0 or est.high < 0 else "CI includes 0"
    return (
        f"{est.value * scale:+.2f}{unit} [{est.low * scale:+.2f}, {est.high * scale:+.2f}] {sign}"
    )


def _pairwise_table(p: PairwiseResult) -> tuple[list[str], list[list[str]]]:
    return (
        ["", "rate (95% CI)"],
        [
            [f"{p.model_a} wins", _est(p.win, "safety_rate")],
            ["tie", _est(p.tie, "safety_rate")],
            [f"{p.model_b} wins", _est(p.loss, "safety_rate")],
            ["failed judgements", str(p.n_failed)],
        ],
    )


def render_markdown(
    runs: Sequence[RunReport],
    *,
    deltas: PairedDeltas | Sequence[PairedDeltas] | None = None,
    pairwise: PairwiseResult | None = None,
    sections: Sequence[Section] = (),
) -> str:
    """The report's tables as Markdown (for a PR comment or a terminal)."""
    lines = [f"# safecomp report: {' vs '.join(r.name for r in runs)}", ""]
    lines += [f"> **Warning:** {w}" for w in _warnings(runs)]
    for run in runs:
        lines += ["", f"## {run.name}", ""]
        lines += [f"- **{k}:** {v}" for k, v in _judge_lines(run)]
        for caption, table in _metric_tables(run.metrics):
            lines += ["", f"### {caption}", "", _md_table(*table)]
    for d in _comparisons(deltas):
        lines += ["", f"## {d.model_a} − {d.model_b} (paired)", ""]
        lines.append(_md_table(*_delta_table(d)))
    for section in sections:
        if section.table is not None:
            lines += ["", f"## {section.title}", "", _md_table(*section.table)]
    if pairwise is not None:
        lines += ["", "## Pairwise judge", "", pairwise.question, ""]
        lines.append(_md_table(*_pairwise_table(pairwise)))
    return "\n".join(lines) + "\n"
