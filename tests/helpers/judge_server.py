"""A local OpenAI-compatible judge on 127.0.0.1 that counts conversations in flight.

It answers every chat completion with a fixed logprob answer ("no" / "none" / "3" / "1" /
"A" are all in its top logprobs) after a short delay, so calls overlap when a client lets
them; ``peak`` is the most requests it ever held at once.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

ANSWERS = ("no", "none", "3", "1", "A")


class CountingJudge:
    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.in_flight = 0
        self.peak = 0
        self.requests = 0

    def app(self) -> FastAPI:
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def chat(request: Request) -> JSONResponse:
            await request.json()
            self.requests += 1
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
            try:
                await asyncio.sleep(self.delay_s)
            finally:
                self.in_flight -= 1
            return JSONResponse(_reply())

        return app


def _reply() -> dict[str, Any]:
    top = [{"token": t, "logprob": -0.1 - i} for i, t in enumerate(ANSWERS)]
    return {
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "no"},
                "finish_reason": "length",
                "logprobs": {"content": [{"token": "no", "logprob": -0.1, "top_logprobs": top}]},
            }
        ],
        "usage": {"prompt_tokens": 5, "completion_tokens": 1},
    }


@contextmanager
def counting_judge(delay_s: float = 0.02) -> Iterator[tuple[CountingJudge, str]]:
    """A running :class:`CountingJudge` and its base URL; stopped on exit."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    judge = CountingJudge(delay_s)
    server = uvicorn.Server(
        uvicorn.Config(judge.app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        yield judge, f"http://127.0.0.1:{port}/v1"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
