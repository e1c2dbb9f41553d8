"""Importing the learned grader (or its CLI group) loads no model or training library."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("torch", "transformers", "safetensors", "trl", "peft")


def new_modules(statement: str) -> set[str]:
    """Top-level modules that ``statement`` imports beyond ``import safecomp`` itself."""
    code = (
        "import sys; import safecomp; before = set(sys.modules); "
        f"{statement}; "
        "print(' '.join({m.split('.')[0] for m in set(sys.modules) - before}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return set(done.stdout.split())


def test_learned_grader_imports_stay_light() -> None:
    for statement in (
        "import safecomp.grading.learned",
        "from safecomp.grading.learned import LearnedGrader, grade_fields",
        "import safecomp.cli.grader",
    ):
        assert not new_modules(statement) & set(HEAVY), statement


def test_import_safecomp_loads_no_training_library() -> None:
    code = "import sys, safecomp; print(' '.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    loaded = set(done.stdout.split())
    assert not loaded & {"trl", "peft", "safetensors", "transformers"}
