"""The SQLite grade cache: hits, misses, key sensitivity, concurrent writers."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

from safecomp.data.schema import Grade, Sample
from safecomp.grading import GradeCache, cache_key

MakeGrade = Callable[..., Grade]
MakeSample = Callable[..., Sample]


def test_miss_then_hit(tmp_path: Path, make_grade: MakeGrade) -> None:
    cache = GradeCache(tmp_path / "cache.sqlite")
    assert cache.get_many(["a"]) == {}
    grade = make_grade(rationale="fine", flags=["low_confidence"])
    assert cache.put_many({"a": grade}) == 1
    reopened = GradeCache(tmp_path / "cache.sqlite")
    assert reopened.get_many(["a", "b"]) == {"a": grade}
    assert len(reopened) == 1


def test_failed_grades_are_not_cached(tmp_path: Path, make_grade: MakeGrade) -> None:
    cache = GradeCache(tmp_path / "cache.sqlite")
    stored = cache.put_many({"bad": make_grade(status="failed", error="x"), "ok": make_grade()})
    assert stored == 1
    assert set(cache.get_many(["bad", "ok"])) == {"ok"}


def test_key_depends_on_everything_that_decides_a_grade(make_sample: MakeSample) -> None:
    settings = {"judge": "j", "policy_hash": "h1", "template_version": "v1", "method": "structured"}
    sample = make_sample()
    key = cache_key(sample, **settings)
    assert key == cache_key(make_sample(id="other-id", index=3), **settings)
    variants = [
        cache_key(sample, **(settings | {"policy_hash": "h2"})),
        cache_key(sample, **(settings | {"template_version": "v2"})),
        cache_key(sample, **(settings | {"method": "logprob"})),
        cache_key(sample, **(settings | {"judge": "k"})),
        cache_key(make_sample(response="Other answer."), **settings),
        cache_key(make_sample(prompt="Other prompt?"), **settings),
        cache_key(make_sample(domain="cyber"), **settings),
    ]
    assert len({key, *variants}) == 1 + len(variants)


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from safecomp.data.schema import Grade
    from safecomp.grading import GradeCache

    path, tag = Path(sys.argv[1]), sys.argv[2]
    cache = GradeCache(path)
    for i in range(150):
        grade = Grade(
            sample_key=f"{tag}#{i}", prompt_id=tag, sample_index=i, judge="j",
            method="structured", template_version="t", policy_id="p", policy_hash="h",
            status="ok", violation=False, severity="none", helpfulness_direct=2,
            helpfulness_indirect=1, mode="direct_answer",
        )
        cache.put_many({f"{tag}-{i}": grade, f"shared-{i}": grade})
    """
)


def test_two_processes_write_concurrently(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite"
    GradeCache(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), tag], stderr=subprocess.PIPE)
        for tag in ("a", "b")
    ]
    for writer in writers:
        _, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    cache = GradeCache(path)
    assert len(cache) == 450
    got = cache.get_many([f"a-{i}" for i in range(150)] + [f"b-{i}" for i in range(150)])
    assert {g.prompt_id for g in got.values()} == {"a", "b"}
    assert len(got) == 300
