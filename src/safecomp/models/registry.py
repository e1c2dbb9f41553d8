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

BackendFactory = Callable[..., ChatModel]
F = TypeVar("F", bound=BackendFactory)


@dataclass(frozen=True)
class Backend:
    prefix: str
    usage: str
    factory: BackendFactory


_BACKENDS: dict[str, Backend] = {}


def register_backend(prefix: str, usage: str) -> Callable[[F], F]:
    """Register a factory (a class or function) for specs ``<prefix>:...``.

    ``usage`` is the spec form shown in error messages, e.g. ``"hf:<path or local id>"``.
    """

    def decorate(factory: F) -> F:
        if prefix in _BACKENDS:
            raise ValueError(f"model spec prefix {prefix!r} is already registered")
        _BACKENDS[prefix] = Backend(prefix, usage, factory)
        return factory

    return decorate


def known_specs() -> list[str]:
    """The spec forms of every registered backend, e.g. ``["bundled:smollm2", ...]``."""
    return [backend.usage for backend in _BACKENDS.values()]


def load_model(spec: str, **options: Any) -> ChatModel:
    """Build the chat model a spec names; ``options`` go to the backend.

    >>> model = load_model("bundled:smollm2", batch_size=4)  # doctest: +SKIP
    """
    prefix, sep, target = spec.partition(":")
    backend = _BACKENDS.get(prefix) if sep else None
    if backend is None:
        raise ModelError(
            f"unknown model spec {spec!r}: expected one of " + ", ".join(known_specs())
        )
    if not target:
        raise ModelError(f"model spec {spec!r} names no model: expected {backend.usage}")
    return backend.factory(target, name=spec, **options)
