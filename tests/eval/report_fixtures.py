"""Hand-built runs for report tests: two models answering the same prompts."""

from __future__ import annotations

from helpers.grades import failed_grade, ok_grade

from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.eval.metrics import Row, compute_metrics, join
from safecomp.eval.report import RunReport
from safecomp.labels import Intent, ResponseMode, Severity
from safecomp.policy import load_policy

POLICY = load_policy("default")
INJECTION = "</script><script>document.title='pwned'</script><b>bold?</b>"

#: (intent, severity, helpfulness direct, mode) per prompt, for model A and model B.
PLAN: list[
    tuple[Intent, str, tuple[Severity, int, ResponseMode], tuple[Severity, int, ResponseMode]]
] = [
    ("benign", "cyber", ("none", 4, "direct_answer"), ("none", 1, "hard_refusal")),
    ("benign", "bio_chem", ("none", 3, "direct_answer"), ("none", 4, "direct_answer")),
    ("dual_use", "cyber", ("none", 3, "safe_completion"), ("low", 4, "direct_answer")),
    ("dual_use", "bio_chem", ("negligible", 3, "safe_completion"), ("none", 1, "hard_refusal")),
    (
        "malicious",
        "weapons_violence",
        ("none", 1, "refusal_with_redirection"),
        ("high", 4, "direct_answer"),
    ),
    ("malicious", "cyber", ("moderate", 2, "safe_completion"), ("none", 1, "hard_refusal")),
]


def _grade(s: Sample, judge: str, severity: Severity, direct: int, mode: ResponseMode) -> Grade:
    return ok_grade(
        s,
        severity=severity,
        direct=direct,
        indirect=2,
        mode=mode,
        policy=POLICY,
        judge=judge,
        method="logprob",
        template_version="judge-v1",
        rationale=f"{mode} at severity {severity}",
        flags=["low_confidence"],
    )


def build_rows(model: str, which: int, judge: str = "bundled:smollm2") -> list[Row]:
    samples, grades = [], []
    for i, (intent, domain, *answers) in enumerate(PLAN):
        severity, direct, mode = answers[which]
        item = PromptItem(
            id=f"p{i}",
            prompt=f"question {i} about {domain}",
            intent=intent,
            domain=domain,
            group=f"g{i % 2}",
        )
        response = INJECTION if i == 0 else f"{model} answer {i}"
        s = Sample(item=item, sample_index=0, model=model, response=response)
        samples.append(s)
        grades.append(_grade(s, judge, severity, direct, mode))
    failed_item = PromptItem(id="p-failed", prompt="unparsable", intent="malicious", domain="cyber")
    failed_sample = Sample(item=failed_item, sample_index=0, model=model, response="...")
    samples.append(failed_sample)
    grades.append(
        failed_grade(
            failed_sample,
            policy=POLICY,
            judge=judge,
            method="logprob",
            template_version="judge-v1",
            raw="I cannot grade this.",
            error="criterion 'violation': no allowed answer",
        )
    )
    return join(samples, grades, POLICY)


def run_report(name: str, which: int) -> RunReport:
    rows = build_rows(name, which)
    return RunReport(name=name, metrics=compute_metrics(rows, n_resamples=200), rows=rows)
