"""Named things that plug in (model backends, rewards, formats, flags, grading methods).

Every registry refuses a second entry under a name it already holds, so a plug-in can never
silently replace a built-in, and its unknown-name error lists what is known.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from safecomp.errors import SafecompError

T = TypeVar("T")


class Registry(Generic[T]):
    """Entries of one kind by name, in registration order.

    >>> rewards: Registry[int] = Registry("reward")
    >>> rewards.add("a", 1)
    >>> rewards.get("a")
    1
    """

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._entries: dict[str, T] = {}

    def add(self, name: str, entry: T) -> None:
        """Register ``entry`` as ``name``; a name already taken is a ``ValueError``."""
        if name in self._entries:
            raise ValueError(f"{self.kind} {name!r} is already registered")
        self._entries[name] = entry

    def register(self, name: str) -> Callable[[T], T]:
        """The decorator form of :meth:`add`."""

        def add(entry: T) -> T:
            self.add(name, entry)
            return entry

        return add

    def get(self, name: str) -> T:
        """The entry ``name``; an unknown name is a :class:`UnknownNameError` listing the known."""
        try:
            return self._entries[name]
        except KeyError:
            raise UnknownNameError(
                f"unknown {self.kind} {name!r}; expected one of {', '.join(self._entries)}"
            ) from None

    def remove(self, name: str) -> None:
        """Unregister ``name`` (a plug-in's teardown); an unknown name is an error."""
        self.get(name)
        del self._entries[name]

    def names(self) -> tuple[str, ...]:
        return tuple(self._entries)

    def items(self) -> Iterator[tuple[str, T]]:
        return iter(list(self._entries.items()))

    def __contains__(self, name: object) -> bool:
        return name in self._entries

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._entries))

    def __len__(self) -> int:
        return len(self._entries)


class UnknownNameError(SafecompError, ValueError):
    """A name no registry entry has."""
