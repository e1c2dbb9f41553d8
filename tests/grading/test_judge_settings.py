"""JudgeSettings, open_grader and the Grader's one limit on judge calls in flight, against
a real local HTTP judge that counts the requests it holds at once."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.judge_server import counting_judge
from pydantic import ValidationError

from safecomp.data.schema import PromptItem, Sample
from safecomp.data.suites import load_suite
from safecomp.grading import JudgeCalls, JudgeSettings, open_grader
from safecomp.runs import generation_info, grade_run, grades_log, samples_log
from safecomp.runs.rundir import start_run


def samples(count: int) -> list[Sample]:
    return [
        Sample(
            item=PromptItem(id=f"p{i}", prompt=f"Question {i}?"),
            sample_index=0,
            model="m",
            response=f"Answer {i}.",
        )
        for i in range(count)
    ]


def test_method_defaults_to_the_one_recommended_for_the_spec() -> None:
    assert JudgeSettings().spec == "bundled:grader"
    assert JudgeSettings().method == "learned"
    assert JudgeSettings(spec="learned:.").method == "learned"
    assert JudgeSettings(spec="bundled:smollm2").method == "logprob"
    assert JudgeSettings(spec="openai:m@http://127.0.0.1:1/v1").method == "structured"
    assert JudgeSettings(spec="bundled:smollm2", method="structured").method == "structured"


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"spec": "nonsense"}, "unknown model spec 'nonsense'"),
        ({"spec": "hf:"}, "names no model"),
        ({"method": "vibes"}, "unknown grading method 'vibes'"),
        ({"spec": "bundled:smollm2", "method": "learned"}, "expected bundled:grader"),
        ({"spec": "learned:/no/such/dir"}, "no such directory"),
        ({"spec": "bundled:grader", "method": "logprob"}, "is a learned grader"),
        ({"concurrency": 0}, "greater than or equal to 1"),
        ({"max_new_tokens": 0}, "greater than or equal to 1"),
        ({"judge": "x"}, "Extra inputs"),
    ],
)
def test_bad_settings_are_refused_without_loading_anything(
    values: dict[str, object], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        JudgeSettings.model_validate(values)


@pytest.mark.parametrize(("limit", "batch"), [(1, 1), (3, 1), (4, 2), (8, 8)])
def test_calls_in_flight_never_exceed_the_limit(limit: int, batch: int) -> None:
    with counting_judge() as (server, url):
        settings = JudgeSettings(
            spec=f"openai:judge@{url}",
            method="logprob",
            use_cache=False,
            concurrency=limit,
            batch_size=batch,
        )

        async def main() -> None:
            grader = open_grader(settings)
            try:
                # Two grade calls at once share the grader's one limit.
                await asyncio.gather(grader.grade(samples(12)), grader.grade(samples(9)[3:]))
            finally:
                await grader.aclose()

        asyncio.run(main())
    assert server.requests == 5 * (12 + 6)  # five logprob questions per sample
    assert 1 <= server.peak <= limit
    if limit > 1:
        assert server.peak >= 2, "the limit allows overlap, so calls should overlap"


def test_grade_run_holds_the_limit_and_lands_grades_as_they_come(tmp_path: Path) -> None:
    run_dir = tmp_path / "run"
    items = load_suite("quickstart")[:10]
    start_run(run_dir, generation_info(run_dir, items, "hf:writer", suite="quickstart"))
    samples_log(run_dir).append(
        Sample(item=item, sample_index=0, model="hf:writer", response="An answer.")
        for item in items
    )
    landed: list[int] = []

    class Counting:
        def start(self, label: str, total: int, done: int) -> None:
            assert (total, done) == (10, 0)

        def advance(self, n: int) -> None:
            landed.append(len(grades_log(run_dir)))

    with counting_judge() as (server, url):
        settings = JudgeSettings(
            spec=f"openai:judge@{url}", use_cache=False, concurrency=2, batch_size=2
        )

        async def main() -> None:
            grader = open_grader(settings)
            try:
                await grade_run(run_dir, grader, progress=Counting())
            finally:
                await grader.aclose()

        asyncio.run(main())
    assert server.peak <= 2
    assert len(landed) == 5 and landed == sorted(landed) and landed[0] == 2, landed


def test_eval_refuses_a_bad_judge_before_loading_any_model(tmp_path: Path) -> None:
    # In a fresh interpreter: the policy model would need torch, so torch must stay unloaded.
    code = (
        "import sys\n"
        "from safecomp.cli.app import app\n"
        "try:\n"
        f"    app(['eval', '--judge', 'nonsense', '--runs-dir', {str(tmp_path / 'runs')!r}])\n"
        "except SystemExit as end:\n"
        "    print('exit', end.code, 'torch' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "unknown model spec 'nonsense'" in done.stderr + done.stdout
    assert done.stdout.strip().splitlines()[-1] == "exit 1 False"
    assert not (tmp_path / "runs").exists()


def test_cancelled_calls_give_their_slots_back() -> None:
    calls = JudgeCalls(limit=2, batch_size=2)
    order: list[str] = []

    async def hold(name: str, n: int, seconds: float) -> None:
        async with calls.hold(n):
            order.append(name)
            await asyncio.sleep(seconds)

    async def main() -> None:
        first = asyncio.create_task(hold("first", 2, 0.05))
        await asyncio.sleep(0)
        waiting = asyncio.create_task(hold("cancelled", 2, 0.0))
        later = asyncio.create_task(hold("later", 1, 0.0))
        await asyncio.sleep(0.01)
        waiting.cancel()
        await asyncio.gather(first, later, waiting, return_exceptions=True)
        # Every slot is free again: a call of the whole limit gets in at once.
        await asyncio.wait_for(hold("last", 2, 0.0), timeout=1)

    asyncio.run(main())
    assert order == ["first", "later", "last"]


def test_calls_count_the_time_the_judge_is_busy_once() -> None:
    calls = JudgeCalls(limit=2, batch_size=1)

    async def hold(seconds: float) -> None:
        async with calls.hold(1):
            await asyncio.sleep(seconds)

    async def main() -> None:
        await asyncio.gather(hold(0.2), hold(0.2))  # overlapping: ~0.2 s, not 0.4
        await asyncio.sleep(0.5)  # idle: not counted
        await hold(0.1)

    asyncio.run(main())
    # At least the busy time; below the 0.5 s that counting the overlap twice would give
    # (and far below the 0.8 s that counting the idle gap would add).
    assert 0.3 <= calls.seconds < 0.5
