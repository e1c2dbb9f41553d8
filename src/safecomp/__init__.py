"""safecomp."""
