"""Drill: two `safecomp generate` (then two `safecomp grade`) on one run and one judge cache.

The first process is stopped (SIGSTOP) right after its first record lands, so it holds the
run while the second one starts: the overlap is certain, not left to timing. The second must
fail fast naming the first; the first, continued, finishes the run alone: every key once.
"""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest
from drill import POLICY, by_key, records, safecomp, sample_key, start

pytestmark = pytest.mark.slow

N = 2
WAIT_S = 180.0


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def hold_after_first_record(process: subprocess.Popen[bytes], log: Path, path: Path) -> None:
    """Stop ``process`` as soon as ``path`` holds a line (it keeps the run's lock)."""
    deadline = time.monotonic() + WAIT_S
    while lines(path) < 1:
        assert process.poll() is None, log.read_text()
        assert time.monotonic() < deadline
        time.sleep(0.002)
    process.send_signal(signal.SIGSTOP)


def test_a_second_generate_and_a_second_grade_are_refused_while_the_first_runs(
    tiny_model: str, tmp_path: Path
) -> None:
    suite = POLICY.parent / "tiny_suite.jsonl"
    run = tmp_path / "runs" / "r"
    generate = ["generate", "--run", "r", "--runs-dir", tmp_path / "runs", "--model", tiny_model]
    generate += ["--suite", suite, "--policy", POLICY, "--n", N, "--batch-size", "1"]
    generate += ["--max-new-tokens", "8"]
    grade = ["grade", "r", "--runs-dir", tmp_path / "runs", "--judge", tiny_model]
    grade += ["--method", "logprob", "--judge-batch-size", "1", "--concurrency", "1"]

    for args, file in ((generate, "samples.jsonl"), (grade, "grades.jsonl")):
        log = tmp_path / f"{args[0]}-first.log"
        first = start(*args, cwd=tmp_path, log=log)
        try:
            hold_after_first_record(first, log, run / file)
            second = safecomp(*args, cwd=tmp_path, check=False)
        finally:
            first.send_signal(signal.SIGCONT)
        assert second.returncode == 1, second.stderr
        message = " ".join(second.stderr.split())
        assert f"{run} is in use by another process (pid {first.pid}, {args[0]}" in message
        assert "Traceback" not in second.stderr
        assert first.wait(timeout=WAIT_S) == 0, log.read_text()

    keys = [sample_key(r) for r in records(run / "samples.jsonl")]  # fails on a torn line
    assert len(keys) == len(set(keys)) == 3 * N
    grades = by_key(run / "grades.jsonl", "sample_key")  # fails on a repeated key
    assert sorted(grades) == sorted(keys)
