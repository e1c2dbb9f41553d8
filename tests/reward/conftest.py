"""Fixtures for the reward tests: the bundled judge as a grader and as configured adapters."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import pytest

from safecomp.data.schema import Grade, Sample
from safecomp.grading import Grader
from safecomp.models import ChatModel
from safecomp.policy import Policy, load_policy
from safecomp.reward import RewardSettings, configure

#: The judge settings of these tests: logprob needs one generated token per criterion,
#: which keeps the bundled judge affordable on two CPU cores.
JUDGE_METHOD = "logprob"


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy("default")


class CountingGrader:
    """A real ``Grader`` that also records the size of each ``grade`` call."""

    def __init__(self, grader: Grader) -> None:
        self.grader = grader
        self.calls: list[int] = []

    async def grade(self, samples: Sequence[Sample]) -> list[Grade]:
        self.calls.append(len(samples))
        return await self.grader.grade(samples)


@pytest.fixture
def counting_grader(bundled_model: ChatModel, policy: Policy) -> CountingGrader:
    """The bundled judge (logprob method) behind a call counter."""
    return CountingGrader(Grader(bundled_model, policy, method=JUDGE_METHOD, batch_size=8))


@pytest.fixture(scope="session")
def configured_bundled() -> Iterator[RewardSettings]:
    """The file-imported adapters (verl, OpenRLHF) configured with the bundled judge."""
    settings = RewardSettings(judge="bundled:smollm2", method=JUDGE_METHOD)
    configure(settings)
    yield settings
    configure()  # closes the judge built for these tests
