"""safecomp.grading."""
