"""safecomp.policy."""
