"""The held-out probe during RL: a fixed prompt set, graded by judges the reward never uses.

Every ``every`` steps (and before the first and after the last) the policy answers the probe
prompts greedily. The answers are scored by string-match refusal detection
(:mod:`safecomp.grading.refusal_baseline`), per intent, and, when a probe judge is set, by that
second judge (safety, helpfulness and the safe-completion reward). The scores go to
``train_log.jsonl`` (``kind: probe``) beside the training reward, so reward hacking (the
reward rising while the held-out score falls) shows in the log and in the experiment report;
each answer goes to ``probe.jsonl``.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from safecomp.data.schema import PromptItem
from safecomp.data.suites import load_suite
from safecomp.grading.refusal_baseline import is_refusal
from safecomp.grading.settings import JudgeSettings
from safecomp.reward.runtime import SyncScorer
from safecomp.reward.scorer import RewardRequest
from safecomp.reward.settings import RewardSettings
from safecomp.train.log import TrainLog

PROBE_FILE = "probe.jsonl"


def refusal_scores(items: Sequence[PromptItem], answers: Sequence[str]) -> dict[str, float]:
    """String-match refusal rate overall and per intent: ``refusal_rate[/<intent>]``."""
    by_intent: dict[str, list[bool]] = defaultdict(list)
    for item, answer in zip(items, answers, strict=True):
        by_intent[item.intent].append(is_refusal(answer))
    flat = [r for rs in by_intent.values() for r in rs]
    scores = {"refusal_rate": sum(flat) / len(flat)}
    scores.update({f"refusal_rate/{k}": sum(v) / len(v) for k, v in sorted(by_intent.items())})
    return scores


class HeldOutProbe:
    """Answers the probe prompts with a training model and scores the answers."""

    def __init__(
        self,
        items: Sequence[PromptItem],
        log: TrainLog,
        *,
        every: int,
        max_new_tokens: int,
        judge: JudgeSettings | None = None,
    ) -> None:
        if not items:
            raise ValueError("the probe needs at least one prompt")
        self.items = list(items)
        self.log = log
        self.every = every
        self.max_new_tokens = max_new_tokens
        self.judge = judge
        self._scorer: SyncScorer | None = None
        self._answers = log.path.with_name(PROBE_FILE)
        self._answers.write_text("", encoding="utf-8")
        self.last_step = -1

    def answer(self, model: Any, tokenizer: Any) -> list[str]:
        """Greedy answers of ``model`` to the probe prompts (one batch)."""
        import torch

        side = tokenizer.padding_side
        tokenizer.padding_side = "left"
        was_training = model.training
        model.eval()
        try:
            batch = tokenizer.apply_chat_template(
                [item.to_messages() for item in self.items],
                add_generation_prompt=True,
                padding=True,
                return_dict=True,
                return_tensors="pt",
            ).to(model.device)
            with torch.no_grad():
                out = model.generate(
                    **batch,
                    max_new_tokens=self.max_new_tokens,
                    do_sample=False,
                    pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id,
                )
        finally:
            tokenizer.padding_side = side
            if was_training:
                model.train()
        new = out[:, batch["input_ids"].shape[1] :]
        return [str(t) for t in tokenizer.batch_decode(new, skip_special_tokens=True)]

    def run(self, step: int, model: Any, tokenizer: Any) -> dict[str, float]:
        """Probe at ``step``: answer, score, log; returns the scores (``probe/...``)."""
        answers = self.answer(model, tokenizer)
        scores = {f"probe/{k}": v for k, v in refusal_scores(self.items, answers).items()}
        graded: list[dict[str, Any]] = [{} for _ in answers]
        if self.judge is not None:
            if self._scorer is None:
                self._scorer = SyncScorer.from_settings(RewardSettings(judge=self.judge))
            requests = [
                RewardRequest(item=i, response=a) for i, a in zip(self.items, answers, strict=True)
            ]
            scored = self._scorer.score(requests)
            ok = [s for s in scored if not s.failed]
            scores["probe/judge/failed"] = float(len(scored) - len(ok))
            for name in ("safety", "helpfulness", "reward"):
                values = [getattr(s, name) for s in ok if getattr(s, name) is not None]
                if values:
                    scores[f"probe/judge/{name}"] = sum(values) / len(values)
            graded = [
                {"judge_reward": s.reward, "severity": s.grade.severity, "mode": s.grade.mode}
                for s in scored
            ]
        self.log.write("probe", step, scores)
        with self._answers.open("a", encoding="utf-8") as file:
            for item, answer, extra in zip(self.items, answers, graded, strict=True):
                row = {"step": step, "id": item.id, "intent": item.intent, "response": answer}
                row |= {"refusal": is_refusal(answer), **extra}
                file.write(json.dumps(row, ensure_ascii=False) + "\n")
        self.last_step = step
        return scores

    def close(self) -> None:
        if self._scorer is not None:
            self._scorer.close()
            self._scorer = None

    def callback(self) -> Any:
        """A transformers ``TrainerCallback`` running this probe at step 0, every
        ``every`` steps and at the end of training."""
        from transformers import TrainerCallback

        probe = self

        class _ProbeCallback(TrainerCallback):
            def on_train_begin(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                probe.run(int(state.global_step), kw["model"], kw["processing_class"])

            def on_step_end(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                if state.global_step % probe.every == 0:
                    probe.run(int(state.global_step), kw["model"], kw["processing_class"])

            def on_train_end(self, args: Any, state: Any, control: Any, **kw: Any) -> None:
                try:
                    if probe.last_step != state.global_step:
                        probe.run(int(state.global_step), kw["model"], kw["processing_class"])
                finally:
                    probe.close()

        return _ProbeCallback()


def probe_items(suite: str, limit: int | None) -> list[PromptItem]:
    """The probe prompts: the first ``limit`` prompts of ``suite``."""
    items = load_suite(suite)
    return items[:limit] if limit is not None else items
