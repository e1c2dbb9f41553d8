"""Fixtures for the reward tests: the bundled judge as a grader and as configured adapters."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reward_testing import TINY_POLICY

from safecomp.grading import JudgeSettings
from safecomp.policy import Policy, load_policy
from safecomp.reward import RewardSettings, configure

#: The judge settings of these tests: logprob needs one generated token per criterion,
#: which keeps the bundled judge affordable on two CPU cores.
JUDGE_METHOD = "logprob"


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy("default")


@pytest.fixture(scope="session")
def configured_bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RewardSettings]:
    """The file-imported adapters (verl, OpenRLHF) configured with the bundled judge: the
    logprob method (one generated token per criterion), the short test policy, and a grade
    cache so the two adapters' tests grade a shared (prompt, response) once."""
    settings = RewardSettings(
        judge=JudgeSettings(
            spec="bundled:smollm2",
            policy=str(TINY_POLICY),
            method="logprob",
            cache=tmp_path_factory.mktemp("reward") / "grades.sqlite",
        )
    )
    configure(settings)
    yield settings
    configure()  # closes the judge built for these tests
