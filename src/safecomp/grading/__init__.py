"""safecomp.grading: judge templates, the Grader (structured and logprob), flags, cache,
calibration against human labels and the string-match refusal baseline."""

from safecomp.grading.cache import GradeCache, cache_key
from safecomp.grading.calibration import CalibrationReport, calibration_tables, check_judge
from safecomp.grading.flags import FLAG_CHECKS, FlagContext, compute_flags, flag_check
from safecomp.grading.grader import Grader, recommended_method
from safecomp.grading.logprob import NoAnswerError, answer_distribution, score_criteria
from safecomp.grading.parsing import (
    JudgeReplyError,
    Verdict,
    extract_json_object,
    parse_verdict,
    verdict_schema,
)
from safecomp.grading.refusal_baseline import guess_mode, is_refusal
from safecomp.grading.templates import TEMPLATE_VERSION

__all__ = [
    "FLAG_CHECKS",
    "TEMPLATE_VERSION",
    "CalibrationReport",
    "FlagContext",
    "GradeCache",
    "Grader",
    "JudgeReplyError",
    "NoAnswerError",
    "Verdict",
    "answer_distribution",
    "cache_key",
    "calibration_tables",
    "check_judge",
    "compute_flags",
    "extract_json_object",
    "flag_check",
    "guess_mode",
    "is_refusal",
    "parse_verdict",
    "recommended_method",
    "score_criteria",
    "verdict_schema",
]
