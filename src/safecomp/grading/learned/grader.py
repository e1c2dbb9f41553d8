"""Load a trained learned grader and predict every Grade field's distribution.

Specs: ``bundled:grader`` (the default shipped in this package), ``learned:<dir>``, or a
directory. ``predict`` gives one :class:`Prediction` per sample;
:func:`~safecomp.grading.learned.prediction.grade_fields` turns one into the scores of an ok
:class:`~safecomp.data.schema.Grade`.

>>> grader = LearnedGrader.load("bundled:grader")  # doctest: +SKIP
>>> grade_fields(grader.predict(samples)[0])["mode"]  # doctest: +SKIP
'refusal_with_redirection'
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Final

from safecomp.data.schema import Sample

from .config import CONFIG_FILE, WEIGHTS_FILE, GraderConfig
from .data import exchange
from .prediction import Prediction

if TYPE_CHECKING:
    from .encoder import Encoder
    from .network import HeadsNet

BUNDLED_SPEC: Final = "bundled:grader"
LEARNED_PREFIX: Final = "learned:"


def is_learned_spec(spec: str) -> bool:
    """``bundled:grader`` or ``learned:<dir>``."""
    return spec == BUNDLED_SPEC or spec.startswith(LEARNED_PREFIX)


def bundled_grader_dir() -> Path:
    """The trained default shipped inside the package."""
    return Path(str(files("safecomp.grading.learned") / "bundled"))


def resolve(spec: str | Path) -> tuple[str, Path]:
    """The display name and folder of a grader spec."""
    text = str(spec)
    if text == BUNDLED_SPEC:
        return BUNDLED_SPEC, bundled_grader_dir()
    folder = Path(text.removeprefix(LEARNED_PREFIX))
    return f"{LEARNED_PREFIX}{folder}", folder


def grader_version(folder: Path) -> str:
    """``learned-<hash of config and weights>``."""
    digest = hashlib.sha256()
    for name in (CONFIG_FILE, WEIGHTS_FILE):
        digest.update((folder / name).read_bytes())
    return f"learned-{digest.hexdigest()[:12]}"


class LearnedGrader:
    """A frozen backbone, its tuned top layers if any, and the trained heads;
    thread-unsafe, like any torch module."""

    def __init__(
        self, name: str, version: str, config: GraderConfig, encoder: Encoder, net: HeadsNet
    ) -> None:
        self.name = name
        #: Changes whenever the weights or config do: use it as the grades' template version
        #: (and so in cache keys), so a retrained grader never reuses another's grades.
        self.version = version
        self.config = config
        self._encoder = encoder
        self._net = net

    @classmethod
    def load(cls, spec: str | Path, *, batch_size: int = 32) -> LearnedGrader:
        """``bundled:grader``, ``learned:<dir>`` or a directory written by training."""
        from .encoder import Encoder
        from .network import HeadsNet

        name, folder = resolve(spec)
        config = GraderConfig.read(folder)
        encoder = Encoder(config.backbone, config.chunking, batch_size=batch_size)
        net = HeadsNet.load(folder, config, encoder.tuned_layers(config.tuned_layers))
        return cls(name, grader_version(folder), config, encoder, net)

    def predict(self, samples: Sequence[Sample]) -> list[Prediction]:
        """One prediction per sample, in order (the same in any batch)."""
        return self.predict_pairs([exchange(s) for s in samples])

    def predict_pairs(self, pairs: Sequence[tuple[str, str]]) -> list[Prediction]:
        """Predictions for ``(last user turn, response)`` pairs."""
        from .network import predictions

        if self._net.tuned is None:
            return predictions(self._net, self._encoder.encode(pairs))
        features, windows = self._encoder.encode_with_states(pairs, self._net.tuned.first_layer)
        return predictions(self._net, features, windows)
