"""Load and validate a policy (built-in name or YAML file) with errors that point at lines."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from safecomp.policy.schema import Policy

_BUILTIN_DIR = "policies"
_SUFFIX = ".yaml"
_YAML_KINDS: dict[type, str] = {dict: "mapping", list: "list"}
#: libyaml's loader when PyYAML was built with it (7x faster); nodes keep their marks either way.
_Loader = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


class PolicyError(ValueError):
    """A policy that cannot be loaded; the message names the file, the field, the line and
    what was expected."""


def builtin_policies() -> list[str]:
    """The names ``load_policy`` accepts besides file paths, e.g. ``["default"]``."""
    folder = files("safecomp.policy") / _BUILTIN_DIR
    return sorted(
        f.name.removesuffix(_SUFFIX) for f in folder.iterdir() if f.name.endswith(_SUFFIX)
    )


def load_policy(source: str | Path) -> Policy:
    """Load a built-in policy by name (``"default"``) or a policy YAML file by path.

    >>> load_policy("default").id
    'default'

    Raises ``PolicyError`` for a missing file, an unknown built-in name, broken YAML (with line
    and column) or content that breaks the schema (with field path and line).
    """
    if isinstance(source, str) and source in builtin_policies():
        resource = files("safecomp.policy") / _BUILTIN_DIR / f"{source}{_SUFFIX}"
        return parse_policy(_read(resource, source), origin=f"built-in policy {source!r}")
    path = Path(source)
    if not path.exists():
        if isinstance(source, str) and path.name == source and not path.suffix:
            raise PolicyError(
                f"no built-in policy and no file named {source!r}; "
                f"built-in policies: {', '.join(builtin_policies())}"
            )
        raise PolicyError(f"{path}: policy file not found")
    return parse_policy(_read(path, str(path)), origin=str(path))


def parse_policy(text: str, origin: str = "<string>") -> Policy:
    """Validate policy YAML text; ``origin`` names its source in error messages."""
    root, data = _compose(text, origin)
    try:
        return Policy.model_validate(data)
    except ValidationError as error:
        problems = [_describe(e, root, origin) for e in error.errors()]
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        raise PolicyError(f"invalid policy {origin} ({count}):\n" + "\n".join(problems)) from None


def _compose(text: str, origin: str) -> tuple[yaml.Node, object]:
    """The YAML node tree (for line numbers) and the data built from it."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                raise PolicyError(f"{origin}: the file is empty; expected a policy mapping")
            _reject_duplicate_keys(root, origin)
            return root, loader.construct_document(root)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        raise PolicyError(_describe_syntax(error, origin)) from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow
        code = error.character if isinstance(error.character, int) else ord(error.character)
        # libyaml counts bytes, not characters: the first such character is the culprit.
        position = text.find(chr(code))
        line = text.count("\n", 0, position) + 1
        column = position - text.rfind("\n", 0, position)
        raise PolicyError(
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


def _read(source: Traversable | Path, name: str) -> str:
    try:
        return source.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise PolicyError(
            f"{name}: not UTF-8 text ({error.reason} at byte {error.start})"
        ) from None
    except OSError as error:
        raise PolicyError(f"{name}: cannot read the policy file ({error.strerror})") from None


def _reject_duplicate_keys(node: yaml.Node, origin: str) -> None:
    """PyYAML keeps the last of repeated keys silently; a policy must not."""
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, yaml.Node] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                if key.value in seen:
                    first = seen[key.value].start_mark.line + 1
                    mark = key.start_mark
                    raise PolicyError(
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
