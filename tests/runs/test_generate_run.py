"""generate_run and `safecomp generate` with the real bundled model: resume, kill, shards."""

from __future__ import annotations

import asyncio
from collections import Counter
from pathlib import Path

import pytest
from helpers.kill import complete_lines, kill_when
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data.suites import load_suite
from safecomp.models import ChatModel, GenParams
from safecomp.runs.merge import merge_runs
from safecomp.runs.rundir import SAMPLES_FILE, read_run_info, samples_log
from safecomp.runs.runner import RunSummary, generate_run
from safecomp.runs.shard import Shard

pytestmark = pytest.mark.slow

ITEMS = load_suite("quickstart")[:3]
PARAMS = GenParams(max_new_tokens=4, temperature=0.8, seed=7)


def generate(run_dir: Path, model: ChatModel) -> RunSummary:
    return asyncio.run(generate_run(run_dir, ITEMS, model, n=2, params=PARAMS, batch_size=2))


def test_one_sample_per_prompt_and_index_then_nothing_to_redo(
    tmp_path: Path, bundled_model: ChatModel
) -> None:
    summary = generate(tmp_path / "r", bundled_model)
    samples = list(samples_log(tmp_path / "r"))
    assert sorted(s.key for s in samples) == sorted(f"{i.id}#{j}" for i in ITEMS for j in (0, 1))
    assert all(s.model == "bundled:smollm2" and 0 < s.completion_tokens <= 4 for s in samples)
    seeds = {s.sample_index: s.params["seed"] for s in samples if s.item.id == ITEMS[0].id}
    assert seeds[0] != seeds[1], "each sample index is drawn with its own seed"
    info = read_run_info(tmp_path / "r")
    assert info.finished_at is not None and info.n == 2 and info.suite.size == 3
    assert (summary.total, summary.generated, summary.skipped) == (6, 6, 0)

    before = (tmp_path / "r" / SAMPLES_FILE).read_bytes()
    again = generate(tmp_path / "r", bundled_model)
    assert (again.generated, again.skipped) == (0, 6)
    assert (tmp_path / "r" / SAMPLES_FILE).read_bytes() == before


def test_seeded_sampling_is_reproducible(tmp_path: Path, bundled_model: ChatModel) -> None:
    generate(tmp_path / "a", bundled_model)
    generate(tmp_path / "b", bundled_model)
    first = {s.key: s.response for s in samples_log(tmp_path / "a")}
    second = {s.key: s.response for s in samples_log(tmp_path / "b")}
    assert first == second


def test_generated_shards_merge_into_the_whole_run(
    tmp_path: Path, bundled_model: ChatModel
) -> None:
    items = load_suite("quickstart")[:6]
    tiny = GenParams(max_new_tokens=2, temperature=0.0)
    for index in (1, 2):
        asyncio.run(
            generate_run(
                tmp_path / f"s{index}",
                items,
                bundled_model,
                params=tiny,
                shard=Shard(index, 2),
            )
        )
    parts = [{s.item.id for s in samples_log(tmp_path / f"s{i}")} for i in (1, 2)]
    assert parts[0].isdisjoint(parts[1])
    summary = merge_runs(tmp_path / "all", [tmp_path / "s1", tmp_path / "s2"])
    assert summary.complete
    assert sorted(s.item.id for s in samples_log(tmp_path / "all")) == sorted(i.id for i in items)


def test_killed_generate_resumes_without_loss_or_duplicates(tmp_path: Path) -> None:
    args = ["generate", "--run", "k", "--runs-dir", str(tmp_path), "--limit", "6", "--n", "2"]
    args += ["--batch-size", "1", "--max-new-tokens", "8"]
    samples_file = tmp_path / "k" / SAMPLES_FILE
    log = tmp_path / "generate.log"
    kill_when(args, log, lambda: complete_lines(samples_file) >= 3, timeout_s=600)
    written = samples_file.read_bytes()
    kept = written[: written.rfind(b"\n") + 1]  # whole lines the kill left behind
    assert 3 <= kept.count(b"\n") < 12, "the run must be killed mid-way"
    with samples_file.open("ab") as handle:  # a write cut short by the kill
        handle.write(b'{"item": {"id": "qs-bio-household-mix')

    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output

    lines = samples_file.read_bytes()
    assert lines.startswith(kept), "lines written before the kill are kept as they were"
    keys = Counter(s.key for s in samples_log(tmp_path / "k"))
    expected = {f"{item.id}#{j}" for item in load_suite("quickstart")[:6] for j in (0, 1)}
    assert set(keys) == expected and set(keys.values()) == {1}
    assert lines.count(b"\n") == 12 and lines.endswith(b"\n")
    assert read_run_info(tmp_path / "k").finished_at is not None
