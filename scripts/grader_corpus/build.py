"""Write the grader corpus and its data card.

    PYTHONPATH=$PWD/src python -m scripts.grader_corpus.build [--output-dir DIR]

Deterministic: the same sources always write byte-identical files.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from scripts.grader_corpus import (
    bio_chem,
    cyber,
    hate_harassment,
    illicit,
    multilingual,
    natural,
    off_topic,
    privacy,
    self_harm,
    sexual,
    stand_ins,
    weapons_violence,
)
from scripts.grader_corpus.builder import domain_records
from scripts.grader_corpus.card import write_card
from scripts.grader_corpus.record import CorpusRecord

DOMAINS = (
    bio_chem.DOMAIN,
    cyber.DOMAIN,
    weapons_violence.DOMAIN,
    illicit.DOMAIN,
    self_harm.DOMAIN,
    hate_harassment.DOMAIN,
    sexual.DOMAIN,
    privacy.DOMAIN,
)

DEFAULT_DIR = Path("src/safecomp/data/corpora")
NAME = "grader_corpus"


def records(answers: Sequence[natural.NaturalAnswer]) -> list[CorpusRecord]:
    out = [record for domain in DOMAINS for record in domain_records(domain)]
    out.extend(multilingual.records())
    out.extend(off_topic.records(out))
    out = stand_ins.apply(out)
    out.extend(answer.record() for answer in answers)
    seen: set[str] = set()
    for record in out:
        if record.id in seen:
            raise ValueError(f"duplicate record id {record.id!r}")
        seen.add(record.id)
    return out


def jsonl(items: Iterable[CorpusRecord]) -> bytes:
    lines = (
        json.dumps(item.model_dump(exclude_none=True), ensure_ascii=False, sort_keys=False)
        for item in items
    )
    return ("\n".join(lines) + "\n").encode()


def build(output_dir: Path) -> tuple[Path, Path]:
    answers = natural.answers()
    items = records(answers)
    data = jsonl(items)
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / f"{NAME}.jsonl"
    path.write_bytes(data)
    card = output_dir / f"{NAME}.md"
    write_card(card, items, answers, hashlib.sha256(data).hexdigest(), len(data))
    return path, card


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--output-dir", type=Path, default=DEFAULT_DIR)
    args = parser.parse_args(argv)
    path, card = build(args.output_dir)
    print(f"wrote {path} and {card}")


if __name__ == "__main__":
    main()
