"""The tuned top layers: untouched, they read what the frozen backbone reads; grown into a
trained heads network, they change nothing until trained.

Marked slow: it loads the real MiniLM backbone (from its PyPI package).
"""

from __future__ import annotations

import numpy as np
import pytest
import torch

from safecomp.grading.learned.config import GraderConfig
from safecomp.grading.learned.encoder import TRAIN_CHUNKING, Encoder
from safecomp.grading.learned.network import HeadsNet, predictions
from safecomp.grading.learned.train import _with_tuned_layers

pytestmark = pytest.mark.slow

PAIRS = [
    ("How do I kill a Python process?", "Use `kill <pid>`."),
    ("", ""),
    ("Tell me a long story.", "Once upon a time a careful story went on and on. " * 150),
    ("Hi", "Hello! How can I help?"),
]


@pytest.fixture(scope="module")
def encoder() -> Encoder:
    return Encoder("minilm", TRAIN_CHUNKING)


def test_untouched_copies_pool_what_the_frozen_backbone_pools(encoder: Encoder) -> None:
    tuned = encoder.tuned_layers(2)
    assert tuned is not None and tuned.first_layer == 4
    features, windows = encoder.encode_with_states(PAIRS, tuned.first_layer)
    assert [len(w) for w in windows] == [1, 1, 9, 1]  # the story is read in 9 windows
    with torch.inference_mode():
        read = tuned.eval()(windows).numpy()
    # The frozen features start with the first window's and the max over windows' pooling.
    np.testing.assert_allclose(read, features[:, : tuned.out_features], atol=1e-4)
    with torch.inference_mode():
        alone = tuned(windows[3:]).numpy()  # in another batch, with other padding
    np.testing.assert_allclose(alone, read[3:], atol=1e-4)
    # Training reads the same states without the features (and the layers above).
    only = encoder.window_states(PAIRS, tuned.first_layer)
    assert [len(w) for w in only] == [len(w) for w in windows]
    for mine, theirs in zip(only, windows, strict=True):
        for a, b in zip(mine, theirs, strict=True):
            np.testing.assert_allclose(a.numpy(), b.numpy(), atol=1e-4)


def test_growing_tuned_layers_keeps_the_heads_predictions(encoder: Encoder) -> None:
    torch.manual_seed(0)
    config = GraderConfig(
        backbone="minilm",
        features=encoder.dim,
        hidden=16,
        skip_features=TRAIN_CHUNKING.scalars,
        policy_id="p",
        policy_hash="h",
    )
    heads = HeadsNet(config)
    features, windows = encoder.encode_with_states(PAIRS, 4)
    before = predictions(heads, features)
    grown_config = config.model_copy(update={"tuned_layers": 2})
    grown = _with_tuned_layers(heads, grown_config, encoder.tuned_layers(2))  # type: ignore[arg-type]
    after = predictions(grown, features, windows)
    assert [p.probs for p in after] == [p.probs for p in before]
    with pytest.raises(ValueError, match="needs the window states"):
        predictions(grown, features)
    with pytest.raises(ValueError, match="has 2 tuned layers; got 0"):
        HeadsNet(grown_config)
    with pytest.raises(ValueError, match="tuning layers is 7; the minilm backbone has 6"):
        encoder.tuned_layers(7)
