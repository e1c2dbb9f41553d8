"""Benchmark of the generation path (a script, not a test).

1. Samples/s of ``generate_run`` with an ``hf:`` model (the bundled SmolLM2 checkpoint) vs a
   bare transformers ``generate`` loop over the same prompts: same batches, same
   ``max_new_tokens``, greedy. The ratio is what the run machinery (run.yaml, resume checks,
   JSONL appends with fsync, progress, the async backend) keeps of the model's own speed;
   the target is >= 0.9. Greedy outputs must match, so both did the same work.
2. Samples/s of ``generate_run`` through ``openai:`` -> a ``safecomp serve`` subprocess
   serving the same checkpoint vs ``generate_run`` in-process: the HTTP path's overhead.

Repetitions alternate between the contenders (the median is reported), so a load change
on a shared machine hits both alike. Prints tables and writes JSON (``--out``). Defaults
finish in a few minutes on 2 idle CPUs:

    .venv/bin/python bench/generate.py --out bench/results/generate.json
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

import torch
from rich.console import Console
from tables import table  # bench/tables.py, beside this script
from transformers import AutoModelForCausalLM, AutoTokenizer

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from helpers.servers import serving  # tests/helpers/servers.py

from safecomp.data import load_suite
from safecomp.data.schema import PromptItem
from safecomp.models import ChatModel, GenParams, HFChatModel, bundled_model_dir, load_model
from safecomp.runs import generate_run, samples_log

console = Console()
Timed = Callable[[], tuple[float, list[str]]]


class BareLoop:
    """The baseline: transformers ``generate`` on left-padded batches, nothing else."""

    def __init__(self, model_dir: Path) -> None:
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.tokenizer.padding_side = "left"
        self.model = AutoModelForCausalLM.from_pretrained(model_dir).eval()

    def run(self, items: list[PromptItem], batch_size: int, max_new_tokens: int) -> list[str]:
        texts: list[str] = []
        for start in range(0, len(items), batch_size):
            prompts = [
                self.tokenizer.apply_chat_template(
                    item.to_messages(), add_generation_prompt=True, tokenize=False
                )
                for item in items[start : start + batch_size]
            ]
            encoded = self.tokenizer(
                prompts, return_tensors="pt", padding=True, add_special_tokens=False
            )
            with torch.inference_mode():
                out = self.model.generate(
                    **encoded,
                    max_new_tokens=max_new_tokens,
                    do_sample=False,
                    pad_token_id=self.tokenizer.pad_token_id,
                )
            new = out[:, encoded["input_ids"].shape[1] :]
            texts += self.tokenizer.batch_decode(new, skip_special_tokens=True)
        return texts


def run_generate(
    model: ChatModel, items: list[PromptItem], batch_size: int, max_new_tokens: int
) -> list[str]:
    """``generate_run`` into a fresh run directory; the responses in prompt order."""
    params = GenParams(max_new_tokens=max_new_tokens, temperature=0.0, seed=None)
    with tempfile.TemporaryDirectory() as folder:
        run_dir = Path(folder) / "bench"
        asyncio.run(generate_run(run_dir, items, model, params=params, batch_size=batch_size))
        by_id = {s.item.id: s.response for s in samples_log(run_dir)}
    return [by_id[item.id] for item in items]


def timed(work: Callable[[], list[str]]) -> Timed:
    def measure() -> tuple[float, list[str]]:
        start = time.perf_counter()
        texts = work()
        return time.perf_counter() - start, texts

    return measure


def compare(
    contenders: dict[str, Timed], samples: int, repeats: int
) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Median samples/s of each contender over alternating repetitions, and its texts."""
    seconds: dict[str, list[float]] = {name: [] for name in contenders}
    texts: dict[str, list[str]] = {}
    for _ in range(repeats):
        for name, measure in contenders.items():
            elapsed, texts[name] = measure()
            seconds[name].append(elapsed)
            console.print(f"  {name}: {samples / elapsed:.2f} samples/s", highlight=False)
    return {name: samples / statistics.median(s) for name, s in seconds.items()}, texts


def hf_vs_bare(
    hf: HFChatModel,
    model_dir: Path,
    items: list[PromptItem],
    batch: int,
    tokens: int,
    args: argparse.Namespace,
) -> dict[str, Any]:
    """Part 1: ``generate_run`` (hf:) vs a bare transformers loop."""
    bare = BareLoop(model_dir)
    bare.run(items[:batch], batch, tokens)
    console.print("[bold]generate_run (hf:) vs a bare transformers loop[/]")
    rates, texts = compare(
        {
            "bare transformers": timed(lambda: bare.run(items, batch, tokens)),
            "generate_run hf:": timed(lambda: run_generate(hf, items, batch, tokens)),
        },
        len(items),
        args.repeats,
    )
    same = texts["bare transformers"] == texts["generate_run hf:"]
    local_row = {
        "prompts": len(items),
        "bare_samples_per_s": rates["bare transformers"],
        "run_samples_per_s": rates["generate_run hf:"],
        "ratio": rates["generate_run hf:"] / rates["bare transformers"],
        "same_outputs": same,
    }
    console.print(table("generate_run (hf:) vs bare transformers, greedy", [local_row]))
    return local_row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--prompts", type=int, default=16, help="quickstart prompts per pass")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--repeats", type=int, default=3, help="alternating repetitions")
    parser.add_argument("--out", type=Path, default=Path("bench/results/generate.json"))
    parser.add_argument(
        "--http-only", action="store_true", help="only part 2 (serve vs in-process)"
    )
    args = parser.parse_args()

    items = load_suite("quickstart")[: args.prompts]
    model_dir = bundled_model_dir()
    spec = f"hf:{model_dir}"
    hf = HFChatModel(model_dir, name=spec, batch_size=args.batch_size)
    batch, tokens = args.batch_size, args.max_new_tokens
    load_before = os.getloadavg()
    console.print(
        f"{len(items)} prompts, batch {batch}, {tokens} new tokens, greedy, "
        f"{torch.get_num_threads()} torch threads, load average {load_before[0]:.1f}",
        highlight=False,
    )
    warm = items[:batch]  # first calls pay one-off costs (allocations, kernel selection)
    run_generate(hf, warm, batch, tokens)
    local_row = None if args.http_only else hf_vs_bare(hf, model_dir, items, batch, tokens, args)

    console.print("[bold]generate_run through openai: -> safecomp serve vs in-process[/]")
    with (
        tempfile.TemporaryDirectory() as folder,
        serving(
            spec, Path(folder) / "serve.log", "--max-batch", str(batch), "--served-name", "smollm2"
        ) as url,
    ):
        client = load_model(f"openai:smollm2@{url}", concurrency=batch)
        run_generate(client, warm, batch, tokens)
        rates, texts = compare(
            {
                "in-process": timed(lambda: run_generate(hf, items, batch, tokens)),
                "openai: serve": timed(lambda: run_generate(client, items, batch, tokens)),
            },
            len(items),
            args.repeats,
        )
    http_row = {
        "prompts": len(items),
        "inprocess_samples_per_s": rates["in-process"],
        "http_samples_per_s": rates["openai: serve"],
        "ratio": rates["openai: serve"] / rates["in-process"],
        "same_outputs": texts["in-process"] == texts["openai: serve"],
    }
    console.print(table("generate_run: openai: (safecomp serve) vs in-process", [http_row]))

    result = {
        "settings": {
            "prompts": len(items),
            "batch_size": batch,
            "max_new_tokens": tokens,
            "greedy": True,
            "repeats": args.repeats,
            "model": "bundled:smollm2 (SmolLM2-135M-Instruct, de-quantized)",
        },
        "machine": {
            "python": platform.python_version(),
            "torch": torch.__version__,
            "cpus": os.cpu_count(),
            "torch_threads": torch.get_num_threads(),
            "load_average_before": load_before[0],
            "load_average_after": os.getloadavg()[0],
        },
        "hf_vs_bare": local_row,
        "http_vs_inprocess": http_row,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
