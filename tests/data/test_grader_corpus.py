"""The authored grader corpus: loads as gold, covers what its card claims, labels follow the
default policy's rules, splits hold whole groups, and the generator rebuilds it exactly."""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, get_args

import pytest

from safecomp.data.gold import load_gold
from safecomp.data.importers.base import Domain
from safecomp.labels import INTENTS, REFUSAL_MODES, RESPONSE_MODES, SEVERITIES

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # the corpus generator, scripts/grader_corpus/
from scripts.grader_corpus.natural import SOURCE as NATURAL  # noqa: E402
from scripts.grader_corpus.natural import answers  # noqa: E402
from scripts.grader_corpus.record import TAGS, CorpusRecord  # noqa: E402
from scripts.grader_corpus.stand_ins import write_stand_ins  # noqa: E402

CORPORA = ROOT / "src" / "safecomp" / "data" / "corpora"
CORPUS = CORPORA / "grader_corpus.jsonl"
CARD = CORPORA / "grader_corpus.md"
DOMAINS = get_args(Domain)
KEYS = set(CorpusRecord.model_fields) - {"prompt", "messages"}


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_loads_as_jsonl_gold(records: list[dict[str, Any]]) -> None:
    items = load_gold("jsonl", CORPUS)
    assert len(items) == len(records) >= 3000
    by_id = {item.id: item for item in items}
    assert len(by_id) == len(items)
    for record in records:
        item = by_id[record["id"]]
        assert (item.mode, item.violation, item.severity, item.refusal) == (
            record["mode"],
            record["violation"],
            record["severity"],
            record["refusal"],
        )
        assert item.raw["helpfulness_direct"] == record["helpfulness_direct"]
        assert item.to_prompt_item().last_user_text


def test_records_have_exactly_the_agreed_keys(records: list[dict[str, Any]]) -> None:
    for record in records:
        assert set(record) - {"prompt", "messages"} == KEYS, record["id"]
        assert ("prompt" in record) != ("messages" in record), record["id"]
        if "messages" in record:
            assert record["messages"][-1]["role"] == "user", record["id"]
        assert record["response"].strip(), record["id"]
        assert record["tags"] == sorted(set(record["tags"])), record["id"]
        assert set(record["tags"]) <= set(TAGS), record["id"]
        CorpusRecord.model_validate(record)  # the label rules of the default policy


def test_every_domain_intent_mode_cell_is_filled(records: list[dict[str, Any]]) -> None:
    cells: dict[tuple[str, str, str], int] = defaultdict(int)
    for record in records:
        cells[(record["domain"], record["intent"], record["mode"])] += 1
    intents = [i for i in INTENTS if i != "unknown"]
    empty = [
        (d, i, m) for d in DOMAINS for i in intents for m in RESPONSE_MODES if not cells[(d, i, m)]
    ]
    assert not empty
    assert {r["domain"] for r in records} == set(DOMAINS)


def test_every_level_and_tag_is_present(records: list[dict[str, Any]]) -> None:
    assert {r["severity"] for r in records} == set(SEVERITIES)
    for head in ("helpfulness_direct", "helpfulness_indirect"):
        assert {r[head] for r in records} == {1, 2, 3, 4}
    tags = defaultdict(int)
    for record in records:
        for tag in record["tags"]:
            tags[tag] += 1
    assert {tag for tag in TAGS if tags[tag] < 5} == set()
    for domain in DOMAINS:
        groups = {r["group"] for r in records if r["domain"] == domain and r["intent"] != "benign"}
        assert len(groups) >= 12, domain


def test_labels_follow_the_policy_rules(records: list[dict[str, Any]]) -> None:
    for record in records:
        rid, mode, severity = record["id"], record["mode"], record["severity"]
        hd, hi = record["helpfulness_direct"], record["helpfulness_indirect"]
        assert record["violation"] == (severity != "none"), rid
        assert record["refusal"] == (mode in REFUSAL_MODES), rid
        assert record["harmful_prompt"] == (record["intent"] != "benign"), rid
        if record["refusal"]:
            assert not record["violation"] and hd == 1, rid
        if mode == "hard_refusal":
            assert hi == 1, rid
        if mode == "safe_completion":
            assert severity in ("none", "negligible") and hd >= 2 and hi >= 2, rid
        if record["intent"] == "benign":
            assert not record["violation"], rid
        if "over_refusal" in record["tags"]:
            assert record["intent"] == "benign" and record["refusal"], rid
        if "refusal_then_content" in record["tags"]:
            assert mode == "direct_answer" and record["violation"], rid
        if "minors" in record["tags"] and record["violation"]:
            assert severity == "high", rid


def test_hard_cases_defeat_string_matching(records: list[dict[str, Any]]) -> None:
    """Refusals without stock words and compliance that opens like a refusal both exist."""
    stock = ("sorry", "can't", "cannot", "unable", "won't", "apologi")
    silent = [
        r
        for r in records
        if r["refusal"] and not any(word in r["response"].lower() for word in stock)
    ]
    sounding = [
        r
        for r in records
        if not r["refusal"] and any(word in r["response"].lower()[:120] for word in stock)
    ]
    assert len(silent) >= 200 and len(sounding) >= 200
    late = [r for r in records if "long_late_problem" in r["tags"]]
    assert all(len(r["response"].split()) >= 250 and r["violation"] for r in late)


def test_groups_never_straddle_splits(records: list[dict[str, Any]]) -> None:
    splits: dict[str, set[str]] = defaultdict(set)
    for record in records:
        splits[record["group"]].add(record["split"])
    assert all(len(s) == 1 for s in splits.values())
    pairs = defaultdict(int)
    for record in records:
        pairs[record["split"]] += 1
    for split, share in (("train", 0.70), ("dev", 0.15), ("test", 0.15)):
        assert abs(pairs[split] / len(records) - share) < 0.05, split
    for domain in DOMAINS:
        harmful = {r["split"] for r in records if r["domain"] == domain and r["harmful_prompt"]}
        assert harmful == {"train", "dev", "test"}, domain


def test_harmful_content_is_placeholder_shaped(records: list[dict[str, Any]]) -> None:
    """Complete or partial operational answers carry [PLACEHOLDERS] for every specific, or,
    in about half of them (tag stand_ins), fictional stand-ins and no slot left."""
    severe = [r for r in records if r["severity"] in ("moderate", "high")]
    for record in severe:
        slotted = re.search(r"\[[^\]a-z]*[A-Z][^\]a-z]*\]", record["response"])
        assert bool(slotted) != ("stand_ins" in record["tags"]), record["id"]
    templated = [r for r in severe if "natural" not in r["tags"]]
    share = sum("stand_ins" in r["tags"] for r in templated) / len(templated)
    assert 0.4 < share < 0.6


def test_natural_answers_answer_the_corpus_prompts(records: list[dict[str, Any]]) -> None:
    """Each natural answer belongs to a template task group and, unless translated, answers
    one of that group's own prompts with that intent."""
    templated = [r for r in records if "natural" not in r["tags"]]
    prompts = {(r["group"], r["intent"], r.get("prompt")) for r in templated}
    written = [r for r in records if "natural" in r["tags"]]
    assert len(written) >= 400
    for record in written:
        if "non_english" not in record["tags"]:
            assert (record["group"], record["intent"], record["prompt"]) in prompts, record["id"]
    assert {r["group"] for r in written} <= {r["group"] for r in templated}


def test_a_bad_natural_answer_names_its_file_and_line(tmp_path: Path) -> None:
    good = NATURAL.read_text(encoding="utf-8").splitlines()[0]
    bad = json.loads(good) | {"mode": "hard_refusal", "refusal": True, "helpfulness_direct": 3}
    source = tmp_path / "natural.jsonl"
    source.write_text(good + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"(?s)natural\.jsonl:2: .*a refusal has no violation"):
        answers(source)


def test_stand_ins_replace_every_slot_and_keep_other_brackets() -> None:
    text = write_stand_ins(
        "[METHOD] first.\n# [SCAN [IP RANGES] FOR OPEN [PORTS]]\nSigned [Your name] [...].",
        random.Random(0),
    )
    assert text == (
        "The method first.\n# scan 198.51.100.0/24 for open 8080 and 8443\n"
        "Signed [Your name] [...]."
    )


def test_card_matches_the_file() -> None:
    digest = hashlib.sha256(CORPUS.read_bytes()).hexdigest()
    card = CARD.read_text(encoding="utf-8")
    assert digest in card
    assert "Apache-2.0" in card


def test_generator_rebuilds_the_identical_file(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    subprocess.run(
        [sys.executable, "-m", "scripts.grader_corpus.build", "--output-dir", str(tmp_path)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    for name in ("grader_corpus.jsonl", "grader_corpus.md"):
        assert (tmp_path / name).read_bytes() == (CORPORA / name).read_bytes(), name
