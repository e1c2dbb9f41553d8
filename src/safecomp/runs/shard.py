"""Deterministic shards of a suite: every prompt in exactly one shard, groups kept together."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from safecomp.data.schema import PromptItem
from safecomp.errors import InputError

_SHARD = re.compile(r"^\s*(\d+)\s*/\s*(\d+)\s*$")


def shard_of(item: PromptItem, count: int) -> int:
    """The 1-based shard (of ``count``) that ``item`` belongs to.

    A stable hash (SHA-256, not Python's salted ``hash``) of the item's ``group`` when it has
    one, else of its ``id``: the same on every machine and run, and all intent variants of
    one task land in the same shard.

    >>> shard_of(PromptItem(id="a", prompt="hi", group="g"), 4) == shard_of(
    ...     PromptItem(id="b", prompt="ho", group="g"), 4)
    True
    """
    if count < 1:
        raise InputError(f"shard count must be at least 1, got {count}")
    unit = f"group:{item.group}" if item.group is not None else f"id:{item.id}"
    digest = hashlib.sha256(unit.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % count + 1


@dataclass(frozen=True)
class Shard:
    """Shard ``index`` of ``count`` (1-based), written ``index/count`` on the command line."""

    index: int
    count: int

    def __post_init__(self) -> None:
        if self.count < 1 or not 1 <= self.index <= self.count:
            raise InputError(f"bad shard {self.index}/{self.count}: expected i/n with 1 <= i <= n")

    @classmethod
    def parse(cls, text: str) -> Shard:
        """Read ``"i/n"``, e.g. ``Shard.parse("2/4") == Shard(2, 4)``."""
        match = _SHARD.match(text)
        if match is None:
            raise InputError(f"bad shard {text!r}: expected i/n, e.g. 1/4")
        return cls(int(match.group(1)), int(match.group(2)))

    def __str__(self) -> str:
        return f"{self.index}/{self.count}"

    def __contains__(self, item: PromptItem) -> bool:
        return shard_of(item, self.count) == self.index

    def select(self, items: Iterable[PromptItem]) -> Iterator[PromptItem]:
        """The items of this shard, in their original order."""
        return (item for item in items if item in self)
