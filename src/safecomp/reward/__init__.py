"""safecomp.reward."""
