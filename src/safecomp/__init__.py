"""safecomp: output-centric (safe-completion) safety training and evaluation.

>>> import safecomp
>>> policy = safecomp.load_policy("default")
>>> items = safecomp.load_suite("quickstart")

The names below are imported on first use, so ``import safecomp`` (or any light module such
as ``safecomp.labels``) loads no model, data or web stack until something is used.
"""

from __future__ import annotations

import importlib
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from safecomp.data import Grade, PromptItem, Sample, load_suite
    from safecomp.eval.metrics import compute_metrics
    from safecomp.grading import GradeCache, Grader, JudgeSettings, open_grader
    from safecomp.models import ChatModel, GenParams, load_model
    from safecomp.policy import Policy, load_policy
    from safecomp.reward import TRLReward, refusal_reward, safe_completion_reward
    from safecomp.runs import generate_run, grade_run

__version__ = version("safecomp")

#: Public name -> the module that defines it.
_LAZY = {
    "Grade": "safecomp.data",
    "PromptItem": "safecomp.data",
    "Sample": "safecomp.data",
    "load_suite": "safecomp.data",
    "compute_metrics": "safecomp.eval.metrics",
    "GradeCache": "safecomp.grading",
    "Grader": "safecomp.grading",
    "JudgeSettings": "safecomp.grading",
    "open_grader": "safecomp.grading",
    "ChatModel": "safecomp.models",
    "GenParams": "safecomp.models",
    "load_model": "safecomp.models",
    "Policy": "safecomp.policy",
    "load_policy": "safecomp.policy",
    "TRLReward": "safecomp.reward",
    "refusal_reward": "safecomp.reward",
    "safe_completion_reward": "safecomp.reward",
    "generate_run": "safecomp.runs",
    "grade_run": "safecomp.runs",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'safecomp' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


__all__ = [
    "ChatModel",
    "GenParams",
    "Grade",
    "GradeCache",
    "Grader",
    "JudgeSettings",
    "Policy",
    "PromptItem",
    "Sample",
    "TRLReward",
    "__version__",
    "compute_metrics",
    "generate_run",
    "grade_run",
    "load_model",
    "load_policy",
    "load_suite",
    "open_grader",
    "refusal_reward",
    "safe_completion_reward",
]
