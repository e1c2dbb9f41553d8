"""Records survive a write and read in every file format, streamed and atomically written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from safecomp.data import (
    ChatMessage,
    Grade,
    PromptItem,
    Sample,
    iter_prompts,
    read_prompts,
    read_records,
    write_prompts,
    write_records,
)

FORMATS = [".jsonl", ".csv", ".parquet"]


def awkward_items() -> list[PromptItem]:
    """Prompts that stress the formats: quotes, commas, newlines, unicode, nested metadata."""
    return [
        PromptItem(
            id="a",
            prompt='He said "hi", then left.\nSecond line; tab\there',
            intent="benign",
            domain="cyber",
            group="g1",
            source="test",
            metadata={"tags": ["x", "y"], "score": 0.5, "nested": {"ok": True}, "none": None},
        ),
        PromptItem(
            id="b,with comma",
            messages=[
                ChatMessage(role="system", content="Be brief."),
                ChatMessage(role="user", content="Grüße 👋"),
                ChatMessage(role="assistant", content="Hallo!"),
                ChatMessage(role="user", content="Und jetzt?"),
            ],
            intent="dual_use",
        ),
        PromptItem(id="c", prompt="0", intent="unknown", metadata={}),
    ]


def graded_records() -> tuple[list[Sample], list[Grade]]:
    item = awkward_items()[1]
    sample = Sample(
        item=item, sample_index=2, model="bundled:smollm2", response="", params={"t": 0.7}
    )
    ok = Grade(
        sample_key=sample.key,
        prompt_id=item.id,
        sample_index=2,
        judge="bundled:smollm2",
        method="logprob",
        template_version="v1",
        policy_id="default",
        policy_hash="abc",
        status="ok",
        violation=True,
        severity="low",
        helpfulness_direct=2,
        helpfulness_indirect=4,
        mode="safe_completion",
        cited_rules=["cyber.1"],
        expected={"helpfulness_direct": 2.4},
        confidence={"helpfulness_direct": 0.61},
        cached=True,
    )
    failed = Grade(
        sample_key=sample.key,
        prompt_id=item.id,
        sample_index=2,
        judge="j",
        method="structured",
        template_version="v1",
        policy_id="default",
        policy_hash="abc",
        status="failed",
        raw="not json {",
        error="no JSON object in the reply",
    )
    return [sample], [ok, failed]


@pytest.mark.parametrize("suffix", FORMATS)
def test_prompts_round_trip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"suite{suffix}"
    items = awkward_items()
    assert write_prompts(path, items) == len(items)
    assert read_prompts(path) == items


@pytest.mark.parametrize("suffix", FORMATS)
def test_samples_and_grades_round_trip(tmp_path: Path, suffix: str) -> None:
    samples, grades = graded_records()
    write_records(tmp_path / f"samples{suffix}", samples, Sample)
    write_records(tmp_path / f"grades{suffix}", grades, Grade)
    assert read_records(tmp_path / f"samples{suffix}", Sample, unique="key") == samples
    assert read_records(tmp_path / f"grades{suffix}", Grade) == grades


@pytest.mark.parametrize("suffix", FORMATS)
def test_empty_files_round_trip(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    assert write_prompts(path, []) == 0
    assert read_prompts(path) == []


def test_csv_layout_is_one_column_per_field_with_json_text(tmp_path: Path) -> None:
    path = tmp_path / "suite.csv"
    write_prompts(path, awkward_items()[1:])
    header, first = path.read_text(encoding="utf-8").splitlines()[:2]
    assert header == "id,prompt,messages,intent,domain,group,source,metadata"
    assert first.startswith('"b,with comma",,"[{""role"": ""system""')
    assert first.endswith(",dual_use,,,,{}")


def test_hand_written_csv_reads_with_defaults(tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text('id,prompt,intent\nq1,Hello there,benign\nq2,"Multi\nline",\n', "utf-8")
    items = read_prompts(path)
    assert [(i.id, i.prompt, i.intent) for i in items] == [
        ("q1", "Hello there", "benign"),
        ("q2", "Multi\nline", "unknown"),
    ]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_files_from_windows_tools_with_a_byte_order_mark(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"suite{suffix}"
    items = awkward_items()[1:]  # no line breaks inside cells: all of them become \r\n here
    write_prompts(path, items)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert read_prompts(path) == items


def test_csv_cells_beyond_the_csv_module_default_limit(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    turns = [ChatMessage(role="user", content="word " * 40_000)]
    write_prompts(path, [PromptItem(id="long", messages=turns)])
    assert read_prompts(path)[0].messages == turns


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_large_files_stream_in_batches(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"big{suffix}"
    items = [PromptItem(id=f"p{n}", prompt=f"prompt {n}") for n in range(2500)]
    write_prompts(path, iter(items))
    stream = iter_prompts(path)
    assert next(stream) == items[0]
    assert list(stream) == items[1:]


def test_reading_is_lazy_up_to_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "suite.jsonl"
    path.write_text('{"id": "a", "prompt": "x"}\n{"id": "b", "prompt": "y"}\nnot json\n')
    stream = iter_prompts(path)
    assert [next(stream).id, next(stream).id] == ["a", "b"]
    with pytest.raises(ValueError, match=r"suite\.jsonl:3"):
        next(stream)


@pytest.mark.parametrize("suffix", FORMATS)
def test_a_failed_write_leaves_the_old_file_whole(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"suite{suffix}"
    items = awkward_items()
    write_prompts(path, items)

    def broken() -> Iterator[PromptItem]:
        # A producer that dies halfway: the fault a killed or crashing caller causes.
        yield from items[:2]
        raise RuntimeError("producer died")

    with pytest.raises(RuntimeError, match="producer died"):
        write_prompts(path, broken())
    assert read_prompts(path) == items
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]
