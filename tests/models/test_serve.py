"""``safecomp serve`` over HTTP: the OpenAI wire shape, validation and dynamic batching."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

pytestmark = pytest.mark.slow

USER = [{"role": "user", "content": "Count from 1 to 10."}]


def root(url: str) -> str:
    return url.removesuffix("/v1")


def post(url: str, body: dict[str, Any] | str) -> httpx.Response:
    if isinstance(body, str):
        headers = {"content-type": "application/json"}
        return httpx.post(f"{url}/chat/completions", content=body, headers=headers, timeout=120)
    return httpx.post(f"{url}/chat/completions", json=body, timeout=120)


def test_health_and_models(served_bundled: str) -> None:
    health = httpx.get(f"{root(served_bundled)}/health").json()
    assert (health["status"], health["model"]) == ("ok", "bundled:smollm2")
    models = httpx.get(f"{served_bundled}/models").json()
    assert models["object"] == "list"
    assert [m["id"] for m in models["data"]] == ["bundled:smollm2"]


@pytest.mark.parametrize(
    ("body", "param", "says"),
    [
        ({"messages": [{"role": "bot", "content": "hi"}]}, "messages.0.role", "'user'"),
        ({"messages": []}, "messages", "at least 1"),
        ({}, "messages", "required"),
        ({"messages": USER, "n": 2}, "n", "less than or equal to 1"),
        ({"messages": USER, "stream": True}, "stream", "False"),
        ({"messages": USER, "temperature": 3}, "temperature", "less than or equal to 2"),
        ({"messages": USER, "top_logprobs": 2}, None, "top_logprobs requires logprobs"),
        ("{not json", None, "JSON"),
    ],
)
def test_bad_requests_get_openai_style_400(
    served_bundled: str, body: dict[str, Any] | str, param: str | None, says: str
) -> None:
    response = post(served_bundled, body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    assert says in error["message"]
    if param is not None:
        assert error["param"] == param


def test_completion_shape_with_logprobs_stop_and_limits(served_bundled: str) -> None:
    body = {
        "model": "bundled:smollm2",
        "messages": USER,
        "temperature": 0,
        "max_completion_tokens": 12,
        "stop": "3",
        "logprobs": True,
        "response_format": {"type": "text"},
        "user": "ignored-extra-field",
    }
    reply = post(served_bundled, body).json()
    assert reply["object"] == "chat.completion"
    assert reply["id"].startswith("chatcmpl-")
    [choice] = reply["choices"]
    assert choice["finish_reason"] == "stop"
    assert choice["message"]["role"] == "assistant"
    assert "3" not in choice["message"]["content"]
    assert "2" in choice["message"]["content"]
    usage = reply["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    content = choice["logprobs"]["content"]
    assert len(content) == usage["completion_tokens"]
    assert all(entry["top_logprobs"] == [] for entry in content)  # top_logprobs not asked
    assert all(entry["logprob"] <= 0 for entry in content)
    assert all(bytes(entry["bytes"]).decode() == entry["token"] for entry in content)

    short = post(served_bundled, {"messages": USER, "max_tokens": 2, "temperature": 0}).json()
    assert short["choices"][0]["finish_reason"] == "length"
    assert short["usage"]["completion_tokens"] == 2
    assert short["choices"][0]["logprobs"] is None


def test_concurrent_requests_share_batches(served_bundled: str) -> None:
    async def burst() -> list[dict[str, Any]]:
        async with httpx.AsyncClient(timeout=300) as client:
            bodies = [
                {"messages": [{"role": "user", "content": f"Say {n}."}], "max_tokens": 3 + n % 2}
                | {"temperature": 0}
                for n in range(8)
            ]
            replies = await asyncio.gather(
                *(client.post(f"{served_bundled}/chat/completions", json=b) for b in bodies)
            )
            return [r.json() for r in replies]

    before = httpx.get(f"{root(served_bundled)}/health").json()
    replies = asyncio.run(burst())
    after = httpx.get(f"{root(served_bundled)}/health").json()
    for n, reply in enumerate(replies):
        assert reply["usage"]["completion_tokens"] <= 3 + n % 2
    assert after["requests"] - before["requests"] == 8
    # Two parameter groups (max_tokens 3 and 4): at least two batches, far fewer than eight.
    assert 2 <= after["batches"] - before["batches"] <= 4
