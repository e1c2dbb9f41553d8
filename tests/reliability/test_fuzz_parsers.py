"""Property-based fuzzing of the parsers of outside input: suite and gold files, policies and
judge replies. Whatever the bytes, the answer is a value or one ``ValueError`` subclass whose
message names the file (never another exception, a hang or a traceback).

Bounded for CI: few examples each (derandomised under CI=true, see tests/conftest.py)."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safecomp.data.gold import load_gold
from safecomp.data.io import read_prompts
from safecomp.grading.parsing import JudgeReplyError, parse_verdict
from safecomp.policy import Policy, load_policy
from safecomp.policy.load import parse_policy

FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

#: JSON values, nesting included, with keys a suite row may or may not know.
KEYS = st.sampled_from(["id", "prompt", "messages", "intent", "domain", "metadata", "role"])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(KEYS | st.text(), inner, max_size=4)
    ),
    max_leaves=12,
)
ROWS = st.dictionaries(KEYS, VALUES, max_size=6)


def mangled(lines: list[str], junk: bytes, cut: int) -> bytes:
    """JSON lines, with ``junk`` bytes spliced in at ``cut`` (anywhere in the file)."""
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    cut = cut % (len(data) + 1)
    return data[:cut] + junk + data[cut:]


LINES = st.lists(ROWS.map(json.dumps), max_size=5)


@FUZZ
@given(lines=LINES, junk=st.binary(max_size=8), cut=st.integers(min_value=0))
def test_suite_files_parse_or_fail_naming_the_file(
    tmp_path: Path, lines: list[str], junk: bytes, cut: int
) -> None:
    for suffix in (".jsonl", ".csv"):
        path = tmp_path / f"suite{suffix}"
        if suffix == ".csv":
            path.write_bytes(b"id,prompt,intent\n" + mangled(lines, junk, cut))
        else:
            path.write_bytes(mangled(lines, junk, cut))
        try:
            items = read_prompts(path)
        except ValueError as error:
            assert str(path) in str(error)
        else:
            assert all(item.id for item in items)


@FUZZ
@given(
    rows=st.lists(
        st.fixed_dictionaries(
            {"prompt": VALUES | st.text(max_size=20), "completion": VALUES, "label": VALUES}
        ),
        max_size=4,
    ),
    junk=st.binary(max_size=6),
    cut=st.integers(min_value=0),
)
def test_gold_files_parse_or_fail_naming_the_file(
    tmp_path: Path, rows: list[dict[str, Any]], junk: bytes, cut: int
) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_bytes(mangled([json.dumps(r) for r in rows], junk, cut))
    try:
        load_gold("jsonl", path)
    except ValueError as error:
        assert str(path) in str(error)


@pytest.fixture(scope="module")
def default_policy_text() -> str:
    from importlib import resources

    return (resources.files("safecomp.policy") / "policies" / "default.yaml").read_text()


@FUZZ
@given(cut=st.integers(min_value=0), junk=st.text(max_size=12), drop=st.integers(0, 40))
def test_policies_parse_or_fail_naming_the_origin(
    default_policy_text: str, cut: int, junk: str, drop: int
) -> None:
    text = default_policy_text
    cut = cut % (len(text) + 1)
    text = text[:cut] + junk + text[cut + drop :]
    try:
        parse_policy(text, origin="fuzzed.yaml")
    except ValueError as error:
        assert "fuzzed.yaml" in str(error)


@pytest.fixture(scope="module")
def policy() -> Policy:
    return load_policy("default")


VERDICT_KEYS = st.sampled_from(
    ["violation", "severity", "helpfulness_direct", "helpfulness_indirect", "mode", "rules"]
)


@FUZZ
@given(
    reply=st.one_of(
        st.text(max_size=200),
        st.dictionaries(VERDICT_KEYS, VALUES, max_size=6).map(json.dumps),
        st.builds(
            lambda before, obj, after, depth: before + '{"x": ' * depth + obj + "}" * depth + after,
            st.text(max_size=20),
            st.dictionaries(VERDICT_KEYS, VALUES, max_size=6).map(json.dumps),
            st.text(max_size=20),
            st.integers(0, 3000),  # past 1,000 json.loads itself would recurse too deep
        ),
    )
)
def test_judge_replies_parse_or_fail_as_judge_reply_errors(policy: Policy, reply: str) -> None:
    with contextlib.suppress(JudgeReplyError):
        parse_verdict(reply, policy)
