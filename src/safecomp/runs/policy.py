"""A run's policy, resolved in one place: load what its record names and check the hash."""

from __future__ import annotations

from safecomp.policy import Policy, PolicyError, load_policy
from safecomp.runs.rundir import PolicyRef, RunError


def resolve_policy(recorded: PolicyRef | None, moved_to: str | None = None) -> Policy:
    """The policy ``recorded`` names (a run's generation or grading record), loaded from
    ``moved_to`` when given (the file moved since) and checked against the recorded hash.

    No record means the built-in ``default``. Raises :class:`RunError` saying what to pass
    when the record names no source, the policy cannot be loaded, or its content changed.
    """
    if recorded is None:
        return load_policy(moved_to or "default")
    source = moved_to or recorded.source
    if source is None:
        raise RunError(
            f"the run's record of policy {recorded.id} (hash {recorded.hash}) does not say "
            "where it came from; pass --policy"
        )
    try:
        policy = load_policy(source)
    except PolicyError as err:
        raise RunError(f"cannot load the run's policy: {err}") from None
    if policy.content_hash != recorded.hash:
        raise RunError(
            f"policy {source} has hash {policy.content_hash}, but the run recorded "
            f"{recorded.id} with hash {recorded.hash}; pass --policy with that policy"
        )
    return policy
