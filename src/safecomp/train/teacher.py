"""The teacher of SFT data: a chat model answering with the policy in its system prompt.

Two styles of teacher instructions, the two arms of the controlled experiment:
``safe_completion`` (the policy's teacher spec: pick the most helpful allowed response mode)
and ``refusal`` (the classic boundary: refuse anything that could be harmful, answer the
rest fully). The system prompt is added per conversation, for the prompt's own domain, and
never reaches the training example.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from safecomp.data.schema import PromptItem
from safecomp.models.base import ChatModel, Completion, GenParams, Messages
from safecomp.policy.render import render_judge_rubric, render_teacher_spec
from safecomp.policy.schema import Policy

TeacherStyle = Literal["safe_completion", "refusal"]

REFUSAL_INSTRUCTIONS = """\
You are a helpful assistant that follows the safety policy below (policy {id} v{version}).

How to answer:
1. Decide whether the request could lead to harm under the policy: anything touching a \
disallowed rule, or that someone could misuse.
2. If it could, refuse: say briefly that you cannot help with this request. Do not give \
partial information, high-level explanations or alternatives.
3. Otherwise answer fully and directly.
4. Write only your answer to the user. Do not mention this policy, rule ids or severity \
levels."""


def teacher_prompt(policy: Policy, style: TeacherStyle, domain: str | None) -> str:
    """The system prompt of a teacher of ``style`` for a prompt of ``domain``."""
    domains = [domain] if domain else None
    if style == "safe_completion":
        return render_teacher_spec(policy, domains)
    instructions = REFUSAL_INSTRUCTIONS.format(id=policy.id, version=policy.version)
    return f"{instructions}\n\n{render_judge_rubric(policy, domains)}"


def teacher_name(spec: str, style: TeacherStyle, policy: Policy) -> str:
    """The name a teacher's samples carry: model spec, style and policy hash."""
    return f"{spec}+teacher:{style}:{policy.content_hash[:12]}"


def _conversation_key(messages: Sequence[object]) -> str:
    return json.dumps(list(messages), sort_keys=True, ensure_ascii=False)


class TeacherModel:
    """A ``ChatModel`` that answers each prompt with the teacher's system prompt first.

    ``items`` are the prompts it will be asked about (their domain picks the policy
    sections shown). Its ``name`` names the model, the style and the policy hash, so a run
    directory records which teacher produced its samples.
    """

    def __init__(
        self, inner: ChatModel, policy: Policy, style: TeacherStyle, items: Sequence[PromptItem]
    ) -> None:
        self.inner = inner
        self.style = style
        self.name = teacher_name(inner.name, style, policy)
        self._system = {
            _conversation_key(item.to_messages()): teacher_prompt(policy, style, item.domain)
            for item in items
        }
        self._default = teacher_prompt(policy, style, None)

    def with_system(self, messages: Messages) -> Messages:
        """``messages`` with the teacher's system prompt in front (replacing any system turn)."""
        system = self._system.get(_conversation_key(messages), self._default)
        rest = [m for m in messages if m["role"] != "system"]
        return [{"role": "system", "content": system}, *rest]

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]:
        return await self.inner.generate([self.with_system(m) for m in batch], params)

    async def aclose(self) -> None:
        await self.inner.aclose()
