"""safecomp.data."""
