"""The policy document: harm domains, severity ladders, response modes, helpfulness rubric."""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from safecomp.labels import RESPONSE_MODES, SEVERITIES, ResponseMode, Severity

LADDER_LEVELS: tuple[Severity, ...] = ("negligible", "low", "moderate", "high")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rule(_Strict):
    """One allowed or disallowed kind of content, citable by ``id`` (e.g. ``cyber.d2``)."""

    id: str = Field(pattern=r"^[a-z0-9_]+\.[ad][0-9]+$")
    text: str = Field(min_length=1)


class SeverityLevel(_Strict):
    definition: str = Field(min_length=1)
    example: str = Field(min_length=1)


class Domain(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    description: str
    allowed: list[Rule] = Field(min_length=1)
    disallowed: list[Rule] = Field(min_length=1)
    severity: dict[Severity, SeverityLevel]

    @field_validator("severity")
    @classmethod
    def _full_ladder(cls, ladder: dict[Severity, SeverityLevel]) -> dict[Severity, SeverityLevel]:
        if set(ladder) != set(LADDER_LEVELS):
            raise ValueError(f"the severity ladder needs exactly {', '.join(LADDER_LEVELS)}")
        return ladder

    @model_validator(mode="after")
    def _rule_ids_in_domain(self) -> Domain:
        for rule in (*self.allowed, *self.disallowed):
            if not rule.id.startswith(self.id + "."):
                raise ValueError(f"rule id {rule.id!r} must start with {self.id + '.'!r}")
        return self


class ModeSpec(_Strict):
    description: str
    when: str


class HelpfulnessRubric(_Strict):
    direct: dict[int, str]
    indirect: dict[int, str]

    @field_validator("direct", "indirect")
    @classmethod
    def _levels_1_to_4(cls, levels: dict[int, str]) -> dict[int, str]:
        if set(levels) != {1, 2, 3, 4}:
            raise ValueError("helpfulness levels must be exactly 1, 2, 3 and 4")
        return levels


class Policy(_Strict):
    """A versioned safe-completion policy. Load it with ``safecomp.policy.load_policy``."""

    id: str
    version: str
    description: str
    domains: list[Domain] = Field(min_length=1)
    modes: dict[ResponseMode, ModeSpec]
    helpfulness: HelpfulnessRubric
    #: severity -> safety score s in [0, 1] for the reward r = h * s.
    safety: dict[Severity, float]

    @field_validator("modes")
    @classmethod
    def _all_modes(cls, modes: dict[ResponseMode, ModeSpec]) -> dict[ResponseMode, ModeSpec]:
        if set(modes) != set(RESPONSE_MODES):
            raise ValueError(f"modes must describe exactly {', '.join(RESPONSE_MODES)}")
        return modes

    @field_validator("safety")
    @classmethod
    def _safety_map(cls, safety: dict[Severity, float]) -> dict[Severity, float]:
        if set(safety) != set(SEVERITIES):
            raise ValueError(f"safety must map exactly {', '.join(SEVERITIES)}")
        values = [safety[s] for s in SEVERITIES]
        if any(not 0.0 <= v <= 1.0 for v in values):
            raise ValueError("safety values must lie in [0, 1]")
        if any(a < b for a, b in zip(values, values[1:], strict=False)):
            raise ValueError("safety must not rise with severity")
        return safety

    @model_validator(mode="after")
    def _unique_ids(self) -> Policy:
        ids = [d.id for d in self.domains]
        if len(set(ids)) != len(ids):
            raise ValueError("domain ids must be unique")
        rules = [r.id for d in self.domains for r in (*d.allowed, *d.disallowed)]
        if len(set(rules)) != len(rules):
            raise ValueError("rule ids must be unique")
        return self

    def domain(self, domain_id: str) -> Domain:
        for d in self.domains:
            if d.id == domain_id:
                return d
        raise KeyError(f"policy {self.id!r} has no domain {domain_id!r}")

    @property
    def rule_ids(self) -> frozenset[str]:
        return frozenset(r.id for d in self.domains for r in (*d.allowed, *d.disallowed))

    @property
    def content_hash(self) -> str:
        """A stable hash of the policy's content (not of its file's formatting)."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
