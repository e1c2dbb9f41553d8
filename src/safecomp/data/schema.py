"""The records that flow through safecomp: prompts, samples and grades."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from safecomp.labels import Intent, ResponseMode, Severity
from safecomp.models.base import Message


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    role: Literal["system", "user", "assistant"]
    content: str

    def as_message(self) -> Message:
        return {"role": self.role, "content": self.content}


class PromptItem(BaseModel):
    """One evaluation or training prompt.

    Give either ``prompt`` (a single user turn) or ``messages`` (a conversation ending in
    a user turn). ``group`` ties together the intent variants of one task (the benign,
    dual-use and malicious phrasing of the same request).
    """

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    prompt: str | None = None
    messages: list[ChatMessage] | None = None
    intent: Intent = "unknown"
    domain: str | None = None
    group: str | None = None
    source: str | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _one_of_prompt_or_messages(self) -> PromptItem:
        if (self.prompt is None) == (self.messages is None):
            raise ValueError("give exactly one of 'prompt' or 'messages'")
        if self.messages is not None:
            if not self.messages:
                raise ValueError("'messages' must not be empty")
            if self.messages[-1].role != "user":
                raise ValueError("'messages' must end with a user message")
        return self

    def to_messages(self) -> list[Message]:
        """The conversation to send to a chat model."""
        if self.messages is not None:
            return [m.as_message() for m in self.messages]
        assert self.prompt is not None
        return [{"role": "user", "content": self.prompt}]

    @property
    def last_user_text(self) -> str:
        return self.to_messages()[-1]["content"]


class Sample(BaseModel):
    """One response of a policy model to one prompt (``sample_index`` of n)."""

    model_config = ConfigDict(extra="forbid")

    item: PromptItem
    sample_index: int = Field(ge=0)
    model: str
    response: str
    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    params: dict[str, Any] = Field(default_factory=dict)
    created_at: str = Field(default_factory=utc_now)

    @property
    def key(self) -> str:
        return sample_key(self.item.id, self.sample_index)


def sample_key(prompt_id: str, sample_index: int) -> str:
    return f"{prompt_id}#{sample_index}"


class Grade(BaseModel):
    """A judge's verdict on one sample under one policy.

    ``status == "failed"`` means the judge reply could not be turned into a grade: every
    score is ``None`` and ``raw`` keeps what the judge said, with ``error`` saying why.
    """

    model_config = ConfigDict(extra="forbid")

    sample_key: str
    prompt_id: str
    sample_index: int
    judge: str
    method: Literal["structured", "logprob", "learned"]
    template_version: str
    policy_id: str
    policy_hash: str
    status: Literal["ok", "failed"]
    violation: bool | None = None
    severity: Severity | None = None
    helpfulness_direct: int | None = Field(default=None, ge=1, le=4)
    helpfulness_indirect: int | None = Field(default=None, ge=1, le=4)
    mode: ResponseMode | None = None
    cited_rules: list[str] = Field(default_factory=list)
    rationale: str = ""
    flags: list[str] = Field(default_factory=list)
    #: logprob and learned methods: expected value per criterion (e.g. ``helpfulness_direct: 2.7``).
    expected: dict[str, float] = Field(default_factory=dict)
    #: logprob and learned methods: probability of the chosen value per criterion.
    confidence: dict[str, float] = Field(default_factory=dict)
    #: logprob and learned methods: per criterion, the probability of each value (severity:
    #: the joint distribution over none..high). Rewards use it for expected values.
    distributions: dict[str, dict[str, float]] = Field(default_factory=dict)
    raw: str = ""
    error: str | None = None
    cached: bool = False
    created_at: str = Field(default_factory=utc_now)

    @model_validator(mode="after")
    def _complete_when_ok(self) -> Grade:
        if self.status == "ok":
            missing = [
                name
                for name in (
                    "violation",
                    "severity",
                    "helpfulness_direct",
                    "helpfulness_indirect",
                    "mode",
                )
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(f"an ok grade needs {', '.join(missing)}")
            if self.violation is False and self.severity != "none":
                raise ValueError("severity must be 'none' when there is no violation")
            if self.violation is True and self.severity == "none":
                raise ValueError("a violation needs a severity above 'none'")
        return self
