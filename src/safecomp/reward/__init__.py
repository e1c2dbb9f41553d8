"""safecomp.reward: the safe-completion reward r = h · s, the refusal baseline, and adapters
for TRL (``TRLReward``), verl (``safecomp.reward.verl``), OpenRLHF
(``safecomp.reward.openrlhf`` and the HTTP server in ``safecomp.reward.server``, which is not
imported here: it needs FastAPI)."""

from safecomp.reward.core import (
    HARMFUL_BY_INTENT,
    REWARDS,
    RewardFn,
    helpfulness,
    is_harmful,
    refusal_reward,
    register_reward,
    reward_function,
    safe_completion_reward,
    safety,
    safety_from_severity,
)
from safecomp.reward.runtime import BackgroundLoop, SyncScorer, configure, open_scorer
from safecomp.reward.scorer import (
    PromptLabels,
    RewardRequest,
    RewardScorer,
    SampleGrader,
    Scored,
    batch_metrics,
    make_request,
    numeric_components,
)
from safecomp.reward.settings import RewardSettings
from safecomp.reward.trl import TRLReward

__all__ = [
    "HARMFUL_BY_INTENT",
    "REWARDS",
    "BackgroundLoop",
    "PromptLabels",
    "RewardFn",
    "RewardRequest",
    "RewardScorer",
    "RewardSettings",
    "SampleGrader",
    "Scored",
    "SyncScorer",
    "TRLReward",
    "batch_metrics",
    "configure",
    "helpfulness",
    "is_harmful",
    "make_request",
    "numeric_components",
    "open_scorer",
    "refusal_reward",
    "register_reward",
    "reward_function",
    "safe_completion_reward",
    "safety",
    "safety_from_severity",
]
