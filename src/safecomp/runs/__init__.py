"""safecomp.runs: runs on disk (run.yaml, resumable generate and grade, shards, merge)."""

from safecomp.runs.merge import MergeSummary, merge_runs
from safecomp.runs.rundir import (
    GradingRef,
    PolicyRef,
    RunError,
    RunInfo,
    ShardRef,
    SuiteRef,
    check_run,
    grades_log,
    iter_grades,
    read_run_info,
    samples_log,
)
from safecomp.runs.runner import (
    GradeSummary,
    RunSummary,
    batch_seed,
    generate_run,
    generation_info,
    grade_run,
)
from safecomp.runs.shard import Shard, shard_of

__all__ = [
    "GradeSummary",
    "GradingRef",
    "MergeSummary",
    "PolicyRef",
    "RunError",
    "RunInfo",
    "RunSummary",
    "Shard",
    "ShardRef",
    "SuiteRef",
    "batch_seed",
    "check_run",
    "generate_run",
    "generation_info",
    "grade_run",
    "grades_log",
    "iter_grades",
    "merge_runs",
    "read_run_info",
    "samples_log",
    "shard_of",
]
