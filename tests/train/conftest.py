"""Fixtures of the training tests: a short policy (short teacher and judge prompts keep the
bundled model affordable on two cores) and one tiny SFT data set built once per session."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from helpers.servers import TINY_POLICY

from safecomp.grading import JudgeSettings
from safecomp.train.sft_data import SFTDataConfig, SFTDataSummary, build_sft_data


def tiny_sft_data_config(**changes: object) -> SFTDataConfig:
    """Two prompts, two short teacher samples each, graded without a cache."""
    values: dict[str, object] = {
        "judge": JudgeSettings(policy=str(TINY_POLICY), use_cache=False),
        "limit": 2,
        "n": 2,
        "max_new_tokens": 24,
        "threshold": 0.0,
    }
    return SFTDataConfig.model_validate(values | changes)


@pytest.fixture(scope="session")
def sft_data(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, SFTDataSummary]:
    """A finished sft-data folder of :func:`tiny_sft_data_config` and its summary."""
    out = tmp_path_factory.mktemp("sft-data") / "data"
    summary = asyncio.run(build_sft_data(tiny_sft_data_config(), out))
    return out, summary
