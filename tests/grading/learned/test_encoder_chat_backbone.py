"""The SmolLM2 backbone (a chat template, no [CLS]/[SEP]) on empty texts; its layers are not
tuned.

Marked slow: it loads the bundled SmolLM2.
"""

from __future__ import annotations

import numpy as np
import pytest

from safecomp.grading.learned.encoder import TRAIN_CHUNKING, Encoder

pytestmark = pytest.mark.slow


def test_empty_prompts_and_responses_give_finite_features() -> None:
    # An empty text read alone (for the relevance features) was zero tokens: a mean over
    # nothing, NaN features, and a training loss of NaN from the first step.
    encoder = Encoder("smollm2", TRAIN_CHUNKING)
    features = encoder.encode([("", ""), ("How do I kill a Python process?", ""), ("", "kill")])
    assert features.shape == (3, encoder.dim)
    assert np.isfinite(features).all()
    with pytest.raises(ValueError, match="smollm2 backbone is a decoder"):
        encoder.tuned_layers(2)
