"""Training data sources of the learned grader: specs, splits, leaks, distillation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safecomp.data.io import write_records
from safecomp.data.schema import Grade, PromptItem, Sample
from safecomp.grading.learned.data import (
    DataSource,
    DataSourceError,
    hash_split,
    load_examples,
)

HERE = Path(__file__).parent
CORPUS = HERE / "fixtures" / "corpus.jsonl"
PYRIT = HERE.parents[1] / "data" / "fixtures" / "pyrit_refusal.csv"


def test_source_specs() -> None:
    source = DataSource.parse("rbr:/data/rbr_gold/test.jsonl@test")
    assert (source.kind, source.path, source.split) == (
        "rbr",
        Path("/data/rbr_gold/test.jsonl"),
        "test",
    )
    assert source.name == "rbr:test.jsonl"
    assert DataSource.parse("corpus:a@b/c.jsonl").path == Path("a@b/c.jsonl")
    with pytest.raises(DataSourceError, match="KIND one of corpus, run, rbr"):
        DataSource.parse("csv:file.csv")
    with pytest.raises(DataSourceError, match="split 'val'; expected one of train, dev, test"):
        DataSource.parse("rbr:x.jsonl@val")
    with pytest.raises(DataSourceError, match="does not exist"):
        load_examples([DataSource.parse("rbr:/no/such/file.jsonl")])


def test_corpus_keeps_its_split_and_gold_is_split_by_prompt() -> None:
    examples = load_examples(
        [DataSource.parse(f"corpus:{CORPUS}"), DataSource.parse(f"pyrit-refusal:{PYRIT}")]
    )
    corpus = [e for e in examples if e.source == "corpus:corpus.jsonl"]
    assert {e.split for e in corpus} == {"train", "dev", "test"}
    assert all(e.split == e.item.raw["split"] for e in corpus)
    for example in examples:
        if example.source.startswith("pyrit"):
            assert example.split == hash_split(example.item.last_user_text)
    assert hash_split("the same prompt") == hash_split("the same prompt")


def test_a_corpus_record_without_a_split_is_an_error(tmp_path: Path) -> None:
    record = json.loads(CORPUS.read_text().splitlines()[0])
    del record["split"]
    path = tmp_path / "c.jsonl"
    path.write_text(json.dumps(record) + "\n")
    with pytest.raises(DataSourceError, match=r"record 'fx00-0' has split None"):
        load_examples([DataSource.parse(f"corpus:{path}")])


def test_exchanges_of_the_test_split_never_train(tmp_path: Path) -> None:
    train = tmp_path / "train.jsonl"
    test = tmp_path / "test.jsonl"
    train.write_text(
        json.dumps({"prompt": "a", "response": "x", "refusal": True})
        + "\n"
        + json.dumps({"prompt": "b", "response": "y", "refusal": False})
        + "\n"
    )
    test.write_text(json.dumps({"prompt": "a", "response": "x", "refusal": True}) + "\n")
    examples = load_examples(
        [DataSource.parse(f"jsonl:{train}@train"), DataSource.parse(f"jsonl:{test}@test")]
    )
    assert [(e.pair, e.split) for e in examples] == [(("b", "y"), "train"), (("a", "x"), "test")]


def test_a_runs_ok_grades_label_every_head(tmp_path: Path) -> None:
    samples = [
        Sample(
            item=PromptItem(id=f"q{i}", prompt=f"question {i}"),
            sample_index=0,
            model="m",
            response=f"answer {i}",
        )
        for i in range(2)
    ]
    common = {
        "judge": "openai:safeguard",
        "method": "structured",
        "template_version": "t",
        "policy_id": "default",
        "policy_hash": "h",
    }
    grades = [
        Grade(
            sample_key="q0#0",
            prompt_id="q0",
            sample_index=0,
            status="ok",
            violation=True,
            severity="low",
            helpfulness_direct=3,
            helpfulness_indirect=1,
            mode="direct_answer",
            **common,
        ),
        Grade(
            sample_key="q1#0", prompt_id="q1", sample_index=0, status="failed", raw="??", **common
        ),
    ]
    write_records(tmp_path / "samples.jsonl", samples, Sample)
    write_records(tmp_path / "grades.jsonl", grades, Grade)
    (example,) = load_examples([DataSource.parse(f"run:{tmp_path}@train")])
    item = example.item
    assert example.pair == ("question 0", "answer 0")
    assert (
        item.mode,
        item.violation,
        item.severity,
        item.helpfulness_direct,
        item.helpfulness_indirect,
    ) == (
        "direct_answer",
        True,
        "low",
        3,
        1,
    )
    (tmp_path / "grades.jsonl").unlink()
    with pytest.raises(DataSourceError, match=r"grades\.jsonl is missing"):
        load_examples([DataSource.parse(f"run:{tmp_path}")])
