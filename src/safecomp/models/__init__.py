"""Chat models behind one async, batched protocol, named by spec strings.

>>> from safecomp.models import GenParams, load_model
>>> model = load_model("bundled:smollm2")  # doctest: +SKIP

The OpenAI-compatible server is in ``safecomp.models.serve`` (it imports FastAPI, so it is
not imported here).
"""

from safecomp.models.base import (
    ChatModel,
    Completion,
    GenParams,
    Message,
    Messages,
    ModelError,
    TokenLogprob,
)
from safecomp.models.bundled import bundled_model_dir, cache_dir, load_bundled
from safecomp.models.hf import HFChatModel
from safecomp.models.openai_compat import OpenAIChatModel, load_openai
from safecomp.models.registry import check_spec, known_specs, load_model, register_backend

__all__ = [
    "ChatModel",
    "Completion",
    "GenParams",
    "HFChatModel",
    "Message",
    "Messages",
    "ModelError",
    "OpenAIChatModel",
    "TokenLogprob",
    "bundled_model_dir",
    "cache_dir",
    "check_spec",
    "known_specs",
    "load_bundled",
    "load_model",
    "load_openai",
    "register_backend",
]
