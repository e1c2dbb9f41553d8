"""Turn (prompt, response) exchanges into fixed-size feature vectors with a frozen backbone.

The prompt's last ``prompt_tokens`` tokens are paired with each window of the response
(windows overlap by ``overlap`` tokens), so a problem anywhere in a long answer is read
with its request beside it. Each window is pooled over its tokens: their mean, and with
``pooling="mean_max"`` also their maximum per dimension (a short refusal or a single
operational line stands out in a max where a mean over a long window dilutes it). The
exchange's feature is ``[first window, max over windows, mean over windows]``, then with
``relevance`` how close the response is to the request (cosine of the mean-pooled prompt
alone and each response window alone, first and max over windows: an answer to another
question reads as unrelated), then with ``match_features`` what string matching sees in the
response (:func:`~safecomp.grading.refusal_baseline.match_features`). Answers longer than
``max_windows`` windows keep that many, evenly spaced, always with the first and the last
(``max_windows=1`` reads the first window alone: truncation, measured in
``bench/long_answers.py``).

Windows are padded to a multiple of :data:`PAD_MULTIPLE` tokens and batched by length;
pooling ignores padding, so an exchange's feature does not depend on its batch (up to
float rounding). torch and transformers are imported when an :class:`Encoder` is built.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final, Literal

import numpy as np
import numpy.typing as npt
from pydantic import BaseModel, ConfigDict, Field

from safecomp.grading.refusal_baseline import MATCH_FEATURES, match_features

from .backbones import Backbone, backbone, backbone_dir

if TYPE_CHECKING:
    import torch

    from .tuned import TunedLayers, WindowStates

PAD_MULTIPLE: Final = 16
Features = npt.NDArray[np.float32]


class Chunking(BaseModel):
    """How an exchange is cut into backbone windows, and what is read from them (the
    defaults are the first graders'; training uses :data:`TRAIN_CHUNKING`)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    prompt_tokens: int = Field(default=64, ge=8)
    overlap: int = Field(default=32, ge=0)
    max_windows: int = Field(default=12, ge=1)
    pooling: Literal["mean", "mean_max"] = "mean"
    relevance: bool = False
    match_features: bool = False

    def features(self, hidden: int) -> int:
        """Size of an exchange's feature vector over a backbone of ``hidden`` dimensions."""
        per_window = hidden * (2 if self.pooling == "mean_max" else 1)
        return 3 * per_window + self.scalars

    @property
    def scalars(self) -> int:
        """How many single-number features (relevance, string match) end the vector."""
        return (RELEVANCE_FEATURES if self.relevance else 0) + (
            MATCH_FEATURES if self.match_features else 0
        )


#: Relevance features: prompt-to-response cosine, first window and max over windows.
RELEVANCE_FEATURES: Final = 2
#: What new graders are trained with.
TRAIN_CHUNKING: Final = Chunking(pooling="mean_max", relevance=True, match_features=True)


@dataclass(frozen=True)
class _Window:
    exchange: int
    ids: list[int]
    type_ids: list[int]
    #: ``pair``: prompt and response chunk together; ``prompt`` or ``response``: one alone
    #: (for relevance).
    kind: Literal["pair", "prompt", "response"] = "pair"


class Encoder:
    """A frozen backbone that maps exchanges to feature vectors (``Chunking.features``)."""

    def __init__(
        self, name: str, chunking: Chunking | None = None, *, batch_size: int = 32
    ) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer

        self.backbone: Backbone = backbone(name)
        self.chunking = chunking or Chunking()
        self.batch_size = batch_size
        folder = backbone_dir(name)
        self._tokenizer = AutoTokenizer.from_pretrained(folder)
        self._model = AutoModel.from_pretrained(folder, dtype=torch.float32).eval()
        self._pad = int(self._tokenizer.pad_token_id or 0)
        self._window_ids = (
            self._sentence_pair if self.backbone.template is None else self._chat_template()
        )

    @property
    def dim(self) -> int:
        return self.chunking.features(self.backbone.hidden)

    def encode(self, pairs: Sequence[tuple[str, str]]) -> Features:
        """Features of ``(prompt, response)`` pairs, one row each, in order."""
        return self._encode(pairs, None)[0]

    def encode_with_states(
        self, pairs: Sequence[tuple[str, str]], layer: int
    ) -> tuple[Features, list[WindowStates]]:
        """Features, and each exchange's (prompt, response window) windows as hidden state
        ``layer`` holds them (the input of the backbone's layer ``layer``), from the same pass."""
        return self._encode(pairs, layer)

    def window_states(self, pairs: Sequence[tuple[str, str]], layer: int) -> list[WindowStates]:
        """What :meth:`encode_with_states` gives beside the features, without them: only the
        (prompt, response window) windows, through the backbone's first ``layer`` layers."""
        import torch

        from .tuned import run_layers

        self.backbone.check_tunable(self.backbone.layers - layer)
        windows = [w for w in self._windows(pairs) if w.kind == "pair"]
        found: dict[int, torch.Tensor] = {}
        order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                ids, types, mask = self._padded([windows[i] for i in batch])
                hidden = self._model.embeddings(input_ids=ids, token_type_ids=types)
                hidden = run_layers(self._model.encoder.layer[:layer], hidden, mask.bool())
                for row, i in enumerate(batch):
                    found[i] = hidden[row, : len(windows[i].ids)].clone()
        states: list[WindowStates] = [[] for _ in pairs]
        for i, window in enumerate(windows):
            states[window.exchange].append(found[i])
        return states

    def tuned_layers(self, count: int) -> TunedLayers | None:
        """Trainable copies of the backbone's top ``count`` layers (``None`` for 0)."""
        self.backbone.check_tunable(count)
        if count == 0:
            return None
        from .tuned import TunedLayers

        first = self.backbone.layers - count
        copies = [copy.deepcopy(layer) for layer in self._model.encoder.layer[first:]]
        return TunedLayers(copies, first, self.backbone.hidden)

    def _encode(
        self, pairs: Sequence[tuple[str, str]], layer: int | None
    ) -> tuple[Features, list[WindowStates]]:
        import torch

        out = np.zeros((len(pairs), self.dim), dtype=np.float32)
        if not pairs:
            return out, []
        windows = self._windows(pairs)
        width = self.backbone.hidden * (2 if self.chunking.pooling == "mean_max" else 1)
        pooled = np.zeros((len(windows), width), dtype=np.float32)
        states: list[torch.Tensor | None] = [None] * len(windows)
        order = sorted(range(len(windows)), key=lambda i: len(windows[i].ids))
        with torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                batch = order[start : start + self.batch_size]
                pooled[batch], inner = self._pool([windows[i] for i in batch], layer)
                for i, window_states in zip(batch, inner, strict=True):
                    states[i] = window_states
        owner = np.array([w.exchange for w in windows])
        kinds = np.array([w.kind for w in windows])
        for index, (_, response) in enumerate(pairs):
            rows = pooled[(owner == index) & (kinds == "pair")]
            parts = [rows[0], rows.max(axis=0), rows.mean(axis=0)]
            if self.chunking.relevance:
                hidden = self.backbone.hidden
                prompt = pooled[(owner == index) & (kinds == "prompt")][0, :hidden]
                chunks = pooled[(owner == index) & (kinds == "response")][:, :hidden]
                cosines = (
                    chunks
                    @ prompt
                    / (np.linalg.norm(chunks, axis=1) * np.linalg.norm(prompt) + 1e-6)
                )
                parts.append(np.array([cosines[0], cosines.max()], dtype=np.float32))
            if self.chunking.match_features:
                parts.append(np.array(match_features(response), dtype=np.float32))
            out[index] = np.concatenate(parts)
        per_exchange: list[WindowStates] = [[] for _ in pairs]
        for window, window_states in zip(windows, states, strict=True):
            if window_states is not None:  # a pair window, with ``layer`` asked for
                per_exchange[window.exchange].append(window_states)
        return out, per_exchange

    def _windows(self, pairs: Sequence[tuple[str, str]]) -> list[_Window]:
        tokenize = self._tokenizer
        prompts = tokenize([p for p, _ in pairs], add_special_tokens=False, verbose=False)[
            "input_ids"
        ]
        responses = tokenize([r for _, r in pairs], add_special_tokens=False, verbose=False)[
            "input_ids"
        ]
        windows: list[_Window] = []
        for index, (full_prompt, response) in enumerate(zip(prompts, responses, strict=True)):
            prompt = full_prompt[-self.chunking.prompt_tokens :] if full_prompt else []
            body = self.backbone.max_tokens - len(self._window_ids(prompt, [])[0])
            for chunk in _chunks(response, body, self.chunking):
                ids, type_ids = self._window_ids(prompt, chunk)
                windows.append(_Window(index, ids, type_ids))
                if self.chunking.relevance:
                    windows.append(_Window(index, *self._alone(chunk), kind="response"))
            if self.chunking.relevance:
                asked = self._alone(full_prompt[-(self.backbone.max_tokens - 2) :])
                windows.append(_Window(index, *asked, kind="prompt"))
        return windows

    def _alone(self, ids: list[int]) -> tuple[list[int], list[int]]:
        """One text alone, as the backbone reads a single sentence (an empty text, which a
        chat backbone would read as no token at all, as its pad token)."""
        if self.backbone.template is None:
            ids = [self._tokenizer.cls_token_id, *ids, self._tokenizer.sep_token_id]
        elif not ids:
            ids = [self._pad]
        return ids, [0] * len(ids)

    def _sentence_pair(self, prompt: list[int], chunk: list[int]) -> tuple[list[int], list[int]]:
        cls, sep = self._tokenizer.cls_token_id, self._tokenizer.sep_token_id
        first = [cls, *prompt, sep]
        return [*first, *chunk, sep], [0] * len(first) + [1] * (len(chunk) + 1)

    def _chat_template(self) -> Callable[[list[int], list[int]], tuple[list[int], list[int]]]:
        assert self.backbone.template is not None
        before, between = (
            self._tokenizer(text, add_special_tokens=False)["input_ids"]
            for text in self.backbone.template
        )

        def ids(prompt: list[int], chunk: list[int]) -> tuple[list[int], list[int]]:
            window = [*before, *prompt, *between, *chunk]
            return window, [0] * len(window)

        return ids

    def _pool(
        self, windows: Sequence[_Window], layer: int | None
    ) -> tuple[npt.NDArray[np.float32], list[torch.Tensor | None]]:
        """Each window pooled from the last layer, and its pair windows' hidden state
        ``layer`` (``None`` for the others, or when ``layer`` is ``None``)."""

        ids, types, mask = self._padded(windows)
        inputs: dict[str, torch.Tensor] = {"input_ids": ids, "attention_mask": mask}
        if self.backbone.template is None:
            inputs["token_type_ids"] = types
        output = self._model(**inputs, output_hidden_states=layer is not None)
        hidden = output.last_hidden_state
        pooled = pool_tokens(hidden, mask.bool(), peak=self.chunking.pooling == "mean_max")
        inner: list[torch.Tensor | None] = [None] * len(windows)
        if layer is not None:
            for row, window in enumerate(windows):
                if window.kind == "pair":
                    inner[row] = output.hidden_states[layer][row, : len(window.ids)].clone()
        result: npt.NDArray[np.float32] = pooled.float().numpy()
        return result, inner

    def _padded(
        self, windows: Sequence[_Window]
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Token ids, token types and attention mask, padded to a multiple of
        :data:`PAD_MULTIPLE`."""
        import torch

        width = padded_length(max(len(w.ids) for w in windows))
        ids = torch.full((len(windows), width), self._pad, dtype=torch.long)
        types = torch.zeros((len(windows), width), dtype=torch.long)
        mask = torch.zeros((len(windows), width), dtype=torch.long)
        for row, window in enumerate(windows):
            ids[row, : len(window.ids)] = torch.tensor(window.ids)
            types[row, : len(window.ids)] = torch.tensor(window.type_ids)
            mask[row, : len(window.ids)] = 1
        return ids, types, mask


def padded_length(longest: int) -> int:
    """The batch width for a longest window of ``longest`` tokens."""
    return -(-longest // PAD_MULTIPLE) * PAD_MULTIPLE


def pool_tokens(hidden: torch.Tensor, mask: torch.Tensor, *, peak: bool) -> torch.Tensor:
    """Each row's mean over its tokens (``mask``: True on them, padding ignored), then with
    ``peak`` also their maximum per dimension."""
    import torch

    weights = mask.unsqueeze(-1).to(hidden.dtype)
    mean = (hidden * weights).sum(dim=1) / weights.sum(dim=1)
    if not peak:
        return mean
    return torch.cat([mean, hidden.masked_fill(~mask.unsqueeze(-1), float("-inf")).amax(dim=1)], -1)


def _chunks(response: list[int], body: int, chunking: Chunking) -> list[list[int]]:
    """Overlapping windows of ``body`` tokens over the response (one, maybe empty, at least)."""
    if len(response) <= body:
        return [response]
    step = max(1, body - chunking.overlap)
    starts = [*range(0, len(response) - body, step), len(response) - body]
    if len(starts) > chunking.max_windows:
        keep = np.linspace(0, len(starts) - 1, chunking.max_windows).round().astype(int)
        starts = [starts[i] for i in sorted(set(keep.tolist()))]
    return [response[s : s + body] for s in starts]


def describe(encoder: Encoder) -> dict[str, Any]:
    """What identifies an encoder's features (for caches and the model card)."""
    return {"backbone": encoder.backbone.name, **encoder.chunking.model_dump()}
