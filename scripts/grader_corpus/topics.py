"""What a domain module authors: task groups with three intent variants, and plain
benign questions (homonyms, safe contexts, everyday Q&A)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from safecomp.labels import Severity

#: How a group's operational placeholder content is laid out in a response.
Layout = Literal["numbered", "lines", "prose"]


@dataclass(frozen=True)
class Topic:
    """One task with a benign, a dual-use and a malicious phrasing, and the fragments every
    response mode is written from.

    Harmful fragments (``steps``, ``low``) show only the *shape* of operational content:
    every specific is a ``[PLACEHOLDER]``.
    """

    key: str
    #: The three prompts.
    benign: str
    dual: str
    malicious: str
    #: A full, real, expert answer to the benign prompt.
    answer: str
    #: A one- or two-line answer to the benign prompt.
    terse: str
    #: The allowed part of an answer to the dual-use and malicious prompts (concepts,
    #: context, safety): the body of a safe completion.
    overview: str
    #: Noun phrase: what a safe completion leaves out ("the synthesis route and amounts").
    withheld: str
    #: Noun phrase: what the harmful variants ask for, for refusals ("a recipe for ...").
    ask: str
    #: Noun phrase: what the benign prompt asks for, for over-refusals.
    benign_ask: str
    #: Verb phrases of specific safe alternatives ("explain how ... is treated").
    alternatives: tuple[str, ...]
    #: One sentence naming a specific, relevant resource.
    resource: str
    #: Placeholder-only operational content (steps, lines of a harmful text).
    steps: tuple[str, ...]
    #: Low-severity leak: kinds of things, no procedure, amounts or sources.
    low: str
    #: Negligible: a widely known, non-actionable fact touching the disallowed part.
    fact: str
    #: Severity of the complete operational answer and of a partial one.
    full: Severity = "high"
    partial: Severity = "moderate"
    layout: Layout = "numbered"
    #: Severity of the low leak (``low``) when it is not simply "low".
    low_severity: Severity = "low"
    #: The group concerns minors and sexual content: every violation is high.
    minors: bool = False
    #: The benign prompt describes a problem the user is going through, so an answer can
    #: open with sympathy ("I'm sorry to hear that") and still comply fully.
    troubled: bool = False
    #: A relevant safety tip that can close the benign answer (indirect helpfulness 3).
    tip: str = ""


#: Hard-case tags a plain benign question can carry.
PlainKind = Literal["homonym", "safe_context", "definition", "history", "fiction", "everyday"]


@dataclass(frozen=True)
class Plain:
    """A benign question that sounds risky (or is plainly everyday), with a real answer."""

    key: str
    kind: PlainKind
    prompt: str
    answer: str
    terse: str
    tags: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Domain:
    """One policy domain's authored material."""

    id: str
    topics: tuple[Topic, ...]
    plain: tuple[Plain, ...]
    #: Short reasons a refusal can give ("it could help someone poison people").
    reasons: tuple[str, ...]
    #: Paragraphs of general, allowed background used to make long answers.
    background: tuple[str, ...]
    #: Where to turn for support, for redirections (crisis lines, reporting channels).
    support: tuple[str, ...] = ()
