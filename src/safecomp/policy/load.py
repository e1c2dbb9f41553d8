"""Load and validate a policy (built-in name or YAML file) with errors that point at lines."""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

from safecomp.errors import SafecompError
from safecomp.policy.schema import Policy
from safecomp.yamlmodel import YamlModelError, parse_yaml_model, read_text

_BUILTIN_DIR = "policies"
_SUFFIX = ".yaml"


class PolicyError(SafecompError, ValueError):
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
    try:
        return parse_yaml_model(text, Policy, origin=origin, what="policy")
    except YamlModelError as error:
        raise PolicyError(str(error)) from None


def _read(source: Traversable | Path, name: str) -> str:
    try:
        return read_text(source, name, what="policy")
    except YamlModelError as error:
        raise PolicyError(str(error)) from None
