"""The one base class of the errors a user can fix, and how validation errors read.

The CLI shows a :class:`SafecompError` as one line (``error: <message>``) and exits 1; any
other exception is a bug and keeps its traceback. Messages name the file, line or field
and what was expected.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

M = TypeVar("M", bound=BaseModel)


class SafecompError(Exception):
    """Bad input, a conflicting run, an unreachable model: something the user can fix."""


class InputError(SafecompError, ValueError):
    """Input that cannot be used: bad data, an argument out of range, nothing to compare."""


class SettingsError(SafecompError, ValueError):
    """Settings (flags, a config file, environment variables) that do not validate."""


def validated(model: type[M], data: Any, *, what: str) -> M:
    """``model`` validated from ``data``; a :class:`SettingsError` ``bad <what>: ...`` says
    which fields are wrong and what was expected."""
    try:
        return model.model_validate(data)
    except ValidationError as err:
        raise SettingsError(f"bad {what}: {explain(err, model)}") from None


def explain(err: ValidationError, model: type[BaseModel] | None = None) -> str:
    """A short, readable account of every problem in ``err``: ``field: what was expected``.

    ``model`` (the validated model) lets an unknown field list the known ones.
    """
    parts = []
    for error in err.errors(include_url=False):
        where = ".".join(str(part) for part in error["loc"])
        what = describe(error, model if len(error["loc"]) == 1 else None)
        parts.append(f"{where}: {what}" if where else what)
    return "; ".join(parts)


def describe(error: ErrorDetails, model: type[BaseModel] | None = None) -> str:
    """What one pydantic error says, in words (without its location)."""
    kind = error["type"]
    got = _shorten(error.get("input"))
    ctx = error.get("ctx", {})
    if kind == "literal_error":
        options = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        return f"expected one of {', '.join(options)}, got {got}"
    if kind == "missing":
        return "missing (required)"
    if kind == "extra_forbidden":
        known = f" (fields: {', '.join(model.model_fields)})" if model is not None else ""
        return f"unknown field{known}"
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    message = error["msg"]
    if message.startswith("Input should be "):
        return f"expected {message.removeprefix('Input should be ')}, got {got}"
    return message


def _shorten(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."
