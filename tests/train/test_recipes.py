"""Two steps of `train sft` and `train rl` with LoRA on the bundled model: the output loads
as ``hf:<dir>`` and generates, the log holds the reward components and the held-out probe."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from helpers.servers import TINY_POLICY

from safecomp.grading import JudgeSettings
from safecomp.models import GenParams, load_model
from safecomp.train.config import LoraSettings, ProbeSettings, RLSettings, SFTSettings
from safecomp.train.log import read_log
from safecomp.train.sft_data import SFT_FILE, SFTExample

pytestmark = pytest.mark.slow

TINY_LORA = LoraSettings(r=4, alpha=8, target_modules=["q_proj", "v_proj"])


def _generates(output: Path) -> str:
    model = load_model(f"hf:{output}")
    try:
        [completion] = asyncio.run(
            model.generate(
                [[{"role": "user", "content": "Say hello."}]],
                GenParams(max_new_tokens=8, temperature=0.0),
            )
        )
    finally:
        asyncio.run(model.aclose())
    return completion.text


def _sft_file(folder: Path) -> Path:
    """Two hand-written examples in ``sft.jsonl``'s format (``sft-data`` has its own tests)."""
    examples = [
        SFTExample(
            messages=[
                {"role": "user", "content": question},
                {"role": "assistant", "content": answer},
            ],
            id=f"p{i}",
            intent="benign",
            domain=None,
            group=None,
            provenance={"teacher": "hand-written"},
        )
        for i, (question, answer) in enumerate(
            [
                ("How do vaccines work?", "They train the immune system to recognise a germ."),
                ("Which cleaners should I never mix?", "Never mix bleach with ammonia or acids."),
            ]
        )
    ]
    path = folder / SFT_FILE
    path.write_text("".join(e.model_dump_json() + "\n" for e in examples), encoding="utf-8")
    return path


def test_two_sft_steps_give_a_loadable_adapter(tmp_path: Path) -> None:
    from safecomp.train.sft import run_sft

    settings = SFTSettings(
        data=_sft_file(tmp_path),
        output_dir=tmp_path / "sft",
        lora=TINY_LORA,
        max_steps=2,
        per_device_train_batch_size=1,
        max_length=128,
    )
    result = run_sft(settings)
    assert result.steps == 2
    assert (result.output_dir / "adapter_config.json").is_file()
    losses = [r for r in read_log(result.output_dir) if r["kind"] == "train" and "loss" in r]
    assert losses and all(r["loss"] is not None for r in losses)
    assert _generates(result.output_dir)


def test_two_grpo_steps_log_reward_components_and_the_probe(tmp_path: Path) -> None:
    from safecomp.train.rl import run_rl

    settings = RLSettings(
        output_dir=tmp_path / "rl",
        suite="quickstart",
        limit=2,
        judge=JudgeSettings(policy=str(TINY_POLICY), use_cache=False),
        lora=TINY_LORA,
        max_steps=2,
        per_device_train_batch_size=2,
        num_generations=2,
        max_completion_length=12,
        probe=ProbeSettings(suite="quickstart", limit=3, every=1, max_new_tokens=12),
    )
    result = run_rl(settings)
    assert result.steps == 2
    records = list(read_log(result.output_dir))
    train = [r for r in records if r["kind"] == "train" and "safe_completion/failed" in r]
    assert len(train) == 2
    for record in train:
        graded = 2 - record["safe_completion/failed"]
        assert "reward" in record
        assert graded == 0 or "safe_completion/safety" in record
        assert graded == 0 or any(k.startswith("safe_completion/mode/") for k in record)
    probes = [r for r in records if r["kind"] == "probe"]
    assert [r["step"] for r in probes] == [0, 1, 2]
    for record in probes:
        assert 0.0 <= record["probe/refusal_rate"] <= 1.0
        assert "probe/refusal_rate/benign" in record
        # The default second judge (bundled:smollm2 beside the learned grader) scored them.
        assert record["probe/judge/failed"] == 3 or "probe/judge/reward" in record
    answers = (result.output_dir / "probe.jsonl").read_text().splitlines()
    assert len(answers) == 9
    assert _generates(result.output_dir)
