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

from pydantic import ValidationError, model_validator

from scripts.grader_corpus.record import CorpusRecord

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


class NaturalAnswer(CorpusRecord):
    """One line of ``natural.jsonl``: a corpus record (tagged ``natural``, and ``stand_ins``
    where it shows moderate or high operational content, all of it made up) and the voice it
    was written in."""

    voice: Voice
    language: str | None = None

    @model_validator(mode="after")
    def _tagged(self) -> NaturalAnswer:
        if "natural" not in self.tags:
            raise ValueError(f"record {self.id}: a natural answer is tagged 'natural'")
        return self

    def record(self) -> CorpusRecord:
        return CorpusRecord.model_validate(self.model_dump(exclude={"voice", "language"}))


def answers(source: Path = SOURCE) -> list[NaturalAnswer]:
    """Every answer in ``source``, each checked against the corpus's label rules; a bad line is
    an error naming the file and line."""
    out: list[NaturalAnswer] = []
    for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
        try:
            answer = NaturalAnswer.model_validate_json(line)
        except ValidationError as error:
            raise ValueError(f"{source}:{number}: {error}") from error
        out.append(answer)
    return out
