"""YAML documents validated by pydantic models, with errors that point at lines.

Every message names the origin (file), the line (and column for syntax errors), the field
path and what was expected, e.g.
``policy.yaml:42: domains[2].severity.high.example: Field required``.
"""

from __future__ import annotations

from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from safecomp.errors import SafecompError

M = TypeVar("M", bound=BaseModel)

_YAML_KINDS: dict[type, str] = {dict: "mapping", list: "list"}
#: libyaml's loader when PyYAML was built with it (7x faster); nodes keep their marks either way.
_Loader = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


class YamlModelError(SafecompError, ValueError):
    """A YAML document that cannot be loaded as its model; the message says where and why."""


def read_text(source: Traversable | Path, name: str, *, what: str) -> str:
    """The UTF-8 text of a file, or a ``YamlModelError`` that says why it cannot be read."""
    try:
        return source.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise YamlModelError(f"{name}: {what} file not found") from None
    except UnicodeDecodeError as error:
        raise YamlModelError(
            f"{name}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    except OSError as error:
        raise YamlModelError(f"{name}: cannot read the {what} file ({error.strerror})") from None


def load_yaml_model(path: Path, model: type[M], *, what: str) -> M:
    """Read ``path`` and validate it as ``model`` (``what`` names the document in errors)."""
    text = read_text(path, str(path), what=what)
    return parse_yaml_model(text, model, origin=str(path), what=what)


def parse_yaml_model(text: str, model: type[M], *, origin: str, what: str) -> M:
    """Validate YAML ``text`` as ``model``; ``origin`` names its source in error messages."""
    root, data = _compose(text, origin, what)
    try:
        return model.model_validate(data)
    except ValidationError as error:
        problems = [_describe(e, root, origin) for e in error.errors()]
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise YamlModelError(
            f"invalid {what} {origin} ({count}):\n" + "\n".join(problems)
        ) from None


def _compose(text: str, origin: str, what: str) -> tuple[yaml.Node, object]:
    """The YAML node tree (for line numbers) and the data built from it."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                raise YamlModelError(f"{origin}: the file is empty; expected a {what} mapping")
            _reject_duplicate_keys(root, origin)
            return root, loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise YamlModelError(_describe_syntax(error, origin)) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        code = error.character if isinstance(error.character, int) else ord(error.character)
        # libyaml counts bytes, not characters: the first such character is the culprit.
        position = text.find(chr(code))
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        raise YamlModelError(
            f"{origin}:{line}:{column}: invalid YAML: {error.reason} (#x{code:04x})"
        ) from None


def _describe_syntax(error: yaml.MarkedYAMLError, origin: str) -> str:
    """``origin:line:column: invalid YAML: problem (context started on line n)``."""
    mark = error.problem_mark or error.context_mark
    where = f"{origin}:{mark.line + 1}:{mark.column + 1}" if mark else origin
    problem = (error.problem or error.context or "").removeprefix("but ")
    message = f"{where}: invalid YAML: {problem}"
    context = error.context_mark
    if error.problem and error.context and context and mark and context.line != mark.line:
        message += f" ({error.context} started on line {context.line + 1})"
    return message


def _reject_duplicate_keys(node: yaml.Node, origin: str) -> None:
    """PyYAML keeps the last of repeated keys silently; a validated document must not."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    first = seen[key.value].start_mark.line + 1
                    mark = key.start_mark
                    raise YamlModelError(
                        f"{origin}:{mark.line + 1}:{mark.column + 1}: duplicate key "
                        f"{key.value!r} (first given on line {first})"
                    )
                seen[key.value] = key
            _reject_duplicate_keys(value, origin)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, origin)


def _describe(error: ErrorDetails, root: yaml.Node, origin: str) -> str:
    """``origin:line: field.path: message`` for one pydantic error."""
    path, mark = _locate(root, error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    return f"  {origin}:{mark.line + 1}: {path or '(top level)'}: {message}{_got(error)}"


def _got(error: ErrorDetails) -> str:
    """`` (got 'x')`` for a wrong value, `` (got a list)`` for a wrong kind of node."""
    value = error.get("input")
    if error["type"] == "missing":
        return ""
    if isinstance(value, str | int | float | bool | None):
        shown = repr(value)
        return f" (got {shown if len(shown) <= 60 else shown[:57] + '...'})"
    if error["type"].endswith("_type"):  # a mapping or list where something else belongs
        return f" (got a {_YAML_KINDS.get(type(value), type(value).__name__)})"
    return ""


def _locate(root: yaml.Node, loc: tuple[int | str, ...]) -> tuple[str, yaml.Mark]:
    """The dotted field path of ``loc`` and the mark of the deepest YAML node it reaches."""
    path = ""
    node: yaml.Node | None = root
    mark = root.start_mark
    for part in loc:
        if part == "[key]":  # pydantic's marker for a bad mapping key, already located
            continue
        in_list = isinstance(part, int) and not isinstance(node, yaml.MappingNode)
        path += f"[{part}]" if in_list else f".{part}"
        key, node = _child(node, part)
        if node is not None:  # else a missing field: stay at its parent
            mark = (key or node).start_mark  # a mapping entry is where its key is
    return path.removeprefix("."), mark


def _child(node: yaml.Node | None, part: int | str) -> tuple[yaml.Node | None, yaml.Node | None]:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                return key, value
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return None, node.value[part]
    return None, None
