"""An exclusive lock on a directory that the OS releases when its holder dies.

Two processes writing one run directory at once would each append the same records (the
keys they check were read before the other wrote). :func:`hold` takes an ``flock`` on a
file inside the directory and fails at once, naming the holder, when another process has
it. A killed holder (even by SIGKILL) leaves no stale lock: the kernel drops an ``flock``
with the last descriptor of its file.
"""

from __future__ import annotations

import fcntl
import functools
import os
import sys
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from safecomp.errors import SafecompError

P = ParamSpec("P")
R = TypeVar("R")
#: An async function whose first argument is a directory.
OfDirectory = Callable[Concatenate[Path, P], Awaitable[R]]

#: The lock file inside a locked directory (kept after release: removing it would race).
LOCK_FILE = ".lock"


class LockedError(SafecompError, RuntimeError):
    """Another live process holds the lock."""


@contextmanager
def hold(directory: Path, purpose: str) -> Iterator[None]:
    """Hold the lock on ``directory`` (created if missing) for the ``with`` block.

    Raises :class:`LockedError` naming the directory and the holder's pid, command and
    start time when another process holds it; ``purpose`` (e.g. ``"grade"``) is what this
    process records for the next one to read.
    """
    directory.mkdir(parents=True, exist_ok=True)
    fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _lock(fd, directory)
        since = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        note = f"pid {os.getpid()}, {purpose}, since {since}: {' '.join(sys.argv)[:400]}\n"
        with suppress(OSError):  # only a note for the next process (a full disk refuses it)
            os.ftruncate(fd, 0)
            os.pwrite(fd, note.encode("utf-8"), 0)
        try:
            yield
        finally:
            with suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the flock


def ensure_free(directory: Path) -> None:
    """Raise :class:`LockedError` now if another process holds ``directory``'s lock (to fail
    before loading a model; :func:`hold` is what keeps a second writer out)."""
    if not directory.is_dir():
        return
    fd = os.open(directory / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        _lock(fd, directory)
    finally:
        os.close(fd)


def _lock(fd: int, directory: Path) -> None:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 1024, 0).decode("utf-8", "replace").strip() or "unknown"
        raise LockedError(
            f"{directory} is in use by another process ({holder}); wait until it ends "
            "or stop it (a killed process releases the lock by itself)"
        ) from None


def locked(
    purpose: str, *, create: bool = True
) -> Callable[[OfDirectory[P, R]], OfDirectory[P, R]]:
    """Make an async function of a directory (its first argument) hold that directory's
    lock while it runs; with ``create=False`` the directory must already exist."""

    def wrap(function: OfDirectory[P, R]) -> OfDirectory[P, R]:
        @functools.wraps(function)
        async def holding(directory: Path, /, *args: P.args, **kwargs: P.kwargs) -> R:
            if not create and not directory.is_dir():
                raise FileNotFoundError(f"{directory}: no such directory")
            with hold(directory, purpose):
                return await function(directory, *args, **kwargs)

        return holding

    return wrap
