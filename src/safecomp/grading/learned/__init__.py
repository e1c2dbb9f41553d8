"""Learned graders: one forward pass of a small frozen encoder and trained heads gives a
distribution for every Grade field.

Importing this package loads neither torch nor transformers; :meth:`LearnedGrader.load`
and training do.
"""

from safecomp.grading.learned.grader import BUNDLED_SPEC, LearnedGrader, bundled_grader_dir
from safecomp.grading.learned.heads import HEAD_VALUES, HEADS
from safecomp.grading.learned.prediction import Prediction, grade_fields

__all__ = [
    "BUNDLED_SPEC",
    "HEADS",
    "HEAD_VALUES",
    "LearnedGrader",
    "Prediction",
    "bundled_grader_dir",
    "grade_fields",
]
