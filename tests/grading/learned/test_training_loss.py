"""The learned grader's training loss, feature sizes and heads (no backbone loaded)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import torch

from safecomp.data.gold import GoldItem
from safecomp.grading.learned.config import GraderConfig
from safecomp.grading.learned.data import Example
from safecomp.grading.learned.encoder import RELEVANCE_FEATURES, TRAIN_CHUNKING, Chunking
from safecomp.grading.learned.network import HeadsNet
from safecomp.grading.learned.settings import TrainSettings, Tuning
from safecomp.grading.learned.train import (
    TrainHooks,
    _fit,
    _loss,
    _Stage,
    _targets,
    _Tensors,
    _weights,
)
from safecomp.grading.refusal_baseline import MATCH_FEATURES


def test_feature_sizes_of_old_and_new_graders() -> None:
    assert Chunking().features(384) == 3 * 384  # graders trained before still load
    assert TRAIN_CHUNKING.features(384) == 3 * 2 * 384 + RELEVANCE_FEATURES + MATCH_FEATURES
    assert (Chunking().scalars, TRAIN_CHUNKING.scalars) == (0, RELEVANCE_FEATURES + MATCH_FEATURES)


def test_skip_features_reach_the_heads_past_the_hidden_layer() -> None:
    torch.manual_seed(0)
    config = GraderConfig(
        backbone="minilm", features=6, hidden=4, skip_features=2, policy_id="p", policy_hash="h"
    )
    net = HeadsNet(config).eval()
    with torch.no_grad():
        for layer in net.trunk:
            if isinstance(layer, torch.nn.Linear):
                layer.weight.zero_()
                layer.bias.zero_()
    base = torch.zeros(1, 6)
    pooled, single = base.clone(), base.clone()
    pooled[0, 0], single[0, -1] = 5.0, 5.0
    with torch.no_grad():
        logits = [net(x)["mode"] for x in (base, pooled, single)]
    # With the hidden layer silenced, only the last two features move the heads.
    assert torch.equal(logits[0], logits[1])
    assert not torch.equal(logits[0], logits[2])


def test_feature_dropout_drops_pooled_features_while_training_only() -> None:
    torch.manual_seed(0)
    config = GraderConfig(
        backbone="minilm",
        features=6,
        hidden=4,
        skip_features=2,
        feature_dropout=0.5,
        policy_id="p",
        policy_hash="h",
    )
    net = HeadsNet(config)  # standardisation not fitted: mean 0, scale 1
    seen: list[torch.Tensor] = []
    net.trunk[0].register_forward_hook(lambda module, args, out: seen.append(args[0]))
    features = torch.ones(256, 6)
    with torch.no_grad():
        net.train()(features)
        net.eval()(features)
    trained, graded = seen
    assert 0.4 < float((trained[:, :4] == 0).float().mean()) < 0.6
    assert set(trained[:, :4].unique().tolist()) == {0.0, 2.0}  # kept ones scaled by 1/(1-p)
    assert torch.equal(trained[:, 4:], features[:, 4:])  # the single numbers, never
    assert torch.equal(graded, features)  # grading drops nothing


def test_graders_saved_before_skip_features_load_without_them() -> None:
    fields = {"backbone": "minilm", "features": 6, "policy_id": "p", "policy_hash": "h"}
    config = GraderConfig.model_validate(fields)
    assert config.skip_features == 0
    assert config.feature_dropout == 0.0
    assert {h.in_features for h in HeadsNet(config).heads.values()} == {config.hidden}
    assert config.tuned_layers == 0 and HeadsNet(config).tuned is None
    with pytest.raises(ValueError, match="skip_features is 7; expected at most features"):
        GraderConfig.model_validate({**fields, "skip_features": 7})


@pytest.mark.parametrize("weight", [1.0, 4.0])
def test_a_human_item_weighs_human_weight_corpus_items(weight: float) -> None:
    torch.manual_seed(0)
    config = GraderConfig(backbone="minilm", features=6, hidden=4, policy_id="p", policy_hash="h")
    net = HeadsNet(config).eval()
    examples = [
        Example(
            GoldItem(id="a", prompt="p", response="r", mode="direct_answer"), "train", "corpus:c"
        ),
        Example(GoldItem(id="b", prompt="p", response="s", mode="hard_refusal"), "train", "rbr:t"),
        Example(
            GoldItem(id="c", prompt="p", response="t", refusal=True), "train", "pyrit-refusal:r"
        ),
    ]
    assert [e.human for e in examples] == [False, True, True]
    data = _Tensors(torch.randn(3, 6), _targets(examples), _weights(examples, weight))
    with torch.no_grad():
        alone = [float(_loss(net, data.subset(np.array([i])))) for i in range(3)]
        together = float(_loss(net, data))
    # The mode head averages a (weight 1) and b (weight w); the refusal target is c's alone.
    assert together == pytest.approx((alone[0] + weight * alone[1]) / (1 + weight) + alone[2])


def test_a_stage_keeps_its_starting_weights_unless_an_epoch_beats_them(tmp_path: Path) -> None:
    torch.manual_seed(0)
    config = GraderConfig(backbone="minilm", features=6, hidden=4, policy_id="p", policy_hash="h")
    net = HeadsNet(config)
    items = [
        Example(
            GoldItem(id=str(i), prompt="p", response=str(i), violation=i % 2 == 0), "train", "c"
        )
        for i in range(32)
    ]
    features = torch.randn(32, 6)
    features[:, 0] += torch.tensor([3.0 if i % 2 == 0 else -3.0 for i in range(32)])
    data = _Tensors(features, _targets(items), _weights(items, 1.0))
    stage = _Stage("heads", epochs=3, patience=3, batch_size=8, checkpoint=tmp_path / "c.pt")
    learning = torch.optim.AdamW(net.parameters(), lr=1e-2)
    assert _fit(net, stage, learning, data, data, TrainHooks()).best_epoch > 0
    start = {k: v.clone() for k, v in net.state_dict().items()}
    with torch.no_grad():
        before = float(_loss(net.eval(), data))
    # Gradient ascent: every epoch is worse than none.
    wrecking = torch.optim.SGD(net.parameters(), lr=0.1, maximize=True)
    worse = _fit(
        net, replace(stage, checkpoint=tmp_path / "w.pt"), wrecking, data, data, TrainHooks()
    )
    assert (worse.epoch, worse.best_epoch, worse.best_loss) == (3, 0, pytest.approx(before))
    assert all(torch.equal(v, start[k]) for k, v in net.state_dict().items())


def test_tuned_layers_a_backbone_cannot_give_are_refused_before_training() -> None:
    with pytest.raises(ValueError, match=r"smollm2 backbone is a decoder.*--tune-layers 0"):
        TrainSettings(data=["corpus:c.jsonl"], backbone="smollm2")
    assert TrainSettings(data=["corpus:c.jsonl"], backbone="smollm2", tuning=Tuning(layers=0))
    with pytest.raises(ValueError, match="tuning layers is 7; the minilm backbone has 6"):
        TrainSettings(data=["corpus:c.jsonl"], tuning=Tuning(layers=7))
