"""Reward settings from names and SAFECOMP_* environment variables."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecomp.grading import JudgeSettings
from safecomp.reward import RewardSettings


def test_from_env_reads_every_field() -> None:
    settings = RewardSettings.from_env(
        {
            "SAFECOMP_JUDGE": "openai:judge@http://127.0.0.1:8000/v1",
            "SAFECOMP_POLICY": "my-policy.yaml",
            "SAFECOMP_METHOD": "logprob",
            "SAFECOMP_REWARD": "refusal_baseline",
            "SAFECOMP_GRADE_CACHE": "/tmp/grades.sqlite",
            "SAFECOMP_CONCURRENCY": "4",
            "SAFECOMP_BATCH_SIZE": "16",
            "SAFECOMP_MAX_NEW_TOKENS": "200",
        }
    )
    assert settings == RewardSettings(
        judge=JudgeSettings(
            spec="openai:judge@http://127.0.0.1:8000/v1",
            policy="my-policy.yaml",
            method="logprob",
            cache=Path("/tmp/grades.sqlite"),
            concurrency=4,
            batch_size=16,
            max_new_tokens=200,
        ),
        reward="refusal_baseline",
    )
    assert RewardSettings.from_env({"SAFECOMP_JUDGE": ""}) == RewardSettings()


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"SAFECOMP_BATCH_SIZE": "eight"}, "SAFECOMP_BATCH_SIZE='eight': expected a valid integer"),
        ({"SAFECOMP_METHOD": "vibes"}, "SAFECOMP_METHOD='vibes': unknown grading method 'vibes'"),
        ({"SAFECOMP_REWARD": "r2"}, "SAFECOMP_REWARD='r2': unknown reward 'r2'"),
        ({"SAFECOMP_CONCURRENCY": "0"}, "SAFECOMP_CONCURRENCY='0': .*greater than or equal to 1"),
        ({"SAFECOMP_JUDGE": "nonsense"}, "SAFECOMP_JUDGE='nonsense': unknown model spec"),
    ],
)
def test_bad_settings_say_what_is_wrong(env: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RewardSettings.from_env(env)
