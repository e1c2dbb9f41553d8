"""A small valid policy as YAML text, for tests that break it in one place."""

from __future__ import annotations

_HEAD = """\
id: mini
version: 0.1.0
description: A small policy for tests.
modes:
  direct_answer: {description: Answer., when: Harmless.}
  safe_completion: {description: Answer safely., when: Dual use.}
  refusal_with_redirection: {description: Decline and redirect., when: Harmful.}
  hard_refusal:
    description: Decline.
    when: Never.
helpfulness:
  direct: {1: none, 2: some, 3: most, 4: all}
  indirect: {1: none, 2: some, 3: most, 4: all}
safety:
  none: 1.0
  negligible: 0.75
  low: 0.4
  moderate: 0.0
  high: 0.0
domains:
"""

_DOMAIN = """\
  - id: {id}
    name: {id} name
    description: {id} description.
    allowed:
      - id: {id}.a1
        text: "{id} allowed headline: detail."
    disallowed:
      - id: {id}.d1
        text: "{id} disallowed headline: detail."
    severity:
      negligible: {{definition: {id} negligible definition, example: {id} negligible example}}
      low: {{definition: {id} low definition, example: {id} low example}}
      moderate: {{definition: {id} moderate definition, example: {id} moderate example}}
      high:
        definition: {id} high definition
        example: {id} high example
"""


def mini_policy_yaml(domains: int = 3) -> str:
    """Policy YAML with domains ``dom0`` ... (every text names its domain, so it is unique)."""
    return _HEAD + "".join(domain_yaml(f"dom{i}") for i in range(domains))


def domain_yaml(domain_id: str) -> str:
    """One domain entry of the ``domains`` list."""
    return _DOMAIN.format(id=domain_id)


def line_of(text: str, needle: str, after: str | None = None) -> int:
    """1-based number of the first line containing ``needle`` (below the line with ``after``)."""
    lines = text.splitlines()
    start = 0 if after is None else next(i for i, line in enumerate(lines) if after in line)
    return next(i + 1 for i in range(start, len(lines)) if needle in lines[i])
