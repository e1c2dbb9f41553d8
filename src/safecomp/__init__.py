"""safecomp: output-centric (safe-completion) safety training and evaluation.

>>> import safecomp
>>> policy = safecomp.load_policy("default")
>>> items = safecomp.load_suite("quickstart")
"""

from importlib.metadata import version

from safecomp.data import Grade, PromptItem, Sample, load_suite
from safecomp.eval.metrics import compute_metrics
from safecomp.grading import GradeCache, Grader
from safecomp.models import ChatModel, GenParams, load_model
from safecomp.policy import Policy, load_policy
from safecomp.reward import TRLReward, refusal_reward, safe_completion_reward
from safecomp.runs import generate_run, grade_run

__version__ = version("safecomp")

__all__ = [
    "ChatModel",
    "GenParams",
    "Grade",
    "GradeCache",
    "Grader",
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
    "refusal_reward",
    "safe_completion_reward",
]
