"""An OpenAI-compatible HTTP server over any :class:`ChatModel` (``safecomp serve``).

Concurrent requests with the same sampling parameters are collected into one ``generate``
batch (dynamic batching): one model runs one batch at a time, and requests that arrive while
it runs wait to form the next batch, so concurrency pays off on a single model.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass
from typing import Any, Literal

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from safecomp.models.base import (
    ChatModel,
    Completion,
    GenParams,
    Message,
    Messages,
    ModelError,
    TokenLogprob,
)
from safecomp.models.registry import load_model

DEFAULT_WINDOW_S = 0.01


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
    seed: int | None = None
    stop: str | list[str] | None = None
    n: int = Field(default=1, ge=1, le=1, description="only n=1 is supported")
    logprobs: bool = False
    top_logprobs: int | None = Field(default=None, ge=0, le=20)
    response_format: ResponseFormat | None = None
    stream: Literal[False] = False

    @model_validator(mode="after")
    def _top_logprobs_needs_logprobs(self) -> ChatRequest:
        if self.top_logprobs and not self.logprobs:
            raise ValueError("top_logprobs requires logprobs: true")
        return self

    def messages_out(self) -> Messages:
        return [Message(role=m.role, content=m.content) for m in self.messages]

    def gen_params(self) -> GenParams:
        stop = [self.stop] if isinstance(self.stop, str) else self.stop or []
        schema = None
        if self.response_format and self.response_format.json_schema:
            schema = self.response_format.json_schema.get("schema")
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
            json_schema=schema,
        )


@dataclass
class _Pending:
    messages: Messages
    future: asyncio.Future[Completion]


class DynamicBatcher:
    """Collects concurrent single-conversation requests into ``generate`` batches.

    Requests are grouped by identical sampling parameters; groups take turns, each turn
    sending up to ``max_batch`` requests. ``window_s`` is how long an idle batcher waits
    for company once a request arrives.
    """

    def __init__(
        self, model: ChatModel, max_batch: int = 16, window_s: float = DEFAULT_WINDOW_S
    ) -> None:
        self.model = model
        self.max_batch = max_batch
        self.window_s = window_s
        self.requests = 0
        self.batches = 0
        self._groups: dict[str, tuple[GenParams, list[_Pending]]] = {}
        self._arrived = asyncio.Event()

    async def submit(self, messages: Messages, params: GenParams) -> Completion:
        future: asyncio.Future[Completion] = asyncio.get_running_loop().create_future()
        key = json.dumps(params.as_dict(), sort_keys=True)
        self._groups.setdefault(key, (params, []))[1].append(_Pending(messages, future))
        self._arrived.set()
        return await future

    async def run(self) -> None:
        """Serve batches until cancelled."""
        while True:
            if not self._groups:
                self._arrived.clear()
                await self._arrived.wait()
                await asyncio.sleep(self.window_s)
            key, (params, pending) = next(iter(self._groups.items()))
            del self._groups[key]
            batch = [p for p in pending[: self.max_batch] if not p.future.done()]
            if rest := pending[self.max_batch :]:
                self._groups[key] = (params, rest)  # back of the queue: groups take turns
            if batch:
                await self._run_batch(batch, params)

    async def _run_batch(self, batch: list[_Pending], params: GenParams) -> None:
        self.requests += len(batch)
        self.batches += 1
        try:
            completions = await self.model.generate([p.messages for p in batch], params)
            if len(completions) != len(batch):
                raise ModelError(
                    f"{self.model.name} returned {len(completions)} completions "
                    f"for {len(batch)} conversations"
                )
        except Exception as error:
            for p in batch:
                if not p.future.done():
                    p.future.set_exception(error)
            return
        for p, completion in zip(batch, completions, strict=True):
            if not p.future.done():
                p.future.set_result(completion)


def create_app(
    model: ChatModel,
    *,
    max_batch: int = 16,
    served_name: str | None = None,
    window_s: float = DEFAULT_WINDOW_S,
) -> FastAPI:
    """The FastAPI app serving ``model`` under ``served_name`` (default: its spec)."""
    name = served_name or model.name
    batcher = DynamicBatcher(model, max_batch=max_batch, window_s=window_s)
    created = int(time.time())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        worker = asyncio.create_task(batcher.run())
        try:
            yield
        finally:
            worker.cancel()
            with suppress(asyncio.CancelledError):
                await worker
            await model.aclose()

    app = FastAPI(title="safecomp serve", lifespan=lifespan)
    app.state.batcher = batcher

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        first = error.errors()[0]
        if first["type"] == "json_invalid":
            return _error(400, f"request body is not valid JSON: {first['msg']}")
        param = ".".join(str(part) for part in first["loc"] if part != "body")
        return _error(400, f"{param or 'body'}: {first['msg']}", param=param or None)

    @app.get("/health")
    async def health() -> dict[str, str | int]:
        """Liveness, plus how many requests went through in how many batches."""
        return {
            "status": "ok",
            "model": name,
            "requests": batcher.requests,
            "batches": batcher.batches,
        }

    @app.get("/v1/models")
    async def models() -> dict[str, Any]:
        entry = {"id": name, "object": "model", "created": created, "owned_by": "safecomp"}
        return {"object": "list", "data": [entry]}

    @app.post("/v1/chat/completions", response_model=None)
    async def chat_completions(body: ChatRequest) -> dict[str, Any] | JSONResponse:
        if body.model is not None and body.model != name:
            return _error(
                404,
                f"model {body.model!r} is not served here; this server serves {name!r}",
                param="model",
                kind="not_found_error",
            )
        try:
            completion = await batcher.submit(body.messages_out(), body.gen_params())
        except Exception as error:  # the HTTP boundary: every failure becomes an error body
            return _error(500, f"{type(error).__name__}: {error}", kind="server_error")
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
    """A uvicorn server that prints its URL once it listens."""

    def __init__(self, config: uvicorn.Config, served_name: str) -> None:
        super().__init__(config)
        self.served_name = served_name

    async def startup(self, sockets: Any = None) -> None:
        await super().startup(sockets)
        if self.should_exit or not self.servers:
            return
        host, port = self.servers[0].sockets[0].getsockname()[:2]
        print(f"safecomp serve: {self.served_name} at http://{host}:{port}/v1", flush=True)


def run_server(
    spec: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    max_batch: int = 16,
    served_name: str | None = None,
) -> None:
    """Load the model ``spec`` names and serve it until interrupted."""
    model = load_model(spec)
    app = create_app(model, max_batch=max_batch, served_name=served_name)
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", access_log=False)
    _AnnouncingServer(config, served_name or model.name).run()
