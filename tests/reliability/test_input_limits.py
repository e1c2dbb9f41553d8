"""Files from outside that are deep, broken or empty: one clear error naming the file, the
line and the true position, through the real CLI (``suite show``/``suite import``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from safecomp.cli.app import app

runner = CliRunner()
BAD_AT = 140_269  # the byte offset of the finding: far past the first 8 KiB chunk


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "300"})
    return result.exit_code, result.output


def with_bad_byte(path: Path, data: bytes) -> Path:
    """``data`` with byte ``BAD_AT`` replaced by 0xff, written to ``path``."""
    path.write_bytes(data[:BAD_AT] + b"\xff" + data[BAD_AT + 1 :])
    return path


def jsonl_rows(count: int) -> bytes:
    rows = [json.dumps({"id": f"p{i}", "prompt": "x" * 100}) for i in range(count)]
    return "\n".join(rows).encode() + b"\n"


def line_of(data: bytes) -> int:
    return data.count(b"\n", 0, BAD_AT) + 1


@pytest.mark.parametrize("suffix", [".jsonl", ".csv"])
def test_a_bad_byte_is_named_by_its_offset_in_the_file(tmp_path: Path, suffix: str) -> None:
    if suffix == ".jsonl":
        data = jsonl_rows(1500)
    else:
        with (tmp_path / "rows.csv").open("w", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "prompt"])
            writer.writerows([f"p{i}", "x" * 100] for i in range(1500))
        data = (tmp_path / "rows.csv").read_bytes()
    path = with_bad_byte(tmp_path / f"suite{suffix}", data)
    code, out = invoke("suite", "show", str(path))
    assert code == 1
    assert f"{path}:{line_of(data)}: not UTF-8 text (byte 0xff at offset {BAD_AT} of the" in out


def test_a_bad_byte_in_an_imported_dataset(tmp_path: Path) -> None:
    rows = [
        json.dumps({"prompt": "x" * 100, "response": "y", "label": "safe"}) for _ in range(1500)
    ]
    data = "\n".join(rows).encode() + b"\n"
    path = with_bad_byte(tmp_path / "rbr.jsonl", data)
    code, out = invoke("suite", "import", "-f", "rbr", str(path), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1
    assert f"{path}:{line_of(data)}: not UTF-8 text (byte 0xff at offset {BAD_AT} " in out


@pytest.mark.parametrize("command", ["show", "import"])
def test_json_nested_100000_deep_is_one_line_of_error(tmp_path: Path, command: str) -> None:
    path = tmp_path / "deep.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    path.write_text('{"id": "a", "prompt": "x"}\n{"id": "b", "metadata": ' + deep + "}\n")
    args = (
        ["-f", "rbr", str(path), "-o", str(tmp_path / "o.jsonl")] if command == "import" else [path]
    )
    code, out = invoke("suite", command, *map(str, args))
    assert code == 1
    assert out.startswith(f"error: {path}:2: ")
    assert "nested deeper than 100 levels" in out and "Traceback" not in out


@pytest.mark.parametrize("name", ["empty.jsonl", "empty.csv", "blank.jsonl"])
def test_an_empty_suite_fails_in_any_format(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("\n\n" if name.startswith("blank") else "")
    code, out = invoke("suite", "show", str(path))
    assert code == 1
    assert f"{path}: no prompts in the suite" in out


def test_an_empty_jsonl_dataset_fails_to_import_like_an_empty_csv(tmp_path: Path) -> None:
    path = tmp_path / "rbr.jsonl"
    path.write_text("")
    code, out = invoke("suite", "import", "-f", "rbr", str(path), "-o", str(tmp_path / "o.jsonl"))
    assert code == 1
    assert f"{path}: empty file; expected JSON Lines objects" in out
    assert not (tmp_path / "o.jsonl").exists()
