"""`safecomp suite`: list, show, import and convert through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import datasets
import pytest
from typer.testing import CliRunner

from safecomp.cli.app import app
from safecomp.data import PromptItem, load_suite, read_prompts, write_prompts

runner = CliRunner()


def invoke(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, list(args), env={"COLUMNS": "200"})
    return result.exit_code, result.output


def test_list_counts_built_in_suites_by_intent() -> None:
    code, out = invoke("suite", "list")
    assert code == 0
    items = load_suite("quickstart")
    counts = [sum(i.intent == intent for i in items) for intent in ("benign", "dual_use")]
    row = next(line for line in out.splitlines() if "quickstart" in line)
    assert row.split("│")[2:5] == [f" {len(items):>7} ", f" {counts[0]:>6} ", f" {counts[1]:>8} "]


def test_show_filters_by_intent_and_domain_and_counts() -> None:
    code, out = invoke("suite", "show", "quickstart", "--intent", "malicious", "--domain", "cyber")
    assert code == 0
    assert "qs-cyber-portscan-malicious" in out
    assert "qs-cyber-sqli-escalation-chat" in out
    assert "qs-cyber-portscan-benign" not in out
    assert "qs-bio-household-mixing-malicious" not in out
    assert "4 of 4 matching prompts listed (65 in the suite)" in out
    cyber_row = next(line for line in out.splitlines() if line.startswith("│ cyber"))
    assert [cell.strip() for cell in cyber_row.split("│")[1:-1]] == [
        "cyber",
        "0",
        "0",
        "4",
        "0",
        "4",
    ]


def test_show_limit_and_general_domain() -> None:
    code, out = invoke("suite", "show", "quickstart", "--domain", "general", "--limit", "2")
    assert code == 0
    assert "2 of 7 matching prompts listed" in out
    assert "qs-general-pancakes" in out
    assert "qs-general-bike-chain" not in out


def test_show_a_file_and_its_errors(tmp_path: Path) -> None:
    path = tmp_path / "mine.parquet"
    write_prompts(path, [PromptItem(id="only", prompt="What is a firewall?", intent="benign")])
    code, out = invoke("suite", "show", str(path))
    assert code == 0
    assert "What is a firewall?" in out
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "prompt": "x", "intent": "evil"}\n')
    code, out = invoke("suite", "show", str(bad))
    assert code == 1
    assert "bad.jsonl:1: intent: expected one of benign, dual_use, malicious, unknown" in out
    assert "Traceback" not in out
    code, out = invoke("suite", "show", "quickstrat")
    assert code == 1
    assert "no suite 'quickstrat'" in out
    code, out = invoke("suite", "show", "quickstart", "--intent", "evil")
    assert code == 2


def test_convert_a_dataset_folder_with_column_options(tmp_path: Path) -> None:
    folder = tmp_path / "qa"
    datasets.Dataset.from_dict(
        {"question": ["What is DNS?", "Break into this server."], "kind": ["x", "y"]}
    ).save_to_disk(str(folder))
    out_path = tmp_path / "out" / "qa.csv"
    code, out = invoke(
        "suite", "convert", str(folder), "-o", str(out_path),
        "--prompt-column", "question", "--intent", "dual_use", "--domain", "cyber",
        "--source", "qa-set",
    )  # fmt: skip
    assert code == 0, out
    assert f"wrote 2 prompts to {out_path}" in out
    assert read_prompts(out_path) == [
        PromptItem(id="qa-0", prompt="What is DNS?", intent="dual_use", domain="cyber",
                   source="qa-set", metadata={"kind": "x"}),
        PromptItem(id="qa-1", prompt="Break into this server.", intent="dual_use",
                   domain="cyber", source="qa-set", metadata={"kind": "y"}),
    ]  # fmt: skip
    code, out = invoke("suite", "convert", str(folder), "-o", str(out_path))
    assert code == 1
    assert "qa, index 0: give exactly one of 'prompt' or 'messages'" in out
    assert "unmapped columns question, kind went to metadata" in out


def test_import_a_public_dataset(tmp_path: Path, shared_data: Path) -> None:
    out_path = tmp_path / "xstest.jsonl"
    code, out = invoke(
        "suite", "import", "--format", "xstest", str(shared_data / "xstest" / "xstest_prompts.csv"),
        "-o", str(out_path),
    )  # fmt: skip
    assert code == 0, out
    items = read_prompts(out_path)
    assert f"wrote {len(items)} prompts to {out_path}" in out
    assert len(items) == 450
    assert {item.intent for item in items} <= {"benign", "malicious"}
    total_row = next(line for line in out.splitlines() if line.startswith("│ total"))
    assert total_row.split("│")[-2].strip() == "450"


def test_import_rejects_unknown_formats_and_bad_files(tmp_path: Path) -> None:
    code, out = invoke("suite", "import", "--format", "nope", "x.csv", "-o", "y.jsonl")
    assert code == 2
    assert "xstest" in out
    bad = tmp_path / "xstest.csv"
    bad.write_text("something,else\n1,2\n")
    code, out = invoke(
        "suite", "import", "--format", "xstest", str(bad), "-o", str(tmp_path / "o.jsonl")
    )
    assert code == 1
    assert "xstest.csv" in out
    assert not (tmp_path / "o.jsonl").exists()


@pytest.mark.parametrize("suffix", [".jsonl", ".parquet"])
def test_import_writes_any_format_by_extension(
    tmp_path: Path, shared_data: Path, suffix: str
) -> None:
    out_path = tmp_path / f"dna{suffix}"
    source = shared_data / "donotanswer" / "human_chatbox.jsonl"
    code, out = invoke("suite", "import", "-f", "donotanswer", str(source), "-o", str(out_path))
    assert code == 0, out
    lines = source.read_text(encoding="utf-8").splitlines()
    assert len(read_prompts(out_path)) == sum(1 for line in lines if line.strip())
    assert json.loads(lines[0])["prompt"] in {i.prompt for i in read_prompts(out_path)}
