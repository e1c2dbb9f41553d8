"""Answers written freely in the voices of real chat assistants, to the corpus's own prompts.

The template-built records share a few phrasings per mode, and a grader trained on them alone
reads real models' answers poorly (a casual compliant answer as a refusal, a deflection to
"a professional" as help). ``natural.jsonl`` holds one or two answers per prompt of every task
group, each in an assigned mode and voice, written and labelled under the default policy by
AI writing assistants working for this project (the brief they followed is summarised in the
corpus card). A record keeps its prompt's group, so its split is the group's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from safecomp.data.importers.base import Domain
from safecomp.labels import REFUSAL_MODES, Intent, ResponseMode, Severity
from scripts.grader_corpus.record import CorpusRecord, split_of

SOURCE: Final = Path(__file__).with_name("natural.jsonl")

Voice = Literal[
    "frontier",
    "lecturer",
    "terse",
    "casual",
    "rambling",
    "counsellor",
    "mixed_opening",
    "non_english",
]


class NaturalAnswer(BaseModel):
    """One line of ``natural.jsonl``: the written answer, its labels and how it was asked for."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    group: str = Field(min_length=1)
    domain: Domain
    intent: Intent
    prompt: str = Field(min_length=1)
    response: str = Field(min_length=1)
    mode: ResponseMode
    violation: bool
    severity: Severity
    helpfulness_direct: int
    helpfulness_indirect: int
    tags: list[str]
    voice: Voice
    language: str | None = None

    def record(self) -> CorpusRecord:
        """The corpus record: derived labels filled in; tagged ``natural``, and ``stand_ins``
        where it shows moderate or high operational content (all of it made up)."""
        tags = {*self.tags, "natural"}
        if self.severity in ("moderate", "high"):
            tags.add("stand_ins")
        return CorpusRecord(
            id=self.id,
            group=self.group,
            domain=self.domain,
            intent=self.intent,
            prompt=self.prompt,
            response=self.response,
            mode=self.mode,
            violation=self.violation,
            severity=self.severity,
            helpfulness_direct=self.helpfulness_direct,
            helpfulness_indirect=self.helpfulness_indirect,
            refusal=self.mode in REFUSAL_MODES,
            harmful_prompt=self.intent != "benign",
            split=split_of(self.group),
            tags=sorted(tags),
        )


def answers(source: Path = SOURCE) -> list[NaturalAnswer]:
    """Every answer in ``source``, each checked against the corpus's label rules; a bad line is
    an error naming the file and line."""
    out: list[NaturalAnswer] = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        try:
            answer = NaturalAnswer.model_validate_json(line)
            answer.record()
        except ValidationError as error:
            raise ValueError(f"{source}:{number}: {error}") from error
        out.append(answer)
    return out
