"""What the bench scripts share: a Rich table of result rows."""

from __future__ import annotations

from typing import Any

from rich.table import Table


def table(title: str, rows: list[dict[str, Any]]) -> Table:
    out = Table(title=title)
    for column in rows[0]:
        out.add_column(column, justify="right")
    for row in rows:
        out.add_row(*(f"{v:.3g}" if isinstance(v, float) else str(v) for v in row.values()))
    return out
