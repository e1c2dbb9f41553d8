"""Prompt suites: the built-in ones shipped in ``safecomp/data/suites/*.jsonl``, or any file.

>>> items = load_suite("quickstart")                                   # doctest: +SKIP
>>> items = load_suite("my_suite.csv")                                 # doctest: +SKIP
>>> items = load_suite("hf_dir", columns={"prompt": "question"})       # doctest: +SKIP
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from safecomp.data.hf_datasets import read_hf_prompts
from safecomp.data.io import read_prompts
from safecomp.data.records import RecordFormatError
from safecomp.data.schema import PromptItem
from safecomp.labels import Intent

#: How a prompt without a harm domain (``domain is None``) is named in filters and tables.
GENERAL_DOMAIN = "general"


def _builtin_folder() -> Traversable:
    return resources.files("safecomp.data") / "suites"


def builtin_suites() -> list[str]:
    """Names of the suites shipped with safecomp, e.g. ``["quickstart"]``."""
    return sorted(
        entry.name.removesuffix(".jsonl")
        for entry in _builtin_folder().iterdir()
        if entry.name.endswith(".jsonl")
    )


def load_suite(
    name_or_path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    defaults: Mapping[str, Any] | None = None,
    split: str | None = None,
) -> list[PromptItem]:
    """The prompts of a built-in suite (by name) or of a suite file or dataset.

    A path to a ``.jsonl``/``.csv``/``.parquet`` file in safecomp's layout is read strictly
    (:func:`~safecomp.data.io.read_prompts`). A ``save_to_disk`` directory, or any file when
    ``columns`` or ``defaults`` are given, is read as a Hugging Face dataset
    (:func:`~safecomp.data.hf_datasets.read_hf_prompts`). A suite without prompts is a
    ``RecordFormatError``, whatever its format.
    """
    if isinstance(name_or_path, str) and name_or_path in builtin_suites():
        with resources.as_file(_builtin_folder() / f"{name_or_path}.jsonl") as path:
            return read_prompts(path)
    path = Path(name_or_path)
    if not path.exists():
        raise FileNotFoundError(
            f"no suite {str(name_or_path)!r}: not a built-in suite"
            f" ({', '.join(builtin_suites())}) and no such file or directory"
        )
    if path.is_dir() or columns or defaults:
        items = read_hf_prompts(path, columns=columns, defaults=defaults, split=split)
    else:
        items = read_prompts(path)
    if not items:  # an empty file is a mistake (a failed export), not a suite
        raise RecordFormatError(f"{path}: no prompts in the suite; expected at least one")
    return items


def select_items(
    items: Iterable[PromptItem],
    *,
    intent: Intent | None = None,
    domain: str | None = None,
) -> list[PromptItem]:
    """The items with this intent and domain (``"general"`` for none); ``None`` keeps all."""
    return [
        item
        for item in items
        if (intent is None or item.intent == intent)
        and (domain is None or domain_name(item) == domain)
    ]


def domain_name(item: PromptItem) -> str:
    """The item's domain, or ``"general"`` when it has none."""
    return item.domain or GENERAL_DOMAIN


def count_by_domain_intent(items: Iterable[PromptItem]) -> Counter[tuple[str, Intent]]:
    """How many items there are per (domain name, intent)."""
    return Counter((domain_name(item), item.intent) for item in items)
