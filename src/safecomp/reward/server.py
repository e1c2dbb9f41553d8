"""An OpenRLHF-compatible HTTP reward server (``--remote_rm_url http://host:port/get_reward``).

``POST /get_reward`` takes ``{"query": [...], "prompts": [...], "labels": [...]}`` and
answers ``{"rewards": [...], "scores": [...], "extra_logs": {...}}`` (see
``safecomp.reward.openrlhf``). Requests that arrive together are graded together: a single
batcher task collects them and makes one judge call per batch, then hands each request its
own rewards. When a batch fails for a reason other than the judge (something in one
request), each of its requests is graded alone, so only the request at fault fails. Bad
input gets a 4xx naming what is wrong (413 when too large, 422 when malformed: not JSON,
nested deeper than ``jsontext.MAX_DEPTH``, a lone surrogate in a string) and never stops
the server; a judge that cannot be reached gives 502. ``GET /health`` names the judge,
policy and reward, and answers 503 while the judge is unreachable or failing.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, ValidationError

from safecomp import jsontext
from safecomp.models.base import ModelError
from safecomp.reward.openrlhf import reward_requests, reward_table
from safecomp.reward.runtime import open_scorer
from safecomp.reward.scorer import RewardRequest, RewardScorer, Scored
from safecomp.reward.settings import RewardSettings

log = logging.getLogger(__name__)

#: Largest request body accepted (bytes) and most samples in one request, by default.
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_SAMPLES = 4096


class RewardBody(BaseModel):
    """The JSON body of ``POST /get_reward`` (unknown fields, such as ``metas``, are ignored)."""

    model_config = ConfigDict(extra="ignore", strict=True)

    query: list[str]
    prompts: list[str]
    labels: list[Any] | None = None


@dataclass
class _Job:
    requests: list[RewardRequest]
    done: asyncio.Future[list[Scored]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class Batcher:
    """Gathers concurrent requests into batches: one judge ``grade`` call per batch.

    A batch takes every job waiting when the judge becomes free (waiting ``window``
    seconds after the first one for company), up to ``max_batch`` samples.
    """

    def __init__(self, scorer: RewardScorer, *, max_batch: int = 256, window: float = 0.01):
        self.scorer = scorer
        self.max_batch = max_batch
        self.window = window
        self._queue: asyncio.Queue[_Job] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self.batches = 0
        #: Why the last judge call failed, until one succeeds.
        self.judge_error: str | None = None

    async def submit(self, requests: Sequence[RewardRequest]) -> list[Scored]:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="safecomp-reward-batcher")
        job = _Job(list(requests))
        await self._queue.put(job)
        return await job.done

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _next_batch(self) -> list[_Job]:
        jobs = [await self._queue.get()]
        size = len(jobs[0].requests)
        deadline = asyncio.get_running_loop().time() + self.window
        while size < self.max_batch:
            if self._queue.empty():
                remaining = deadline - asyncio.get_running_loop().time()
                if remaining <= 0:
                    break
                try:
                    job = await asyncio.wait_for(self._queue.get(), remaining)
                except TimeoutError:
                    break
            else:
                job = self._queue.get_nowait()
            jobs.append(job)
            size += len(job.requests)
        return jobs

    async def _run(self) -> None:
        while True:
            jobs = [job for job in await self._next_batch() if not job.done.done()]
            if jobs:
                await self._grade(jobs)

    async def _grade(self, jobs: list[_Job]) -> None:
        """One judge call for ``jobs``; each job hears its own rewards or its own error."""
        self.batches += 1
        try:
            grades = await self.scorer.grade([r for job in jobs for r in job.requests])
        except ModelError as exc:  # the judge failed: every waiting request hears why
            self.judge_error = str(exc)
            for job in jobs:
                _fail(job, exc)
            return
        except Exception as exc:
            if len(jobs) == 1:
                _fail(jobs[0], exc)
                return
            # Something in one request broke the batch: grade each alone, so that only the
            # request at fault fails and its neighbours are answered as if it had not come.
            for job in jobs:
                await self._grade([job])
            return
        self.judge_error = None
        start = 0
        for job in jobs:
            mine = grades[start : start + len(job.requests)]
            start += len(job.requests)
            if job.done.done():
                continue
            try:
                job.done.set_result(
                    [self.scorer.reward(r, g) for r, g in zip(job.requests, mine, strict=True)]
                )
            except Exception as exc:  # this request's failure must not stop the batcher
                job.done.set_exception(exc)


def _fail(job: _Job, error: Exception) -> None:
    if not job.done.done():
        job.done.set_exception(error)


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or ``None`` when it is larger than ``limit`` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body.extend(chunk)
        if len(body) > limit:
            return None
    return bytes(body)


def create_app(
    scorer_factory: Callable[[], RewardScorer | Awaitable[RewardScorer]],
    *,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_samples: int = MAX_SAMPLES,
    max_batch: int = 256,
    window: float = 0.01,
) -> FastAPI:
    """The reward app. ``scorer_factory`` makes (or awaits) the ``RewardScorer`` at startup,
    on the server's event loop; the scorer is closed at shutdown."""
    state: dict[str, Any] = {}

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        made = scorer_factory()
        scorer = await made if inspect.isawaitable(made) else made
        state["scorer"] = scorer
        state["batcher"] = Batcher(scorer, max_batch=max_batch, window=window)
        try:
            yield
        finally:
            await state["batcher"].close()
            await scorer.aclose()

    app = FastAPI(title="safecomp reward server", lifespan=lifespan)

    @app.get("/health")
    async def health() -> JSONResponse:
        """200 and ``status: ok``, or 503 with ``judge_error`` saying why and ``status``
        ``judge_unreachable`` (a remote judge does not answer its probe) or ``judge_failing``
        (the last judge call failed)."""
        scorer: RewardScorer = state["scorer"]
        batcher: Batcher = state["batcher"]
        unreachable = await scorer.grader.probe()
        problem = unreachable or batcher.judge_error
        status = "judge_unreachable" if unreachable else "judge_failing" if problem else "ok"
        body = {
            "status": status,
            "judge": scorer.grader.judge_name,
            "judge_error": problem,
            "reward": scorer.reward_name,
            "policy_id": scorer.policy.id,
            "policy_hash": scorer.policy_hash,
            "batches": batcher.batches,
        }
        return JSONResponse(body, status_code=200 if problem is None else 503)

    @app.post("/get_reward")
    async def get_reward(request: Request) -> JSONResponse:
        raw = await _read_body(request, max_body_bytes)
        if raw is None:
            return _error(413, f"request body is larger than {max_body_bytes} bytes")
        try:
            data = jsontext.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            return _error(422, f"request body is not valid JSON: {exc}")
        try:
            body = RewardBody.model_validate(data)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in e['loc']) or 'body'}: {e['msg']}" for e in exc.errors()
            )
            return _error(
                422, f"expected {{'query': [str], 'prompts': [str], 'labels': [...]}}: {problems}"
            )
        fields = {"query": body.query, "prompts": body.prompts, "labels": body.labels}
        for name, value in fields.items():
            if (problem := jsontext.lone_surrogate(value, name)) is not None:
                return _error(422, problem)
        if len(body.query) > max_samples:
            return _error(
                413, f"{len(body.query)} samples in one request; the limit is {max_samples}"
            )
        scorer: RewardScorer = state["scorer"]
        try:
            requests = reward_requests(body.query, body.prompts, body.labels)
            for r in requests:
                scorer.check(r)
        except ValueError as exc:
            return _error(422, str(exc))
        if not requests:
            return JSONResponse(reward_table([]))
        try:
            scored = await state["batcher"].submit(requests)
        except ValueError as exc:
            return _error(422, str(exc))
        except ModelError as exc:
            log.error("judge failed: %s", exc)
            return _error(502, f"the judge failed: {exc}")
        return JSONResponse(
            reward_table(scored), headers={"X-Safecomp-Policy-Hash": scorer.policy_hash}
        )

    return app


def serve(
    settings: RewardSettings,
    *,
    host: str = "127.0.0.1",
    port: int = 5000,
    max_body_bytes: int = MAX_BODY_BYTES,
    max_batch: int = 256,
) -> None:
    """Run the reward server until interrupted (the judge loads at startup)."""
    import uvicorn

    app = create_app(
        lambda: open_scorer(settings), max_body_bytes=max_body_bytes, max_batch=max_batch
    )
    # Idle connections outlive the clients' own keep-alive (httpx: 5 s), so a client never
    # sends on a connection the server is closing.
    uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=30)
