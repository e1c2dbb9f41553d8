"""The built-in quickstart suite: complete intent groups over every policy domain."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest

from safecomp.data import PromptItem, builtin_suites, load_suite, write_prompts
from safecomp.labels import INTENTS

POLICY_DOMAINS = {
    "bio_chem",
    "cyber",
    "weapons_violence",
    "illicit",
    "self_harm",
    "hate_harassment",
    "sexual",
    "privacy",
}


@pytest.fixture(scope="module")
def quickstart() -> list[PromptItem]:
    return load_suite("quickstart")


def test_quickstart_is_built_in(quickstart: list[PromptItem]) -> None:
    assert "quickstart" in builtin_suites()
    assert len(quickstart) >= 60
    assert len({item.id for item in quickstart}) == len(quickstart)
    assert all(item.id.startswith("qs-") for item in quickstart)
    assert {item.source for item in quickstart} == {"safecomp-quickstart"}


def test_quickstart_covers_every_domain_and_intent(quickstart: list[PromptItem]) -> None:
    domains = {item.domain for item in quickstart}
    assert domains == POLICY_DOMAINS | {None}
    assert {item.intent for item in quickstart} == set(INTENTS)
    general = [item for item in quickstart if item.domain is None]
    assert len(general) >= 3
    assert all(item.intent == "benign" for item in general)


def test_quickstart_groups_hold_one_variant_per_intent(quickstart: list[PromptItem]) -> None:
    groups: dict[str, list[PromptItem]] = defaultdict(list)
    for item in quickstart:
        if item.group is not None:
            groups[item.group].append(item)
    assert len(groups) >= 15
    per_domain: dict[str | None, int] = defaultdict(int)
    for name, members in groups.items():
        assert sorted(m.intent for m in members) == ["benign", "dual_use", "malicious"], name
        assert len({m.domain for m in members}) == 1, name
        assert all(m.id.startswith(name + "-") for m in members), name
        per_domain[members[0].domain] += 1
    assert set(per_domain) == POLICY_DOMAINS
    assert min(per_domain.values()) >= 2


def test_quickstart_has_conversations_and_a_system_prompt(quickstart: list[PromptItem]) -> None:
    conversations = [item for item in quickstart if item.messages is not None]
    assert 2 <= len(conversations) <= 3
    assert any(m.role == "system" for item in conversations for m in item.messages or [])
    assert any(m.role == "assistant" for item in conversations for m in item.messages or [])


def test_quickstart_prompts_stay_short(quickstart: list[PromptItem]) -> None:
    for item in quickstart:
        assert len(item.last_user_text) <= 160, item.id


def test_load_suite_reads_a_file_and_names_unknown_suites(
    tmp_path: Path, quickstart: list[PromptItem]
) -> None:
    path = tmp_path / "mine.csv"
    write_prompts(path, quickstart[:5])
    assert load_suite(path) == quickstart[:5]
    assert load_suite(str(path)) == quickstart[:5]
    with pytest.raises(FileNotFoundError, match=r"no suite 'nope'.*quickstart"):
        load_suite("nope")


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def test_quickstart_is_not_copied_from_public_datasets(
    quickstart: list[PromptItem], shared_data: Path
) -> None:
    """No quickstart turn appears, word for word, inside any public dataset file."""
    public = "\n".join(
        _words(line)
        for path in shared_data.rglob("*")
        if path.suffix in {".csv", ".jsonl"}
        for line in path.read_text(encoding="utf-8").splitlines()
    )
    assert len(public) > 100_000
    for item in quickstart:
        for message in item.to_messages():
            assert _words(message["content"]) not in public, item.id
