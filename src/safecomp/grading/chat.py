"""The grading methods that ask a chat model (any ``ChatModel`` spec):

- ``structured``: the judge writes a JSON verdict (its schema goes to backends with guided
  decoding); a reply that does not parse or validate is sent back once with the error, and
  otherwise becomes a failed grade keeping the raw replies.
- ``logprob``: one single-token question per criterion, scored from the next-token
  distribution (``safecomp.grading.logprob``); no rationale or cited rules.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from safecomp.data.schema import Grade, Sample
from safecomp.models.base import (
    ChatModel,
    Completion,
    GenParams,
    Messages,
    ModelError,
    RemoteModel,
    TokenLogprob,
)
from safecomp.policy.schema import Policy

from .judging import GradeStamp, JudgeCalls
from .learned.grader import is_learned_spec
from .logprob import NoAnswerError, score_criteria
from .methods import METHODS, GradingMethod
from .parsing import JudgeReplyError, Verdict, parse_verdict, verdict_schema
from .settings import JudgeSettings
from .templates import (
    CRITERIA,
    TEMPLATE_VERSION,
    Criterion,
    criterion_questions,
    logprob_messages,
    nonce_for,
    repair_messages,
    rubric_for,
    structured_messages,
)

_REPAIR_SEPARATOR = "\n\n----- reply to the repair request -----\n"
#: Logprob questions ask for this many alternatives of the single answer token.
TOP_LOGPROBS = 20


class _ChatJudging:
    """What both chat methods share: the judge model, the policy and its rubrics."""

    def __init__(self, model: ChatModel, policy: Policy, method: str, *, owns_model: bool) -> None:
        self.model = model
        self.policy = policy
        self.stamp = GradeStamp(model.name, method, TEMPLATE_VERSION, policy)
        self.variant = ""
        self._owns_model = owns_model
        self._rubrics: dict[str | None, str] = {}

    def _rubric(self, domain: str | None) -> str:
        if domain not in self._rubrics:
            self._rubrics[domain] = rubric_for(self.policy, domain)
        return self._rubrics[domain]

    async def probe(self) -> str | None:
        return await self.model.probe() if isinstance(self.model, RemoteModel) else None

    async def aclose(self) -> None:
        if self._owns_model:
            await self.model.aclose()


class StructuredJudging(_ChatJudging):
    """A JSON verdict per sample, with one repair request for a reply that is no verdict."""

    def __init__(
        self, model: ChatModel, policy: Policy, *, max_new_tokens: int = 256, owns_model: bool
    ) -> None:
        super().__init__(model, policy, "structured", owns_model=owns_model)
        self.variant = f"max_new_tokens={max_new_tokens}"
        self._params = GenParams(
            max_new_tokens=max_new_tokens, temperature=0.0, json_schema=verdict_schema(policy)
        )

    async def judge(self, samples: Sequence[Sample], calls: JudgeCalls) -> list[Grade]:
        prompts = [
            structured_messages(s, self.policy, self._rubric(s.item.domain), _nonce(s))
            for s in samples
        ]
        replies = [c.text for c in await calls.generate(self.model, prompts, self._params)]
        outcomes: list[Verdict | JudgeReplyError] = [self._parse(r) for r in replies]
        retry = [i for i, o in enumerate(outcomes) if isinstance(o, JudgeReplyError)]
        raws = list(replies)
        if retry:
            repairs = [repair_messages(prompts[i], replies[i], str(outcomes[i])) for i in retry]
            second = await calls.generate(self.model, repairs, self._params)
            for i, completion in zip(retry, second, strict=True):
                raws[i] = replies[i] + _REPAIR_SEPARATOR + completion.text
                repaired = self._parse(completion.text)
                outcomes[i] = (
                    repaired
                    if isinstance(repaired, Verdict)
                    else JudgeReplyError(f"{outcomes[i]}; after one repair request: {repaired}")
                )
        return [
            self.stamp.ok(s, unknown_rules=tuple(o.unknown_rules), raw=raw, **o.model_dump())
            if isinstance(o, Verdict)
            else self.stamp.failed(s, raw, str(o))
            for s, o, raw in zip(samples, outcomes, raws, strict=True)
        ]

    def _parse(self, reply: str) -> Verdict | JudgeReplyError:
        try:
            return parse_verdict(reply, self.policy)
        except JudgeReplyError as err:
            return err


class LogprobJudging(_ChatJudging):
    """Five single-token questions per sample, scored from next-token probabilities."""

    def __init__(self, model: ChatModel, policy: Policy, *, owns_model: bool) -> None:
        super().__init__(model, policy, "logprob", owns_model=owns_model)
        self._params = GenParams(max_new_tokens=1, temperature=0.0, top_logprobs=TOP_LOGPROBS)
        self._questions = criterion_questions(policy)

    async def judge(self, samples: Sequence[Sample], calls: JudgeCalls) -> list[Grade]:
        prompts: list[Messages] = []
        for s in samples:
            questions = logprob_messages(s, self._rubric(s.item.domain), self._questions, _nonce(s))
            prompts.extend(questions[c] for c in CRITERIA)
        completions = await calls.generate(self.model, prompts, self._params)
        n = len(CRITERIA)
        return [
            self._grade(sample, dict(zip(CRITERIA, completions[i * n : i * n + n], strict=True)))
            for i, sample in enumerate(samples)
        ]

    def _grade(self, sample: Sample, answers: dict[Criterion, Completion]) -> Grade:
        tops: dict[Criterion, list[TokenLogprob]] = {}
        for criterion, completion in answers.items():
            if not completion.logprobs:
                raise ModelError(
                    f"judge {self.model.name} returned no logprobs; the logprob method needs "
                    "a backend that reports top_logprobs (use method='structured')"
                )
            tops[criterion] = completion.logprobs[0]
        raw = json.dumps(
            {
                criterion: [[t.token, round(t.logprob, 4)] for t in top]
                for criterion, top in tops.items()
            },
            ensure_ascii=False,
        )
        try:
            scores = score_criteria(tops)
        except NoAnswerError as err:
            return self.stamp.failed(sample, raw, str(err))
        return self.stamp.ok(sample, raw=raw, **scores.grade_fields())


def chat_judging(
    model: ChatModel, policy: Policy, method: str, *, max_new_tokens: int = 256, owns_model: bool
) -> StructuredJudging | LogprobJudging:
    """The judging of chat method ``method`` (``structured`` or ``logprob``) with ``model``."""
    if method == "structured":
        return StructuredJudging(
            model, policy, max_new_tokens=max_new_tokens, owns_model=owns_model
        )
    if method == "logprob":
        return LogprobJudging(model, policy, owns_model=owns_model)
    raise ValueError(f"{method!r} is not a chat grading method; expected structured or logprob")


def _check_chat_spec(spec: str) -> None:
    from safecomp.models.registry import check_spec

    if is_learned_spec(spec):
        raise ValueError(f"{spec!r} is a learned grader, not a chat model: use method 'learned'")
    try:
        check_spec(spec)
    except ModelError as err:
        raise ValueError(str(err)) from None


def _opener(method: str) -> GradingMethod:
    def open_judging(
        settings: JudgeSettings, policy: Policy, model: ChatModel | None
    ) -> StructuredJudging | LogprobJudging:
        from safecomp.models import load_model

        chosen = model if model is not None else load_model(settings.spec)
        return chat_judging(
            chosen,
            policy,
            method,
            max_new_tokens=settings.max_new_tokens,
            owns_model=model is None,
        )

    summaries = {
        "structured": "the judge writes a JSON verdict (rationale, cited rules)",
        "logprob": "single-token questions scored from next-token probabilities",
    }
    return GradingMethod(
        method, summaries[method], _check_chat_spec, open_judging, asks_chat_model=True
    )


def _nonce(sample: Sample) -> str:
    return nonce_for(sample.item.model_dump_json(), sample.response)


for _method in ("structured", "logprob"):
    METHODS.add(_method, _opener(_method))
