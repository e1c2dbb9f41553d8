"""Training and experiment configs: a bad field is named, with its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from safecomp.data.suites import load_suite
from safecomp.experiment import ExperimentConfig, load_experiment_config, split_suite
from safecomp.train.config import load_rl_settings, load_sft_settings
from safecomp.yamlmodel import YamlModelError


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_sft_config_names_the_bad_field_and_line(tmp_path: Path) -> None:
    path = _write(tmp_path, "data: sft.jsonl\nlearning_rate: -1\n")
    with pytest.raises(YamlModelError) as error:
        load_sft_settings(path)
    assert "learning_rate" in str(error.value)
    assert f"{path}:2" in str(error.value)


def test_sft_config_needs_data(tmp_path: Path) -> None:
    with pytest.raises(YamlModelError, match="data"):
        load_sft_settings(_write(tmp_path, "max_steps: 2\n"))


def test_rl_config_rejects_unknown_fields_and_rewards(tmp_path: Path) -> None:
    with pytest.raises(YamlModelError, match=r"lora\.rank"):
        load_rl_settings(_write(tmp_path, "lora:\n  rank: 4\n"))
    with pytest.raises(YamlModelError, match="reward"):
        load_rl_settings(_write(tmp_path, "reward: be_nice\n"))


def test_rl_batch_must_hold_whole_groups(tmp_path: Path) -> None:
    text = "per_device_train_batch_size: 3\nnum_generations: 2\n"
    with pytest.raises(YamlModelError, match="multiple of num_generations"):
        load_rl_settings(_write(tmp_path, text))


def test_probe_judge_must_not_be_the_reward_judge(tmp_path: Path) -> None:
    text = "judge: bundled:smollm2\nprobe:\n  judge: bundled:smollm2\n"
    with pytest.raises(YamlModelError, match=r"probe\.judge must differ"):
        load_rl_settings(_write(tmp_path, text))


def test_rl_defaults_are_cpu_safe(tmp_path: Path) -> None:
    settings = load_rl_settings(_write(tmp_path, "max_steps: 3\n"))
    assert not settings.bf16 and not settings.gradient_checkpointing and not settings.use_vllm
    assert settings.judge.spec  # the JudgeSettings default, never hard-coded here
    assert settings.probe is not None and settings.probe.judge == "other"
    # The probe's second judge is the offline judge the reward does not use.
    assert settings.probe_judge is not None and settings.probe_judge.spec == "bundled:smollm2"
    beside_llm = load_rl_settings(_write(tmp_path, "judge: bundled:smollm2\n"))
    assert beside_llm.probe_judge is not None and beside_llm.probe_judge.spec == "bundled:grader"
    alone = load_rl_settings(_write(tmp_path, "probe: {judge: null}\n"))
    assert alone.probe_judge is None


def test_experiment_config_checks_every_stage_up_front(tmp_path: Path) -> None:
    with pytest.raises(YamlModelError, match=r"rl: .*max_steps"):
        load_experiment_config(_write(tmp_path, "rl:\n  max_steps: 0\n"))
    with pytest.raises(YamlModelError, match="sft: base set by the experiment"):
        load_experiment_config(_write(tmp_path, "sft:\n  base: hf:other\n"))
    assert ExperimentConfig().judge.spec


def test_split_keeps_groups_together_and_drops_unlabelled_prompts() -> None:
    items = load_suite("quickstart")
    train, test = split_suite(items, 3)
    groups = [{i.group for i in part if i.group is not None} for part in (train, test)]
    assert groups[0].isdisjoint(groups[1])
    assert all(i.intent != "unknown" for i in train + test)
    assert len(train) + len(test) == sum(i.intent != "unknown" for i in items)
