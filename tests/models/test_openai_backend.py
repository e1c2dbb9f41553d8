"""The OpenAI-compatible client against a real ``safecomp serve`` subprocess.

Two faults a real server will not produce on demand (rate limiting, and a record of the exact
request body on the wire) use a tiny local uvicorn app instead; those tests say so.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from safecomp.models import (
    ChatModel,
    Completion,
    GenParams,
    Messages,
    ModelError,
    OpenAIChatModel,
    load_model,
)

PROMPTS: list[Messages] = [
    [{"role": "user", "content": f"Name one fact about the number {n}."}] for n in range(8)
]
GREEDY = GenParams(max_new_tokens=4, temperature=0)
FAST_RETRIES: dict[str, Any] = {"max_retries": 2, "backoff_s": 0.01}


def run(model: ChatModel, batch: list[Messages], params: GenParams) -> list[Completion]:
    return asyncio.run(model.generate(batch, params))


def client_for(url: str, **options: Any) -> ChatModel:
    return load_model(f"openai:bundled:smollm2@{url}", **options)


@pytest.mark.slow
def test_chat_matches_the_local_model(served_bundled: str, bundled_model: ChatModel) -> None:
    remote = client_for(served_bundled)
    assert isinstance(remote, OpenAIChatModel)
    assert remote.url == f"{served_bundled}/chat/completions"
    [answer] = run(remote, PROMPTS[:1], GREEDY)
    [local] = run(bundled_model, PROMPTS[:1], GREEDY)
    assert answer.text == local.text
    assert (answer.prompt_tokens, answer.completion_tokens) == (
        local.prompt_tokens,
        local.completion_tokens,
    )
    assert answer.finish_reason == local.finish_reason


@pytest.mark.slow
def test_logprobs_cross_the_wire(served_bundled: str, bundled_model: ChatModel) -> None:
    params = GenParams(max_new_tokens=3, temperature=0, top_logprobs=4)
    [answer] = run(client_for(served_bundled), PROMPTS[:1], params)
    [local] = run(bundled_model, PROMPTS[:1], params)
    assert answer.logprobs is not None and local.logprobs is not None
    assert answer.tokens is not None and local.tokens is not None
    assert len(answer.logprobs) == answer.completion_tokens == 3
    assert [len(position) for position in answer.logprobs] == [4, 4, 4]
    for remote_position, local_position in zip(answer.logprobs, local.logprobs, strict=True):
        assert [a.token for a in remote_position] == [a.token for a in local_position]
        for a, b in zip(remote_position, local_position, strict=True):
            assert a.logprob == pytest.approx(b.logprob, abs=1e-4)
    assert answer.tokens == [position[0] for position in answer.logprobs]


@pytest.mark.slow
def test_eight_concurrent_conversations(served_bundled: str, bundled_model: ChatModel) -> None:
    remote = client_for(served_bundled, concurrency=8)
    answers = run(remote, PROMPTS, GREEDY)
    assert [a.text for a in answers] == [c.text for c in run(bundled_model, PROMPTS, GREEDY)]


@pytest.mark.slow
def test_server_killed_mid_run_names_the_url(serve_model: Callable[[str], Any]) -> None:
    served = serve_model("bundled:smollm2")
    remote = client_for(served.url, **FAST_RETRIES)

    async def main() -> None:
        work = asyncio.ensure_future(
            remote.generate(PROMPTS, GenParams(max_new_tokens=200, temperature=0))
        )
        await asyncio.sleep(1.0)
        assert not work.done()
        served.process.kill()
        await work

    with pytest.raises(ModelError, match="could not reach") as caught:
        asyncio.run(main())
    assert f"{served.url}/chat/completions" in str(caught.value)
    assert "check that the server is running" in str(caught.value)


def test_unreachable_url_is_a_clear_error(free_port: int) -> None:
    url = f"http://127.0.0.1:{free_port}/v1"
    with pytest.raises(ModelError, match="after 3 attempts") as caught:
        run(client_for(url, **FAST_RETRIES), PROMPTS[:1], GREEDY)
    assert url in str(caught.value)


@pytest.mark.slow
def test_client_errors_carry_the_server_message(served_bundled: str) -> None:
    too_many = GenParams(max_new_tokens=1, temperature=0, top_logprobs=21)
    started = time.monotonic()
    with pytest.raises(ModelError, match=r"HTTP 400: top_logprobs: .*less than or equal to 20"):
        run(client_for(served_bundled, backoff_s=5.0), PROMPTS[:1], too_many)
    assert time.monotonic() - started < 5.0  # a 400 is not retried
    wrong_model = load_model(f"openai:other@{served_bundled}")
    with pytest.raises(ModelError, match="HTTP 404: model 'other' is not served here"):
        run(wrong_model, PROMPTS[:1], GREEDY)


def test_spec_forms() -> None:
    default = load_model("openai:gpt-4o-mini")
    assert isinstance(default, OpenAIChatModel)
    assert default.url == "https://api.openai.com/v1/chat/completions"
    assert default.model == "gpt-4o-mini"
    local = load_model("openai:org/model-7b@http://127.0.0.1:8000/v1/")
    assert isinstance(local, OpenAIChatModel)
    assert (local.model, local.base_url) == ("org/model-7b", "http://127.0.0.1:8000/v1")
    assert local.name == "openai:org/model-7b@http://127.0.0.1:8000/v1/"
    with pytest.raises(ModelError, match="openai:<model>@<base_url>"):
        load_model("openai:model@127.0.0.1:8000")


# A scripted local server: a real server cannot be made to answer 429 on demand, nor show
# the exact request it received.
class Scripted:
    """Answers the scripted (status, headers) errors in turn, then 200; the first ``stalls``
    requests first hang for two seconds."""

    def __init__(self, statuses: list[tuple[int, dict[str, str]]], stalls: int = 0) -> None:
        self.statuses = statuses
        self.stalls = stalls
        self.requests: list[tuple[dict[str, Any], dict[str, str]]] = []
        self.times: list[float] = []


def reply(text: str) -> dict[str, Any]:
    message = {"role": "assistant", "content": text}
    return {
        "choices": [{"index": 0, "message": message, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 2},
    }


@pytest.fixture
def scripted(free_port: int) -> Iterator[Callable[..., tuple[Scripted, str]]]:
    servers: list[tuple[uvicorn.Server, threading.Thread]] = []

    def start(statuses: list[tuple[int, dict[str, str]]], stalls: int = 0) -> tuple[Scripted, str]:
        script = Scripted(statuses, stalls)
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def chat(request: Request) -> JSONResponse:
            script.requests.append((await request.json(), dict(request.headers)))
            script.times.append(time.monotonic())
            if len(script.requests) <= script.stalls:
                await asyncio.sleep(2.0)
            if script.statuses:
                status, headers = script.statuses.pop(0)
                error = {"error": {"message": f"scripted {status}", "type": "rate_limit"}}
                return JSONResponse(error, status_code=status, headers=headers)
            return JSONResponse(reply("scripted answer"))

        server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=free_port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.01)
        servers.append((server, thread))
        return script, f"http://127.0.0.1:{free_port}/v1"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


def test_retries_on_429_honouring_retry_after(
    scripted: Callable[..., tuple[Scripted, str]],
) -> None:
    script, url = scripted([(429, {"Retry-After": "1"}), (429, {"Retry-After": "1"})])
    [answer] = run(client_for(url, backoff_s=0.01), PROMPTS[:1], GREEDY)
    assert answer.text == "scripted answer"
    assert len(script.requests) == 3
    gaps = [b - a for a, b in zip(script.times, script.times[1:], strict=False)]
    assert all(gap >= 0.9 for gap in gaps)


def test_retries_on_5xx_then_gives_up_with_the_message(
    scripted: Callable[..., tuple[Scripted, str]],
) -> None:
    script, url = scripted([(503, {})] * 3)
    with pytest.raises(
        ModelError, match=r"still failing after 3 attempts \(HTTP 503: scripted 503"
    ):
        run(client_for(url, **FAST_RETRIES), PROMPTS[:1], GREEDY)
    assert len(script.requests) == 3


def test_request_body_and_api_key(
    scripted: Callable[..., tuple[Scripted, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    script, url = scripted([])
    monkeypatch.setenv("SAFECOMP_TEST_KEY", "sk-test")
    keyed = client_for(url, api_key_env="SAFECOMP_TEST_KEY")
    schema = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    params = GenParams(max_new_tokens=7, temperature=0.5, seed=3, stop=("\n",), json_schema=schema)
    run(keyed, PROMPTS[:2], params)
    bodies = sorted((body for body, _ in script.requests), key=lambda body: body["seed"])
    assert [body["seed"] for body in bodies] == [3, 4]
    body = bodies[0]
    assert body["model"] == "bundled:smollm2"
    assert body["messages"] in (PROMPTS[0], PROMPTS[1])
    assert (body["max_tokens"], body["temperature"], body["stop"]) == (7, 0.5, ["\n"])
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "response", "schema": schema},
    }
    assert "logprobs" not in body
    assert all(headers["authorization"] == "Bearer sk-test" for _, headers in script.requests)

    monkeypatch.delenv("SAFECOMP_TEST_KEY")
    run(client_for(url, api_key_env="SAFECOMP_TEST_KEY"), PROMPTS[:1], GREEDY)
    assert "authorization" not in script.requests[-1][1]


def test_missing_logprobs_are_an_error_not_silence(
    scripted: Callable[..., tuple[Scripted, str]],
) -> None:
    _, url = scripted([])
    with pytest.raises(ModelError, match="returned no logprobs"):
        run(client_for(url), PROMPTS[:1], GenParams(max_new_tokens=1, top_logprobs=2))


def test_timeouts_are_retried_and_the_client_survives_event_loops(
    scripted: Callable[..., tuple[Scripted, str]],
) -> None:
    script, url = scripted([], stalls=1)
    remote = client_for(url, timeout_s=0.5, backoff_s=0.01)
    [answer] = run(remote, PROMPTS[:1], GREEDY)  # first attempt times out, second answers
    assert answer.text == "scripted answer"
    assert len(script.requests) == 2
    [again] = run(remote, PROMPTS[:1], GREEDY)  # a new asyncio.run: a new event loop
    assert again.text == "scripted answer"
