"""Load test of the two servers (a script, not a test): 2,000 requests at concurrency 64 to

1. ``safecomp reward serve`` with a real judge, ``--judge`` (default ``bundled:grader``, the
   default judge, by its recommended method) and no grade cache: every request of the timed
   pass is judged, the server's worst case; an untimed pass of ``--concurrency`` requests
   loads and warms it first. Each request's sample is distinct;
2. ``safecomp serve`` over a tiny randomly initialised 2-layer Llama
   (``tests/tiny_model.py``), 8 new tokens per request.

Reports throughput, latency p50/p99, errors (any reply but 200) and the server's RSS
before and after the timed pass; writes ``bench/results/load.json`` (``--out``):

    .venv/bin/python bench/load.py
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import psutil
from rich.console import Console
from tables import table  # bench/tables.py, beside this script

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.servers import reward_server, start_serve  # tests/helpers/servers.py
from tiny_model import write_tiny_checkpoint  # tests/tiny_model.py

console = Console()
PROMPT = "<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"


def reward_body(i: int) -> dict[str, Any]:
    prompt = PROMPT.format(f"Question {i}: how do I keep my accounts safe?")
    answer = f"Use a password manager and two-factor authentication ({i}).<|im_end|>"
    return {"query": [prompt + answer], "prompts": [prompt], "labels": ["benign"]}


def chat_body(i: int, max_tokens: int) -> dict[str, Any]:
    messages = [{"role": "user", "content": f"Write a line about the number {i}."}]
    return {"messages": messages, "max_tokens": max_tokens, "temperature": 0}


async def hammer(
    url: str, make_body: Callable[[int], dict[str, Any]], total: int, concurrency: int
) -> tuple[float, list[float], list[str]]:
    """``total`` POSTs, ``concurrency`` at a time: wall seconds, latencies, errors."""
    latencies: list[float] = []
    errors: list[str] = []
    counter = iter(range(total))
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)

    async def worker(client: httpx.AsyncClient) -> None:
        for i in counter:
            start = time.perf_counter()
            try:
                reply = await client.post(url, json=make_body(i))
            except httpx.HTTPError as error:
                errors.append(f"{type(error).__name__}: {error}")
                continue
            latencies.append(time.perf_counter() - start)
            if reply.status_code != 200:
                errors.append(f"HTTP {reply.status_code}: {reply.text[:200]}")

    async with httpx.AsyncClient(timeout=600, limits=limits) as client:
        start = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(concurrency)))
        return time.perf_counter() - start, latencies, errors


def rss_mib(pid: int) -> float:
    return psutil.Process(pid).memory_info().rss / 2**20


def measure(
    name: str,
    url: str,
    pid: int,
    make_body: Callable[[int], dict[str, Any]],
    total: int,
    concurrency: int,
) -> dict[str, Any]:
    before = rss_mib(pid)
    wall, latencies, errors = asyncio.run(hammer(url, make_body, total, concurrency))
    after = rss_mib(pid)
    latencies.sort()
    row = {
        "server": name,
        "requests": total,
        "concurrency": concurrency,
        "requests_per_s": total / wall,
        "p50_s": statistics.median(latencies),
        "p99_s": latencies[max(0, int(0.99 * len(latencies)) - 1)],
        "errors": len(errors),
        "rss_before_mib": before,
        "rss_after_mib": after,
    }
    console.print(table(name, [row]))
    for error in errors[:5]:
        console.print(f"  {error}", highlight=False)
    return row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--judge", default="bundled:grader", help="the reward server's judge")
    parser.add_argument("--max-tokens", type=int, default=8, help="new tokens per chat request")
    parser.add_argument("--out", type=Path, default=Path("bench/results/load.json"))
    args = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        model_dir = write_tiny_checkpoint(tmp / "tiny")
        spec = f"hf:{model_dir}"
        load_before = os.getloadavg()[0]

        with reward_server(
            args.judge, tmp, "--max-batch", "256", policy="default", method=None, cache=False
        ) as url:
            pid = _listener_pid(url)
            console.print(f"[bold]reward server[/] untimed pass ({args.concurrency} requests)")
            warm = args.requests  # the warm-up's samples differ from the timed pass's
            asyncio.run(
                hammer(
                    f"{url}/get_reward",
                    lambda i: reward_body(warm + i),
                    args.concurrency,
                    args.concurrency,
                )
            )
            rows.append(
                measure(
                    f"reward server ({args.judge}, every request judged)",
                    f"{url}/get_reward",
                    pid,
                    reward_body,
                    args.requests,
                    args.concurrency,
                )
            )

        served = start_serve(spec, tmp / "serve.log", "--max-batch", str(args.concurrency))
        try:
            rows.append(
                measure(
                    f"safecomp serve (tiny hf model, {args.max_tokens} new tokens)",
                    f"{served.url}/chat/completions",
                    served.process.pid,
                    lambda i: chat_body(i, args.max_tokens),
                    args.requests,
                    args.concurrency,
                )
            )
        finally:
            served.stop()

    result = {
        "settings": vars(args) | {"out": str(args.out)},
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "load_average_before": load_before,
            "load_average_after": os.getloadavg()[0],
        },
        "results": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


def _listener_pid(url: str) -> int:
    """The pid of the process listening on ``url``'s port."""
    port = int(url.rsplit(":", 1)[1].split("/")[0])
    for connection in psutil.net_connections(kind="tcp"):
        listens = connection.status == "LISTEN" and connection.pid is not None
        if listens and connection.laddr and connection.laddr.port == port:
            return int(connection.pid or 0)
    raise RuntimeError(f"no process listens on port {port}")


if __name__ == "__main__":
    main()
