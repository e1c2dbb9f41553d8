"""How the runners report progress without drawing anything: the CLI passes a display."""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """Told what a run has to do and, batch by batch, what got done."""

    def start(self, label: str, total: int, done: int) -> None: ...

    def advance(self, n: int) -> None: ...


class Silent:
    """A :class:`Progress` that shows nothing (library use, tests)."""

    def start(self, label: str, total: int, done: int) -> None:
        return None

    def advance(self, n: int) -> None:
        return None
