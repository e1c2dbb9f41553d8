"""safecomp.policy: the written policy that judges grade against and teachers follow."""

from safecomp.policy.load import PolicyError, builtin_policies, load_policy, parse_policy
from safecomp.policy.render import render_judge_rubric, render_teacher_spec
from safecomp.policy.schema import Domain, Policy

__all__ = [
    "Domain",
    "Policy",
    "PolicyError",
    "builtin_policies",
    "load_policy",
    "parse_policy",
    "render_judge_rubric",
    "render_teacher_spec",
]
