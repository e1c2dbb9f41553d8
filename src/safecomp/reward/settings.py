"""What a reward scorer is built from: the judge (``JudgeSettings``) and the reward name.

verl and OpenRLHF import reward functions by file path and call them with fixed
arguments, so those adapters read their settings from ``SAFECOMP_*`` environment variables
(``RewardSettings.from_env``), which map onto the judge settings, or from a
``configure(...)`` call made before training.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safecomp.errors import SettingsError, describe
from safecomp.grading.settings import JudgeField, JudgeSettings
from safecomp.reward.core import RewardName, Scores

#: Environment variable -> (field of RewardSettings, field of JudgeSettings or None).
ENVIRONMENT: dict[str, tuple[str, str | None]] = {
    "SAFECOMP_JUDGE": ("judge", "spec"),
    "SAFECOMP_METHOD": ("judge", "method"),
    "SAFECOMP_POLICY": ("judge", "policy"),
    "SAFECOMP_GRADE_CACHE": ("judge", "cache"),
    "SAFECOMP_USE_CACHE": ("judge", "use_cache"),
    "SAFECOMP_CONCURRENCY": ("judge", "concurrency"),
    "SAFECOMP_BATCH_SIZE": ("judge", "batch_size"),
    "SAFECOMP_MAX_NEW_TOKENS": ("judge", "max_new_tokens"),
    "SAFECOMP_REWARD": ("reward", None),
    "SAFECOMP_REWARD_SCORES": ("scores", None),
}


class RewardSettings(BaseModel):
    """The judge that grades (a ``JudgeSettings``, or just its spec), the reward to apply,
    and how it reads a grade (``scores``: ``expected`` values from the grade's
    distributions, or the most likely ``levels``; see ``safecomp.reward.core``).

    >>> RewardSettings(judge="bundled:smollm2").judge.method
    'logprob'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    judge: JudgeField = Field(default_factory=JudgeSettings)
    reward: RewardName = "safe_completion"
    scores: Scores = "expected"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> RewardSettings:
        """Settings from the ``SAFECOMP_*`` variables of :data:`ENVIRONMENT`; unset (or
        empty) ones keep their defaults. A bad value is a ``SettingsError`` naming it."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for name, (field, sub) in ENVIRONMENT.items():
            raw = env.get(name, "")
            if raw:
                if sub is None:
                    values[field] = raw
                else:
                    values.setdefault(field, {})[sub] = raw
        try:
            return cls.model_validate(values)
        except ValidationError as err:
            problems = []
            for error in err.errors(include_url=False):
                where = tuple(str(part) for part in error["loc"][:2])
                var = next(
                    (n for n, (f, s) in ENVIRONMENT.items() if where in {(f, s), (f,)}), None
                )
                shown = f"{var}={env.get(var, '')!r}" if var else ".".join(where) or "settings"
                problems.append(f"{shown}: {describe(error)}")
            raise SettingsError("bad reward settings: " + "; ".join(problems)) from None
