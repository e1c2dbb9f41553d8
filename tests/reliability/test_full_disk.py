"""Drill: `safecomp generate` and `safecomp grade` run out of disk space, then resume.

The run lives on a small tmpfs mounted for the test (root only); where mounting is not
allowed, each process instead gets a file size limit (RLIMIT_FSIZE), which fails writes the
same way. The model and judge are the fake judge server (``fake_judge.py``) behind the
``openai:`` backend, so the drill loads no model: what it tests is the writing.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from drill import SAFECOMP, by_key, env, records, sample_key

pytestmark = pytest.mark.slow  # four CLI processes

SERVER = Path(__file__).with_name("fake_judge.py")
PROMPTS = 120
#: Room for part of the samples (about 600 bytes each) but not all.
SMALL = 40 * 1024
ROOMY = 4 * 1024 * 1024


@dataclass
class SmallDisk:
    """A folder that is out of room until :meth:`grow` (a tmpfs, or a file size limit)."""

    path: Path
    mounted: bool
    limit: int | None = SMALL

    def resize(self, size: int) -> None:
        if self.mounted:
            subprocess.run(["mount", "-o", f"remount,size={size}", str(self.path)], check=True)
        else:
            self.limit = size

    def run(self, *args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
        limit = None if self.mounted else self.limit

        def cap() -> None:
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        return subprocess.run(
            [*SAFECOMP, *map(str, args)],
            cwd=cwd,
            env=env(cwd),
            capture_output=True,
            text=True,
            timeout=180,
            preexec_fn=cap,
        )


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    mount = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={SMALL}", "tmpfs", str(folder)],
        capture_output=True,
    )
    disk = SmallDisk(folder, mounted=mount.returncode == 0)
    yield disk
    if disk.mounted:
        subprocess.run(["umount", str(folder)], check=True)


@pytest.fixture
def judge_url(tmp_path: Path, free_port: int) -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, str(SERVER), str(free_port), str(tmp_path / "served.json")],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert server.stdout is not None and server.stdout.readline() == "ready\n"
    yield f"http://127.0.0.1:{free_port}/v1"
    server.kill()
    server.wait()


def complete(path: Path) -> bytes:
    data = path.read_bytes()
    assert data.endswith(b"\n"), f"{path} ends in a torn line"
    return data


def test_a_full_disk_is_one_clear_error_keeps_what_was_written_and_resumes(
    tmp_path: Path, small_disk: SmallDisk, judge_url: str
) -> None:
    suite = tmp_path / "suite.jsonl"
    suite.write_text(
        "".join(
            json.dumps({"id": f"p{i:03d}", "prompt": f"Question {i}: " + "why? " * 20}) + "\n"
            for i in range(PROMPTS)
        ),
        encoding="utf-8",
    )
    run = small_disk.path / "r"
    generate = ["generate", "--run", run, "--suite", suite, "--model", f"openai:m@{judge_url}"]
    generate += ["--batch-size", "8", "--max-new-tokens", "16"]
    grade = ["grade", run, "--judge", f"openai:j@{judge_url}", "--no-cache"]
    grade += ["--method", "structured", "--judge-batch-size", "8"]

    for args, file in ((generate, "samples.jsonl"), (grade, "grades.jsonl")):
        full = small_disk.run(*args, cwd=tmp_path)
        assert full.returncode == 1, full.stderr
        assert "Traceback" not in full.stderr, full.stderr
        message = " ".join(full.stderr.split())
        assert f"cannot write 8 record(s) to {run / file}" in message, message
        assert "written before are intact: rerun to resume" in message, message
        kept = complete(run / file)
        assert 0 < kept.count(b"\n") < PROMPTS
        assert records(run / file)  # every line parses

        small_disk.resize(ROOMY)
        resumed = small_disk.run(*args, cwd=tmp_path)
        assert resumed.returncode == 0, resumed.stderr
        assert complete(run / file).startswith(kept)  # nothing written before was touched
        if file == "samples.jsonl":
            keys = [sample_key(r) for r in records(run / file)]
            assert len(keys) == len(set(keys)) == PROMPTS
            # Fill the disk again for the grading pass: room for part of the grades.
            used = sum(p.stat().st_size for p in run.iterdir())
            small_disk.resize(used + 24 * 1024 if small_disk.mounted else 24 * 1024)
    assert len(by_key(run / "grades.jsonl", "sample_key")) == PROMPTS
