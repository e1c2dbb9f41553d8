"""Join the shard runs of one experiment into a single run directory."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from safecomp.data.appendlog import AppendLog
from safecomp.runs.rundir import (
    RUN_FILE,
    GradingRef,
    RunError,
    RunInfo,
    ShardRef,
    grades_log,
    read_run_info,
    samples_log,
    settings_diff,
    write_run_info,
)

#: Fields that differ between two copies of the same record without changing what it says.
_VOLATILE = {"created_at", "cached"}
_APPEND_CHUNK = 1000

T = TypeVar("T", bound=BaseModel)


@dataclass(frozen=True)
class MergeSummary:
    """What :func:`merge_runs` wrote into ``out_dir``."""

    out_dir: Path
    info: RunInfo
    #: Samples and grades added by this merge.
    samples: int
    grades: int
    #: Records present in more than one input (or already in ``out_dir``), written once.
    duplicates: int

    @property
    def complete(self) -> bool:
        """Whether the merged run holds every shard (always true for unsharded runs)."""
        return self.info.shard is None or self.info.shard.complete


def merge_runs(out_dir: Path, run_dirs: Sequence[Path]) -> MergeSummary:
    """Merge shard runs (same settings, any shards of the same split) into ``out_dir``.

    ``out_dir`` is created, or, if it already holds a merged run of the same settings,
    extended (so shards can be merged as they finish). Records found in several inputs are
    written once; the same sample or grade with different content in two places is a
    :class:`~safecomp.runs.rundir.RunError` naming both. The merged ``run.yaml`` lists the
    union of the shards.

    >>> merge_runs(Path("runs/full"), [Path("runs/s1"), Path("runs/s2")])  # doctest: +SKIP
    """
    if not run_dirs:
        raise RunError("nothing to merge: give at least one shard run")
    out = out_dir.resolve()
    for run_dir in run_dirs:
        if run_dir.resolve() == out:
            raise RunError(f"cannot merge {run_dir} into itself")
    sources = list(run_dirs)
    if (out_dir / RUN_FILE).exists():
        sources.insert(0, out_dir)
    elif out_dir.exists() and any(out_dir.iterdir()):
        raise RunError(f"{out_dir} exists, is not empty and has no {RUN_FILE}: not a run")
    info = _merged_info(out_dir, {run_dir: read_run_info(run_dir) for run_dir in sources})
    write_run_info(out_dir, info.model_copy(update={"finished_at": None}))
    samples, sample_dups = _merge_log(samples_log(out_dir), [samples_log(d) for d in run_dirs])
    grades, grade_dups = _merge_log(grades_log(out_dir), [grades_log(d) for d in run_dirs])
    write_run_info(out_dir, info)
    return MergeSummary(out_dir, info, samples, grades, sample_dups + grade_dups)


def _merged_info(out_dir: Path, infos: dict[Path, RunInfo]) -> RunInfo:
    (first_dir, first), *rest = infos.items()
    for run_dir, info in rest:
        diff = [d for d in settings_diff(first, info) if not d.startswith("shard.indices")]
        if diff:
            raise RunError(
                f"cannot merge {run_dir} with {first_dir}: their settings differ:\n  "
                + "\n  ".join(diff)
            )
    all_infos = list(infos.values())
    shard = None
    if first.shard is not None:
        indices = sorted({i for info in all_infos for i in _indices(info)})
        shard = ShardRef(count=first.shard.count, indices=indices)
    finished = [info.finished_at for info in all_infos]
    return first.model_copy(
        update={
            "name": out_dir.name,
            "shard": shard,
            "versions": _merged_versions(all_infos),
            "started_at": min(info.started_at for info in all_infos),
            "finished_at": None if None in finished else max(f for f in finished if f),
            "gradings": _merged_gradings(g for info in all_infos for g in info.gradings),
        }
    )


def _indices(info: RunInfo) -> list[int]:
    return [] if info.shard is None else info.shard.indices


def _merged_versions(infos: Sequence[RunInfo]) -> dict[str, str]:
    """Each package's version; where shards ran with different ones, all of them."""
    names = dict.fromkeys(name for info in infos for name in info.versions)
    return {
        name: " | ".join(dict.fromkeys(info.versions.get(name, "unknown") for info in infos))
        for name in names
    }


def _merged_gradings(gradings: Iterable[GradingRef]) -> list[GradingRef]:
    """One entry per grading pass: unfinished if any shard's pass is, else the latest."""
    merged: list[GradingRef] = []
    for grading in gradings:
        same = next((g for g in merged if g.same_pass(grading)), None)
        if same is None:
            merged.append(grading)
            continue
        finished = (
            None
            if same.finished_at is None or grading.finished_at is None
            else max(same.finished_at, grading.finished_at)
        )
        started = min(same.started_at, grading.started_at)
        merged[merged.index(same)] = same.model_copy(
            update={"started_at": started, "finished_at": finished}
        )
    return merged


def _digest(record: BaseModel) -> str:
    content = record.model_dump_json(exclude=_VOLATILE)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _merge_log(out: AppendLog[T], inputs: Sequence[AppendLog[T]]) -> tuple[int, int]:
    """Append the inputs' records to ``out``; return (written, duplicates)."""
    seen: dict[str, tuple[str, Path]] = {out.key(r): (_digest(r), out.path) for r in out}
    written = duplicates = 0
    for log in inputs:
        records = iter(log)
        while chunk := list(islice(records, _APPEND_CHUNK)):
            fresh: list[T] = []
            for record in chunk:
                key, digest = log.key(record), _digest(record)
                if key not in seen:
                    seen[key] = (digest, log.path)
                    fresh.append(record)
                    continue
                duplicates += 1
                if seen[key][0] != digest:
                    raise RunError(
                        f"conflicting records for {key!r}: {seen[key][1]} and {log.path} "
                        "hold different content"
                    )
            written += out.append(fresh)
    return written, duplicates
