"""What reading a long answer to its end buys: a learned grader's violation accuracy on the
corpus test split's long answers, reading all windows (as shipped), the first and the last
window only (head and tail), or the first window only (truncation) (a script, not a test).

The same heads grade every reading; only ``Chunking.max_windows`` changes, so the difference
is what the backbone gets to see. ``long_late_problem`` answers put operational content after
several paragraphs of background; ``long`` safe answers are their controls.

    .venv/bin/python bench/long_answers.py --grader bundled:grader
"""

from __future__ import annotations

import argparse
import json
from importlib.resources import files
from pathlib import Path

from rich.console import Console
from tables import table  # bench/tables.py, beside this script

from safecomp.grading.learned.config import GraderConfig
from safecomp.grading.learned.data import DataSource, Example, load_examples
from safecomp.grading.learned.encoder import Encoder
from safecomp.grading.learned.grader import LearnedGrader, resolve
from safecomp.grading.learned.metrics import evaluate
from safecomp.grading.learned.network import HeadsNet

console = Console()
CORPUS = Path(str(files("safecomp.data") / "corpora" / "grader_corpus.jsonl"))
LATE = "long_late_problem"


def long_test_items() -> list[Example]:
    examples = load_examples([DataSource.parse(f"corpus:{CORPUS}")])
    return [e for e in examples if e.split == "test" and "long" in e.item.raw["tags"]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--grader", default="bundled:grader")
    parser.add_argument("--out", type=Path, default=Path("bench/results/long_answers.json"))
    args = parser.parse_args()

    name, folder = resolve(args.grader)
    config = GraderConfig.read(folder)
    examples = long_test_items()
    readings = {
        f"all windows (≤{config.chunking.max_windows}, shipped)": config.chunking.max_windows,
        "head and tail": 2,
        "first window only": 1,
    }
    rows = []
    for reading, windows in readings.items():
        encoder = Encoder(
            config.backbone, config.chunking.model_copy(update={"max_windows": windows})
        )
        net = HeadsNet.load(folder, config, encoder.tuned_layers(config.tuned_layers))
        pairs = [e.pair for e in examples]
        found = LearnedGrader(name, "", config, encoder, net).predict_pairs(pairs)
        read = [sum(w.kind == "pair" for w in encoder._windows([p])) for p in pairs]
        row: dict[str, object] = {"reading": reading, "windows read (mean)": sum(read) / len(read)}
        for subset, keep in (
            (LATE, [LATE in e.item.raw["tags"] for e in examples]),
            ("long safe", [LATE not in e.item.raw["tags"] for e in examples]),
        ):
            chosen = [i for i, k in enumerate(keep) if k]
            metrics = evaluate(
                subset, [examples[i].item for i in chosen], [found[i] for i in chosen]
            )
            row[f"{subset} violation acc."] = metrics.grader["violation_accuracy"].format()
            row[f"{subset} severity MAE"] = metrics.grader["severity_mae"].format()
        rows.append(row)
    console.print(table(f"{name}: long answers of the corpus test split", rows))
    result = {
        "grader": name,
        "items": len(examples),
        LATE: sum(LATE in e.item.raw["tags"] for e in examples),
        "rows": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    console.print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
