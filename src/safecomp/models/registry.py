"""Model specs: one string names any model (``bundled:smollm2``, ``hf:./ckpt``, ``openai:m@url``).

Each backend registers the spec prefix it serves with :func:`register_backend`; :func:`load_model`
looks the prefix up. A backend factory is called as ``factory(target, name=spec, **options)``
where ``target`` is the spec without its prefix.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from safecomp.models.base import ChatModel, ModelError
from safecomp.registry import Registry

BackendFactory = Callable[..., ChatModel]
F = TypeVar("F", bound=BackendFactory)


@dataclass(frozen=True)
class Backend:
    prefix: str
    usage: str
    factory: BackendFactory


_BACKENDS: Registry[Backend] = Registry("model spec prefix")


def register_backend(prefix: str, usage: str) -> Callable[[F], F]:
    """Register a factory (a class or function) for specs ``<prefix>:...``.

    ``usage`` is the spec form shown in error messages, e.g. ``"hf:<path or local id>"``.
    """

    def decorate(factory: F) -> F:
        _BACKENDS.add(prefix, Backend(prefix, usage, factory))
        return factory

    return decorate


def known_specs() -> list[str]:
    """The spec forms of every registered backend, e.g. ``["bundled:smollm2", ...]``."""
    return [backend.usage for _, backend in _BACKENDS.items()]


def load_model(spec: str, **options: Any) -> ChatModel:
    """Build the chat model a spec names; ``options`` go to the backend.

    >>> model = load_model("bundled:smollm2", batch_size=4)  # doctest: +SKIP
    """
    backend, target = _backend(spec)
    return backend.factory(target, name=spec, **options)


def check_spec(spec: str) -> None:
    """Raise ``ModelError`` (saying what is expected) unless a backend serves ``spec``;
    loads nothing."""
    _backend(spec)


def _backend(spec: str) -> tuple[Backend, str]:
    prefix, sep, target = spec.partition(":")
    if not sep or prefix not in _BACKENDS:
        raise ModelError(
            f"unknown model spec {spec!r}: expected one of " + ", ".join(known_specs())
        )
    backend = _BACKENDS.get(prefix)
    if not target:
        raise ModelError(f"model spec {spec!r} names no model: expected {backend.usage}")
    return backend, target
