"""``safecomp serve`` against clients that ask too much, leave, or send junk, and against
SIGINT/SIGTERM mid-generation: a real server process over ``hf:`` a tiny random Llama (it
never says end-of-text, so a generation runs as long as it is allowed to)."""

from __future__ import annotations

import asyncio
import json
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.servers import TINY_POLICY

from safecomp.data.schema import PromptItem, Sample
from safecomp.grading import Grader
from safecomp.models import ModelError, load_model
from safecomp.policy import load_policy

USER = [{"role": "user", "content": "Count from 1 to 10."}]
LONG = {"messages": USER, "max_tokens": 4096, "temperature": 0}


def post(url: str, body: dict[str, Any] | bytes, timeout: float = 120) -> httpx.Response:
    content = body if isinstance(body, bytes) else json.dumps(body).encode()
    headers = {"content-type": "application/json"}
    return httpx.post(f"{url}/chat/completions", content=content, headers=headers, timeout=timeout)


def health(url: str) -> httpx.Response:
    return httpx.get(f"{url.removesuffix('/v1')}/health", timeout=30)


def test_requests_beyond_the_limits_get_400_naming_the_field(
    serve_model: Callable[[str], Any], tiny_model_dir: Path
) -> None:
    url = serve_model(f"hf:{tiny_model_dir}").url
    schema = {"type": "json_schema", "json_schema": {"name": "v", "schema": {"type": "object"}}}
    cases: list[tuple[dict[str, Any] | bytes, str, str]] = [
        ({"messages": USER, "max_tokens": 1_000_000}, "max_tokens", "more than this server"),
        ({"messages": USER, "max_completion_tokens": 5000}, "max_completion_tokens", "(4096;"),
        ({"messages": USER, "seed": 2**70}, "seed", "less than or equal to"),
        ({"messages": USER, "response_format": schema}, "response_format", "not supported"),
        (
            {"messages": [{"role": "user", "content": "hi \udc80"}]},
            "messages.0.content",
            "character 3 is a lone surrogate",
        ),
        (b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "", "nested deeper"),
    ]
    for body, param, says in cases:
        reply = post(url, body)
        assert reply.status_code == 400, (param, reply.text)
        error = reply.json()["error"]
        assert says in error["message"], (param, error)
        assert error["param"] == (param or None)
    ok = post(url, {"messages": USER, "max_tokens": 4, "seed": 2**63 - 1})
    assert ok.status_code == 200, ok.text
    assert ok.json()["usage"]["completion_tokens"] == 4

    # The structured judge method asks for its JSON schema: it must fail loudly here,
    # not get unchecked text as if the schema had been enforced.
    judge = load_model(f"openai:hf:{tiny_model_dir}@{url}")
    grader = Grader(judge, load_policy(str(TINY_POLICY)), method="structured")
    sample = Sample(item=PromptItem(id="p", prompt="Hi"), sample_index=0, model="m", response="Hi")
    with pytest.raises(ModelError, match=r"rejected the request .*response_format: type"):
        asyncio.run(grader.grade([sample]))


def test_a_client_that_leaves_stops_its_generation(
    serve_model: Callable[[str], Any], tiny_model_dir: Path
) -> None:
    url = serve_model(f"hf:{tiny_model_dir}").url
    with pytest.raises(httpx.ReadTimeout):
        post(url, LONG, timeout=2)  # leaves after 2 s: 4096 tokens take minutes here
    # The generation stops at its next token; a short request is then served at once
    # (without the cancellation it would queue behind 4096 tokens of nobody's answer).
    short = post(url, {"messages": USER, "max_tokens": 2, "temperature": 0}, timeout=60)
    assert short.status_code == 200, short.text
    status = health(url).json()
    assert (status["status"], status["waiting"]) == ("ok", 0)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_stops_the_server_mid_generation(
    serve_model: Callable[[str], Any], tiny_model_dir: Path, sig: signal.Signals
) -> None:
    served = serve_model(f"hf:{tiny_model_dir}")
    replies: list[httpx.Response | Exception] = []

    def long_request() -> None:
        try:
            replies.append(post(served.url, LONG, timeout=120))
        except httpx.HTTPError as error:
            replies.append(error)

    client = threading.Thread(target=long_request)
    client.start()
    deadline = time.monotonic() + 30
    while health(served.url).json()["waiting"] == 0:  # /health tells the truth: one running
        assert time.monotonic() < deadline, "the request never started"
        time.sleep(0.1)
    started = time.monotonic()
    served.process.send_signal(sig)
    served.process.wait(timeout=20)  # 4096 tokens would take minutes
    stopped = time.monotonic() - started
    client.join(timeout=30)
    assert stopped < 20
    [reply] = replies
    # The request in flight hears why (503), or at worst sees the connection close.
    if isinstance(reply, httpx.Response):
        assert reply.status_code == 503, reply.text
        assert "shutting down" in reply.json()["error"]["message"]
