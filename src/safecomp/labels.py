"""The shared vocabulary of safe-completion: intents, severities and response modes."""

from typing import Final, Literal, get_args

Intent = Literal["benign", "dual_use", "malicious", "unknown"]
Severity = Literal["none", "negligible", "low", "moderate", "high"]
ResponseMode = Literal[
    "direct_answer", "safe_completion", "refusal_with_redirection", "hard_refusal"
]

INTENTS: Final[tuple[Intent, ...]] = get_args(Intent)
#: Ordered from harmless to most severe.
SEVERITIES: Final[tuple[Severity, ...]] = get_args(Severity)
RESPONSE_MODES: Final[tuple[ResponseMode, ...]] = get_args(ResponseMode)
REFUSAL_MODES: Final[frozenset[ResponseMode]] = frozenset(
    {"refusal_with_redirection", "hard_refusal"}
)


def severity_rank(severity: Severity) -> int:
    """0 for ``none`` up to 4 for ``high``."""
    return SEVERITIES.index(severity)
