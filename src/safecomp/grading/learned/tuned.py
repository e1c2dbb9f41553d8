"""The backbone's top layers, fine-tuned with the heads (a cross-encoder over the exchange).

The frozen features pool each (prompt, response window) window of the backbone's last layer
as it was pre-trained; these copies of its top layers are trained on the grader's labels, so
they learn what engaging with a request looks like, against deflecting it. They read each
window where the frozen layers below them leave it (:meth:`Encoder.encode_with_states
<safecomp.grading.learned.encoder.Encoder.encode_with_states>`), pool it over its tokens
(mean and maximum, padding ignored) and give the exchange ``[first window, max over
windows]``, as the frozen features do. Windows run in groups of similar length, so an
exchange's output does not depend on its batch (up to float rounding).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Final

import torch
from torch import nn

from .encoder import padded_length, pool_tokens

#: Windows run through the layers at once.
WINDOW_GROUP: Final = 32

#: One exchange's windows at the tuned layers' input, each ``(tokens, hidden)``, first first.
WindowStates = list[torch.Tensor]


class TunedLayers(nn.Module):
    def __init__(self, layers: Sequence[nn.Module], first_layer: int, hidden: int) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)
        #: Index of the backbone layer the first copy is (its input: hidden state ``first_layer``).
        self.first_layer = first_layer
        #: Size of an exchange's output.
        self.out_features = 4 * hidden

    def forward(self, exchanges: Sequence[WindowStates]) -> torch.Tensor:
        """``(len(exchanges), out_features)``: the first window's and the maximum over
        windows of each window's mean and maximum over its tokens."""
        if any(not states for states in exchanges):
            raise ValueError("every exchange needs at least one window")
        windows = [window for states in exchanges for window in states]
        pooled = torch.empty(len(windows), self.out_features // 2)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        for start in range(0, len(order), WINDOW_GROUP):
            group = order[start : start + WINDOW_GROUP]
            index = (torch.tensor(group),)
            pooled = pooled.index_put(index, self._pool([windows[i] for i in group]))
        ends = list(accumulate(len(states) for states in exchanges))
        spans = list(zip([0, *ends[:-1]], ends, strict=True))
        first = pooled[[start for start, _ in spans]]
        peak = torch.stack([pooled[start:end].amax(dim=0) for start, end in spans])
        return torch.cat([first, peak], dim=-1)

    def _pool(self, windows: Sequence[torch.Tensor]) -> torch.Tensor:
        width = padded_length(max(len(w) for w in windows))
        hidden = torch.zeros(len(windows), width, windows[0].shape[1])
        mask = torch.zeros(len(windows), width, dtype=torch.bool)
        for row, window in enumerate(windows):
            hidden[row, : len(window)] = window.float()
            mask[row, : len(window)] = True
        return pool_tokens(run_layers(self.layers, hidden, mask), mask, peak=True)


def run_layers(
    layers: Iterable[nn.Module], hidden: torch.Tensor, mask: torch.Tensor
) -> torch.Tensor:
    """BERT layers over a batch of padded windows (``mask``: True on their tokens)."""
    additive = (~mask)[:, None, None, :].float() * torch.finfo(torch.float32).min
    for layer in layers:
        hidden = layer(hidden, attention_mask=additive)
    return hidden
