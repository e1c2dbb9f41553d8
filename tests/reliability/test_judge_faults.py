"""Drill: grade a run against a judge server that fails in every way a remote judge does.

The server (``fake_judge.py``) is a real process on 127.0.0.1 speaking the chat-completions
API; it is a fake because its faults cannot be caused on purpose otherwise. Each sample's
response carries a marker naming the fault its judge requests meet, so the outcome of every
sample is known: transient faults (429 with Retry-After, 500s, a stall past the client's
timeout, a truncated or broken body, the server dying mid-request and coming back) end in a
valid grade; replies whose verdict is unusable end in a failed grade keeping the raw text; a
fault that outlasts the retry budget stops the pass with one clear error, and a rerun
finishes it.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fake_judge import BAD_CONTENT

from safecomp.data.schema import PromptItem, Sample
from safecomp.grading import Grader
from safecomp.models import GenParams, load_model
from safecomp.models.base import ModelError
from safecomp.policy import load_policy
from safecomp.runs.rundir import PolicyRef, grades_log, read_run_info, samples_log, start_run
from safecomp.runs.runner import generation_info, grade_run

POLICY = load_policy("default")
SERVER = Path(__file__).with_name("fake_judge.py")
#: The client's retry budget (attempts = MAX_RETRIES + 1) and its timeout.
MAX_RETRIES = 5
TIMEOUT_S = 1.0
#: What each sample's judge requests meet; "" is a well-behaved server.
TRANSIENT = ["", "429x2", "500x2", "slowx1", "body_truncatedx1", "diex1"]
TRANSIENT += ["body_nonjsonx1", "body_wrong_schemax1", ""]
UNUSABLE = ["content_nonjson", "content_truncated", "content_wrong_schema"]


class FlakyServer:
    """The fake judge as a process that is restarted (on the same port) whenever it dies."""

    def __init__(self, port: int, state: Path) -> None:
        self.port, self.state = port, state
        self.starts = 0
        self._stop = threading.Event()
        self._process = self._start()
        self._watcher = threading.Thread(target=self._watch, daemon=True)
        self._watcher.start()

    def _start(self) -> subprocess.Popen[str]:
        process = subprocess.Popen(
            [sys.executable, str(SERVER), str(self.port), str(self.state)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None and process.stdout.readline() == "ready\n"
        self.starts += 1
        return process

    def _watch(self) -> None:
        while not self._stop.is_set():
            if self._process.poll() is not None:
                time.sleep(0.3)  # down for a while, then back
                self._process = self._start()
            time.sleep(0.02)

    def served(self, marker: str) -> int:
        seen: dict[str, int] = json.loads(self.state.read_text())
        return seen.get(f"FAULT:{marker}", 0)

    def stop(self) -> None:
        self._stop.set()
        self._watcher.join()
        self._process.kill()
        self._process.wait()


@pytest.fixture
def server(tmp_path: Path, free_port: int) -> Iterator[FlakyServer]:
    flaky = FlakyServer(free_port, tmp_path / "served.json")
    yield flaky
    flaky.stop()


def make_run(run_dir: Path, markers: list[str]) -> list[Sample]:
    items = [PromptItem(id=f"p{i}", prompt=f"question {i}") for i in range(len(markers))]
    ref = PolicyRef.of(POLICY, "default")
    start_run(run_dir, generation_info(run_dir, items, "hf:m", params=GenParams(), policy=ref))
    samples = [
        Sample(item=item, sample_index=0, model="hf:m", response=f"answer FAULT:{m}" if m else "ok")
        for item, m in zip(items, markers, strict=True)
    ]
    samples_log(run_dir).append(samples)
    return samples


def grade(run_dir: Path, port: int) -> None:
    judge = load_model(
        f"openai:judge@http://127.0.0.1:{port}/v1",
        timeout_s=TIMEOUT_S,
        max_retries=MAX_RETRIES,
        backoff_s=0.1,
        max_backoff_s=1.0,
    )

    async def run() -> None:
        try:
            await grade_run(run_dir, Grader(judge, POLICY, method="structured", concurrency=4))
        finally:
            await judge.aclose()

    asyncio.run(run())


def test_every_fault_ends_in_a_grade_or_a_failed_grade_with_the_raw_reply(
    tmp_path: Path, server: FlakyServer
) -> None:
    run_dir = tmp_path / "r"
    samples = make_run(run_dir, TRANSIENT + UNUSABLE)
    started = time.monotonic()
    grade(run_dir, server.port)
    elapsed = time.monotonic() - started

    grades = {g.sample_key: g for g in grades_log(run_dir)}
    assert len(grades) == len(samples) == (run_dir / "grades.jsonl").read_text().count("\n")
    for sample, marker in zip(samples, TRANSIENT + UNUSABLE, strict=True):
        g = grades[sample.key]
        if marker in UNUSABLE:
            assert g.status == "failed", marker
            assert g.severity is None and g.violation is None and g.mode is None
            assert BAD_CONTENT[marker] in g.raw and g.error, marker
        else:
            assert g.status == "ok", (marker, g.error)
    assert server.starts == 2  # it died once mid-request and came back
    assert server.served("429x2") >= 3 and server.served("500x2") >= 3
    (grading,) = read_run_info(run_dir).gradings
    assert grading.finished_at is not None
    print(f"graded {len(samples)} samples through every fault in {elapsed:.1f} s")


def test_a_fault_past_the_retry_budget_stops_with_one_clear_error_and_a_rerun_finishes(
    tmp_path: Path, server: FlakyServer
) -> None:
    run_dir = tmp_path / "r"
    markers = ["", "", f"body_nonjsonx{MAX_RETRIES + 1}", "", ""]
    samples = make_run(run_dir, markers)
    with pytest.raises(ModelError) as caught:
        grade(run_dir, server.port)
    message = str(caught.value)
    assert f"127.0.0.1:{server.port}" in message and "502 bad gateway" in message
    assert f"{MAX_RETRIES + 1} attempts" in message
    assert server.served(f"body_nonjsonx{MAX_RETRIES + 1}") == MAX_RETRIES + 1
    written = {g.sample_key for g in grades_log(run_dir)}
    assert samples[2].key not in written

    grade(run_dir, server.port)  # the server answers again: the pass finishes
    grades = list(grades_log(run_dir))
    assert sorted(g.sample_key for g in grades) == sorted(s.key for s in samples)
    assert all(g.status == "ok" for g in grades)


def test_the_fake_judge_answers_a_plain_request(server: FlakyServer) -> None:
    """The drills' premise: without a marker the server is a well-behaved judge."""
    reply = httpx.post(
        f"http://127.0.0.1:{server.port}/v1/chat/completions",
        json={"model": "judge", "messages": [{"role": "user", "content": "hi"}]},
        timeout=5,
    )
    assert reply.status_code == 200
    assert json.loads(reply.json()["choices"][0]["message"]["content"])["severity"] == "none"
