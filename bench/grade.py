"""Benchmark of the judge path (a script, not a test).

1. Failure rate and grades/s of the ``structured`` and ``logprob`` methods with the bundled
   judge in-process, on quickstart prompts answered by the bundled model, through the grade
   cache: cold (every sample judged), then warm (the samples graded ok, now all cache hits;
   failed grades are never cached).
2. Grades/s of a learned grader (``bundled:grader`` by default) on the same samples, and its
   ratio to the bundled judge's cold logprob grades/s (the issue's target: at least 20x).
3. Judge calls/s of the logprob method through ``openai:`` -> a ``safecomp serve`` subprocess
   at client concurrency 1/4/16, vs that server's own capacity: the same model in-process at
   the same batch sizes. The ratio is what the HTTP path keeps of the model's throughput.

Prints tables and writes JSON (``--out``). Defaults finish in a few minutes on 2 CPUs:

    .venv/bin/python bench/grade.py --out bench/results/grade.json
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from rich.console import Console
from tables import table  # bench/tables.py, beside this script

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.servers import serving  # tests/helpers/servers.py

from safecomp.data import load_suite
from safecomp.data.schema import Grade, Sample
from safecomp.grading import TEMPLATE_VERSION, GradeCache, Grader
from safecomp.grading.learned import LearnedGrader, grade_fields
from safecomp.models import ChatModel, GenParams, load_model
from safecomp.policy import Policy, load_policy

console = Console()


def answered_samples(model: ChatModel, count: int) -> list[Sample]:
    """The first ``count`` quickstart prompts, answered by ``model`` (64 new tokens)."""
    items = load_suite("quickstart")[:count]
    params = GenParams(max_new_tokens=64, temperature=0.7, seed=0)
    completions = asyncio.run(model.generate([i.to_messages() for i in items], params))
    return [
        Sample(item=item, sample_index=0, model=model.name, response=c.text)
        for item, c in zip(items, completions, strict=True)
    ]


def timed_grades(grader: Grader, samples: list[Sample]) -> tuple[float, list[Grade]]:
    """Seconds to grade ``samples``, and the grades."""
    start = time.perf_counter()
    grades = asyncio.run(grader.grade(samples))
    return time.perf_counter() - start, grades


def methods(judge: ChatModel, policy: Policy, samples: list[Sample]) -> list[dict[str, Any]]:
    """Per method: failures, and grades/s with a cold cache (all judged) then warm (all hits)."""
    rows = []
    for method in ("structured", "logprob"):
        with tempfile.TemporaryDirectory() as folder:
            cache = GradeCache(Path(folder) / "cache.sqlite")
            grader = Grader(judge, policy, method=method, cache=cache)
            cold, grades = timed_grades(grader, samples)
            graded = [s for s, g in zip(samples, grades, strict=True) if g.status == "ok"]
            warm, _ = timed_grades(grader, graded)
            cache.close()
        failed = len(samples) - len(graded)
        rows.append(
            {
                "method": method,
                "samples": len(samples),
                "failed": failed,
                "failure_rate": failed / len(samples),
                "cold_grades_per_s": len(samples) / cold,
                "warm_grades_per_s": len(graded) / warm if graded else None,
            }
        )
    return rows


def learned(spec: str, samples: list[Sample], logprob_cold: float) -> dict[str, Any]:
    """Grades/s of a learned grader on ``samples`` (model loaded beforehand, not timed)."""
    grader = LearnedGrader.load(spec)
    grader.predict(samples[:1])  # warm-up
    start = time.perf_counter()
    fields = [grade_fields(p) for p in grader.predict(samples)]
    seconds = time.perf_counter() - start
    rate = len(samples) / seconds
    return {
        "grader": grader.name,
        "samples": len(samples),
        "refusals": sum(f["mode"] in ("refusal_with_redirection", "hard_refusal") for f in fields),
        "grades_per_s": rate,
        "vs_logprob_cold": rate / logprob_cold,
    }


def calls_per_s(grader: Grader, samples: list[Sample]) -> float:
    """Logprob judge calls per second (five single-token calls per sample)."""
    seconds, grades = timed_grades(grader, samples)
    if all(g.status == "failed" for g in grades):
        raise RuntimeError(f"every grade failed with {grader.judge.name}")
    return 5 * len(samples) / seconds


def http_vs_direct(
    judge: ChatModel, policy: Policy, samples: list[Sample], levels: list[int]
) -> list[dict[str, Any]]:
    rows = []
    with (
        tempfile.TemporaryDirectory() as folder,
        serving(
            "bundled:smollm2", Path(folder) / "serve.log", "--max-batch", str(max(levels))
        ) as url,
    ):
        spec = f"openai:bundled:smollm2@{url}"
        calls_per_s(Grader(load_model(spec), policy, method="logprob"), samples[:1])  # warm-up
        for level in levels:
            client = load_model(spec, concurrency=level)
            over_http = Grader(
                client, policy, method="logprob", concurrency=level, batch_size=level
            )
            direct = Grader(judge, policy, method="logprob", concurrency=1, batch_size=level)
            http = calls_per_s(over_http, samples)
            own = calls_per_s(direct, samples)
            rows.append(
                {
                    "concurrency": level,
                    "calls": 5 * len(samples),
                    "http_calls_per_s": http,
                    "direct_calls_per_s": own,
                    "ratio": http / own,
                }
            )
            console.print(rows[-1])
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--samples", type=int, default=4, help="samples for the methods table")
    parser.add_argument(
        "--throughput-samples", type=int, default=4, help="samples per throughput setting"
    )
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4, 16])
    parser.add_argument("--learned", default="bundled:grader", help="learned grader spec")
    parser.add_argument("--out", type=Path, default=Path("bench/results/grade.json"))
    parser.add_argument(
        "--http-only", action="store_true", help="only part 2 (serve vs in-process)"
    )
    args = parser.parse_args()

    policy = load_policy("default")
    judge = load_model("bundled:smollm2")
    samples = answered_samples(judge, max(args.samples, args.throughput_samples))
    console.print(f"{len(samples)} samples answered by {judge.name}")

    method_rows = [] if args.http_only else methods(judge, policy, samples[: args.samples])
    learned_row: dict[str, Any] | None = None
    if method_rows:
        console.print(table("Bundled judge in-process: cold cache, then warm", method_rows))
        logprob_cold = next(r["cold_grades_per_s"] for r in method_rows if r["method"] == "logprob")
        learned_row = learned(args.learned, samples, logprob_cold)
        console.print(table("Learned grader on the same answers", [learned_row]))
    few = samples[: args.throughput_samples]
    http_rows = http_vs_direct(judge, policy, few, args.concurrency)
    console.print(table("Judge calls/s: HTTP (safecomp serve) vs in-process", http_rows))

    result = {
        "judge": judge.name,
        "template_version": TEMPLATE_VERSION,
        "policy_hash": policy.content_hash,
        "machine": {"python": platform.python_version(), "cpus": len(os.sched_getaffinity(0))},
        "methods": method_rows,
        "learned": learned_row,
        "http_vs_direct": http_rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
