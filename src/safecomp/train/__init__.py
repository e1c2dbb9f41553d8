"""safecomp.train."""
