"""safecomp.cli."""
