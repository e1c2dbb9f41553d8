"""The transformers backend on the real bundled SmolLM2."""

from __future__ import annotations

import asyncio
import math
from pathlib import Path

import pytest

from safecomp.models import (
    ChatModel,
    Completion,
    GenParams,
    Messages,
    bundled_model_dir,
    load_model,
)

pytestmark = pytest.mark.slow

PROMPTS: list[Messages] = [
    [{"role": "user", "content": "What is the capital of France?"}],
    [
        {"role": "system", "content": "You answer in one short sentence."},
        {"role": "user", "content": "Write a haiku about the sea, please, in full."},
    ],
    [{"role": "user", "content": "Count from 1 to 10."}],
]
GREEDY = GenParams(max_new_tokens=8, temperature=0)


def run(model: ChatModel, batch: list[Messages], params: GenParams) -> list[Completion]:
    return asyncio.run(model.generate(batch, params))


def test_batched_greedy_equals_one_by_one(bundled_model: ChatModel) -> None:
    batched = run(bundled_model, PROMPTS, GREEDY)
    one_by_one = load_model("hf:" + str(bundled_model_dir()), batch_size=1)
    singles = run(one_by_one, PROMPTS, GREEDY)  # batch_size=1 splits into three batches
    assert [c.text for c in batched] == [c.text for c in singles]
    assert all(c.text and c.logprobs is None for c in batched)
    # Left padding must not count as prompt: the prompts have different lengths.
    assert [c.prompt_tokens for c in batched] == [c.prompt_tokens for c in singles]
    assert len({c.prompt_tokens for c in batched}) == len(PROMPTS)


def test_seed_makes_sampling_repeatable(bundled_model: ChatModel) -> None:
    def sample(seed: int) -> list[str]:
        params = GenParams(max_new_tokens=6, temperature=1.0, seed=seed)
        return [c.text for c in run(bundled_model, PROMPTS[:2], params)]

    first = sample(7)
    assert sample(7) == first
    assert sample(8) != first


def test_length_and_empty_batch(bundled_model: ChatModel) -> None:
    [completion] = run(bundled_model, PROMPTS[2:], GenParams(max_new_tokens=3, temperature=0))
    assert completion.finish_reason == "length"
    assert completion.completion_tokens == 3
    assert run(bundled_model, [], GREEDY) == []


def test_stop_string_cuts_text_and_tokens(bundled_model: ChatModel) -> None:
    long = GenParams(max_new_tokens=12, temperature=0)
    [full] = run(bundled_model, PROMPTS[2:], long)
    assert "3" in full.text
    stopped = GenParams(max_new_tokens=12, temperature=0, stop=("3", "never-there"))
    [cut] = run(bundled_model, PROMPTS[2:], stopped)
    assert cut.finish_reason == "stop"
    assert "3" not in cut.text
    assert full.text.startswith(cut.text)
    assert cut.text == full.text[: full.text.index("3")]
    assert 0 < cut.completion_tokens < full.completion_tokens


def test_logprobs_are_top_k_normalised_log_probs(bundled_model: ChatModel) -> None:
    params = GenParams(max_new_tokens=4, temperature=0, top_logprobs=5)
    completions = run(bundled_model, PROMPTS, params)
    for completion in completions:
        assert completion.logprobs is not None and completion.tokens is not None
        assert len(completion.logprobs) == len(completion.tokens) == completion.completion_tokens
        for position, chosen in zip(completion.logprobs, completion.tokens, strict=True):
            values = [alt.logprob for alt in position]
            assert len(values) == 5
            assert values == sorted(values, reverse=True)
            assert all(v <= 0 for v in values)
            assert sum(math.exp(v) for v in values) <= 1 + 1e-5
            assert chosen == position[0]  # greedy picks the most likely token
    # One greedy token (logprob scoring) takes the prefix-sharing path: same numbers, and
    # over the whole vocabulary the probabilities sum to one.
    vocabulary = GenParams(max_new_tokens=1, temperature=0, top_logprobs=49152)
    next_tokens = run(bundled_model, PROMPTS, vocabulary)
    for next_token, completion in zip(next_tokens, completions, strict=True):
        assert next_token.logprobs is not None and completion.logprobs is not None
        [everything] = next_token.logprobs
        assert sum(math.exp(alt.logprob) for alt in everything) == pytest.approx(1, abs=1e-4)
        assert [a.token for a in everything[:5]] == [a.token for a in completion.logprobs[0]]
        for a, b in zip(everything, completion.logprobs[0], strict=False):
            assert a.logprob == pytest.approx(b.logprob, abs=1e-4)
        assert next_token.prompt_tokens == completion.prompt_tokens
        assert next_token.tokens == [everything[0]]


def test_generation_leaves_the_event_loop_free(bundled_model: ChatModel) -> None:
    async def main() -> int:
        ticks = 0
        task = asyncio.create_task(bundled_model.generate(PROMPTS[:1], GREEDY))
        while not task.done():
            ticks += 1
            await asyncio.sleep(0.01)
        await task
        return ticks

    assert asyncio.run(main()) > 5


def test_lora_adapter_dir_loads_base_plus_adapter(bundled_model: ChatModel, tmp_path: Path) -> None:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(bundled_model_dir())
    config = LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    get_peft_model(base, config).save_pretrained(tmp_path / "adapter")
    assert (tmp_path / "adapter" / "adapter_config.json").is_file()

    adapted = load_model(f"hf:{tmp_path / 'adapter'}")
    assert adapted.name == f"hf:{tmp_path / 'adapter'}"
    params = GenParams(max_new_tokens=1, temperature=0, top_logprobs=1)
    [with_adapter] = run(adapted, PROMPTS[:1], params)
    [without] = run(bundled_model, PROMPTS[:1], params)
    assert with_adapter.tokens is not None and without.tokens is not None
    assert with_adapter.tokens[0].logprob != pytest.approx(without.tokens[0].logprob, abs=1e-4)
