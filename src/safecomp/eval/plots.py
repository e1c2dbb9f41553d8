"""Self-contained SVG charts for the report: grouped bars with CIs, and stacked shares."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

#: One colour per model (colour-blind safe, Okabe-Ito), then per stacked category.
SERIES_COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")
SEVERITY_COLOURS = {
    "negligible": "#F0E442",
    "low": "#E69F00",
    "moderate": "#D55E00",
    "high": "#8B0000",
}
MODE_COLOURS = {
    "direct_answer": "#0072B2",
    "safe_completion": "#009E73",
    "refusal_with_redirection": "#E69F00",
    "hard_refusal": "#999999",
}

WIDTH, HEIGHT = 560, 280
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 40, 58


@dataclass(frozen=True)
class Bar:
    """One bar: value with optional CI and n (``value`` None draws 'n/a')."""

    value: float | None
    low: float | None = None
    high: float | None = None
    n: int = 0


def _fmt(x: float) -> str:
    return f"{x:.1f}"


def _frame(title: str, body: list[str], legend: Sequence[tuple[str, str]]) -> str:
    items = []
    x, y = LEFT, HEIGHT - 16
    for label, colour in legend:
        width = 22 + 6 * len(label)
        if x + width > WIDTH and x > LEFT:
            x, y = LEFT, y + 14
        items.append(
            f'<rect x="{x}" y="{y}" width="10" height="10" fill="{colour}"/>'
            f'<text x="{x + 14}" y="{y + 9}" class="legend">{escape(label)}</text>'
        )
        x += width
    height = max(HEIGHT, y + 14)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
        f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" '
        f'class="chart">'
        f"<title>{escape(title)}</title>"
        f'<text x="{LEFT}" y="16" class="chart-title">{escape(title)}</text>'
        + "".join(body)
        + "".join(items)
        + "</svg>"
    )


def _y_axis(lo: float, hi: float, ticks: Sequence[float], fmt: str) -> tuple[list[str], float]:
    plot_h = HEIGHT - TOP - BOTTOM

    def y(v: float) -> float:
        return TOP + plot_h * (1 - (v - lo) / (hi - lo))

    out = []
    for t in ticks:
        out.append(
            f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{_fmt(y(t))}" y2="{_fmt(y(t))}" '
            f'class="grid"/><text x="{LEFT - 6}" y="{_fmt(y(t) + 4)}" class="tick" '
            f'text-anchor="end">{fmt.format(t)}</text>'
        )
    return out, plot_h


def grouped_bars(
    title: str,
    groups: Sequence[str],
    series: Sequence[str],
    bars: dict[tuple[str, str], Bar],
    *,
    lo: float = 0.0,
    hi: float = 1.0,
    ticks: Sequence[float] = (0.0, 0.25, 0.5, 0.75, 1.0),
    fmt: str = "{:.0%}",
) -> str:
    """Bars for each (group, series) with 95% CI whiskers; one colour per series (model)."""
    body, plot_h = _y_axis(lo, hi, ticks, fmt)
    slot = (WIDTH - LEFT - RIGHT) / max(len(groups), 1)
    bar_w = min(36.0, slot * 0.8 / max(len(series), 1))

    def y(v: float) -> float:
        return TOP + plot_h * (1 - (min(max(v, lo), hi) - lo) / (hi - lo))

    for gi, group in enumerate(groups):
        x0 = LEFT + gi * slot + (slot - bar_w * len(series)) / 2
        body.append(
            f'<text x="{_fmt(LEFT + (gi + 0.5) * slot)}" y="{HEIGHT - BOTTOM + 16}" '
            f'class="tick" text-anchor="middle">{escape(group)}</text>'
        )
        for si, name in enumerate(series):
            bar = bars.get((group, name), Bar(None))
            x = x0 + si * bar_w
            colour = SERIES_COLOURS[si % len(SERIES_COLOURS)]
            label = f"{name} · {group}"
            if bar.value is None:
                body.append(
                    f'<text x="{_fmt(x + bar_w / 2)}" y="{_fmt(y(lo) - 4)}" class="na" '
                    f'text-anchor="middle">n/a</text>'
                )
                continue
            top = y(bar.value)
            tip = f"{label}: {fmt.format(bar.value)}"
            if bar.low is not None and bar.high is not None:
                tip += f" [{fmt.format(bar.low)}, {fmt.format(bar.high)}]"
            tip += f" n={bar.n}"
            body.append(
                f'<rect x="{_fmt(x + 1)}" y="{_fmt(top)}" width="{_fmt(bar_w - 2)}" '
                f'height="{_fmt(y(lo) - top)}" fill="{colour}" class="bar">'
                f"<title>{escape(tip)}</title></rect>"
            )
            if bar.low is not None and bar.high is not None:
                cx = x + bar_w / 2
                body.append(
                    f'<path d="M{_fmt(cx)} {_fmt(y(bar.low))}V{_fmt(y(bar.high))}'
                    f"M{_fmt(cx - 4)} {_fmt(y(bar.low))}h8M{_fmt(cx - 4)} "
                    f'{_fmt(y(bar.high))}h8" class="ci"/>'
                )
    legend = [(name, SERIES_COLOURS[i % len(SERIES_COLOURS)]) for i, name in enumerate(series)]
    return _frame(title, body, legend if len(series) > 1 else [])


def _label(x: float, text: str) -> str:
    """An axis label under a column; "model · intent" becomes two lines."""
    lines = text.split(" · ")
    spans = "".join(
        f'<tspan x="{_fmt(x)}" dy="{0 if i == 0 else 12}">{escape(line)}</tspan>'
        for i, line in enumerate(lines)
    )
    return f'<text y="{HEIGHT - BOTTOM + 16}" class="tick" text-anchor="middle">{spans}</text>'


def stacked_shares(
    title: str,
    columns: Sequence[str],
    categories: dict[str, str],
    counts: dict[str, dict[str, int]],
) -> str:
    """One bar per column, stacked by category share; ``categories`` maps name -> colour."""
    body, plot_h = _y_axis(0.0, 1.0, (0.0, 0.5, 1.0), "{:.0%}")
    slot = (WIDTH - LEFT - RIGHT) / max(len(columns), 1)
    bar_w = min(48.0, slot * 0.7)
    for ci, column in enumerate(columns):
        x = LEFT + ci * slot + (slot - bar_w) / 2
        body.append(_label(x + bar_w / 2, column))
        column_counts = counts.get(column, {})
        total = sum(column_counts.values())
        if total == 0:
            body.append(
                f'<text x="{_fmt(x + bar_w / 2)}" y="{TOP + plot_h - 4}" class="na" '
                f'text-anchor="middle">none</text>'
            )
            continue
        body.append(
            f'<text x="{_fmt(x + bar_w / 2)}" y="{_fmt(TOP - 5)}" class="tick" '
            f'text-anchor="middle">n={total}</text>'
        )
        bottom = TOP + plot_h
        for category, colour in categories.items():
            share = column_counts.get(category, 0) / total
            if share == 0:
                continue
            h = plot_h * share
            body.append(
                f'<rect x="{_fmt(x)}" y="{_fmt(bottom - h)}" width="{_fmt(bar_w)}" '
                f'height="{_fmt(h)}" fill="{colour}" class="bar"><title>'
                f"{escape(f'{column} · {category}: {share:.0%} ({column_counts[category]})')}"
                f"</title></rect>"
            )
            bottom -= h
    return _frame(title, body, list(categories.items()))


def line_chart(
    title: str,
    series: Sequence[tuple[str, Sequence[tuple[float, float]]]],
    *,
    lo: float = 0.0,
    hi: float = 1.0,
    ticks: Sequence[float] = (0.0, 0.25, 0.5, 0.75, 1.0),
    fmt: str = "{:.2f}",
    x_label: str = "step",
) -> str:
    """One line (with dots) per named series of (x, y) points, e.g. reward per training step."""
    body, plot_h = _y_axis(lo, hi, ticks, fmt)
    xs = [x for _, points in series for x, _ in points]
    x_lo, x_hi = (min(xs), max(xs)) if xs else (0.0, 1.0)
    span = (x_hi - x_lo) or 1.0

    def px(x: float) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (x - x_lo) / span

    def py(v: float) -> float:
        return TOP + plot_h * (1 - (min(max(v, lo), hi) - lo) / (hi - lo))

    for x in sorted({x_lo, x_hi}):
        body.append(
            f'<text x="{_fmt(px(x))}" y="{HEIGHT - BOTTOM + 16}" class="tick" '
            f'text-anchor="middle">{x:g}</text>'
        )
    body.append(
        f'<text x="{_fmt((LEFT + WIDTH - RIGHT) / 2)}" y="{HEIGHT - BOTTOM + 30}" class="tick" '
        f'text-anchor="middle">{escape(x_label)}</text>'
    )
    legend = []
    for si, (name, points) in enumerate(series):
        colour = SERIES_COLOURS[si % len(SERIES_COLOURS)]
        legend.append((name, colour))
        ordered = sorted(points)
        if len(ordered) > 1:
            path = "M" + "L".join(f"{_fmt(px(x))} {_fmt(py(y))}" for x, y in ordered)
            body.append(f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, y in ordered:
            body.append(
                f'<circle cx="{_fmt(px(x))}" cy="{_fmt(py(y))}" r="3" fill="{colour}">'
                f"<title>{escape(name)} · {x_label} {x:g}: {fmt.format(y)}</title></circle>"
            )
    return _frame(title, body, legend)
