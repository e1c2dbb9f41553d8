"""The judge reward as a TRL ``reward_funcs`` callable (``GRPOTrainer`` and friends).

>>> reward = TRLReward(RewardSettings(judge="bundled:smollm2"))  # doctest: +SKIP
>>> trainer = GRPOTrainer(model, reward_funcs=[reward], train_dataset=ds)  # doctest: +SKIP

Each call grades the whole batch with one judge call. Dataset columns ``id``, ``intent``,
``domain`` and ``harmful`` reach it through TRL's keyword arguments and label the prompts.
A failed grade gives ``None``, which TRL leaves out of the reward. The reward components
(helpfulness, safety, severity counts, failed count, mode mix) go to the trainer's metrics
through ``log_metric`` as ``<name>/<component>``, and per-sample values to the completions
table through ``log_extra``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from safecomp.models.base import Message
from safecomp.reward.runtime import SyncScorer
from safecomp.reward.scorer import (
    PromptLabels,
    RewardScorer,
    batch_metrics,
    make_request,
)
from safecomp.reward.settings import RewardSettings


def _text(content: Any) -> str:
    """Message content as text: a string, or the text parts of a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(block.get("text", "") for block in content if isinstance(block, dict))
    raise TypeError(f"message content must be a string or a list of blocks, got {content!r}")


def prompt_messages(prompt: str | Sequence[dict[str, Any]]) -> list[Message]:
    """A TRL prompt (plain text, or a conversation) as chat messages."""
    if isinstance(prompt, str):
        return [{"role": "user", "content": prompt}]
    return [{"role": m["role"], "content": _text(m["content"])} for m in prompt]


def completion_text(completion: str | Sequence[dict[str, Any]]) -> str:
    """A TRL completion (plain text, or a list of assistant messages) as one text."""
    if isinstance(completion, str):
        return completion
    return "".join(_text(m["content"]) for m in completion)


class TRLReward:
    """A TRL reward function backed by the safe-completion judge.

    Give it a ``RewardSettings`` (it then builds and owns the judge) or a ready
    ``RewardScorer``/``SyncScorer``. ``__name__`` (the reward name unless ``name`` says
    otherwise) names its column in TRL's logs and prefixes the logged components.
    """

    def __init__(
        self, scorer: RewardSettings | RewardScorer | SyncScorer, *, name: str | None = None
    ) -> None:
        if isinstance(scorer, RewardSettings):
            scorer = SyncScorer.from_settings(scorer)
        elif isinstance(scorer, RewardScorer):
            scorer = SyncScorer(scorer)
        self.scorer = scorer
        self.__name__ = name or scorer.scorer.reward_name

    def __call__(
        self,
        prompts: Sequence[str | Sequence[dict[str, Any]]],
        completions: Sequence[str | Sequence[dict[str, Any]]],
        log_metric: Callable[[str, float], None] | None = None,
        log_extra: Callable[[str, list[Any]], None] | None = None,
        **kwargs: Any,
    ) -> list[float | None]:
        if len(prompts) != len(completions):
            raise ValueError(f"{len(prompts)} prompts but {len(completions)} completions")
        columns = {k: kwargs[k] for k in PromptLabels.model_fields if kwargs.get(k) is not None}
        for key, values in columns.items():
            if len(values) != len(prompts):
                raise ValueError(f"column {key!r} has {len(values)} values for {len(prompts)} rows")
        requests = [
            make_request(
                prompt_messages(prompt),
                completion_text(completion),
                PromptLabels.parse({k: v[i] for k, v in columns.items()}, f"dataset row {i}"),
            )
            for i, (prompt, completion) in enumerate(zip(prompts, completions, strict=True))
        ]
        scored = self.scorer.score(requests)
        if log_metric is not None:
            for key, value in batch_metrics(scored).items():
                log_metric(f"{self.__name__}/{key}", value)
        if log_extra is not None:
            log_extra(f"{self.__name__}/helpfulness", [s.helpfulness for s in scored])
            log_extra(f"{self.__name__}/safety", [s.safety for s in scored])
            log_extra(f"{self.__name__}/severity", [s.grade.severity for s in scored])
            log_extra(f"{self.__name__}/mode", [s.grade.mode for s in scored])
            log_extra(f"{self.__name__}/judge_status", [s.grade.status for s in scored])
        return [s.reward for s in scored]

    def close(self) -> None:
        """Close the judge and the background loop."""
        self.scorer.close()
