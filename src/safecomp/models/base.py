"""The ChatModel protocol every backend implements, and the values that cross it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypedDict, runtime_checkable

from safecomp.errors import SafecompError


class Message(TypedDict):
    """One chat message, as in the OpenAI chat API."""

    role: Literal["system", "user", "assistant"]
    content: str


Messages = list[Message]


@dataclass(frozen=True)
class GenParams:
    """Sampling parameters for one batch.

    ``top_logprobs > 0`` asks for the top-k alternatives at every generated position
    (``max_new_tokens=1`` then gives the next-token distribution, used by logprob scoring).
    ``json_schema`` asks the backend to constrain output to that schema where it can
    (guided decoding); backends that cannot, ignore it and the caller validates.
    """

    max_new_tokens: int = 256
    temperature: float = 0.7
    top_p: float = 1.0
    seed: int | None = None
    stop: tuple[str, ...] = ()
    top_logprobs: int = 0
    json_schema: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "max_new_tokens": self.max_new_tokens,
            "temperature": self.temperature,
            "top_p": self.top_p,
            "seed": self.seed,
            "stop": list(self.stop),
            "top_logprobs": self.top_logprobs,
            "json_schema": self.json_schema,
        }


@dataclass(frozen=True)
class TokenLogprob:
    token: str
    logprob: float


@dataclass
class Completion:
    """One generated answer.

    ``logprobs`` holds, for each generated position, the top-k alternatives (most likely
    first) when ``GenParams.top_logprobs > 0``; otherwise ``None``. ``tokens`` then holds
    the token actually generated at each position with its log-probability (it need not be
    the most likely one when sampling).
    """

    text: str
    finish_reason: str = "stop"
    prompt_tokens: int = 0
    completion_tokens: int = 0
    logprobs: list[list[TokenLogprob]] | None = field(default=None)
    tokens: list[TokenLogprob] | None = field(default=None)


class ModelError(SafecompError, RuntimeError):
    """A backend could not produce completions (server down, bad reply, bad spec ...)."""


@runtime_checkable
class ChatModel(Protocol):
    """An async, batched chat model. ``name`` is the spec string that built it."""

    name: str

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]: ...

    async def aclose(self) -> None: ...
