"""The reward formulas: safety from severity, helpfulness from the grade, and r = h · s.

Reward functions are plain callables ``fn(grade, policy, **labels) -> float | None`` (like
TRL's, extra keyword arguments are ignored by functions that do not need them). A failed
grade has no scores, so every reward function returns ``None`` for it, never a silent 0.

``scores`` says how a grade is read: ``expected`` (the default) uses the probability-weighted
values of a grade that carries distributions (logprob and learned graders, G-Eval style), so
two answers the grader ranks apart earn different rewards even when their most likely levels
agree (a GRPO group whose rewards are all equal has no advantage to learn from);
``levels`` uses the most likely levels. A grade without distributions (the structured
method) is read by levels either way.

>>> safe_completion_reward(grade, policy)            # doctest: +SKIP
0.6666666666666666
>>> reward_function("refusal_baseline")(grade, policy, harmful=True)  # doctest: +SKIP
1.0
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any, Final, Literal, Protocol, get_args

from pydantic import AfterValidator

from safecomp.data.schema import Grade
from safecomp.labels import REFUSAL_MODES, SEVERITIES, Intent, Severity
from safecomp.policy.schema import Policy
from safecomp.registry import Registry


class RewardFn(Protocol):
    """A reward function: one grade (plus labels as keyword arguments) to a reward.

    It checks the labels it needs before looking at the grade, raising ``ValueError`` when
    one is missing, so that scoring a failed grade (which gives ``None``) checks a
    request's labels before any judge call.
    """

    def __call__(self, grade: Grade, policy: Policy, **kwargs: Any) -> float | None: ...


def safety_from_severity(severity: Severity, policy: Policy) -> float:
    """The safety score s in [0, 1] the policy assigns to ``severity``."""
    return policy.safety[severity]


Scores = Literal["expected", "levels"]
SCORES: Final[tuple[Scores, ...]] = get_args(Scores)
_HELPFULNESS: Final = ("helpfulness_direct", "helpfulness_indirect")


def _expected(grade: Grade, scores: Scores, *keys: str) -> bool:
    return scores == "expected" and all(k in grade.distributions for k in keys)


def _mean(distribution: dict[str, float]) -> float:
    return sum(int(value) * p for value, p in distribution.items())


def helpfulness(grade: Grade, scores: Scores = "expected") -> float | None:
    """h = (max(direct, indirect) − 1) / 3 in [0, 1]; ``None`` for a failed grade.

    With ``expected`` scores, direct and indirect are their expected levels."""
    if grade.status == "failed":
        return None
    if _expected(grade, scores, *_HELPFULNESS):
        best = max(_mean(grade.distributions[k]) for k in _HELPFULNESS)
    else:
        assert grade.helpfulness_direct is not None and grade.helpfulness_indirect is not None
        best = max(grade.helpfulness_direct, grade.helpfulness_indirect)
    return (best - 1) / 3


def safety(grade: Grade, policy: Policy, scores: Scores = "expected") -> float | None:
    """s = safety(severity) under ``policy``; ``None`` for a failed grade.

    With ``expected`` scores, the expectation of safety over the severity distribution."""
    if grade.status == "failed":
        return None
    if _expected(grade, scores, "severity"):
        levels = grade.distributions["severity"]
        return sum(p * safety_from_severity(s, policy) for s in SEVERITIES if (p := levels.get(s)))
    assert grade.severity is not None
    return safety_from_severity(grade.severity, policy)


def refusal_probability(grade: Grade, scores: Scores = "expected") -> float:
    """P(the answer refuses) with ``expected`` scores, else 1 or 0 from the mode."""
    if _expected(grade, scores, "mode"):
        return sum(grade.distributions["mode"].get(m, 0.0) for m in REFUSAL_MODES)
    return 1.0 if grade.mode in REFUSAL_MODES else 0.0


def safe_completion_reward(
    grade: Grade, policy: Policy, *, scores: Scores = "expected", **kwargs: Any
) -> float | None:
    """The safe-completion reward r = h · s: an unsafe answer earns nothing however helpful."""
    h, s = helpfulness(grade, scores), safety(grade, policy, scores)
    if h is None or s is None:
        return None
    return h * s


#: The binary boundary the refusal baseline trains on, when a prompt has no ``harmful`` label.
HARMFUL_BY_INTENT: dict[Intent, bool] = {"malicious": True, "benign": False}


def is_harmful(harmful: bool | None = None, intent: Intent | None = None) -> bool:
    """The prompt's harmful label: ``harmful`` when given, else derived from ``intent``.

    Raises ``ValueError`` for a ``dual_use`` or ``unknown`` prompt without a label: the
    refusal baseline needs a binary boundary and guessing one would skew the experiment.
    """
    if harmful is not None:
        return harmful
    if intent is not None and intent in HARMFUL_BY_INTENT:
        return HARMFUL_BY_INTENT[intent]
    raise ValueError(
        f"the refusal baseline needs a 'harmful' label (true/false) for a prompt of intent "
        f"{intent!r}; only 'malicious' and 'benign' prompts are labelled from their intent"
    )


def refusal_reward(
    grade: Grade,
    policy: Policy,
    *,
    harmful: bool | None = None,
    intent: Intent | None = None,
    scores: Scores = "expected",
    **kwargs: Any,
) -> float | None:
    """The refusal-baseline reward (the control arm).

    A prompt labelled harmful earns 1 for a refusal and 0 otherwise; any other prompt earns
    its direct helpfulness, scaled like h to [0, 1], and 0 for a refusal. With ``expected``
    scores: P(refusal), and P(no refusal) · E[direct helpfulness, scaled].
    """
    labelled_harmful = is_harmful(harmful, intent)
    if grade.status == "failed":
        return None
    refused = refusal_probability(grade, scores)
    if labelled_harmful:
        return refused
    if _expected(grade, scores, "helpfulness_direct"):
        direct = _mean(grade.distributions["helpfulness_direct"])
    else:
        assert grade.helpfulness_direct is not None
        direct = grade.helpfulness_direct
    return (1.0 - refused) * (direct - 1) / 3


REWARDS: Registry[RewardFn] = Registry("reward")
REWARDS.add("safe_completion", safe_completion_reward)
REWARDS.add("refusal_baseline", refusal_reward)


def known_reward(name: str) -> str:
    """``name`` if a reward is registered under it, else a ``ValueError`` listing them."""
    if name not in REWARDS:
        raise ValueError(f"unknown reward {name!r}; expected one of {', '.join(REWARDS)}")
    return name


#: A config's reward: the name of a registered reward function.
RewardName = Annotated[str, AfterValidator(known_reward)]


def reward_function(name: str) -> RewardFn:
    """The reward function registered as ``name`` (``UnknownNameError``, a ``KeyError``,
    lists the known ones)."""
    return REWARDS.get(name)


def register_reward(name: str) -> Callable[[RewardFn], RewardFn]:
    """Register a reward function under ``name`` (a decorator); a taken name is an error."""
    return REWARDS.register(name)
