"""Grading methods by name, the method recommended for a judge spec, and ``open_grader``.

A method is the part of grading that differs between judges: how one batch of samples is
judged (a chat model writing a JSON verdict, a chat model's next-token logprobs, ...). Each
registers a :class:`GradingMethod`; everything else (cache, de-duplication, batching, the
limit on calls in flight, progress) is the ``Grader``'s, shared by all methods.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from safecomp.grading.learned.grader import is_learned_spec
from safecomp.registry import Registry

if TYPE_CHECKING:
    from safecomp.grading.grader import Grader
    from safecomp.grading.judging import Judging
    from safecomp.grading.settings import JudgeSettings
    from safecomp.models.base import ChatModel
    from safecomp.policy.schema import Policy

#: Builds a method's judging from settings and a policy; ``model`` is a chat model already
#: loaded for ``settings.spec`` (the eval pipeline shares one with generation), or None.
OpenJudging = Callable[["JudgeSettings", "Policy", "ChatModel | None"], "Judging"]


@dataclass(frozen=True)
class GradingMethod:
    name: str
    #: One line for ``--help`` and docs.
    summary: str
    #: Raises ``ValueError`` (saying what is expected) for a judge spec the method cannot
    #: use, without loading anything.
    check_spec: Callable[[str], None]
    open: OpenJudging
    #: Whether the judge is a chat model (``load_model(spec)``), which callers may load
    #: once and share (``open_grader(..., model=...)``).
    asks_chat_model: bool


METHODS: Registry[GradingMethod] = Registry("grading method")

#: Judges too small to trust: their grades check the pipeline, not a model's safety.
SMALL_JUDGES = ("bundled:smollm2",)
SMALL_JUDGE_WARNING = (
    "The judge is a bundled tiny model (the chat model SmolLM2-135M-Instruct): its grades "
    "are weak and noisy. Use these numbers to check the pipeline, not to decide whether a "
    "model is safe; grade with the learned grader (bundled:grader) or a strong judge "
    "(e.g. openai:<model>@<vLLM url>) for real conclusions."
)


def recommended_method(spec: str) -> str:
    """The grading method to use by default for the judge spec ``spec``.

    ``learned`` for a trained grader (``bundled:grader``, ``learned:<dir>``); ``logprob`` for
    the bundled SmolLM2 (measured: it fails to write a valid JSON verdict for most samples
    even after a repair request, while its single-token answers always carry probability on
    the allowed answers); ``structured`` for every other judge, whose JSON verdict also gives
    a rationale and cited rules.
    """
    if is_learned_spec(spec):
        return "learned"
    return "logprob" if spec in SMALL_JUDGES else "structured"


def small_judge_warning(spec: str) -> str | None:
    """The one warning shown wherever grades of a tiny judge are summarised, else None."""
    return SMALL_JUDGE_WARNING if spec in SMALL_JUDGES else None


def open_grader(
    settings: JudgeSettings, *, policy: Policy | None = None, model: ChatModel | None = None
) -> Grader:
    """The grader ``settings`` describe, with its judge loaded and its cache open.

    ``policy`` (else ``settings.policy`` is loaded) and ``model`` (a chat model already
    loaded for ``settings.spec``, which the grader then does not close) save loading twice.
    Close the grader with ``await grader.aclose()``.
    """
    from safecomp.grading.cache import GradeCache, default_cache_path
    from safecomp.grading.grader import Grader
    from safecomp.policy import load_policy

    chosen = policy if policy is not None else load_policy(settings.policy)
    judging = METHODS.get(settings.method).open(settings, chosen, model)
    cache = GradeCache(settings.cache or default_cache_path()) if settings.use_cache else None
    return Grader.with_judging(
        judging,
        cache=cache,
        concurrency=settings.concurrency,
        batch_size=settings.batch_size,
    )
