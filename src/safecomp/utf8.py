"""Where a file stops being UTF-8: the line and the true byte offset of the first bad byte.

A ``UnicodeDecodeError`` raised while reading through a text stream counts from the start of
the chunk it was decoding (8 KiB or a line), not from the start of the file, so its
``start`` is no position a user can find. :func:`first_bad_byte` decodes the file's bytes
whole and names the first offending byte by its line and its offset in the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path


@dataclass(frozen=True)
class BadByte:
    """The first byte of a file that is not UTF-8: its 1-based line and 0-based offset."""

    line: int
    offset: int
    byte: int
    reason: str

    def __str__(self) -> str:
        return (
            f"not UTF-8 text (byte 0x{self.byte:02x} at offset {self.offset} of the file: "
            f"{self.reason})"
        )


def first_bad_byte(path: Path | Traversable) -> BadByte | None:
    """The first non-UTF-8 byte of the file, or ``None`` when it all decodes."""
    data = path.read_bytes()
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        return BadByte(line, error.start, data[error.start], error.reason)
    return None


def not_utf8(path: Path | Traversable, name: str) -> str:
    """``NAME:LINE: not UTF-8 text (byte 0xff at offset N of the file: reason)``."""
    bad = first_bad_byte(path)
    return f"{name}: not UTF-8 text" if bad is None else f"{name}:{bad.line}: {bad}"
