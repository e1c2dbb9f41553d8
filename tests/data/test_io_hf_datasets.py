"""Prompts from local Hugging Face datasets: save_to_disk folders and data files."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pytest

from safecomp.data import (
    PromptItem,
    RecordFormatError,
    iter_hf_records,
    load_suite,
    read_hf_prompts,
    write_prompts,
)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep load_dataset's Arrow cache inside the test's folder."""
    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", tmp_path / "hf-cache")


def foreign_dataset() -> datasets.Dataset:
    """A dataset laid out like a typical hub prompt set: other column names, a ClassLabel."""
    features = datasets.Features(
        {
            "qid": datasets.Value("int64"),
            "question": datasets.Value("string"),
            "label": datasets.ClassLabel(names=["benign", "dual_use", "malicious"]),
            "category": datasets.Value("string"),
        }
    )
    return datasets.Dataset.from_dict(
        {
            "qid": [7, 8],
            "question": ["How do locks work?", "Open my neighbour's lock."],
            "label": [0, 2],
            "category": ["illicit", "illicit"],
        },
        features=features,
    )


def test_save_to_disk_folder_with_column_mapping(tmp_path: Path) -> None:
    folder = tmp_path / "locks"
    foreign_dataset().save_to_disk(str(folder))
    items = read_hf_prompts(
        folder,
        columns={"id": "qid", "prompt": "question", "intent": "label"},
        defaults={"source": "locks-ds"},
    )
    assert items == [
        PromptItem(
            id="7",
            prompt="How do locks work?",
            intent="benign",
            source="locks-ds",
            metadata={"category": "illicit"},
        ),
        PromptItem(
            id="8",
            prompt="Open my neighbour's lock.",
            intent="malicious",
            source="locks-ds",
            metadata={"category": "illicit"},
        ),
    ]


def test_same_named_columns_need_no_mapping_and_ids_are_made(tmp_path: Path) -> None:
    folder = tmp_path / "chats"
    datasets.Dataset.from_dict(
        {
            "messages": [
                [{"role": "system", "content": "Be kind."}, {"role": "user", "content": "Hi"}],
                [{"role": "user", "content": "Bye"}],
            ],
            "domain": ["privacy", None],
        }
    ).save_to_disk(str(folder))
    items = load_suite(folder, defaults={"intent": "dual_use"})
    assert [(i.id, i.domain, i.intent, len(i.messages or [])) for i in items] == [
        ("chats-0", "privacy", "dual_use", 2),
        ("chats-1", None, "dual_use", 1),
    ]


def test_dataset_dict_needs_a_split(tmp_path: Path) -> None:
    folder = tmp_path / "splits"
    rows = {"prompt": ["a"], "id": ["x"]}
    datasets.DatasetDict(
        {"train": datasets.Dataset.from_dict(rows), "test": datasets.Dataset.from_dict(rows)}
    ).save_to_disk(str(folder))
    with pytest.raises(RecordFormatError, match=f"{folder}: choose a split: train, test"):
        read_hf_prompts(folder)
    with pytest.raises(RecordFormatError, match="no split 'dev'"):
        read_hf_prompts(folder, split="dev")
    assert [i.id for i in read_hf_prompts(folder, split="test")] == ["x"]


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_data_files_through_load_dataset(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"qs{suffix}"
    items = [
        PromptItem(id="a", prompt="Hello", intent="benign", metadata={"k": [1, 2]}),
        PromptItem(id="b", messages=[{"role": "user", "content": "Hi"}], intent="malicious"),
    ]
    write_prompts(path, items)
    assert read_hf_prompts(path) == items


def test_foreign_jsonl_through_load_suite_with_columns(tmp_path: Path) -> None:
    path = tmp_path / "qa.jsonl"
    rows = [{"q": "What is DNS?", "topic": "net"}, {"q": "What is TLS?", "topic": "net"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    items = load_suite(path, columns={"prompt": "q"})
    assert [(i.id, i.prompt, i.metadata) for i in items] == [
        ("qa-0", "What is DNS?", {"topic": "net"}),
        ("qa-1", "What is TLS?", {"topic": "net"}),
    ]


def test_errors_name_the_source_index_and_field(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    datasets.Dataset.from_dict(
        {"prompt": ["fine", "also fine"], "intent": ["benign", "evil"]}
    ).save_to_disk(str(folder))
    with pytest.raises(RecordFormatError) as caught:
        list(iter_hf_records(folder, PromptItem))
    assert str(caught.value) == (
        f"{folder}, index 1: intent: expected one of benign, dual_use, malicious, unknown,"
        " got 'evil'"
    )
    with pytest.raises(RecordFormatError) as caught:
        read_hf_prompts(folder, columns={"prompt": "question", "intnet": "intent"})
    assert str(caught.value).startswith(f"{folder}: no field 'intnet' in PromptItem")
    with pytest.raises(RecordFormatError) as caught:
        read_hf_prompts(folder, columns={"prompt": "question"})
    assert str(caught.value) == (
        f"{folder}: no column 'question' (for prompt); columns: prompt, intent"
    )


def test_duplicate_ids_name_both_indexes(tmp_path: Path) -> None:
    folder = tmp_path / "dups"
    datasets.Dataset.from_dict({"id": ["a", "a"], "prompt": ["x", "y"]}).save_to_disk(str(folder))
    with pytest.raises(RecordFormatError, match=r"index 1: id: duplicate 'a' \(first at index 0\)"):
        read_hf_prompts(folder)


def test_extra_columns_join_an_existing_metadata_column(tmp_path: Path) -> None:
    folder = tmp_path / "set.v2"
    datasets.Dataset.from_dict(
        {"prompt": ["a"], "metadata": ['{"origin": "forum"}'], "lang": ["en"]}
    ).save_to_disk(str(folder))
    (item,) = read_hf_prompts(folder)
    assert (item.id, item.metadata) == ("set.v2-0", {"origin": "forum", "lang": "en"})
