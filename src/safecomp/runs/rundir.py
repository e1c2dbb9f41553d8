"""A run directory on disk: ``run.yaml`` (what ran) beside ``samples.jsonl`` and ``grades.jsonl``.

``run.yaml`` records the settings of a run. Starting a run whose directory already holds a
``run.yaml`` resumes it when the settings are the same and fails, naming every differing
field, when they are not, so two different experiments never share one ``samples.jsonl``.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
from collections.abc import Iterable, Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safecomp.data.appendlog import AppendLog, LogWriteError
from safecomp.data.runlock import LOCK_FILE
from safecomp.data.schema import Grade, PromptItem, Sample, utc_now
from safecomp.data.suites import builtin_suites
from safecomp.errors import SafecompError, explain
from safecomp.policy.load import builtin_policies
from safecomp.policy.schema import Policy
from safecomp.yamlmodel import YamlModelError, parse_yaml

RUN_FILE = "run.yaml"
SAMPLES_FILE = "samples.jsonl"
GRADES_FILE = "grades.jsonl"

#: The packages whose versions every run records.
RECORDED_PACKAGES = ("safecomp", "torch", "transformers", "trl")


class RunError(SafecompError, ValueError):
    """A run directory cannot be used as asked (missing, unreadable, or settings conflict)."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SuiteRef(_Record):
    """Which prompts a run used: the suite's name, its file (if any) and a content hash."""

    name: str
    path: str | None = None
    #: SHA-256 prefix of the suite's items (canonical JSON), independent of file format.
    hash: str
    size: int = Field(ge=0)

    @classmethod
    def of(cls, items: Iterable[PromptItem], source: str) -> SuiteRef:
        """Describe ``items``, loaded from ``source`` (a built-in suite name or a file path)."""
        file = Path(source)
        is_file = source not in builtin_suites() and file.exists()
        name, path = (file.stem, str(file.resolve())) if is_file else (source, None)
        digest = hashlib.sha256()
        size = 0
        for item in items:
            canonical = json.dumps(item.model_dump(mode="json"), sort_keys=True)
            digest.update(canonical.encode("utf-8") + b"\n")
            size += 1
        return cls(name=name, path=path, hash=digest.hexdigest()[:16], size=size)


class PolicyRef(_Record):
    """Which policy a run is meant for (generation) or was graded under (grading)."""

    id: str
    version: str
    hash: str
    #: What ``load_policy`` was given (a built-in name or a file path), when known.
    source: str | None = None

    @classmethod
    def of(cls, policy: Policy, source: str | None) -> PolicyRef:
        """Describe ``policy``, loaded from ``source`` (a file path is made absolute)."""
        if source is not None and source not in builtin_policies() and Path(source).exists():
            source = str(Path(source).resolve())
        return cls(id=policy.id, version=policy.version, hash=policy.content_hash, source=source)


class ShardRef(_Record):
    """The shards (1-based indices of ``count``) whose prompts a run holds."""

    count: int = Field(ge=1)
    indices: list[int] = Field(min_length=1)

    @property
    def complete(self) -> bool:
        return sorted(self.indices) == list(range(1, self.count + 1))


class GradingRef(_Record):
    """One grading pass over a run: a judge, a method and a policy."""

    judge: str
    method: str
    policy: PolicyRef
    started_at: str
    finished_at: str | None = None

    def same_pass(self, other: GradingRef) -> bool:
        return (self.judge, self.method, self.policy.hash) == (
            other.judge,
            other.method,
            other.policy.hash,
        )


class RunInfo(_Record):
    """The content of ``run.yaml``."""

    name: str
    model: str
    suite: SuiteRef
    #: Only the first ``limit`` prompts of the suite (before sharding), when set.
    limit: int | None = Field(default=None, ge=1)
    policy: PolicyRef | None = None
    n: int = Field(ge=1)
    params: dict[str, Any]
    shard: ShardRef | None = None
    versions: dict[str, str]
    started_at: str
    finished_at: str | None = None
    gradings: list[GradingRef] = Field(default_factory=list)

    def settings(self) -> dict[str, Any]:
        """The fields that must match for a rerun to resume this run, flattened.

        Not settings: the run's name, times, package versions, the suite file's location
        (its content hash is what counts) and grading passes.
        """
        return _flatten(
            {
                "model": self.model,
                "suite": {"name": self.suite.name, "hash": self.suite.hash},
                "limit": self.limit,
                "policy": None
                if self.policy is None
                else {"id": self.policy.id, "hash": self.policy.hash},
                "n": self.n,
                "params": self.params,
                "shard": None if self.shard is None else self.shard.model_dump(),
            }
        )


def _flatten(value: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, sub in value.items():
        if isinstance(sub, dict):
            flat.update(_flatten(sub, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = sub
    return flat


def settings_diff(old: RunInfo, new: RunInfo) -> list[str]:
    """One line per differing setting, e.g. ``"n: 1 (recorded) != 2 (now)"``."""
    before, after = old.settings(), new.settings()
    return [
        f"{field}: {before.get(field)!r} (recorded) != {after.get(field)!r} (now)"
        for field in sorted(before.keys() | after.keys())
        if before.get(field) != after.get(field)
    ]


def package_versions() -> dict[str, str]:
    """Versions of Python and of the packages that decide what a run produces."""
    versions = {"python": platform.python_version()}
    for name in RECORDED_PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def read_run_info(run_dir: Path) -> RunInfo:
    """Load and validate ``run_dir/run.yaml``; a clear :class:`RunError` when it cannot."""
    path = run_dir / RUN_FILE
    if not path.is_file():
        raise RunError(f"{run_dir} is not a run: {RUN_FILE} is missing")
    try:
        raw = parse_yaml(path.read_text(encoding="utf-8"), origin=str(path), what="run record")
    except YamlModelError as err:
        raise RunError(str(err)) from err
    try:
        return RunInfo.model_validate(raw)
    except ValidationError as err:
        raise RunError(f"{path}: not a valid run record: {explain(err, RunInfo)}") from err


def write_run_info(run_dir: Path, info: RunInfo) -> None:
    """Write ``run.yaml`` atomically (a kill leaves the old file or the new one, never half)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    path = run_dir / RUN_FILE
    tmp = path.with_suffix(".yaml.tmp")
    try:
        tmp.write_text(
            yaml.safe_dump(info.model_dump(mode="json"), sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )
        os.replace(tmp, path)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise LogWriteError(
            f"cannot write {path} ({err.strerror}); it is as it was: rerun once that is fixed"
        ) from err


def holds_files(directory: Path) -> bool:
    """Whether ``directory`` exists and holds anything besides a lock file."""
    return directory.exists() and any(p.name != LOCK_FILE for p in directory.iterdir())


def check_run(run_dir: Path, info: RunInfo) -> RunInfo | None:
    """The run recorded in ``run_dir`` if ``info`` may resume it, ``None`` if there is none.

    Raises :class:`RunError` naming each differing setting when the directory holds a run
    with other settings, or when it holds files but no ``run.yaml``.
    """
    if not (run_dir / RUN_FILE).exists():
        if holds_files(run_dir):
            raise RunError(f"{run_dir} exists, is not empty and has no {RUN_FILE}: not a run")
        return None
    recorded = read_run_info(run_dir)
    diff = settings_diff(recorded, info)
    if diff:
        raise RunError(
            f"{run_dir} already holds a run with different settings:\n  "
            + "\n  ".join(diff)
            + "\nrerun with the recorded settings to resume it, or choose another run name"
        )
    return recorded


def start_run(run_dir: Path, info: RunInfo) -> RunInfo:
    """Create the run, or resume it if ``run_dir`` holds one with the same settings.

    Returns the record now on disk (on resume: the original one, whose start time and
    package versions are kept, marked unfinished). Raises like :func:`check_run`.
    """
    recorded = check_run(run_dir, info)
    if recorded is not None:
        info = recorded.model_copy(update={"finished_at": None})
    write_run_info(run_dir, info)
    return info


def finish_run(run_dir: Path) -> RunInfo:
    """Stamp the finish time into ``run.yaml`` (keeping what else it now holds)."""
    info = read_run_info(run_dir).model_copy(update={"finished_at": utc_now()})
    write_run_info(run_dir, info)
    return info


def record_grading(run_dir: Path, grading: GradingRef) -> None:
    """Add or replace (same judge, method and policy hash) a grading pass in ``run.yaml``."""
    info = read_run_info(run_dir)
    kept = [g for g in info.gradings if not g.same_pass(grading)]
    write_run_info(run_dir, info.model_copy(update={"gradings": [*kept, grading]}))


def grade_key(sample_key: str, judge: str, method: str, policy_hash: str) -> str:
    """The identity of a grade in ``grades.jsonl``: one per sample, judge, method and policy."""
    return f"{sample_key}|{judge}|{method}|{policy_hash}"


def samples_log(run_dir: Path) -> AppendLog[Sample]:
    """``samples.jsonl`` of a run: one line per (prompt id, sample index)."""
    return AppendLog(run_dir / SAMPLES_FILE, Sample, key=lambda s: s.key, volatile={"created_at"})


def grades_log(run_dir: Path) -> AppendLog[Grade]:
    """``grades.jsonl`` of a run: one line per (sample, judge, method, policy hash)."""
    return AppendLog(
        run_dir / GRADES_FILE,
        Grade,
        key=lambda g: grade_key(g.sample_key, g.judge, g.method, g.policy_hash),
        volatile={"created_at", "cached"},
    )


def iter_grades(run_dir: Path, *, judge: str, method: str, policy_hash: str) -> Iterator[Grade]:
    """Stream the grades of one grading pass from ``grades.jsonl``."""
    for grade in grades_log(run_dir):
        if (grade.judge, grade.method, grade.policy_hash) == (judge, method, policy_hash):
            yield grade
