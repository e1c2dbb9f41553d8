"""The heads network: standardise the features, one shared hidden layer, a linear head per
Grade field reading that layer and the ``skip_features`` last standardised features (the
single numbers: relevance, string match, which would otherwise be a handful of inputs among
thousands of pooled dimensions), each head's logits divided by its fitted temperature.
While training, ``feature_dropout`` of the pooled dimensions are zeroed (never the single
numbers).

With ``tuned_layers``, the fine-tuned top layers (:class:`~.tuned.TunedLayers`) read the
exchange's windows too, and a linear map of their output is added to the hidden layer's
input. That map starts at zero, so tuning starts from exactly the heads trained on the
frozen features."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Final

import numpy as np
import torch
from safetensors.torch import load_file, save_file
from torch import nn

from .config import WEIGHTS_FILE, GraderConfig
from .heads import HEAD_VALUES, HEADS, REFUSAL_MODE_INDICES
from .prediction import Prediction
from .tuned import TunedLayers, WindowStates

#: Buffers saved in full precision.
FULL_PRECISION: Final = frozenset({"mean", "scale"})


class HeadsNet(nn.Module):
    mean: torch.Tensor
    scale: torch.Tensor
    temperature: torch.Tensor

    def __init__(self, config: GraderConfig, tuned: TunedLayers | None = None) -> None:
        super().__init__()
        given = 0 if tuned is None else len(tuned.layers)
        if given != config.tuned_layers:
            raise ValueError(f"the grader has {config.tuned_layers} tuned layers; got {given}")
        self.register_buffer("mean", torch.zeros(config.features))
        self.register_buffer("scale", torch.ones(config.features))
        self.register_buffer("temperature", torch.tensor([config.temperatures[h] for h in HEADS]))
        self.trunk = nn.Sequential(
            nn.Linear(config.features, config.hidden), nn.GELU(), nn.Dropout(config.dropout)
        )
        self.skip = config.skip_features
        self.feature_dropout = nn.Dropout(config.feature_dropout)
        width = config.hidden + self.skip
        self.heads = nn.ModuleDict(
            {name: nn.Linear(width, len(values)) for name, values in HEAD_VALUES.items()}
        )
        self.tuned = tuned
        self.tuned_map: nn.Linear | None = None
        if tuned is not None:
            self.tuned_map = nn.Linear(tuned.out_features, config.hidden)
            nn.init.zeros_(self.tuned_map.weight)
            nn.init.zeros_(self.tuned_map.bias)

    def set_standardisation(self, features: np.ndarray) -> None:
        self.mean.copy_(torch.from_numpy(features.mean(axis=0)))
        self.scale.copy_(torch.from_numpy(features.std(axis=0) + 1e-6))

    def forward(
        self, features: torch.Tensor, windows: Sequence[WindowStates] | None = None
    ) -> dict[str, torch.Tensor]:
        """Temperature-scaled logits per head (``windows``: each exchange's window states,
        needed with tuned layers)."""
        standard = (features - self.mean) / self.scale
        pooled = standard.shape[1] - self.skip
        single = standard[:, pooled:]
        standard = torch.cat([self.feature_dropout(standard[:, :pooled]), single], dim=-1)
        hidden = self.trunk[0](standard)
        if self.tuned is not None and self.tuned_map is not None:
            if windows is None:
                raise ValueError("a grader with tuned layers needs the window states")
            hidden = hidden + self.tuned_map(self.tuned(windows))
        shared = torch.cat([self.trunk[1:](hidden), single], dim=-1)
        return {
            name: head(shared) / self.temperature[i]
            for i, (name, head) in enumerate(self.heads.items())
        }

    def save(self, folder: Path) -> None:
        """The weights in half precision (half the size; on the corpus test split no grade
        moved and no probability by more than 0.0007), the feature standardisation in full
        (a small spread beside a large mean would not survive rounding)."""
        state = {
            k: v if k in FULL_PRECISION or not v.is_floating_point() else v.half()
            for k, v in self.state_dict().items()
        }
        save_file({k: v.contiguous() for k, v in state.items()}, folder / WEIGHTS_FILE)

    @classmethod
    def load(cls, folder: Path, config: GraderConfig, tuned: TunedLayers | None = None) -> HeadsNet:
        """The saved network (``tuned``: the backbone's layer copies its weights fill)."""
        net = cls(config, tuned)
        net.load_state_dict(load_file(folder / WEIGHTS_FILE))  # half precision cast back
        net.temperature.copy_(torch.tensor([config.temperatures[h] for h in HEADS]))
        return net.eval()


def refusal_logprob(mode_logits: torch.Tensor) -> torch.Tensor:
    """``log P(mode is a refusal mode)`` and ``log P(not)`` from the mode head's logits."""
    log_probs = mode_logits.log_softmax(dim=-1)
    refuse = log_probs[:, list(REFUSAL_MODE_INDICES)].logsumexp(dim=-1)
    comply_index = [i for i in range(log_probs.shape[1]) if i not in REFUSAL_MODE_INDICES]
    comply = log_probs[:, comply_index].logsumexp(dim=-1)
    return torch.stack([comply, refuse], dim=-1)


def predictions(
    net: HeadsNet, features: np.ndarray, windows: Sequence[WindowStates] | None = None
) -> list[Prediction]:
    """Calibrated distributions per head, one prediction per feature vector."""
    with torch.inference_mode():
        logits = net.eval()(torch.from_numpy(np.asarray(features, dtype=np.float32)), windows)
    probs = {name: value.softmax(dim=-1).double().tolist() for name, value in logits.items()}
    return [Prediction({h: tuple(probs[h][row]) for h in HEADS}) for row in range(len(features))]
