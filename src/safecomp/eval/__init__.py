"""safecomp.eval: metrics, paired comparisons, reports and the eval pipeline."""
