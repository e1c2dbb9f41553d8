"""Local transformers causal LMs (``hf:<path or local id>``), LoRA adapter dirs included.

Generation runs batched with left padding in a worker thread, so the event loop stays free;
a lock keeps two threads off one model. torch and transformers are imported on first load,
so importing this module stays cheap.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from safecomp.models.base import Completion, GenParams, Messages, ModelError, TokenLogprob
from safecomp.models.prefix import PrefixScorer
from safecomp.models.registry import register_backend

if TYPE_CHECKING:
    import torch

DEFAULT_BATCH_SIZE = 16


@register_backend("hf", usage="hf:<path or local id>")
class HFChatModel:
    """A transformers causal LM with a chat template.

    ``target`` is a checkpoint directory, a LoRA adapter directory (its ``adapter_config.json``
    names the base model; the adapter is merged in), or a model id already in the local
    Hugging Face cache. Batches larger than ``batch_size`` are split; with ``params.seed``,
    split ``i`` samples from ``torch.manual_seed(seed + i)`` (the global RNG is left alone).
    ``temperature == 0`` is greedy; ``json_schema`` is not enforced here (the caller validates).

    >>> model = HFChatModel("./checkpoints/sft")  # doctest: +SKIP
    >>> [c.text for c in await model.generate([[{"role": "user", "content": "Hi"}]], GenParams())]
    """

    def __init__(
        self,
        target: str | Path,
        *,
        name: str | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        device: str | None = None,
        dtype: str = "auto",
    ) -> None:
        if batch_size < 1:
            raise ModelError(f"batch_size must be at least 1, got {batch_size}")
        self.name = name or f"hf:{target}"
        self.batch_size = batch_size
        self._model, self._tokenizer = _load(str(target), device, dtype)
        self._lock = threading.Lock()
        self._scorer = PrefixScorer(self._model)
        self._token_texts: dict[int, str] = {}
        eos = self._model.generation_config.eos_token_id
        eos_ids = eos if isinstance(eos, list) else [eos]
        self._end_ids = {i for i in [*eos_ids, self._tokenizer.pad_token_id] if i is not None}

    async def generate(self, batch: Sequence[Messages], params: GenParams) -> list[Completion]:
        if not batch:
            return []
        return await asyncio.to_thread(self._generate_all, list(batch), params, None)

    async def generate_cancellable(
        self, batch: Sequence[Messages], params: GenParams, cancelled: Sequence[threading.Event]
    ) -> list[Completion]:
        """``generate``; a conversation whose event is set stops at its next token (a batch
        whose every conversation is cancelled ends there)."""
        if not batch:
            return []
        return await asyncio.to_thread(self._generate_all, list(batch), params, list(cancelled))

    async def aclose(self) -> None:
        """Nothing to release: the weights go with the object."""

    def _generate_all(
        self, batch: list[Messages], params: GenParams, cancelled: list[threading.Event] | None
    ) -> list[Completion]:
        with self._lock:
            if params.max_new_tokens == 1 and params.temperature == 0:
                return self._next_token(batch, params)
            completions: list[Completion] = []
            for index, start in enumerate(range(0, len(batch), self.batch_size)):
                end = start + self.batch_size
                stops = None if cancelled is None else cancelled[start:end]
                completions.extend(self._generate_chunk(batch[start:end], params, index, stops))
            return completions

    def _prompts(self, batch: list[Messages]) -> list[str]:
        return [
            self._tokenizer.apply_chat_template(
                list(messages), add_generation_prompt=True, tokenize=False
            )
            for messages in batch
        ]

    def _next_token(self, batch: list[Messages], params: GenParams) -> list[Completion]:
        """One greedy token per conversation (logprob scoring), exactly as ``generate`` would
        pick it, but with every shared prompt prefix (a judge's rubric) computed once."""
        sequences = self._tokenizer(self._prompts(batch), add_special_tokens=False)["input_ids"]
        logprobs = self._scorer.next_token_logprobs(sequences)
        chosen = logprobs.argmax(dim=-1, keepdim=True)
        # Log-softmax is idempotent, so log-probs pass for the logits of one step.
        top = (
            _top_logprobs((logprobs,), chosen, params.top_logprobs) if params.top_logprobs else None
        )
        return self._finish(chosen.tolist(), [len(s) for s in sequences], top, params.stop)

    def _generate_chunk(
        self,
        chunk: list[Messages],
        params: GenParams,
        index: int,
        cancelled: list[threading.Event] | None,
    ) -> list[Completion]:
        import torch
        from transformers import StoppingCriteriaList

        tokenizer, model = self._tokenizer, self._model
        encoded = tokenizer(
            self._prompts(chunk), return_tensors="pt", padding=True, add_special_tokens=False
        ).to(model.device)
        options: dict[str, Any] = {
            "max_new_tokens": params.max_new_tokens,
            "pad_token_id": tokenizer.pad_token_id,
            "return_dict_in_generate": True,
            "output_logits": params.top_logprobs > 0,
        }
        if params.stop:
            options.update(stop_strings=list(params.stop), tokenizer=tokenizer)
        if cancelled is not None:
            options["stopping_criteria"] = StoppingCriteriaList([_Cancelled(cancelled)])
        if params.temperature > 0:
            options.update(
                do_sample=True, temperature=params.temperature, top_p=params.top_p, top_k=0
            )
        else:
            options.update(do_sample=False)
        with torch.inference_mode(), self._seeded(params.seed, index):
            output = model.generate(**encoded, **options)
        generated = output.sequences[:, encoded["input_ids"].shape[1] :]
        top = (
            _top_logprobs(output.logits, generated, params.top_logprobs)
            if params.top_logprobs
            else None
        )
        prompt_tokens = encoded["attention_mask"].sum(dim=1).tolist()
        return self._finish(generated.tolist(), prompt_tokens, top, params.stop)

    def _finish(
        self,
        generated: list[list[int]],
        prompt_tokens: list[int],
        top: _TopLogprobs | None,
        stop: tuple[str, ...],
    ) -> list[Completion]:
        """Completions from generated token rows, with their logprobs when ``top`` is given."""
        completions = []
        for row, ids in enumerate(generated):
            completion = self._completion(ids, stop)
            completion.prompt_tokens = prompt_tokens[row]
            if top is not None:
                top_ids, top_values, chosen = top
                n = completion.completion_tokens
                completion.logprobs = [
                    [
                        TokenLogprob(self._token_text(token), value)
                        for token, value in zip(
                            top_ids[row][pos], top_values[row][pos], strict=True
                        )
                    ]
                    for pos in range(n)
                ]
                completion.tokens = [
                    TokenLogprob(self._token_text(ids[pos]), chosen[row][pos]) for pos in range(n)
                ]
            completions.append(completion)
        return completions

    def _completion(self, ids: list[int], stop: tuple[str, ...]) -> Completion:
        """Cut one generated row at its end token or first stop string."""
        end = next((pos for pos, token in enumerate(ids) if token in self._end_ids), None)
        kept = ids if end is None else ids[:end]
        count = len(ids) if end is None else end + 1
        text = self._decode(kept)
        hits = [(text.find(s), s) for s in stop if s in text]
        if hits:
            cut, hit = min(hits)
            reaches = (
                n for n in range(1, len(kept)) if len(self._decode(kept[:n])) >= cut + len(hit)
            )
            count = next(reaches, len(kept))
            return Completion(text=text[:cut], finish_reason="stop", completion_tokens=count)
        return Completion(
            text=text, finish_reason="length" if end is None else "stop", completion_tokens=count
        )

    def _decode(self, ids: list[int]) -> str:
        text: str = self._tokenizer.decode(ids, skip_special_tokens=True)
        return text

    def _token_text(self, token: int) -> str:
        if token not in self._token_texts:
            self._token_texts[token] = self._tokenizer.decode([token])
        return self._token_texts[token]

    @contextmanager
    def _seeded(self, seed: int | None, offset: int) -> Iterator[None]:
        """Seed sampling for one chunk without disturbing the global torch RNG."""
        if seed is None:
            yield
            return
        import torch

        device = self._model.device
        with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
            torch.manual_seed(seed + offset)
            yield


class _Cancelled:
    """A transformers stopping criterion: row ``i`` is done once ``events[i]`` is set."""

    def __init__(self, events: list[threading.Event]) -> None:
        self.events = events

    def __call__(
        self, input_ids: torch.Tensor, scores: torch.Tensor, **kwargs: Any
    ) -> torch.Tensor:
        import torch

        done = [event.is_set() for event in self.events]
        return torch.tensor(done, dtype=torch.bool, device=input_ids.device)


_TopLogprobs = tuple[list[list[list[int]]], list[list[list[float]]], list[list[float]]]


def _top_logprobs(
    logits: tuple[torch.Tensor, ...], generated: torch.Tensor, k: int
) -> _TopLogprobs:
    """Top-k token ids and log-probs (log-softmax of the raw logits) and the chosen token's
    log-prob, each indexed ``[row][position]``."""
    import torch

    top_ids, top_values, chosen = [], [], []
    for pos, step in enumerate(logits):
        logp = torch.log_softmax(step.float(), dim=-1)
        values, ids = logp.topk(min(k, logp.shape[-1]), dim=-1)
        top_ids.append(ids)
        top_values.append(values)
        chosen.append(logp.gather(1, generated[:, pos : pos + 1]).squeeze(1))
    return (
        torch.stack(top_ids, dim=1).tolist(),
        torch.stack(top_values, dim=1).tolist(),
        torch.stack(chosen, dim=1).tolist(),
    )


def _load(target: str, device: str | None, dtype: str) -> tuple[Any, Any]:
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    path = Path(target).expanduser()
    is_path = path.exists() or target.startswith(("/", ".", "~"))
    if is_path and not path.is_dir():
        raise ModelError(f"hf model directory {path} does not exist")
    source = str(path) if is_path else target
    adapter_config = path / "adapter_config.json"
    try:
        if is_path and adapter_config.is_file():
            from peft import AutoPeftModelForCausalLM

            base = json.loads(adapter_config.read_text())["base_model_name_or_path"]
            model = AutoPeftModelForCausalLM.from_pretrained(source, dtype=dtype).merge_and_unload()
            has_tokenizer = (path / "tokenizer_config.json").is_file()
            tokenizer = AutoTokenizer.from_pretrained(source if has_tokenizer else base)
        else:
            model = AutoModelForCausalLM.from_pretrained(source, dtype=dtype)
            tokenizer = AutoTokenizer.from_pretrained(source)
    except (OSError, ValueError, KeyError) as error:
        raise ModelError(f"could not load hf model {source!r}: {error}") from error
    if tokenizer.chat_template is None:
        raise ModelError(f"hf model {source!r} has no chat template in its tokenizer config")
    tokenizer.padding_side = "left"
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    model.to(device or ("cuda" if torch.cuda.is_available() else "cpu"))
    model.eval()
    return model, tokenizer
