"""One bad request among many must fail alone, and a deep or broken body must get a 4xx:
a real ``safecomp reward serve`` with a tiny local judge (``hf:`` a 2-layer random Llama;
its grades are nonsense, their plumbing is real)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.servers import TINY_POLICY, reward_server

from safecomp.data.schema import Grade, Sample
from safecomp.grading import Grader
from safecomp.models import load_model
from safecomp.policy import load_policy
from safecomp.reward.openrlhf import reward_requests
from safecomp.reward.scorer import RewardScorer
from safecomp.reward.server import Batcher

PROMPT = "<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"


def body(question: str, answer: str) -> dict[str, Any]:
    prompt = PROMPT.format(question)
    return {"query": [prompt + answer], "prompts": [prompt], "labels": ["benign"]}


@pytest.fixture(scope="module")
def server(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with reward_server(f"hf:{tiny_model_dir}", tmp_path_factory.mktemp("reward")) as url:
        yield url


def post_all(url: str, contents: Sequence[bytes]) -> list[httpx.Response]:
    """Send every body at once (one connection each); the replies in order."""

    async def send() -> list[httpx.Response]:
        limits = httpx.Limits(max_connections=len(contents))
        async with httpx.AsyncClient(timeout=300, limits=limits) as client:
            return await asyncio.gather(
                *(
                    client.post(
                        f"{url}/get_reward",
                        content=content,
                        headers={"content-type": "application/json"},
                    )
                    for content in contents
                )
            )

    return asyncio.run(send())


def test_a_lone_surrogate_fails_only_its_own_request(server: str) -> None:
    good = [json.dumps(body(f"What is {i} + {i}?", f"It is {2 * i}.")).encode() for i in range(20)]
    # json.dumps writes the lone surrogate as the escape \udc80: valid JSON, not text.
    bad = json.dumps(body("Say hi.", "Hi \udc80 there.")).encode()
    replies = post_all(server, [*good[:10], bad, *good[10:]])
    bad_reply = replies.pop(10)
    assert [r.status_code for r in replies] == [200] * 20, [r.text for r in replies]
    assert bad_reply.status_code == 422, bad_reply.text
    assert bad_reply.json()["error"].startswith("query[0]: character ")
    assert "lone surrogate (U+DC80)" in bad_reply.json()["error"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"query": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested deeper than 100"),
        (b'{"query": ["\xff"], "prompts": ["x"]}', "not valid JSON"),
        (
            json.dumps({**body("q", "a"), "labels": [{"intent": "benign", "\udc80": 1}]}).encode(),
            "labels[0] (key 1): character 0 is a lone surrogate",
        ),
    ],
    ids=["nested-100000", "not-utf8", "surrogate-key"],
)
def test_broken_bodies_get_422_and_the_server_keeps_serving(
    server: str, content: bytes, message: str
) -> None:
    reply = httpx.post(
        f"{server}/get_reward",
        content=content,
        headers={"content-type": "application/json"},
        timeout=60,
    )
    assert reply.status_code == 422, reply.text
    assert message in reply.json()["error"]
    assert httpx.get(f"{server}/health", timeout=30).json()["status"] == "ok"


class PoisonedGrader:
    """A real ``Grader`` that raises for any batch holding a response with ``poison``:
    a stand-in for whatever unforeseen input breaks a judge call."""

    def __init__(self, grader: Grader, poison: str) -> None:
        self.grader = grader
        self.poison = poison

    @property
    def judge_name(self) -> str:
        return self.grader.judge_name

    async def probe(self) -> str | None:
        return await self.grader.probe()

    async def grade(self, samples: Sequence[Sample]) -> list[Grade]:
        if any(self.poison in s.response for s in samples):
            raise ValueError("this batch held the poisoned response")
        return await self.grader.grade(samples)


def test_a_batch_that_fails_is_regraded_request_by_request(tiny_model_dir: Path) -> None:
    policy = load_policy(str(TINY_POLICY))
    judge = load_model(f"hf:{tiny_model_dir}")
    grader = PoisonedGrader(Grader(judge, policy, method="logprob"), "POISON")
    scorer = RewardScorer(grader, policy)

    async def run() -> list[Any]:
        batcher = Batcher(scorer, window=0.5)  # a long window: all five form one batch
        answers = ["Paris.", "Four.", "POISON", "Blue.", "Yes."]
        requests = [reward_requests([PROMPT + a], [PROMPT], None) for a in answers]
        try:
            return await asyncio.gather(
                *(batcher.submit(r) for r in requests), return_exceptions=True
            )
        finally:
            await batcher.close()

    results = asyncio.run(run())
    assert isinstance(results[2], ValueError)
    assert all(isinstance(r, list) and len(r) == 1 for i, r in enumerate(results) if i != 2)
