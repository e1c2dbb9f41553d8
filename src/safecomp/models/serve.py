"""An OpenAI-compatible HTTP server over any :class:`ChatModel` (``safecomp serve``).

Concurrent requests with the same sampling parameters are collected into one ``generate``
batch (dynamic batching): one model runs one batch at a time, and requests that arrive while
it runs queue up to go together as the next batch, so concurrency pays off on one model.

What a client cannot do to it: ask for more than ``max_tokens_limit`` tokens (400), send a
seed outside 64-bit range, a lone surrogate or JSON nested past ``jsontext.MAX_DEPTH``
(400), or ask for a ``response_format`` it cannot enforce (400: there is no constrained
decoding here, and ignoring it would hand callers unchecked output as if it were checked).
A client that leaves stops its own generation at the next token; SIGINT/SIGTERM stop every
generation at once, answer waiting requests 503 and exit. ``/health`` answers 503 while
requests are stalled or the server is stopping.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, field
from types import FrameType
from typing import Any, Literal

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from safecomp import jsontext
from safecomp.models.base import (
    CancellableModel,
    ChatModel,
    Completion,
    GenParams,
    Message,
    Messages,
    ModelError,
    TokenLogprob,
)
from safecomp.models.registry import load_model

#: Batch forming: an idle batcher waits for company while requests keep arriving with gaps
#: under DEFAULT_WINDOW_S, at most DEFAULT_MAX_WAIT_S.
DEFAULT_WINDOW_S = 0.005
DEFAULT_MAX_WAIT_S = 0.05
#: The most tokens one request may ask for, by default (``--max-tokens-limit``).
DEFAULT_MAX_TOKENS_LIMIT = 4096
#: ``/health`` says ``stalled`` once a request has waited this long.
DEFAULT_STALL_S = 300.0
#: How often a waiting request checks that its client is still connected.
DISCONNECT_POLL_S = 0.25
#: How long shutdown waits for open connections once every generation is stopped.
SHUTDOWN_GRACE_S = 5
#: Idle keep-alive connections are closed after this long: longer than clients keep them
#: (httpx: 5 s), so a client never sends on a connection the server is closing.
KEEP_ALIVE_S = 30
#: Seeds are 64-bit signed integers, as in OpenAI's API.
SEED_RANGE = (-(2**63), 2**63 - 1)


class ChatMessageIn(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "user", "assistant"]
    content: str


class ResponseFormat(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["text", "json_object", "json_schema"]
    json_schema: dict[str, Any] | None = None


class ChatRequest(BaseModel):
    """The subset of the OpenAI chat-completions request this server honours; unknown
    fields are ignored, as OpenAI-compatible servers do."""

    model_config = ConfigDict(extra="ignore")

    model: str | None = None
    messages: list[ChatMessageIn] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1)
    max_completion_tokens: int | None = Field(default=None, ge=1)
    temperature: float = Field(default=1.0, ge=0.0, le=2.0)
    top_p: float = Field(default=1.0, gt=0.0, le=1.0)
    seed: int | None = Field(default=None, ge=SEED_RANGE[0], le=SEED_RANGE[1])
    stop: str | list[str] | None = None
    n: int = Field(default=1, ge=1, le=1, description="only n=1 is supported")
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    response_format: ResponseFormat | None = None
    stream: Literal[False] = False

    @field_validator("response_format")
    @classmethod
    def _only_text(cls, value: ResponseFormat | None) -> ResponseFormat | None:
        if value is not None and value.type != "text":
            raise ValueError(
                f"type {value.type!r} is not supported: this server has no constrained "
                "decoding and will not pretend to enforce a format; send 'text' or omit it"
            )
        return value

    @model_validator(mode="after")
    def _top_logprobs_needs_logprobs(self) -> ChatRequest:
        if self.top_logprobs and not self.logprobs:
            raise ValueError("top_logprobs requires logprobs: true")
        return self

    def messages_out(self) -> Messages:
        return [Message(role=m.role, content=m.content) for m in self.messages]

    def gen_params(self) -> GenParams:
        stop = [self.stop] if isinstance(self.stop, str) else self.stop or []
        return GenParams(
            max_new_tokens=self.max_completion_tokens
            or self.max_tokens
            or GenParams.max_new_tokens,
            temperature=self.temperature,
            top_p=self.top_p,
            seed=self.seed,
            stop=tuple(stop),
            # logprobs without top_logprobs still needs the chosen token's logprob.
            top_logprobs=max(self.top_logprobs or 0, 1) if self.logprobs else 0,
        )


@dataclass
class _Pending:
    """One request: its conversation, its answer-to-be, and the flag that stops its
    generation (set when its client leaves or the server shuts down)."""

    messages: Messages
    future: asyncio.Future[Completion]
    arrived: float = field(default_factory=time.monotonic)
    cancelled: threading.Event = field(default_factory=threading.Event)

    def fail(self, error: BaseException) -> None:
        self.cancelled.set()
        if not self.future.done():
            self.future.set_exception(error)


class ShuttingDown(RuntimeError):
    """The server is stopping: requests still waiting or generating get 503."""


class DynamicBatcher:
    """Collects concurrent single-conversation requests into ``generate`` batches.

    Requests are grouped by identical sampling parameters; groups take turns, each turn
    sending up to ``max_batch`` requests. Requests that arrive while a batch runs queue up
    and go together as the next batch the moment it ends. An idle batcher that gets a
    request waits for company while requests keep coming (each gap under ``window_s``) and
    the group is not full, at most ``max_wait_s``. A batch that fails for a reason other
    than the model (``ModelError``) is rerun request by request, so one bad request fails
    alone. A request whose client left, or all of them at shutdown, stops generating at
    the next token (on models that can; otherwise its batch is cancelled once no request
    in it is still wanted).
    """

    def __init__(
        self,
        model: ChatModel,
        max_batch: int = 16,
        window_s: float = DEFAULT_WINDOW_S,
        max_wait_s: float = DEFAULT_MAX_WAIT_S,
    ) -> None:
        self.model = model
        self.max_batch = max_batch
        self.window_s = window_s
        self.max_wait_s = max_wait_s
        self.requests = 0
        self.batches = 0
        self.stopping = False
        self._groups: dict[str, tuple[GenParams, list[_Pending]]] = {}
        self._arrived = asyncio.Event()
        self._running: list[_Pending] = []
        self._batch_task: asyncio.Task[list[Completion]] | None = None

    async def submit(self, messages: Messages, params: GenParams) -> Completion:
        """The completion; cancelling this call (the client left) stops its generation."""
        if self.stopping:
            raise ShuttingDown("the server is shutting down")
        pending = _Pending(messages, asyncio.get_running_loop().create_future())
        key = json.dumps(params.as_dict(), sort_keys=True)
        self._groups.setdefault(key, (params, []))[1].append(pending)
        self._arrived.set()
        try:
            return await asyncio.shield(pending.future)
        except asyncio.CancelledError:
            self._abandon(pending)
            raise

    def waiting(self) -> tuple[int, float]:
        """How many requests wait or run, and how long the oldest of them has waited (s)."""
        live = [p for p in self._running if not p.future.done()]
        live += [p for _, group in self._groups.values() for p in group if not p.future.done()]
        oldest = min((p.arrived for p in live), default=time.monotonic())
        return len(live), time.monotonic() - oldest

    def stop(self) -> None:
        """Fail every waiting and running request with ``ShuttingDown`` and stop their
        generation; new requests are refused. Call on the event loop."""
        self.stopping = True
        error = ShuttingDown("the server is shutting down")
        for pending in [p for _, group in self._groups.values() for p in group]:
            pending.fail(error)
        self._groups.clear()
        for pending in self._running:
            pending.fail(error)
        if self._batch_task is not None and not isinstance(self.model, CancellableModel):
            self._batch_task.cancel()

    def stop_generating(self) -> None:
        """Stop every running generation at its next token; safe from a signal handler or
        any thread (the event loop may be busy)."""
        self.stopping = True
        for pending in list(self._running):
            pending.cancelled.set()

    def _abandon(self, pending: _Pending) -> None:
        pending.cancelled.set()
        if not pending.future.done():
            pending.future.cancel()
        wanted = [p for p in self._running if not p.cancelled.is_set()]
        batch = self._batch_task
        if batch is not None and not wanted and not isinstance(self.model, CancellableModel):
            batch.cancel()  # a model that cannot drop rows: drop the batch nobody wants

    async def run(self) -> None:
        """Serve batches until cancelled."""
        while True:
            if not self._groups:
                self._arrived.clear()
                await self._arrived.wait()
                await self._gather()
                if not self._groups:  # stopped while gathering
                    continue
            key, (params, pending) = next(iter(self._groups.items()))
            del self._groups[key]
            batch = [p for p in pending[: self.max_batch] if not p.future.done()]
            if rest := pending[self.max_batch :]:
                self._groups[key] = (params, rest)  # back of the queue: groups take turns
            if batch:
                await self._run_batch(batch, params)

    async def _gather(self) -> None:
        """Wait while requests keep arriving (gaps under ``window_s``), until the first
        group is full or ``max_wait_s`` has passed."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.max_wait_s
        while self._groups:
            first = next(iter(self._groups.values()))[1]
            remaining = deadline - loop.time()
            if len(first) >= self.max_batch or remaining <= 0:
                return
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), min(self.window_s, remaining))
            except TimeoutError:
                return

    async def _run_batch(self, batch: list[_Pending], params: GenParams) -> None:
        self.requests += len(batch)
        self.batches += 1
        self._running = batch
        try:
            completions = await self._generate(batch, params)
        except asyncio.CancelledError:
            worker = asyncio.current_task()
            if worker is None or worker.cancelling():
                raise  # the batcher itself is being stopped
            for p in batch:  # the batch was cancelled: nobody wanted it any more
                p.fail(ShuttingDown("the request was cancelled"))
            return
        except ModelError as error:
            for p in batch:
                p.fail(error)
            return
        except Exception as error:
            if len(batch) == 1:
                batch[0].fail(error)
                return
            # Something in one request broke the batch: run each alone, so that only the
            # request at fault fails.
            for p in batch:
                if not p.future.done():
                    await self._run_batch([p], params)
            return
        finally:
            self._running = []
            self._batch_task = None
        for p, completion in zip(batch, completions, strict=True):
            if not p.future.done():
                p.future.set_result(completion)

    async def _generate(self, batch: list[_Pending], params: GenParams) -> list[Completion]:
        messages = [p.messages for p in batch]
        if isinstance(self.model, CancellableModel):
            work = self.model.generate_cancellable(messages, params, [p.cancelled for p in batch])
        else:
            work = self.model.generate(messages, params)
        self._batch_task = asyncio.ensure_future(work)
        completions = await self._batch_task
        if len(completions) != len(batch):
            raise ModelError(
                f"{self.model.name} returned {len(completions)} completions "
                f"for {len(batch)} conversations"
            )
        return completions


def _too_many_tokens(body: ChatRequest, limit: int) -> JSONResponse | None:
    for param in ("max_completion_tokens", "max_tokens"):
        value = getattr(body, param)
        if value is not None and value > limit:
            return _error(
                400,
                f"{param}: {value} is more than this server allows ({limit}; "
                "safecomp serve --max-tokens-limit sets it)",
                param=param,
            )
    return None


def _bad_text(body: ChatRequest) -> JSONResponse | None:
    for index, message in enumerate(body.messages):
        where = f"messages.{index}.content"
        if (problem := jsontext.lone_surrogate(message.content, where)) is not None:
            return _error(400, problem, param=where)
    return None


def _validation_error(error: ValidationError | RequestValidationError) -> JSONResponse:
    first = error.errors()[0]
    if first["type"] == "json_invalid":
        return _error(400, f"request body is not valid JSON: {first['msg']}")
    param = ".".join(str(part) for part in first["loc"] if part != "body")
    message = str(first["msg"]).removeprefix("Value error, ")
    return _error(400, f"{param or 'body'}: {message}", param=param or None)


def create_app(
    model: ChatModel,
    *,
    max_batch: int = 16,
    served_name: str | None = None,
    window_s: float = DEFAULT_WINDOW_S,
    max_tokens_limit: int = DEFAULT_MAX_TOKENS_LIMIT,
    stall_s: float = DEFAULT_STALL_S,
) -> FastAPI:
    """The FastAPI app serving ``model`` under ``served_name`` (default: its spec).

    ``max_tokens_limit`` bounds ``max_tokens``/``max_completion_tokens`` (400 above it);
    ``/health`` answers 503 once the oldest waiting request has waited ``stall_s``.
    """
    name = served_name or model.name
    batcher = DynamicBatcher(model, max_batch=max_batch, window_s=window_s)
    created = int(time.time())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker = asyncio.create_task(batcher.run())
        try:
            yield
        finally:
            batcher.stop()
            worker.cancel()
            with suppress(asyncio.CancelledError):
                await worker
            await model.aclose()

    app = FastAPI(title="safecomp serve", lifespan=lifespan)
    app.state.batcher = batcher

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        return _validation_error(error)

    @app.get("/health", response_model=None)
    async def health() -> JSONResponse:
        """200 and ``status: ok`` while requests are served; 503 with ``status: stalled``
        once the oldest waiting request has waited ``stall_s``, or ``shutting_down``."""
        waiting, oldest = batcher.waiting()
        status = (
            "shutting_down"
            if batcher.stopping
            else "stalled"
            if waiting and oldest >= stall_s
            else "ok"
        )
        body = {
            "status": status,
            "model": name,
            "requests": batcher.requests,
            "batches": batcher.batches,
            "waiting": waiting,
            "oldest_wait_s": round(oldest, 3) if waiting else 0.0,
            "max_tokens_limit": max_tokens_limit,
        }
        return JSONResponse(body, status_code=200 if status == "ok" else 503)

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        entry = {"id": name, "object": "model", "created": created, "owned_by": "safecomp"}
        return {"object": "list", "data": [entry]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(request: Request) -> dict[str, Any] | JSONResponse:
        try:
            body = ChatRequest.model_validate(jsontext.loads(await request.body()))
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            return _error(400, f"request body is not valid JSON: {error}")
        except ValidationError as error:
            return _validation_error(error)
        if body.model is not None and body.model != name:
            return _error(
                404,
                f"model {body.model!r} is not served here; this server serves {name!r}",
                param="model",
                kind="not_found_error",
            )
        if (problem := _too_many_tokens(body, max_tokens_limit) or _bad_text(body)) is not None:
            return problem
        work = asyncio.ensure_future(batcher.submit(body.messages_out(), body.gen_params()))
        try:
            completion = await _unless_disconnected(work, request)
        except ShuttingDown as error:
            return _error(503, str(error), kind="server_error")
        except Exception as error:  # the HTTP boundary: every failure becomes an error body
            return _error(500, f"{type(error).__name__}: {error}", kind="server_error")
        if completion is None:  # the client left; nobody reads this
            return _error(499, "the client closed the connection", kind="server_error")
        choice: dict[str, Any] = {
            "index": 0,
            "message": {"role": "assistant", "content": completion.text},
            "finish_reason": completion.finish_reason,
            "logprobs": _logprobs(completion, body.top_logprobs or 0) if body.logprobs else None,
        }
        return {
            "id": f"chatcmpl-{uuid.uuid4().hex}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": name,
            "choices": [choice],
            "usage": {
                "prompt_tokens": completion.prompt_tokens,
                "completion_tokens": completion.completion_tokens,
                "total_tokens": completion.prompt_tokens + completion.completion_tokens,
            },
        }

    return app


async def _unless_disconnected(
    work: asyncio.Future[Completion], request: Request
) -> Completion | None:
    """``work``'s result, or ``None`` (with ``work`` cancelled) once the client has left."""
    while True:
        done, _ = await asyncio.wait({work}, timeout=DISCONNECT_POLL_S)
        if done:
            return work.result()
        if await request.is_disconnected():
            work.cancel()
            with suppress(asyncio.CancelledError):
                await work
            return None


def _error(
    status: int, message: str, *, param: str | None = None, kind: str = "invalid_request_error"
) -> JSONResponse:
    body = {"error": {"message": message, "type": kind, "param": param, "code": None}}
    return JSONResponse(status_code=status, content=body)


def _logprobs(completion: Completion, k: int) -> dict[str, Any]:
    """``choices[i].logprobs`` in the OpenAI shape."""
    alternatives = completion.logprobs or []
    chosen = completion.tokens or [alts[0] for alts in alternatives]

    def entry(token: TokenLogprob) -> dict[str, Any]:
        return {"token": token.token, "logprob": token.logprob, "bytes": list(token.token.encode())}

    return {
        "content": [
            {**entry(token), "top_logprobs": [entry(alt) for alt in alts[:k]]}
            for token, alts in zip(chosen, alternatives, strict=True)
        ]
    }


class _AnnouncingServer(uvicorn.Server):
    """A uvicorn server that prints its URL once it listens and, on SIGINT/SIGTERM, stops
    every generation at once (uvicorn alone would wait for them to finish)."""

    def __init__(self, config: uvicorn.Config, served_name: str, batcher: DynamicBatcher) -> None:
        super().__init__(config)
        self.served_name = served_name
        self.batcher = batcher
        self._loop: asyncio.AbstractEventLoop | None = None

    async def startup(self, sockets: Any = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().startup(sockets)
        if self.should_exit or not self.servers:
            return
        host, port = self.servers[0].sockets[0].getsockname()[:2]
        print(f"safecomp serve: {self.served_name} at http://{host}:{port}/v1", flush=True)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        self.batcher.stop_generating()
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self.batcher.stop)


def run_server(
    spec: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    max_batch: int = 16,
    served_name: str | None = None,
    max_tokens_limit: int = DEFAULT_MAX_TOKENS_LIMIT,
) -> None:
    """Load the model ``spec`` names and serve it until SIGINT or SIGTERM."""
    model = load_model(spec)
    app = create_app(
        model, max_batch=max_batch, served_name=served_name, max_tokens_limit=max_tokens_limit
    )
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
        timeout_keep_alive=KEEP_ALIVE_S,
    )
    _AnnouncingServer(config, served_name or model.name, app.state.batcher).run()
