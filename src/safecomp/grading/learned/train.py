"""Train a learned grader: encode the exchanges once (cached, resumable), fit the heads with
early stopping on the dev split, then fine-tune the backbone's top layers with them
(:class:`~.settings.Tuning`), checkpoint every epoch, fit temperatures on dev, evaluate every
test set beside string matching, and write the grader and its model card.

Only items labelled for a head train that head (cross-entropy with ``-1`` ignored); items
with a refusal label but no mode train ``P(mode ∈ refusal modes)`` with a binary loss.

A killed run started again with the same settings and output folder resumes: features
already encoded are read from ``features.sqlite``, and each stage continues from the last
epoch in its checkpoint (``checkpoint.pt``, ``tuned_checkpoint.pt``). The windows the tuned
layers read are not cached (hundreds of MB): a resumed tuning stage reads them again.
"""

from __future__ import annotations

import json
import os
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import numpy as np
import torch
from torch import nn

from safecomp.data.gold import label_distribution
from safecomp.policy import load_policy

from .card import DataCard, ModelCard, Speed
from .config import CARD_FILE, WEIGHTS_FILE, GraderConfig
from .data import DataSource, Example, load_examples
from .encoder import Encoder, describe
from .features import FeatureStore, feature_key
from .grader import LearnedGrader
from .heads import HEADS, REFUSAL_TARGET, head_targets
from .metrics import SetMetrics, evaluate, evaluate_by_tag
from .network import HeadsNet, predictions, refusal_logprob
from .settings import TrainSettings, Tuning
from .tuned import TunedLayers, WindowStates

SETTINGS_FILE: Final = "train_settings.json"
CHECKPOINT_FILE: Final = "checkpoint.pt"
TUNED_CHECKPOINT_FILE: Final = "tuned_checkpoint.pt"
FEATURES_FILE: Final = "features.sqlite"
ENCODE_BATCH: Final = 256
TEMPERATURES: Final = np.exp(np.linspace(np.log(0.25), np.log(8.0), 61))
#: Exchanges timed end to end (encode + heads) for the card's speed.
SPEED_SAMPLE: Final = 128


@dataclass(frozen=True)
class EpochReport:
    #: ``heads`` (on frozen features) or ``tuned`` (with the tuned layers).
    stage: str
    epoch: int
    train_loss: float
    dev_loss: float
    #: Dev accuracy per head (and ``refusal``), on the dev items labelled for it.
    dev_accuracy: dict[str, float]
    best: bool


@dataclass
class TrainHooks:
    """Progress callbacks (the CLI draws them; training itself prints nothing)."""

    on_phase: Callable[[str, int], None] = lambda phase, total: None
    on_advance: Callable[[int], None] = lambda done: None
    on_epoch: Callable[[EpochReport], None] = lambda report: None


@dataclass
class _Tensors:
    features: torch.Tensor
    targets: dict[str, torch.Tensor]
    #: Each item's loss weight.
    weights: torch.Tensor
    #: Each item's window states, for tuned layers.
    windows: list[WindowStates] | None = None

    def subset(self, rows: np.ndarray) -> _Tensors:
        index = torch.from_numpy(rows)
        return _Tensors(
            self.features[index],
            {k: v[index] for k, v in self.targets.items()},
            self.weights[index],
            None if self.windows is None else [self.windows[i] for i in rows.tolist()],
        )


@dataclass(frozen=True)
class _Stage:
    name: str
    epochs: int
    patience: int
    batch_size: int
    checkpoint: Path


@dataclass
class _State:
    epoch: int = 0
    best_loss: float = float("inf")
    best_epoch: int = 0
    bad_epochs: int = 0
    history: list[dict[str, object]] = field(default_factory=list)


def train(settings: TrainSettings, out: Path, hooks: TrainHooks | None = None) -> ModelCard:
    """Train into ``out`` (resuming what is there) and return the model card it wrote."""
    hooks = hooks or TrainHooks()
    out.mkdir(parents=True, exist_ok=True)
    _check_settings(settings, out)
    _seed(settings.seed)
    sources = [DataSource.parse(spec) for spec in settings.data]
    examples = load_examples(sources)
    splits = {s: [e for e in examples if e.split == s] for s in ("train", "dev", "test")}
    if not splits["train"] or not splits["dev"]:
        raise ValueError(
            f"training needs train and dev items; got {len(splits['train'])} train, "
            f"{len(splits['dev'])} dev"
        )
    encoder = Encoder(settings.backbone, settings.chunking)
    features = _features(encoder, examples, out / FEATURES_FILE, hooks)
    broken = [e for e, row in zip(examples, features, strict=True) if not np.isfinite(row).all()]
    if broken:
        raise ValueError(
            f"{len(broken)} exchanges have non-finite features (first: {broken[0].source} "
            f"item {broken[0].item.id!r}); delete {out / FEATURES_FILE} after fixing the encoder"
        )
    tensors = _Tensors(
        torch.from_numpy(features), _targets(examples), _weights(examples, settings.human_weight)
    )
    rows = {s: np.array([i for i, e in enumerate(examples) if e.split == s]) for s in splits}

    policy = load_policy(settings.policy)
    config = GraderConfig(
        backbone=settings.backbone,
        chunking=settings.chunking,
        features=encoder.dim,
        hidden=settings.hidden,
        dropout=settings.dropout,
        skip_features=settings.chunking.scalars,
        feature_dropout=settings.feature_dropout,
        policy_id=policy.id,
        policy_hash=policy.content_hash,
    )
    net = HeadsNet(config)
    net.set_standardisation(features[rows["train"]])
    heads = _Stage(
        "heads", settings.epochs, settings.patience, settings.batch_size, out / CHECKPOINT_FILE
    )
    optimiser = torch.optim.AdamW(
        net.parameters(), lr=settings.learning_rate, weight_decay=settings.weight_decay
    )
    split = {s: tensors.subset(rows[s]) for s in ("train", "dev")}
    state = _fit(net, heads, optimiser, split["train"], split["dev"], hooks)
    tuned_state = _State()
    tuned = encoder.tuned_layers(settings.tuning.layers)
    if tuned is not None:
        config.tuned_layers = settings.tuning.layers
        net = _with_tuned_layers(net, config, tuned)
        tensors.windows = _window_states(encoder, examples, tuned.first_layer, hooks)
        split = {s: tensors.subset(rows[s]) for s in ("train", "dev")}
        tuning = settings.tuning
        stage = _Stage(
            "tuned",
            tuning.epochs,
            tuning.patience,
            tuning.batch_size,
            out / TUNED_CHECKPOINT_FILE,
        )
        optimiser = _tuning_optimiser(net, tuned, tuning)
        tuned_state = _fit(net, stage, optimiser, split["train"], split["dev"], hooks)

    config.temperatures = _temperatures(net, split["dev"])
    net.save(out)
    config.write(out)
    # With its temperatures, and the weights as saved (half precision): what the card measures.
    net = HeadsNet.load(out, config, net.tuned)

    evaluation, by_tag = _evaluate(net, examples, tensors)
    card = ModelCard(
        backbone=settings.backbone,
        policy_id=config.policy_id,
        policy_hash=config.policy_hash,
        settings=settings.model_dump(mode="json"),
        data=[_data_card(source, examples) for source in sources],
        epochs_trained=state.epoch,
        best_epoch=state.best_epoch,
        tuned_epochs_trained=tuned_state.epoch,
        tuned_best_epoch=tuned_state.best_epoch,
        history=state.history + tuned_state.history,
        temperatures=config.temperatures,
        evaluation=evaluation,
        by_tag=by_tag,
        weights_bytes=(out / WEIGHTS_FILE).stat().st_size,
        speed=_speed(
            LearnedGrader("trained", "", config, encoder, net),
            [e.pair for e in splits["test"] or splits["dev"]],
        ),
    )
    (out / CARD_FILE).write_text(card.model_dump_json(indent=2) + "\n", encoding="utf-8")
    return card


def _check_settings(settings: TrainSettings, out: Path) -> None:
    path = out / SETTINGS_FILE
    current = settings.model_dump(mode="json")
    if path.is_file():
        previous = json.loads(path.read_text(encoding="utf-8"))
        if previous != current:
            changed = sorted(k for k in current if previous.get(k) != current[k])
            raise ValueError(
                f"{out} holds a training run with other settings ({', '.join(changed)}); "
                "use another output folder, or the same settings to resume"
            )
    else:
        path.write_text(json.dumps(current, indent=2) + "\n", encoding="utf-8")


def _seed(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def _features(
    encoder: Encoder, examples: Sequence[Example], path: Path, hooks: TrainHooks
) -> np.ndarray:
    description = describe(encoder)
    keys = [feature_key(description, *e.pair) for e in examples]
    store = FeatureStore(path)
    try:
        missing = store.missing(keys)
        pairs = {k: e.pair for k, e in zip(keys, examples, strict=True)}
        hooks.on_phase("encoding", len(missing))
        for start in range(0, len(missing), ENCODE_BATCH):
            batch = missing[start : start + ENCODE_BATCH]
            store.put(batch, encoder.encode([pairs[k] for k in batch]))
            hooks.on_advance(start + len(batch))
        return store.get(keys, encoder.dim)
    finally:
        store.close()


def _window_states(
    encoder: Encoder, examples: Sequence[Example], layer: int, hooks: TrainHooks
) -> list[WindowStates]:
    """Each exchange's window states at ``layer``, in half precision (they are many)."""
    hooks.on_phase("reading windows", len(examples))
    states: list[WindowStates] = []
    for start in range(0, len(examples), ENCODE_BATCH):
        batch = examples[start : start + ENCODE_BATCH]
        found = encoder.window_states([e.pair for e in batch], layer)
        states += [[window.half() for window in windows] for windows in found]
        hooks.on_advance(start + len(batch))
    return states


def _with_tuned_layers(net: HeadsNet, config: GraderConfig, tuned: TunedLayers) -> HeadsNet:
    """A network with tuned layers that predicts exactly what ``net`` does (its map from
    the layers starts at zero)."""
    grown = HeadsNet(config, tuned)
    keys = grown.load_state_dict(net.state_dict(), strict=False)
    odd = [k for k in keys.missing_keys if not k.startswith(("tuned.", "tuned_map."))]
    odd += keys.unexpected_keys
    if odd:
        raise RuntimeError(f"the tuned network does not extend the heads: {odd}")
    return grown


def _tuning_optimiser(net: HeadsNet, tuned: TunedLayers, tuning: Tuning) -> torch.optim.AdamW:
    """AdamW with the tuned layers at their learning rate and the rest of ``net`` at the
    heads'."""
    layer_parameters = {id(p) for p in tuned.parameters()}
    groups = [
        {"params": list(tuned.parameters()), "lr": tuning.learning_rate},
        {
            "params": [p for p in net.parameters() if id(p) not in layer_parameters],
            "lr": tuning.heads_learning_rate,
        },
    ]
    return torch.optim.AdamW(groups, weight_decay=tuning.weight_decay)


def _targets(examples: Sequence[Example]) -> dict[str, torch.Tensor]:
    names = (*HEADS, REFUSAL_TARGET)
    table = {name: torch.full((len(examples),), -1, dtype=torch.long) for name in names}
    for row, example in enumerate(examples):
        for name, value in head_targets(example.item).items():
            table[name][row] = value
    return table


def _weights(examples: Sequence[Example], human_weight: float) -> torch.Tensor:
    return torch.tensor([human_weight if e.human else 1.0 for e in examples])


def _loss(net: HeadsNet, batch: _Tensors) -> torch.Tensor:
    """The sum over heads (and the refusal target) of each one's weighted mean loss over
    the items labelled for it."""
    logits = net(batch.features, batch.windows)
    log_probs = {name: value.log_softmax(dim=-1) for name, value in logits.items()}
    log_probs[REFUSAL_TARGET] = refusal_logprob(logits["mode"])
    total = torch.zeros(())
    for name, scores in log_probs.items():
        target = batch.targets[name]
        labelled = target >= 0
        if labelled.any():
            weights = batch.weights[labelled]
            losses = nn.functional.nll_loss(scores[labelled], target[labelled], reduction="none")
            total = total + (losses * weights).sum() / weights.sum()
    return total


def _fit(
    net: HeadsNet,
    stage: _Stage,
    optimiser: torch.optim.Optimizer,
    train_set: _Tensors,
    dev_set: _Tensors,
    hooks: TrainHooks,
) -> _State:
    """Train ``net`` for the stage, keeping the weights with the lowest dev loss: its starting
    weights (epoch 0) unless an epoch beats them, so tuning never ends worse than the heads
    it started from."""
    checkpoint = stage.checkpoint
    best: dict[str, torch.Tensor] = {k: v.clone() for k, v in net.state_dict().items()}
    if checkpoint.is_file():
        saved = torch.load(checkpoint, weights_only=False)
        net.load_state_dict(saved["net"])
        optimiser.load_state_dict(saved["optimiser"])
        best = saved["best"]
        state = _State(**saved["state"])
        torch.set_rng_state(saved["rng"])
    else:
        with torch.no_grad():
            state = _State(best_loss=float(_loss(net.eval(), dev_set)))
    hooks.on_phase(f"training {stage.name}", stage.epochs)
    hooks.on_advance(state.epoch)
    n = len(train_set.features)
    while state.epoch < stage.epochs and state.bad_epochs < stage.patience:
        net.train()
        order = torch.randperm(n)
        losses = []
        for start in range(0, n, stage.batch_size):
            batch = train_set.subset(order[start : start + stage.batch_size].numpy())
            optimiser.zero_grad()
            loss = _loss(net, batch)
            if not torch.isfinite(loss):
                raise ValueError(f"the training loss is not finite in epoch {state.epoch + 1}")
            loss.backward()  # type: ignore[no-untyped-call]
            optimiser.step()
            losses.append(float(loss.detach()))
        net.eval()
        with torch.no_grad():
            dev_loss = float(_loss(net, dev_set))
        state.epoch += 1
        improved = dev_loss < state.best_loss
        if improved:
            state.best_loss, state.best_epoch, state.bad_epochs = dev_loss, state.epoch, 0
            best = {k: v.clone() for k, v in net.state_dict().items()}
        else:
            state.bad_epochs += 1
        report = EpochReport(
            stage.name,
            state.epoch,
            float(np.mean(losses)),
            dev_loss,
            _accuracy(net, dev_set),
            improved,
        )
        state.history.append(
            {
                "stage": stage.name,
                "epoch": report.epoch,
                "train_loss": report.train_loss,
                "dev_loss": dev_loss,
                "dev_accuracy": report.dev_accuracy,
            }
        )
        _save_checkpoint(checkpoint, net, optimiser, best, state)
        hooks.on_epoch(report)
        hooks.on_advance(state.epoch)
    net.load_state_dict(best)
    return state


def _save_checkpoint(
    path: Path,
    net: HeadsNet,
    optimiser: torch.optim.Optimizer,
    best: dict[str, torch.Tensor],
    state: _State,
) -> None:
    staging = path.with_suffix(".tmp")
    torch.save(
        {
            "net": net.state_dict(),
            "optimiser": optimiser.state_dict(),
            "best": best,
            "state": state.__dict__,
            "rng": torch.get_rng_state(),
        },
        staging,
    )
    os.replace(staging, path)


def _accuracy(net: HeadsNet, data: _Tensors) -> dict[str, float]:
    with torch.no_grad():
        logits = net(data.features, data.windows)
    scores: dict[str, float] = {}
    for name in HEADS:
        target = data.targets[name]
        mask = target >= 0
        if mask.any():
            scores[name] = float((logits[name][mask].argmax(-1) == target[mask]).float().mean())
    refusal = data.targets[REFUSAL_TARGET]
    mask = refusal >= 0
    if mask.any():
        guess = refusal_logprob(logits["mode"][mask]).argmax(-1)
        scores[REFUSAL_TARGET] = float((guess == refusal[mask]).float().mean())
    return scores


def _temperatures(net: HeadsNet, dev: _Tensors) -> dict[str, float]:
    """Per head, the temperature minimising dev NLL (1.0 where dev has no such label)."""
    net.temperature.fill_(1.0)
    with torch.no_grad():
        logits = net.eval()(dev.features, dev.windows)
    fitted: dict[str, float] = {}
    for name in HEADS:
        target = dev.targets[name]
        mask = target >= 0
        if name == "mode" and not mask.any():
            target, mask = dev.targets[REFUSAL_TARGET], dev.targets[REFUSAL_TARGET] >= 0
        if not mask.any():
            fitted[name] = 1.0
            continue

        def nll(
            t: float, name: str = name, target: torch.Tensor = target, mask: torch.Tensor = mask
        ) -> float:
            scaled = logits[name][mask] / t
            if name == "mode" and not (dev.targets["mode"] >= 0).any():
                return float(nn.functional.nll_loss(refusal_logprob(scaled), target[mask]))
            return float(nn.functional.cross_entropy(scaled, target[mask]))

        fitted[name] = float(min(TEMPERATURES, key=nll))
    return fitted


def _evaluate(
    net: HeadsNet, examples: Sequence[Example], tensors: _Tensors
) -> tuple[list[SetMetrics], list[SetMetrics]]:
    """Metrics per source and split (test first), and per tag on each test split."""
    results: list[SetMetrics] = []
    by_tag: list[SetMetrics] = []
    for split in ("test", "dev"):
        by_source: dict[str, list[int]] = {}
        for row, example in enumerate(examples):
            if example.split == split:
                by_source.setdefault(example.source, []).append(row)
        for source, rows in by_source.items():
            chosen = tensors.subset(np.array(rows))
            preds = predictions(net, chosen.features.numpy(), chosen.windows)
            items = [examples[r].item for r in rows]
            results.append(evaluate(f"{source} ({split})", items, preds))
            if split == "test":
                by_tag += evaluate_by_tag(f"{source} ({split})", items, preds)
    return results, by_tag


def _data_card(source: DataSource, examples: Sequence[Example]) -> DataCard:
    mine = [e for e in examples if e.source == source.name]
    labels = label_distribution(e.item for e in mine)
    return DataCard(
        source=str(source),
        sha256=source.sha256(),
        counts={s: sum(e.split == s for e in mine) for s in ("train", "dev", "test")},
        labels={k: v for k, v in labels.items() if set(v) != {"None"}},
    )


def _speed(grader: LearnedGrader, pairs: Sequence[tuple[str, str]]) -> Speed:
    sample = list(pairs[:SPEED_SAMPLE])
    start = time.perf_counter()
    grader.predict_pairs(sample)
    seconds = time.perf_counter() - start
    return Speed(grades_per_s=len(sample) / seconds, n=len(sample), threads=torch.get_num_threads())


__all__ = ["EpochReport", "TrainHooks", "TrainSettings", "Tuning", "train"]
