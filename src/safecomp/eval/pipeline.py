"""``safecomp eval``: generate -> grade -> metrics -> report for one model, resumable."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from safecomp.data import load_suite
from safecomp.data.runlock import ensure_free
from safecomp.eval.config import EvalConfig
from safecomp.eval.outputs import load_run, run_report, write_outputs
from safecomp.eval.report import RunReport
from safecomp.grading import METHODS, open_grader
from safecomp.models import ChatModel, Completion, GenParams, Messages, load_model
from safecomp.policy import load_policy
from safecomp.runs.progress import Progress
from safecomp.runs.rundir import PolicyRef, check_run
from safecomp.runs.runner import generate_run, generation_info, grade_run
from safecomp.runs.shard import Shard


@dataclass
class EvalTimings:
    """Wall time of each stage of one ``run_eval`` call, in seconds."""

    load_s: float = 0.0
    generate_s: float = 0.0
    grade_s: float = 0.0
    report_s: float = 0.0
    #: time spent inside the models' own ``generate`` calls, per stage
    model_s: dict[str, float] = field(default_factory=dict)

    @property
    def total_s(self) -> float:
        return self.load_s + self.generate_s + self.grade_s + self.report_s


@dataclass(frozen=True)
class EvalResult:
    run_dir: Path
    report: RunReport
    outputs: list[Path]
    timings: EvalTimings


class _Timed:
    """A ChatModel wrapper that adds up the wall time during which at least one ``generate``
    call is in flight (overlapping calls count once)."""

    def __init__(self, inner: ChatModel) -> None:
        self.inner = inner
        self.name = inner.name
        self.seconds = 0.0
        self._in_flight = 0
        self._busy_since = 0.0

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]:
        if self._in_flight == 0:
            self._busy_since = time.perf_counter()
        self._in_flight += 1
        try:
            return await self.inner.generate(batch, params)
        finally:
            self._in_flight -= 1
            if self._in_flight == 0:
                self.seconds += time.perf_counter() - self._busy_since

    async def aclose(self) -> None:
        await self.inner.aclose()


async def run_eval(
    config: EvalConfig,
    *,
    generating: Progress | None = None,
    grading: Progress | None = None,
) -> EvalResult:
    """Run (or resume) one evaluation and write its report files into the run directory;
    ``generating`` and ``grading`` are told how each stage progresses."""
    timings = EvalTimings()
    started = time.perf_counter()
    run_dir = Path(config.run) if "/" in config.run else config.runs_dir / config.run
    items = load_suite(config.suite)
    policy = load_policy(config.policy)
    policy_ref = PolicyRef.of(policy, source=config.policy)
    shard = None if config.shard is None else Shard.parse(config.shard)
    params = GenParams(
        max_new_tokens=config.max_new_tokens,
        temperature=config.temperature,
        top_p=config.top_p,
        seed=config.seed,
    )
    # A conflicting or busy run directory fails before any model is loaded.
    ensure_free(run_dir)
    check_run(
        run_dir,
        generation_info(
            run_dir,
            items,
            config.model,
            n=config.n,
            params=params,
            shard=shard,
            limit=config.limit,
            suite=config.suite,
            policy=policy_ref,
        ),
    )
    model = _Timed(load_model(config.model))
    # The judge shares the policy model when they are one.
    judge: ChatModel | None = model if config.judge.spec == config.model else None
    if judge is None and METHODS.get(config.judge.method).asks_chat_model:
        judge = load_model(config.judge.spec)
    timings.load_s = time.perf_counter() - started
    grader = open_grader(config.judge, policy=policy, model=judge)
    try:
        t = time.perf_counter()
        await generate_run(
            run_dir,
            items,
            model,
            n=config.n,
            params=params,
            batch_size=config.batch_size,
            shard=shard,
            limit=config.limit,
            suite=config.suite,
            policy=policy_ref,
            progress=generating,
        )
        timings.generate_s = time.perf_counter() - t
        timings.model_s["generate"] = model.seconds
        t = time.perf_counter()
        await grade_run(run_dir, grader, policy_source=config.policy, progress=grading)
        timings.grade_s = time.perf_counter() - t
        timings.model_s["grade"] = grader.calls.seconds  # any method: time in the judge
    finally:
        await grader.aclose()
        await model.aclose()
        if judge is not None and judge is not model:
            await judge.aclose()
    t = time.perf_counter()
    loaded = load_run(
        run_dir, judge=config.judge.spec, method=config.judge.method, policy=config.policy
    )
    report = run_report(loaded, judge_checks=config.judge_check, n_resamples=config.n_resamples)
    outputs = write_outputs(run_dir, [report])
    timings.report_s = time.perf_counter() - t
    return EvalResult(run_dir, report, outputs, timings)
