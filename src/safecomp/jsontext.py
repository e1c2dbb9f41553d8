"""JSON text from outside (files, HTTP bodies, judge replies) parsed with a nesting limit.

``json.loads`` recurses once per nesting level, so a line of 100,000 ``[`` ends in a
``RecursionError`` (a traceback, or a 500 from a server). Every parser of outside JSON goes
through :func:`loads`, which refuses text nested deeper than :data:`MAX_DEPTH` with a
``json.JSONDecodeError`` (so the callers' usual handling names line and column) before
``json.loads`` sees it.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: The deepest nesting of arrays and objects accepted; real records nest a few levels.
MAX_DEPTH = 100

#: A JSON string (skipped: brackets inside it do not nest) or a bracket.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


def loads(text: str | bytes) -> Any:
    """``json.loads(text)``, or ``json.JSONDecodeError`` when nested deeper than ``MAX_DEPTH``
    (or not JSON). ``UnicodeDecodeError`` for bytes that are not UTF-8."""
    if isinstance(text, bytes):
        text = text.decode("utf-8")
    check_depth(text)
    return json.loads(text)


def lone_surrogate(value: Any, where: str) -> str | None:
    """Where parsed JSON holds a string with a lone surrogate (``"\\udc80"`` is valid JSON
    but no Unicode text: it cannot be encoded, hashed or tokenized), e.g.
    ``query[3]: character 5 is a lone surrogate (U+DC80); expected Unicode text``;
    ``None`` when every string (keys included) is text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # only surrogates fail to encode as UTF-8
            return (
                f"{where}: character {error.start} is a lone surrogate "
                f"(U+{ord(value[error.start]):04X}); expected Unicode text"
            )
        return None
    if isinstance(value, list):
        items: list[tuple[str, Any]] = [(f"{where}[{i}]", v) for i, v in enumerate(value)]
    elif isinstance(value, dict):
        keys = [(f"{where} (key {i})", key) for i, key in enumerate(value)]
        items = keys + [(f"{where}.{key}", item) for key, item in value.items()]
    else:
        return None
    for path, item in items:
        if (problem := lone_surrogate(item, path)) is not None:
            return problem
    return None


def check_depth(text: str) -> None:
    """Raise ``json.JSONDecodeError`` at the first bracket that opens level ``MAX_DEPTH + 1``.

    Brackets inside strings do not count. Text with at most ``MAX_DEPTH`` opening brackets
    cannot be too deep, so ordinary input costs two ``str.count`` calls.
    """
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return
    depth = 0
    for token in _TOKEN.finditer(text):
        kind = token.group()
        if kind in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise json.JSONDecodeError(
                    f"nested deeper than {MAX_DEPTH} levels", text, token.start()
                )
        elif kind in ("]", "}"):
            depth -= 1
