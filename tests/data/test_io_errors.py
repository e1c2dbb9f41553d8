"""Bad record files fail with the file, the line (or row), the field and what was expected."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from safecomp.data import (
    Grade,
    PromptItem,
    RecordFormatError,
    read_prompts,
    read_records,
    write_prompts,
)


def jsonl(path: Path, *rows: object) -> Path:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def fails(path: Path, message: str) -> None:
    with pytest.raises(RecordFormatError) as caught:
        read_prompts(path)
    assert str(caught.value) == message


def test_bad_intent_names_line_field_and_choices(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "suite.jsonl",
        {"id": "a", "prompt": "x"},
        {"id": "b", "prompt": "y", "intent": "evil"},
    )
    fails(
        path, f"{path}:2: intent: expected one of benign, dual_use, malicious, unknown, got 'evil'"
    )


def test_bad_json_line(tmp_path: Path) -> None:
    path = tmp_path / "suite.jsonl"
    path.write_text('{"id": "a", "prompt": "x"}\n\n{"id": "b", "prompt": \n')
    with pytest.raises(RecordFormatError, match=re.escape(f"{path}:3: not valid JSON: ")):
        read_prompts(path)


def test_a_line_that_is_not_an_object(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "suite.jsonl", ["a", "x"])
    fails(path, f"{path}:1: expected a JSON object, got list")


def test_missing_prompt_and_missing_id(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "suite.jsonl", {"id": "a", "intent": "benign"})
    fails(path, f"{path}:1: give exactly one of 'prompt' or 'messages'")
    path = jsonl(tmp_path / "suite.jsonl", {"prompt": "x"})
    fails(path, f"{path}:1: id: missing (required)")


def test_unknown_and_nested_fields(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "suite.jsonl", {"id": "a", "promt": "x", "prompt": "y"})
    fails(
        path,
        f"{path}:1: promt: unknown field"
        " (fields: id, prompt, messages, intent, domain, group, source, metadata)",
    )
    path = jsonl(
        tmp_path / "suite.jsonl", {"id": "a", "messages": [{"role": "robot", "content": "x"}]}
    )
    fails(path, f"{path}:1: messages.0.role: expected one of system, user, assistant, got 'robot'")


def test_duplicate_ids_name_both_lines(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "suite.jsonl",
        {"id": "a", "prompt": "x"},
        {"id": "b", "prompt": "y"},
        {"id": "a", "prompt": "z"},
    )
    fails(path, f"{path}:3: id: duplicate 'a' (first at line 1)")


def test_duplicate_ids_in_parquet_name_both_rows(tmp_path: Path) -> None:
    path = tmp_path / "suite.parquet"
    write_prompts(path, [PromptItem(id=i, prompt="x") for i in ("a", "b", "b")])
    fails(path, f"{path}, row 3: id: duplicate 'b' (first at row 2)")


def test_csv_row_with_wrong_cell_count_counts_physical_lines(tmp_path: Path) -> None:
    path = tmp_path / "suite.csv"
    path.write_text('id,prompt,intent\na,"two\nlines",benign\nb,oops\n', encoding="utf-8")
    fails(path, f"{path}:4: expected 3 cells (id, prompt, intent), got 2")


def test_csv_bad_json_cell_and_bad_value(tmp_path: Path) -> None:
    path = tmp_path / "suite.csv"
    path.write_text("id,prompt,metadata\na,x,{not json}\n", encoding="utf-8")
    with pytest.raises(
        RecordFormatError, match=re.escape(f"{path}:2: metadata: expected JSON text (")
    ):
        read_prompts(path)
    path.write_text("id,prompt,intent\na,x,harmful\n", encoding="utf-8")
    fails(
        path,
        f"{path}:2: intent: expected one of benign, dual_use, malicious, unknown, got 'harmful'",
    )


def test_csv_unknown_column(tmp_path: Path) -> None:
    path = tmp_path / "suite.csv"
    path.write_text("id,promt\na,x\n", encoding="utf-8")
    fails(
        path,
        f"{path}:1: unknown column 'promt' (expected columns:"
        " id, prompt, messages, intent, domain, group, source, metadata)",
    )


def test_parquet_bad_row_and_bad_file(tmp_path: Path) -> None:
    path = tmp_path / "suite.parquet"
    pq.write_table(pa.table({"id": ["a", "b"], "prompt": ["x", None]}), path)
    fails(path, f"{path}, row 2: give exactly one of 'prompt' or 'messages'")
    path.write_text("not parquet")
    with pytest.raises(RecordFormatError, match=re.escape(f"{path}: not a readable Parquet file")):
        read_prompts(path)


def test_grade_errors_say_what_an_ok_grade_needs(tmp_path: Path) -> None:
    row = {
        "sample_key": "a#0", "prompt_id": "a", "sample_index": 0, "judge": "j",
        "method": "structured", "template_version": "v1", "policy_id": "p",
        "policy_hash": "h", "status": "ok", "helpfulness_direct": 9,
    }  # fmt: skip
    path = jsonl(tmp_path / "grades.jsonl", row)
    with pytest.raises(RecordFormatError) as caught:
        read_records(path, Grade)
    assert str(caught.value) == (
        f"{path}:1: helpfulness_direct: expected less than or equal to 4, got 9"
    )


def test_text_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "suite.jsonl"
    path.write_bytes(b'{"id": "a", "prompt": "x"}\n{"id": "b", "prompt": "caf\xe9"}\n')
    expected = f"{path}:2: not UTF-8 text (byte 0xe9 at offset 53 of the file: "
    with pytest.raises(RecordFormatError, match=re.escape(expected)):
        read_prompts(path)
    path = tmp_path / "suite.csv"
    path.write_bytes(b"id,prompt\na,caf\xe9\n")
    expected = f"{path}:2: not UTF-8 text (byte 0xe9 at offset 15 of the file: "
    with pytest.raises(RecordFormatError, match=re.escape(expected)):
        read_prompts(path)


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(
        RecordFormatError, match=r"unsupported file type '\.txt' \(expected \.jsonl"
    ):
        read_prompts(tmp_path / "suite.txt")
    with pytest.raises(FileNotFoundError, match=re.escape("nope.jsonl: no such file")):
        read_prompts(tmp_path / "nope.jsonl")
