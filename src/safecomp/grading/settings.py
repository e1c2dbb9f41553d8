"""JudgeSettings: everything that says how samples get graded, validated in one place.

``EvalConfig``, the reward settings (and their ``SAFECOMP_*`` environment variables), every
CLI command that takes a judge and the training configs hold one; :func:`open_grader`
(``safecomp.grading.methods``) is the one way to turn it into a ``Grader``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

from safecomp.grading.methods import METHODS, recommended_method

#: The offline default judge.
DEFAULT_JUDGE = "bundled:grader"


class JudgeSettings(BaseModel):
    """A judge and how to use it; ``method`` defaults to the one recommended for ``spec``.

    ``concurrency`` is the one limit on judge conversations in flight (the ``Grader`` owns
    it); ``batch_size`` samples go to the judge per call; ``max_new_tokens`` is the budget
    of a written verdict (part of the cache key). ``cache`` is the grade cache file (by
    default ``judge-cache.sqlite`` in ``$SAFECOMP_CACHE`` or ``~/.cache/safecomp``);
    ``use_cache=False`` grades without one.

    >>> JudgeSettings().method
    'learned'
    >>> JudgeSettings(spec="openai:m@http://127.0.0.1:8000/v1").method
    'structured'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    spec: str = DEFAULT_JUDGE
    method: str = ""
    policy: str = "default"
    cache: Path | None = None
    use_cache: bool = True
    concurrency: int = Field(default=8, ge=1)
    batch_size: int = Field(default=8, ge=1)
    max_new_tokens: int = Field(default=256, ge=1)

    @model_validator(mode="before")
    @classmethod
    def _default_method(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("method"):
            return {**data, "method": recommended_method(str(data.get("spec", DEFAULT_JUDGE)))}
        return data

    @field_validator("method")
    @classmethod
    def _known_method(cls, value: str) -> str:
        if value not in METHODS:
            raise ValueError(
                f"unknown grading method {value!r}; expected one of " + ", ".join(METHODS.names())
            )
        return value

    @model_validator(mode="after")
    def _usable_spec(self) -> JudgeSettings:
        METHODS.get(self.method).check_spec(self.spec)
        return self


def _spec_alone(value: Any) -> Any:
    return {"spec": value} if isinstance(value, str) else value


#: A config's judge: a ``JudgeSettings`` mapping, or just the judge spec.
JudgeField = Annotated[JudgeSettings, BeforeValidator(_spec_alone)]
