"""safecomp.eval."""
