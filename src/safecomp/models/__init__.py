"""safecomp.models."""
