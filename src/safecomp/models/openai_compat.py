"""Any OpenAI-compatible chat-completions server (``openai:<model>@<base_url>``):
vLLM, llama.cpp, Ollama, OpenAI itself, or ``safecomp serve``.

One request per conversation, all of a batch at once unless ``concurrency`` caps them (a judge's
calls are capped by its ``Grader``, the one limit); 429, 5xx, timeouts and
connection errors are retried with exponential backoff and jitter (``Retry-After`` honoured).
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import os
import random
import re
import sys
import time
from collections.abc import Sequence
from typing import Any

import httpx

from safecomp.models.base import Completion, GenParams, Messages, ModelError, TokenLogprob
from safecomp.models.registry import register_backend

DEFAULT_BASE_URL = "https://api.openai.com/v1"
RETRYABLE_STATUS = frozenset({408, 409, 429})


class OpenAIChatModel:
    """A model behind ``{base_url}/chat/completions``.

    The API key is read from the environment variable ``api_key_env`` (no key: no
    ``Authorization`` header, as local servers expect). Within one ``generate`` batch,
    conversation ``i`` is sent with ``seed + i``, so equal prompts in a batch give different
    samples, as they do with the local backend.

    >>> judge = OpenAIChatModel("Qwen/Qwen3-8B", "http://127.0.0.1:8000/v1")  # doctest: +SKIP
    """

    def __init__(
        self,
        model: str,
        base_url: str = DEFAULT_BASE_URL,
        *,
        name: str | None = None,
        api_key_env: str = "OPENAI_API_KEY",
        concurrency: int | None = None,
        timeout_s: float = 120.0,
        max_retries: int = 4,
        backoff_s: float = 0.5,
        max_backoff_s: float = 30.0,
    ) -> None:
        if (concurrency is not None and concurrency < 1) or max_retries < 0:
            raise ModelError(
                f"need concurrency >= 1 and max_retries >= 0, got {concurrency} and {max_retries}"
            )
        self.model = model
        self.base_url = base_url.rstrip("/")
        self.url = f"{self.base_url}/chat/completions"
        self.name = name or f"openai:{model}@{self.base_url}"
        self.concurrency = concurrency
        self.timeout = httpx.Timeout(timeout_s, connect=min(timeout_s, 10.0))
        self.max_retries = max_retries
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        key = os.environ.get(api_key_env)
        self._headers = {"Authorization": f"Bearer {key}"} if key else {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._client: httpx.AsyncClient | None = None
        self._semaphore: asyncio.Semaphore | None = None

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]:
        client, semaphore = self._session()
        tasks = [
            asyncio.ensure_future(self._complete(client, semaphore, messages, params, index))
            for index, messages in enumerate(batch)
        ]
        try:
            return list(await asyncio.gather(*tasks))
        except BaseException:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise

    async def aclose(self) -> None:
        if self._client is not None and self._loop is asyncio.get_running_loop():
            await self._client.aclose()
        self._client = self._semaphore = self._loop = None

    def _session(self) -> tuple[httpx.AsyncClient, asyncio.Semaphore]:
        """The HTTP client and semaphore of the running event loop (a client cannot outlive
        its loop, and callers may ``asyncio.run`` several times)."""
        loop = asyncio.get_running_loop()
        if self._client is None or self._semaphore is None or self._loop is not loop:
            self._client = httpx.AsyncClient(timeout=self.timeout, headers=self._headers)
            # No cap of its own unless asked: the caller (e.g. the Grader) limits its calls.
            self._semaphore = asyncio.Semaphore(self.concurrency or sys.maxsize)
            self._loop = loop
        return self._client, self._semaphore

    async def _complete(
        self,
        client: httpx.AsyncClient,
        semaphore: asyncio.Semaphore,
        messages: Messages,
        params: GenParams,
        index: int,
    ) -> Completion:
        body = self._body(messages, params, index)
        async with semaphore:
            reply = await self._post(client, body)
        return self._completion(reply, params)

    def _body(self, messages: Messages, params: GenParams, index: int) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.model,
            "messages": list(messages),
            "max_tokens": params.max_new_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
        }
        if params.seed is not None:
            body["seed"] = params.seed + index
        if params.stop:
            body["stop"] = list(params.stop)
        if params.top_logprobs:
            body["logprobs"] = True
            body["top_logprobs"] = params.top_logprobs
        if params.json_schema is not None:
            body["response_format"] = {
                "type": "json_schema",
                "json_schema": {"name": "response", "schema": params.json_schema},
            }
        return body

    async def _post(self, client: httpx.AsyncClient, body: dict[str, Any]) -> dict[str, Any]:
        """POST with retries; the parsed JSON reply."""
        attempts = self.max_retries + 1
        for attempt in range(attempts):
            retry_after = None
            try:
                response = await client.post(self.url, json=body)
            except httpx.TransportError as error:
                failure = f"{type(error).__name__}: {error}".rstrip(": ")
                unreachable = True
            else:
                if response.status_code == 200:
                    return self._json(response)
                status = response.status_code
                failure = f"HTTP {status}: {_server_message(response)}"
                if status < 500 and status not in RETRYABLE_STATUS:
                    raise ModelError(f"{self.url} rejected the request ({failure})")
                retry_after = _retry_after(response)
                unreachable = False
            if attempt + 1 < attempts:
                await asyncio.sleep(self._delay(attempt, retry_after))
        if unreachable:
            raise ModelError(
                f"could not reach {self.url} after {attempts} attempts ({failure}); check that "
                f"the server is running and listening there and that the base URL "
                f"{self.base_url!r} is right (it usually ends in /v1)"
            )
        raise ModelError(f"{self.url} still failing after {attempts} attempts ({failure})")

    def _delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.max_backoff_s)
        ceiling = min(self.backoff_s * 2.0**attempt, self.max_backoff_s)
        return ceiling / 2 + random.uniform(0, ceiling / 2)

    def _json(self, response: httpx.Response) -> dict[str, Any]:
        try:
            reply = response.json()
        except json.JSONDecodeError:
            raise ModelError(
                f"{self.url} answered with invalid JSON: {response.text[:200]!r}"
            ) from None
        if not isinstance(reply, dict):
            raise ModelError(f"{self.url} answered with {response.text[:200]!r}, not an object")
        return reply

    def _completion(self, reply: dict[str, Any], params: GenParams) -> Completion:
        try:
            choice = reply["choices"][0]
            text = choice["message"]["content"] or ""
            usage = reply.get("usage") or {}
            completion = Completion(
                text=text,
                finish_reason=choice.get("finish_reason") or "stop",
                prompt_tokens=usage.get("prompt_tokens", 0),
                completion_tokens=usage.get("completion_tokens", 0),
            )
            if params.top_logprobs:
                content = (choice.get("logprobs") or {}).get("content")
                if content is None:
                    raise ModelError(
                        f"{self.url} returned no logprobs although they were asked for; "
                        "the server may not support logprobs"
                    )
                completion.tokens = [TokenLogprob(e["token"], e["logprob"]) for e in content]
                completion.logprobs = [
                    [TokenLogprob(a["token"], a["logprob"]) for a in e["top_logprobs"]]
                    for e in content
                ]
        except (KeyError, IndexError, TypeError) as error:
            raise ModelError(
                f"{self.url} answered without the expected field {error}: {json.dumps(reply)[:300]}"
            ) from None
        return completion


@register_backend("openai", usage="openai:<model>@<base_url>")
def load_openai(target: str, *, name: str | None = None, **options: Any) -> OpenAIChatModel:
    """``openai:<model>@<base_url>``; without ``@<base_url>``, the OpenAI API."""
    match = re.fullmatch(r"(.+?)@(https?://\S+)", target)
    if match is None and "@" in target:
        raise ModelError(
            f"bad model spec 'openai:{target}': expected openai:<model>@<base_url> with an "
            "http(s) base URL, e.g. openai:my-model@http://127.0.0.1:8000/v1"
        )
    model, base_url = match.groups() if match else (target, DEFAULT_BASE_URL)
    return OpenAIChatModel(model, base_url, name=name, **options)


def _server_message(response: httpx.Response) -> str:
    """The ``error.message`` of an OpenAI-style error body, else the start of the body."""
    try:
        error = response.json().get("error")
    except (json.JSONDecodeError, AttributeError):
        error = None
    if isinstance(error, dict) and "message" in error:
        return str(error["message"])
    if isinstance(error, str):
        return error
    return response.text[:300] or response.reason_phrase


def _retry_after(response: httpx.Response) -> float | None:
    """``Retry-After`` in seconds (delta-seconds or an HTTP date), if the server sent one."""
    value = response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
