"""Registries of file formats: ``@importer("name", suffix=...)`` and :func:`import_file`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from safecomp.data.importers.base import SourceFormatError, files_of
from safecomp.data.schema import PromptItem
from safecomp.registry import Registry


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


ItemT = TypeVar("ItemT", bound=_HasId)


@dataclass(frozen=True)
class _Entry(Generic[ItemT]):
    read: Callable[[Path], list[ItemT]]
    suffix: str


class FormatRegistry(Generic[ItemT]):
    """Named readers of one-file formats; a directory reads all its files of the suffix."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: Registry[_Entry[ItemT]] = Registry(f"{kind} format")

    def register(
        self, name: str, *, suffix: str
    ) -> Callable[[Callable[[Path], list[ItemT]]], Callable[[Path], list[ItemT]]]:
        """Decorator: register a reader of one ``*<suffix>`` file of format ``name``."""

        def register(read: Callable[[Path], list[ItemT]]) -> Callable[[Path], list[ItemT]]:
            self._entries.add(name, _Entry(read, suffix))
            return read

        return register

    def names(self) -> tuple[str, ...]:
        return self._entries.names()

    def read(
        self, fmt: str, path: Path, read: Callable[[Path], list[ItemT]] | None = None
    ) -> list[ItemT]:
        """Read ``path`` (a file, or a directory of files) in format ``fmt``.

        ``read`` replaces the registered reader (e.g. one bound to a column mapping).
        Ids must be unique across all files read.
        """
        entry = self._entries.get(fmt)
        items: list[ItemT] = []
        seen: dict[str, Path] = {}
        for file in files_of(Path(path), entry.suffix):
            for item in (read or entry.read)(file):
                if item.id in seen:
                    raise SourceFormatError(
                        file,
                        None,
                        f"id {item.id!r} already read from {seen[item.id]}; ids must be unique",
                    )
                seen[item.id] = file
                items.append(item)
        return items


IMPORTERS: FormatRegistry[PromptItem] = FormatRegistry("import")
#: Reads one file of an upstream format into prompts.
Importer = Callable[[Path], list[PromptItem]]


def importer(name: str, *, suffix: str) -> Callable[[Importer], Importer]:
    """Register a reader of one ``*<suffix>`` file of the upstream format ``name``."""
    return IMPORTERS.register(name, suffix=suffix)


def import_file(fmt: str, path: Path) -> list[PromptItem]:
    """Read a dataset file in the upstream format ``fmt`` (one of ``FORMATS``) into prompts.

    ``path`` may also be a directory: its ``*.csv`` (or ``*.jsonl``) files are read in name
    order, e.g. HarmBench's val and test splits together.

    >>> items = import_file("xstest", Path("xstest_prompts.csv"))  # doctest: +SKIP
    """
    return IMPORTERS.read(fmt, path)
