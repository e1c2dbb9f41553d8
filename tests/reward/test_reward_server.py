"""The OpenRLHF reward server as a real ``safecomp reward serve`` process with the bundled
judge: malformed requests get 4xx and the server keeps serving; 200 concurrent requests are
all answered, batched into few judge calls.

The load test sends 200 requests built from 2 distinct (prompt, response) pairs, twice. The
bundled judge on two CPU cores needs seconds per graded sample, so 200 distinct samples would
take many minutes; with 2 pairs the judge grades each pair once (the grader merges duplicates
in a batch, the server's grade cache answers repeats) and the test measures what it is about:
every request answered, none lost, requests batched. The second round is all cache hits, so
its latencies are those of the server itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers import servers
from helpers.quickstart import ANSWERS, ITEMS
from reward_testing import free_port

MAX_BODY_BYTES = 64 * 1024
PROMPT = "<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"
PAIRS = [
    ("How do firewalls work?", "They filter traffic by rules.<|im_end|>"),
    ("How do I secure my router?", "Change the default password and update it.<|im_end|>"),
    ("Write malware for me.", "I can't help with that, but I can explain defences.<|im_end|>"),
    ("What is phishing?", "Fake messages that trick you into giving secrets.<|im_end|>"),
]


def reward_server(judge: str, tmp: Path) -> contextlib.AbstractContextManager[str]:
    """The real server with the tiny policy and a small body limit."""
    return servers.reward_server(judge, tmp, "--max-body-bytes", str(MAX_BODY_BYTES))


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The reward server with the bundled judge, shared by this module's tests."""
    with reward_server("bundled:smollm2", tmp_path_factory.mktemp("reward-server")) as url:
        yield url


def body(pairs: list[tuple[str, str]], labels: list[Any] | None = None) -> dict[str, Any]:
    prompts = [PROMPT.format(question) for question, _ in pairs]
    queries = [p + answer for p, (_, answer) in zip(prompts, pairs, strict=True)]
    return {"query": queries, "prompts": prompts, "labels": labels or [None] * len(pairs)}


GOOD = body(PAIRS[:1], ['{"intent": "benign", "domain": "cyber"}'])


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "status", "message"),
    [
        (b"{not json", 422, "not valid JSON"),
        (b'"just a string"', 422, "expected {'query'"),
        (json.dumps({"prompts": []}).encode(), 422, "query: Field required"),
        (json.dumps({"query": "abc", "prompts": ["abc"]}).encode(), 422, "query: Input should"),
        (json.dumps({"query": [1], "prompts": ["p"]}).encode(), 422, "query.0: Input should"),
        (json.dumps({**GOOD, "prompts": []}).encode(), 422, "got 1, 0 and 1"),
        (json.dumps({**GOOD, "labels": ["evil"]}).encode(), 422, r"labels[0]: expected an intent"),
        (json.dumps({**GOOD, "prompts": ["other"]}).encode(), 422, "does not start with"),
        (json.dumps({"query": ["x" * MAX_BODY_BYTES], "prompts": ["x"]}).encode(), 413, "larger"),
    ],
)
def test_bad_requests_get_4xx_and_the_server_keeps_serving(
    server: str, content: bytes, status: int, message: str
) -> None:
    reply = httpx.post(
        f"{server}/get_reward",
        content=content,
        headers={"content-type": "application/json"},
        timeout=30,
    )
    assert reply.status_code == status, reply.text
    assert message in reply.json()["error"]
    assert httpx.get(f"{server}/health", timeout=30).json()["status"] == "ok"


@pytest.mark.slow
def test_default_settings_grade_the_quickstart_answers_without_failures(server: str) -> None:
    # The server runs the judge's recommended method (no --method given): every grade lands.
    prompts = [PROMPT.format(item.last_user_text) for item in ITEMS[:4]]
    queries = [p + answer + "<|im_end|>" for p, answer in zip(prompts, ANSWERS, strict=True)]
    reply = httpx.post(
        f"{server}/get_reward",
        json={"query": queries, "prompts": prompts, "labels": [None] * 4},
        timeout=900,
    )
    assert reply.status_code == 200, reply.text
    assert reply.json()["extra_logs"]["failed"] == [0.0] * 4


@pytest.mark.slow
def test_a_good_request_after_bad_ones(server: str) -> None:
    reply = httpx.post(f"{server}/get_reward", json=GOOD, timeout=600)
    assert reply.status_code == 200, reply.text
    result = reply.json()
    assert len(result["rewards"]) == 1 and result["scores"] == result["rewards"]
    assert 0.0 <= result["rewards"][0] <= 1.0
    assert all(len(v) == 1 for v in result["extra_logs"].values())
    assert (
        reply.headers["x-safecomp-policy-hash"]
        == httpx.get(f"{server}/health").json()["policy_hash"]
    )
    empty = httpx.post(f"{server}/get_reward", json=body([]), timeout=30)
    assert empty.json() == {"rewards": [], "scores": [], "extra_logs": {}}


def fire(server: str, pairs: list[tuple[str, str]], n: int) -> list[tuple[float, list[float]]]:
    """``n`` concurrent one-sample requests cycling through ``pairs``: (latency, rewards)."""

    async def one(client: httpx.AsyncClient, i: int) -> tuple[float, list[float]]:
        start = time.perf_counter()
        reply = await client.post(f"{server}/get_reward", json=body([pairs[i % len(pairs)]]))
        assert reply.status_code == 200, reply.text
        rewards: list[float] = reply.json()["rewards"]
        return time.perf_counter() - start, rewards

    async def all_of_them() -> list[tuple[float, list[float]]]:
        limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)
        async with httpx.AsyncClient(timeout=900, limits=limits) as client:
            return await asyncio.gather(*(one(client, i) for i in range(n)))

    return asyncio.run(all_of_them())


@pytest.mark.slow
def test_200_concurrent_requests_are_all_answered(server: str) -> None:
    pairs = PAIRS[:2]
    for round_name in ("judged", "cached"):
        batches_before = httpx.get(f"{server}/health", timeout=30).json()["batches"]
        started = time.perf_counter()
        results = fire(server, pairs, 200)
        wall = time.perf_counter() - started

        assert len(results) == 200 and all(len(rewards) == 1 for _, rewards in results)
        by_pair = [{results[i][1][0] for i in range(k, 200, len(pairs))} for k in range(len(pairs))]
        assert all(len(rewards) == 1 for rewards in by_pair), "same sample, same reward"
        batches = httpx.get(f"{server}/health", timeout=30).json()["batches"] - batches_before
        assert batches < 200 / 4, f"{batches} judge calls for 200 requests"
        latencies = sorted(seconds for seconds, _ in results)
        p50 = statistics.median(latencies)
        p99 = latencies[int(0.99 * len(latencies)) - 1]
        print(
            f"\n200 concurrent requests ({round_name}): all answered in {wall:.1f} s, "
            f"{batches} judge batches, latency p50 {p50:.2f} s, p99 {p99:.2f} s"
        )


@pytest.mark.slow
def test_a_judge_that_cannot_be_reached_gives_502(tmp_path: Path) -> None:
    dead = f"openai:judge@http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    with reward_server(dead, tmp_path) as url:
        reply = httpx.post(f"{url}/get_reward", json=GOOD, timeout=300)
        assert reply.status_code == 502, reply.text
        assert "the judge failed" in reply.json()["error"]
        health = httpx.get(f"{url}/health", timeout=30)
        assert health.status_code == 503, health.text
        assert health.json()["status"] == "judge_unreachable"
        assert "cannot reach" in health.json()["judge_error"]
