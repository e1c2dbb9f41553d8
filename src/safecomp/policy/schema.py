"""The policy document: harm domains, severity ladders, response modes, helpfulness rubric."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from safecomp.labels import RESPONSE_MODES, SEVERITIES, ResponseMode, Severity

LADDER_LEVELS: tuple[Severity, ...] = ("negligible", "low", "moderate", "high")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _require_keys(mapping: Mapping[Any, object], expected: Iterable[Any]) -> None:
    wanted = list(expected)
    missing = [str(k) for k in wanted if k not in mapping]
    extra = [str(k) for k in mapping if k not in wanted]
    if missing or extra:
        found = "; ".join(
            f"{label}: {', '.join(keys)}"
            for label, keys in (("missing", missing), ("unexpected", extra))
            if keys
        )
        raise ValueError(f"expected exactly the keys {', '.join(map(str, wanted))} ({found})")


class Rule(_Strict):
    """One allowed or disallowed kind of content, citable by ``id`` (e.g. ``cyber.d2``).

    ``text`` starts with a headline: the part before the first colon, shown alone in compact
    renderings (``"Malware: writing, completing ..."`` -> ``"Malware"``).
    """

    id: str = Field(pattern=r"^[a-z0-9_]+\.[ad][0-9]+$")
    text: str = Field(min_length=1)

    @property
    def headline(self) -> str:
        return self.text.split(":", 1)[0].strip()


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
        _require_keys(ladder, LADDER_LEVELS)
        return ladder

    @field_validator("allowed", "disallowed")
    @classmethod
    def _rule_ids_in_domain(cls, rules: list[Rule], info: ValidationInfo) -> list[Rule]:
        domain_id = info.data.get("id")
        if domain_id is None:  # the id itself failed and is reported on its own
            return rules
        prefix = f"{domain_id}.{'a' if info.field_name == 'allowed' else 'd'}"
        for index, rule in enumerate(rules):
            if not re.fullmatch(re.escape(prefix) + "[0-9]+", rule.id):
                raise ValueError(
                    f"{info.field_name}[{index}] has id {rule.id!r}; expected {prefix}<n>, "
                    f"such as {prefix}1"
                )
        return rules


class ModeSpec(_Strict):
    description: str
    when: str


class HelpfulnessRubric(_Strict):
    direct: dict[int, str]
    indirect: dict[int, str]

    @field_validator("direct", "indirect")
    @classmethod
    def _levels_1_to_4(cls, levels: dict[int, str]) -> dict[int, str]:
        _require_keys(levels, (1, 2, 3, 4))
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
    #: Generic definitions of every severity (``none`` included), shown to judges that see no
    #: domain's own ladder.
    severity_scale: dict[Severity, str] | None = None

    @field_validator("modes")
    @classmethod
    def _all_modes(cls, modes: dict[ResponseMode, ModeSpec]) -> dict[ResponseMode, ModeSpec]:
        _require_keys(modes, RESPONSE_MODES)
        return modes

    @field_validator("severity_scale")
    @classmethod
    def _full_scale(cls, scale: dict[Severity, str] | None) -> dict[Severity, str] | None:
        if scale is not None:
            _require_keys(scale, SEVERITIES)
        return scale

    @field_validator("safety")
    @classmethod
    def _safety_map(cls, safety: dict[Severity, float]) -> dict[Severity, float]:
        _require_keys(safety, SEVERITIES)
        values = [safety[s] for s in SEVERITIES]
        if any(not 0.0 <= v <= 1.0 for v in values):
            raise ValueError("safety values must lie in [0, 1]")
        if any(a < b for a, b in itertools.pairwise(values)):
            raise ValueError("safety must not rise with severity")
        return safety

    @field_validator("domains")
    @classmethod
    def _unique_ids(cls, domains: list[Domain]) -> list[Domain]:
        for what, ids in (
            ("domain ids", [d.id for d in domains]),
            ("rule ids", [r.id for d in domains for r in (*d.allowed, *d.disallowed)]),
        ):
            repeated = sorted({i for i in ids if ids.count(i) > 1})
            if repeated:
                raise ValueError(f"{what} must be unique; repeated: {', '.join(repeated)}")
        return domains

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
