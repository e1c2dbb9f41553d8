"""Benchmark ``safecomp eval`` (``run_eval``): where the wall time goes, and how it scales.

For each size N, builds a suite of N prompts by cycling the quickstart suite with distinct
ids (and groups), runs ``run_eval`` on it in a fresh runs folder with the grade cache off,
and splits the wall time into model loading, generation, judging and report, plus the
harness's own overhead: total time (less loading) minus the time spent inside the models'
``generate`` calls (``EvalTimings.model_s``); also the process CPU time. Prints a table;
writes JSON with ``--json``.

    .venv/bin/python bench/eval.py --sizes 60 600 --max-new-tokens 16 \
        --json bench/results/eval.json

Generation is greedy (temperature 0) and the judge (default ``bundled:grader``, the default
judge, by its recommended method) is deterministic, so the same settings do the same model
work on every run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from safecomp.cli.progress import RunProgress
from safecomp.data import PromptItem, load_suite, write_prompts
from safecomp.eval.config import EvalConfig
from safecomp.eval.pipeline import run_eval
from safecomp.grading import JudgeSettings


def cycled_suite(size: int) -> list[PromptItem]:
    """``size`` prompts: the quickstart suite repeated, each copy with its own ids and groups."""
    base = load_suite("quickstart")
    items = []
    for i in range(size):
        item = base[i % len(base)]
        copy = i // len(base)
        suffix = "" if copy == 0 else f"-copy{copy}"
        group = None if item.group is None else item.group + suffix
        items.append(item.model_copy(update={"id": item.id + suffix, "group": group}))
    return items


async def measure(size: int, folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    suite = folder / f"suite-{size}.jsonl"
    write_prompts(suite, cycled_suite(size))
    config = EvalConfig(
        run=f"bench-{size}",
        runs_dir=folder / "runs",
        model=args.model,
        judge=JudgeSettings(
            spec=args.judge,
            batch_size=args.judge_batch_size,
            concurrency=args.concurrency,
            use_cache=False,
        ),
        suite=str(suite),
        max_new_tokens=args.max_new_tokens,
        temperature=0.0,
        batch_size=args.batch_size,
        n_resamples=args.n_resamples,
    )
    cpu = time.process_time()
    with RunProgress("samples", enabled=args.progress) as progress:
        result = await run_eval(config, generating=progress, grading=progress)
    cpu_s = time.process_time() - cpu
    t = result.timings
    model_s = sum(t.model_s.values())
    work_s = t.total_s - t.load_s
    overhead_s = work_s - model_s
    return {
        "prompts": size,
        "load_s": t.load_s,
        "generate_s": t.generate_s,
        "grade_s": t.grade_s,
        "report_s": t.report_s,
        "total_s": t.total_s,
        "model_generate_s": t.model_s.get("generate", 0.0),
        "model_grade_s": t.model_s.get("grade", 0.0),
        "harness_overhead_s": overhead_s,
        "harness_share": overhead_s / work_s if work_s > 0 else 0.0,
        "per_prompt_s": work_s / size,
        # CPU time of this process (all threads) during run_eval: on a machine shared with
        # other work, a better guide than wall time to what an idle machine would take.
        "cpu_s": cpu_s,
        "judge_share": t.grade_s / work_s if work_s > 0 else 0.0,
    }


def table(rows: list[dict[str, Any]]) -> Table:
    out = Table(title="safecomp eval: wall time per stage (s)")
    columns = [
        ("N", "prompts", "{}"),
        ("load", "load_s", "{:.1f}"),
        ("gen", "generate_s", "{:.1f}"),
        ("judge", "grade_s", "{:.1f}"),
        ("report", "report_s", "{:.1f}"),
        ("total", "total_s", "{:.1f}"),
        ("models", "model_generate_s", None),
        ("harness", "harness_overhead_s", "{:.2f}"),
        ("harn %", "harness_share", "{:.1%}"),
        ("judge %", "judge_share", "{:.0%}"),
        ("s/prompt", "per_prompt_s", "{:.2f}"),
        ("CPU s", "cpu_s", "{:.0f}"),
    ]
    for title, _, _ in columns:
        out.add_column(title, justify="right")
    for row in rows:
        cells = []
        for _, key, fmt in columns:
            if fmt is None:  # time inside both models' generate calls
                cells.append(f"{row['model_generate_s'] + row['model_grade_s']:.1f}")
            else:
                cells.append(fmt.format(row[key]))
        out.add_row(*cells)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[60, 600])
    parser.add_argument("--model", default="bundled:smollm2")
    parser.add_argument("--judge", default="bundled:grader")
    parser.add_argument("--max-new-tokens", type=int, default=16)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--judge-batch-size", type=int, default=8)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--n-resamples", type=int, default=2000)
    parser.add_argument("--progress", action="store_true", help="show Rich progress bars")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()

    console = Console(width=120)
    result: dict[str, Any] = {
        "settings": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "rows": [],
    }
    rows: list[dict[str, Any]] = result["rows"]
    with tempfile.TemporaryDirectory(prefix="safecomp-bench-eval-") as tmp:
        # One-time costs (imports, the first model call's allocations) would make the first
        # size look slower per prompt: pay them in an unreported 2-prompt run.
        asyncio.run(measure(2, Path(tmp) / "warmup", args))
        for size in args.sizes:
            rows.append(asyncio.run(measure(size, Path(tmp), args)))
            console.print(table(rows))
            # Written after every size, so a long run that is stopped keeps what it measured.
            result["load_average"] = os.getloadavg()
            result["finished_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
            if len(rows) > 1:
                # Cost per prompt at the largest size over the smallest: ~1 when linear.
                result["per_prompt_ratio"] = rows[-1]["per_prompt_s"] / rows[0]["per_prompt_s"]
            if args.json is not None:
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    if "per_prompt_ratio" in result:
        console.print(
            f"per-prompt cost at {rows[-1]['prompts']} / at {rows[0]['prompts']} prompts: "
            f"{result['per_prompt_ratio']:.2f} (1.00 = linear)"
        )
    if args.json is None:
        print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
