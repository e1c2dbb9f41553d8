"""The shipped ``bundled:grader`` reproduces its model card's test metrics on the corpus
test split (within the card's CIs). Slow: it loads MiniLM and grades the whole split."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from safecomp.grading.learned import BUNDLED_SPEC, LearnedGrader, bundled_grader_dir
from safecomp.grading.learned.card import ModelCard
from safecomp.grading.learned.data import DataSource, load_examples
from safecomp.grading.learned.metrics import evaluate

CORPUS = Path(str(files("safecomp.data") / "corpora" / "grader_corpus.jsonl"))
TEST_SET = "corpus:grader_corpus.jsonl (test)"


def test_the_card_describes_a_small_offline_grader() -> None:
    card = ModelCard.read(bundled_grader_dir())
    assert card.weights_bytes < 25_000_000
    assert card.backbone in ("minilm", "smollm2")
    assert any(d.source.startswith("corpus:") for d in card.data)
    assert all(len(d.sha256) == 64 for d in card.data)
    assert card.metrics(TEST_SET).grader["refusal_accuracy"].defined


@pytest.mark.slow
def test_bundled_grader_reproduces_its_card_on_the_corpus_test_split() -> None:
    card = ModelCard.read(bundled_grader_dir())
    (corpus,) = [d for d in card.data if d.source.startswith("corpus:")]
    source = DataSource.parse(f"corpus:{CORPUS}")
    if source.sha256() != corpus.sha256:
        pytest.skip("the corpus changed since the bundled grader was trained; retrain it")
    test = [e for e in load_examples([source]) if e.split == "test"]
    grader = LearnedGrader.load(BUNDLED_SPEC)
    found = evaluate(TEST_SET, [e.item for e in test], grader.predict_pairs([e.pair for e in test]))
    expected = card.metrics(TEST_SET)
    assert found.n == expected.n
    for metric, estimate in expected.grader.items():
        assert estimate.low is not None and estimate.high is not None
        value = found.grader[metric].value
        assert value is not None and estimate.low <= value <= estimate.high, metric
