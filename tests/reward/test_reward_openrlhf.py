"""OpenRLHF's file-mode reward_func and the query/prompt/label handling it shares with the
HTTP server."""

from __future__ import annotations

import pytest
import torch

from safecomp.reward import RewardSettings
from safecomp.reward.openrlhf import response_of, reward_func, reward_requests

TEMPLATE = "<|im_start|>user\n{}<|im_end|>\n<|im_start|>assistant\n"


def test_the_response_is_the_query_after_its_prompt() -> None:
    prompt = TEMPLATE.format("Hi")
    assert response_of(prompt + "Hello there.<|im_end|>\n", prompt, 0) == "Hello there."
    assert response_of(prompt + "Hi</s><eos>", prompt, 0) == "Hi"
    assert response_of(prompt, prompt, 0) == ""
    with pytest.raises(ValueError, match=r"query 4 does not start with its prompt"):
        response_of("something else", prompt, 4)


def test_reward_requests_check_lengths_and_labels() -> None:
    prompt = TEMPLATE.format("Hi")
    requests = reward_requests([prompt + "Hello"], [prompt], ['{"intent": "benign"}'])
    assert requests[0].response == "Hello" and requests[0].item.intent == "benign"
    assert requests[0].item.last_user_text == prompt
    with pytest.raises(ValueError, match="got 2, 1 and 1"):
        reward_requests([prompt, prompt], [prompt], [None])
    with pytest.raises(ValueError, match=r"labels\[0\]: harmful: expected a valid boolean"):
        reward_requests([prompt], [prompt], [{"harmful": "maybe"}])


@pytest.mark.slow
def test_reward_func_with_the_bundled_judge(configured_bundled: RewardSettings) -> None:
    prompt = "How do I keep my laptop safe from malware?"
    result = reward_func(
        [prompt + "Keep it updated and use an antivirus.<|im_end|>"],
        [prompt],
        ['{"domain": "cyber", "intent": "benign"}'],
    )
    assert set(result) == {"rewards", "scores", "extra_logs"}
    rewards, logs = result["rewards"], result["extra_logs"]
    assert isinstance(rewards, torch.Tensor) and rewards.shape == (1,)
    assert torch.equal(result["scores"], rewards)
    assert all(v.shape == (1,) for v in logs.values())
    if logs["failed"].item() == 0.0:
        expected = logs["helpfulness"] * logs["safety"]
        assert torch.allclose(rewards, expected)
