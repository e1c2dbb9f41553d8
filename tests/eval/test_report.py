"""The report: content of report.html / report.md, and a real headless Chromium opening it."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html import escape
from pathlib import Path

import pytest
from report_fixtures import INJECTION, run_report

from safecomp.eval.compare import paired_deltas
from safecomp.eval.report import render_html, render_markdown
from safecomp.grading import SMALL_JUDGE_WARNING

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_html_is_self_contained_with_figures_and_warning() -> None:
    a, b = run_report("model-a", 0), run_report("model-b", 1)
    html = render_html([a, b], deltas=paired_deltas(a.rows, b.rows, n_resamples=200))
    assert html.count("<svg") == 4
    assert escape(SMALL_JUDGE_WARNING) in html
    assert "bundled:smollm2" in html and "template judge-v1" in html
    # No network: no external scripts, stylesheets or images.
    assert not re.search(r"""(src|href)=["']?https?:""", html)
    # A response cannot end the data script early.
    assert INJECTION not in html
    assert html.count("</script>") == 2


def test_markdown_has_tables_and_deltas() -> None:
    a, b = run_report("model-a", 0), run_report("model-b", 1)
    md = render_markdown([a, b], deltas=paired_deltas(a.rows, b.rows, n_resamples=200))
    assert "| slice | n | failed grades |" in md
    assert "model-a − model-b (paired)" in md
    # The delta column names its runs (a bare "A − B" read as A-refusal − B under "B − A").
    assert "| model-a | model-b | delta (model-a − model-b) |" in md
    assert "Warning:" in md


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.skip("chromium is not installed (make test installs it: scripts/install-chromium)")
    return path


def _browser(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [
        _chromium(),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
        "--virtual-time-budget=5000",
        *args,
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


@pytest.mark.slow
def test_report_in_a_real_browser(tmp_path: Path) -> None:
    a, b = run_report("model-a", 0), run_report("model-b", 1)
    page = tmp_path / "report.html"
    page.write_text(render_html([a, b], deltas=paired_deltas(a.rows, b.rows)), encoding="utf-8")

    dom = _browser(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert dom.count("<svg") == 4
    assert len(re.findall(r'<rect[^>]*class="bar"', dom)) > 10
    assert 'id="filter-intent"' in dom
    assert "14 of 14 samples" in dom
    assert "<title>safecomp report" in dom  # the injected script did not run
    assert "&lt;/script&gt;&lt;script&gt;document.title" in dom  # shown as text

    filtered = _browser(
        tmp_path, "--dump-dom", page.as_uri() + "#intent=malicious&run=model-b"
    ).stdout
    intents = re.findall(r'<article class="sample" data-intent="([a-z_]+)"', filtered)
    assert intents == ["malicious"] * 3
    assert "3 of 14 samples" in filtered
    failed = _browser(tmp_path, "--dump-dom", page.as_uri() + "#status=failed").stdout
    assert "2 of 14 samples" in failed and "I cannot grade this." in failed

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    _browser(tmp_path, f"--screenshot={shot}", "--window-size=1280,2200", page.as_uri())
    assert shot.stat().st_size > 20_000


def test_a_learned_grader_shows_its_card_test_numbers_and_no_tiny_judge_warning() -> None:
    run = run_report("model-a", 0)
    learned = dataclasses.replace(
        run, metrics=run.metrics.model_copy(update={"judge": "bundled:grader", "method": "learned"})
    )
    md = render_markdown([learned])
    held_out = "Grader on pyrit-refusal:refusal.csv (test) (n=105)"
    assert held_out in md and "string match 0.81" in md
    assert "(dev)" not in md
    assert SMALL_JUDGE_WARNING not in md
