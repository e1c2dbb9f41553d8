"""How to build a reward scorer from names: judge spec, policy, method, reward, cache.

verl and OpenRLHF import reward functions by file path and call them with fixed
arguments, so those adapters read their settings from ``SAFECOMP_*`` environment variables
(``RewardSettings.from_env``) or from a ``configure(...)`` call made before training.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal, get_args

from safecomp.reward.core import REWARDS

Method = Literal["structured", "logprob"]
METHODS: tuple[Method, ...] = get_args(Method)


@dataclass(frozen=True)
class RewardSettings:
    """What a reward scorer is built from.

    ``judge`` is a model spec (``bundled:smollm2``, ``openai:<model>@<url>`` ...); ``policy``
    a policy name or YAML path; ``grade_cache`` an optional SQLite file for judge grades.
    """

    judge: str = "bundled:smollm2"
    policy: str = "default"
    method: Method = "structured"
    reward: str = "safe_completion"
    grade_cache: Path | None = None
    concurrency: int = 8
    batch_size: int = 8
    max_new_tokens: int = 384

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise ValueError(f"unknown judge method {self.method!r}; expected one of {METHODS}")
        if self.reward not in REWARDS:
            raise ValueError(f"unknown reward {self.reward!r}; known: {', '.join(sorted(REWARDS))}")
        if min(self.concurrency, self.batch_size, self.max_new_tokens) < 1:
            raise ValueError("concurrency, batch_size and max_new_tokens must be at least 1")

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> RewardSettings:
        """Settings from ``SAFECOMP_JUDGE``, ``SAFECOMP_POLICY``, ``SAFECOMP_METHOD``,
        ``SAFECOMP_REWARD``, ``SAFECOMP_GRADE_CACHE``, ``SAFECOMP_CONCURRENCY``,
        ``SAFECOMP_BATCH_SIZE`` and ``SAFECOMP_MAX_NEW_TOKENS``; unset ones keep their
        defaults."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            name = f"SAFECOMP_{f.name.upper()}"
            raw = env.get(name, "")
            if not raw:
                continue
            parse = _PARSERS.get(f.name, str)
            try:
                values[f.name] = parse(raw)
            except ValueError:
                raise ValueError(f"{name}={raw!r}: expected an integer") from None
        return cls(**values)


_PARSERS: dict[str, Callable[[str], Any]] = {
    "grade_cache": Path,
    "concurrency": int,
    "batch_size": int,
    "max_new_tokens": int,
}
