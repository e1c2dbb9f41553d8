"""Property-based fuzzing of the request bodies of the reward server and ``safecomp serve``,
each a real process over a tiny random Llama: any body gets a 2xx or a 4xx with an error
message (never a 500 or a dropped connection), and the server keeps serving.

Bounded for CI: few examples each (derandomised under CI=true, see tests/conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from helpers.servers import reward_server, start_serve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

FUZZ = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
#: Text with lone surrogates, control characters and the odd end-of-turn marker.
TEXT = st.text(st.characters(codec=None), max_size=30) | st.sampled_from(
    ["", "<|im_end|>", "\udc80", "a\x00b"]
)
JUNK = st.none() | st.booleans() | st.integers() | st.floats() | TEXT
ANY = st.recursive(
    JUNK,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


def send(url: str, body: Any) -> httpx.Response:
    content = json.dumps(body).encode()  # lone surrogates travel as \ud... escapes
    headers = {"content-type": "application/json"}
    return httpx.post(url, content=content, headers=headers, timeout=120)


PROMPT = "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
REWARD_BODIES = (
    st.fixed_dictionaries(
        {},
        optional={
            "query": st.lists(TEXT | st.just(PROMPT + "Hello.") | JUNK, max_size=3) | ANY,
            "prompts": st.lists(TEXT | st.just(PROMPT) | JUNK, max_size=3) | ANY,
            "labels": st.lists(
                JUNK | st.sampled_from(["benign", '{"intent": "malicious"}', '{"x": 1}']),
                max_size=3,
            )
            | ANY,
            "metas": ANY,
        },
    )
    | ANY
)


@pytest.fixture(scope="module")
def reward_url(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with reward_server(f"hf:{tiny_model_dir}", tmp_path_factory.mktemp("reward")) as url:
        yield url


@FUZZ
@given(body=REWARD_BODIES)
def test_reward_server_bodies_get_an_answer_or_a_4xx(reward_url: str, body: Any) -> None:
    reply = send(f"{reward_url}/get_reward", body)
    assert reply.status_code in (200, 413, 422), reply.text
    if reply.status_code != 200:
        assert reply.json()["error"]


MESSAGES = st.lists(
    st.fixed_dictionaries(
        {"role": st.sampled_from(["user", "assistant", "system", "bot"]), "content": TEXT | JUNK}
    ),
    max_size=3,
)
SERVE_BODIES = (
    st.fixed_dictionaries(
        {"messages": MESSAGES | ANY},
        optional={
            "model": st.sampled_from(["tiny", "other"]) | JUNK,
            "max_tokens": st.integers(-2, 2**70) | JUNK,
            "max_completion_tokens": st.integers(-2, 20) | JUNK,
            "temperature": st.floats() | JUNK,
            "top_p": st.floats() | JUNK,
            "seed": st.integers(-(2**80), 2**80) | JUNK,
            "stop": TEXT | st.lists(TEXT, max_size=3) | JUNK,
            "n": st.integers(-1, 3),
            "logprobs": st.booleans() | JUNK,
            "top_logprobs": st.integers(-1, 30) | JUNK,
            "response_format": st.sampled_from(
                [{"type": "text"}, {"type": "json_object"}, {"type": "json_schema"}, {"type": 3}]
            )
            | JUNK,
            "stream": st.booleans(),
        },
    )
    | ANY
)


@pytest.fixture(scope="module")
def serve_url(tiny_model_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``safecomp serve`` with a low token limit, so every valid request is short."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    options = ("--max-tokens-limit", "8", "--served-name", "tiny")
    served = start_serve(f"hf:{tiny_model_dir}", log, *options)
    yield served.url
    served.stop()


@FUZZ
@given(body=SERVE_BODIES)
def test_serve_bodies_get_an_answer_or_a_4xx(serve_url: str, body: Any) -> None:
    reply = send(f"{serve_url}/chat/completions", body)
    assert reply.status_code in (200, 400, 404), reply.text
    if reply.status_code != 200:
        assert reply.json()["error"]["message"]
