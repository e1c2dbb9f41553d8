"""safecomp.grading: JudgeSettings and ``open_grader``, judge templates, the Grader and its
methods (structured, logprob, learned), flags, cache, the pairwise judge, calibration against human
labels and the string-match refusal baseline."""

from safecomp.grading.cache import GradeCache, cache_key
from safecomp.grading.calibration import CalibrationReport, check_judge
from safecomp.grading.flags import FLAG_CHECKS, FlagContext, compute_flags, flag_check
from safecomp.grading.grader import Grader, OnGraded
from safecomp.grading.judging import GradeStamp, JudgeCalls, Judging
from safecomp.grading.learned.judging import LearnedJudging
from safecomp.grading.logprob import NoAnswerError, answer_distribution, score_criteria
from safecomp.grading.methods import (
    METHODS,
    SMALL_JUDGE_WARNING,
    GradingMethod,
    open_grader,
    recommended_method,
    small_judge_warning,
)
from safecomp.grading.parsing import (
    JudgeReplyError,
    Verdict,
    extract_json_object,
    parse_verdict,
    verdict_schema,
)
from safecomp.grading.refusal_baseline import guess_mode, is_refusal
from safecomp.grading.settings import DEFAULT_JUDGE, JudgeSettings
from safecomp.grading.templates import TEMPLATE_VERSION

__all__ = [
    "DEFAULT_JUDGE",
    "FLAG_CHECKS",
    "METHODS",
    "SMALL_JUDGE_WARNING",
    "TEMPLATE_VERSION",
    "CalibrationReport",
    "FlagContext",
    "GradeCache",
    "GradeStamp",
    "Grader",
    "GradingMethod",
    "JudgeCalls",
    "JudgeReplyError",
    "JudgeSettings",
    "Judging",
    "LearnedJudging",
    "NoAnswerError",
    "OnGraded",
    "Verdict",
    "answer_distribution",
    "cache_key",
    "check_judge",
    "compute_flags",
    "extract_json_object",
    "flag_check",
    "guess_mode",
    "is_refusal",
    "open_grader",
    "parse_verdict",
    "recommended_method",
    "score_criteria",
    "small_judge_warning",
    "verdict_schema",
]
