"""Training data for a learned grader: labelled exchanges from named sources, with splits.

A source is ``KIND:PATH`` with an optional ``@SPLIT`` (``train``, ``dev`` or ``test``) that
puts the whole source in one split:

- ``corpus:PATH``: the authored corpus (JSON Lines with the labels of :data:`LABELS`, a
  ``group`` and a ``split`` per record); its own ``split`` field is kept.
- ``run:DIR``: a run's ``samples.jsonl`` and ``grades.jsonl`` (distillation): every ok
  grade labels all heads with the judge's verdict.
- any gold format of :func:`~safecomp.data.gold.load_gold` (``rbr``, ``pyrit-refusal``,
  ``pyrit-objective``, ``jsonl``): the human labels.

Sources without their own split (and no ``@SPLIT``) are split 70/15/15 by a hash of the
prompt, so the responses to one prompt never straddle splits. Any train or dev item whose
exchange also appears among the test items is dropped (no leak into evaluation).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, cast, get_args

from safecomp.data.gold import GOLD_FORMATS, GoldItem, load_gold
from safecomp.data.importers.base import files_of
from safecomp.data.io import read_records
from safecomp.data.schema import Grade, Sample

Split = Literal["train", "dev", "test"]
SPLITS: Final[tuple[Split, ...]] = get_args(Split)
#: Shares of train and dev for sources split by hash (the rest is test).
HASH_SPLIT: Final = (0.70, 0.15)
SOURCE_KINDS: Final[tuple[str, ...]] = ("corpus", "run", *GOLD_FORMATS)


class DataSourceError(ValueError):
    """A ``--data`` source that cannot be read as written."""


@dataclass(frozen=True)
class DataSource:
    kind: str
    path: Path
    #: All items go to this split (``None``: the source's own split, or a hash split).
    split: Split | None = None

    @classmethod
    def parse(cls, spec: str) -> DataSource:
        """``KIND:PATH[@SPLIT]``, e.g. ``rbr:../shared/data/rbr_gold/test.jsonl@test``."""
        kind, sep, rest = spec.partition(":")
        if not sep or kind not in SOURCE_KINDS or not rest:
            raise DataSourceError(
                f"data source {spec!r}: expected KIND:PATH[@SPLIT] with KIND one of "
                f"{', '.join(SOURCE_KINDS)}"
            )
        path, at, split = rest.rpartition("@")
        if not at or "/" in split:
            return cls(kind, Path(rest))
        if split not in SPLITS:
            raise DataSourceError(
                f"data source {spec!r}: split {split!r}; expected one of {', '.join(SPLITS)}"
            )
        return cls(kind, Path(path), split)

    @property
    def name(self) -> str:
        return f"{self.kind}:{self.path.name}"

    def __str__(self) -> str:
        return f"{self.kind}:{self.path}" + (f"@{self.split}" if self.split else "")

    def files(self) -> list[Path]:
        """The files read (for hashes in the data card)."""
        if self.kind == "run":
            return [self.path / "samples.jsonl", self.path / "grades.jsonl"]
        suffix = ".csv" if self.kind.startswith("pyrit") else ".jsonl"
        return files_of(self.path, suffix)

    def sha256(self) -> str:
        digest = hashlib.sha256()
        for file in self.files():
            digest.update(file.read_bytes())
        return digest.hexdigest()


@dataclass(frozen=True)
class Example:
    """One labelled exchange, its split and the source it came from."""

    item: GoldItem
    split: Split
    source: str

    @property
    def pair(self) -> tuple[str, str]:
        return exchange(self.item)

    @property
    def human(self) -> bool:
        """Labelled by people (a gold format), not authored (``corpus:``) or distilled."""
        return self.source.partition(":")[0] in GOLD_FORMATS


def exchange(item: GoldItem | Sample) -> tuple[str, str]:
    """What the grader reads: the last user turn and the response."""
    prompt = item.item.last_user_text if isinstance(item, Sample) else item.last_user_text
    return prompt, item.response


def load_examples(sources: list[DataSource]) -> list[Example]:
    """The examples of every source, with leaks into the test split removed."""
    examples = [example for source in sources for example in _read(source)]
    tested = {e.pair for e in examples if e.split == "test"}
    return [e for e in examples if e.split == "test" or e.pair not in tested]


def _read(source: DataSource) -> list[Example]:
    if not source.path.exists():
        raise DataSourceError(f"data source {source}: {source.path} does not exist")
    if source.kind == "corpus":
        items = load_gold("jsonl", source.path)
        return [
            Example(item, source.split or _corpus_split(item, source), source.name)
            for item in items
        ]
    items = _run_items(source.path) if source.kind == "run" else load_gold(source.kind, source.path)
    return [Example(i, source.split or hash_split(i.last_user_text), source.name) for i in items]


def _corpus_split(item: GoldItem, source: DataSource) -> Split:
    split = item.raw.get("split")
    if split not in SPLITS:
        raise DataSourceError(
            f"{source.path}: record {item.id!r} has split {split!r}; expected one of "
            f"{', '.join(SPLITS)}"
        )
    return cast(Split, split)


def hash_split(key: str) -> Split:
    """A stable pseudo-random split of ``key`` (70/15/15)."""
    share = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF
    if share < HASH_SPLIT[0]:
        return "train"
    return "dev" if share < sum(HASH_SPLIT) else "test"


def _run_items(run_dir: Path) -> list[GoldItem]:
    """A run's ok grades as fully labelled items (distillation from its judge)."""
    for name in ("samples.jsonl", "grades.jsonl"):
        if not (run_dir / name).is_file():
            raise DataSourceError(f"run {run_dir}: {name} is missing")
    samples = {s.key: s for s in read_records(run_dir / "samples.jsonl", Sample)}
    items: list[GoldItem] = []
    for grade in read_records(run_dir / "grades.jsonl", Grade):
        sample = samples.get(grade.sample_key)
        if grade.status != "ok" or sample is None:
            continue
        items.append(
            GoldItem(
                **sample.item.model_dump(exclude={"id", "source"}),
                id=f"{grade.judge}/{grade.sample_key}",
                source=f"run:{run_dir.name}",
                response=sample.response,
                mode=grade.mode,
                violation=grade.violation,
                severity=grade.severity,
                helpfulness_direct=grade.helpfulness_direct,
                helpfulness_indirect=grade.helpfulness_indirect,
                raw={"judge": grade.judge, "policy_hash": grade.policy_hash},
            )
        )
    return items
