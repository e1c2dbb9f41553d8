"""`safecomp sft-data` with the bundled teacher and judge on two prompts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers.servers import TINY_POLICY

from safecomp.grading import JudgeSettings
from safecomp.policy import load_policy
from safecomp.train.sft_data import SFT_FILE, SUMMARY_FILE, SFTDataSummary, read_sft_examples
from safecomp.train.teacher import teacher_prompt

pytestmark = pytest.mark.slow
DEFAULT = JudgeSettings()


def test_examples_carry_provenance_and_no_policy(sft_data: tuple[Path, SFTDataSummary]) -> None:
    out, summary = sft_data
    policy = load_policy(str(TINY_POLICY))
    examples = read_sft_examples(out)
    assert summary.prompts == 2
    assert summary.kept == len(examples)
    assert summary.kept + sum(summary.dropped.values()) == 2
    written = json.loads((out / SUMMARY_FILE).read_text())
    assert written["kept"] == summary.kept and written["dropped"] == summary.dropped
    samples = (out / "samples.jsonl").read_text()
    assert samples.count("\n") == 4  # two prompts, two teacher samples each
    text = (out / SFT_FILE).read_text()
    spec = teacher_prompt(policy, "safe_completion", None)
    assert spec.splitlines()[0] not in text and policy.domains[0].disallowed[0].text not in text
    for example in examples:
        assert [m["role"] for m in example.messages] == ["user", "assistant"]
        p = example.provenance
        assert p["teacher"] == "bundled:smollm2" and p["style"] == "safe_completion"
        assert p["policy_hash"] == policy.content_hash
        assert (p["judge"], p["method"]) == (DEFAULT.spec, DEFAULT.method)
        assert p["grade"]["violation"] is False
        assert p["reward"] >= 0.0


def test_resume_after_sigkill_writes_the_same_file(
    sft_data: tuple[Path, SFTDataSummary], tmp_path: Path
) -> None:
    reference, _ = sft_data
    out = tmp_path / "killed"
    command = [
        sys.executable,
        "-c",
        "from safecomp.cli.app import main; main()",
        "sft-data",
        "-o",
        str(out),
        "--limit",
        "2",
        "--n",
        "2",
        "--max-new-tokens",
        "24",
        "--threshold",
        "0",
        "--policy",
        str(TINY_POLICY),
        "--no-cache",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples = out / "samples.jsonl"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and process.poll() is None:
        if samples.exists() and samples.read_text().count("\n") >= 2:
            break
        time.sleep(0.2)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert not (out / SFT_FILE).exists(), "killed too late: the build had finished"
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    assert finished.returncode == 0, finished.stderr
    assert (out / SFT_FILE).read_text() == (reference / SFT_FILE).read_text()
    assert (out / SUMMARY_FILE).read_text() == (reference / SUMMARY_FILE).read_text()
