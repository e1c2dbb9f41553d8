"""The validated settings of ``safecomp train sft`` and ``safecomp train rl`` (YAML files).

Only the TRL and PEFT settings that matter are exposed, with CPU-safe defaults (fp32, tiny
batches, no gradient checkpointing); the GPU options (``bf16``, ``gradient_checkpointing``,
``use_vllm`` for GRPO generation) are off unless asked for. ``lora: null`` trains all weights.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from safecomp.grading.learned.grader import is_learned_spec
from safecomp.grading.settings import DEFAULT_JUDGE, JudgeField, JudgeSettings
from safecomp.reward.core import RewardName
from safecomp.yamlmodel import load_yaml_model


class _Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoraSettings(_Settings):
    """A PEFT LoRA adapter: rank, scale, dropout and which modules it wraps."""

    r: int = Field(default=16, ge=1)
    alpha: int = Field(default=32, ge=1)
    dropout: float = Field(default=0.05, ge=0.0, lt=1.0)
    target_modules: list[str] | Literal["all-linear"] = "all-linear"


class TrainSettings(_Settings):
    """What SFT and RL share: the model to start from, the output, the optimiser, devices.

    ``base`` is a model spec (``bundled:smollm2`` or ``hf:<path>``). The output folder holds
    the LoRA adapter (or, with ``merge`` or ``lora: null``, a full checkpoint) that
    ``hf:<output_dir>`` loads, the tokenizer, ``train_log.jsonl`` and ``train.yaml``.
    """

    base: str = "bundled:smollm2"
    output_dir: Path = Path("runs/train")
    lora: LoraSettings | None = Field(default_factory=LoraSettings)
    merge: bool = False
    max_steps: int = Field(default=50, ge=1)
    learning_rate: float = Field(default=1e-4, gt=0.0)
    per_device_train_batch_size: int = Field(default=2, ge=1)
    gradient_accumulation_steps: int = Field(default=1, ge=1)
    #: Warm-up: a number of steps, or a fraction of all steps when below 1.
    warmup_steps: float = Field(default=0.0, ge=0.0)
    weight_decay: float = Field(default=0.0, ge=0.0)
    seed: int = 0
    logging_steps: int = Field(default=1, ge=1)
    save_steps: int | None = Field(default=None, ge=1)
    bf16: bool = False
    gradient_checkpointing: bool = False
    use_cpu: bool | None = None

    @field_validator("base")
    @classmethod
    def _known_base(cls, value: str) -> str:
        if not value.startswith(("bundled:", "hf:")):
            raise ValueError(f"expected bundled:<name> or hf:<path or id>, got {value!r}")
        return value


class SFTSettings(TrainSettings):
    """``safecomp train sft``: TRL ``SFTTrainer`` on an ``sft.jsonl`` (or its folder).

    The loss is on the assistant turn only (prompt-completion format).
    """

    data: Path
    max_length: int = Field(default=512, ge=16)
    num_train_epochs: float | None = Field(default=None, gt=0.0)


class ProbeSettings(_Settings):
    """The held-out probe: every ``every`` steps the policy answers ``suite`` (first ``limit``
    prompts) greedily; the answers are scored by string-match refusal detection and by a
    second judge that the reward never uses: ``judge: other`` (the default) is the offline
    judge the reward does not grade with (``bundled:smollm2`` beside a learned grader,
    ``bundled:grader`` beside any other), a spec or mapping names one, ``null`` keeps
    string matching only."""

    suite: str = "quickstart"
    limit: int | None = Field(default=12, ge=1)
    every: int = Field(default=10, ge=1)
    max_new_tokens: int = Field(default=96, ge=1)
    judge: Literal["other"] | JudgeField | None = Field(default="other", union_mode="left_to_right")


def other_judge(reward_judge: JudgeSettings) -> JudgeSettings:
    """The offline judge a reward graded by ``reward_judge`` never uses, on the same policy."""
    spec = "bundled:smollm2" if is_learned_spec(reward_judge.spec) else DEFAULT_JUDGE
    return JudgeSettings(spec=spec, policy=reward_judge.policy)


class RLSettings(TrainSettings):
    """``safecomp train rl``: TRL ``GRPOTrainer`` with the judge reward on a prompt suite.

    ``reward`` is ``safe_completion`` or ``refusal_baseline`` (the control arm, which labels
    dual-use prompts by ``dual_use_harmful``). ``use_vllm`` generates with vLLM
    (``vllm_mode: colocate`` or ``server``), on GPUs only.
    """

    suite: str = "quickstart"
    limit: int | None = Field(default=None, ge=1)
    judge: JudgeField = Field(default_factory=JudgeSettings)
    reward: RewardName = "safe_completion"
    dual_use_harmful: bool = True
    num_generations: int = Field(default=4, ge=2)
    max_completion_length: int = Field(default=96, ge=1)
    temperature: float = Field(default=1.0, gt=0.0)
    beta: float = Field(default=0.0, ge=0.0)
    learning_rate: float = Field(default=5e-5, gt=0.0)
    per_device_train_batch_size: int = Field(default=4, ge=1)
    use_vllm: bool = False
    vllm_mode: Literal["colocate", "server"] = "colocate"
    probe: ProbeSettings | None = Field(default_factory=ProbeSettings)

    @property
    def probe_judge(self) -> JudgeSettings | None:
        """The probe's second judge (``other`` resolved against the reward's judge)."""
        if self.probe is None or self.probe.judge is None:
            return None
        if self.probe.judge == "other":
            return other_judge(self.judge)
        return self.probe.judge

    @model_validator(mode="after")
    def _batch_fits_groups(self) -> RLSettings:
        batch = self.per_device_train_batch_size * self.gradient_accumulation_steps
        if batch % self.num_generations:
            raise ValueError(
                f"per_device_train_batch_size * gradient_accumulation_steps ({batch}) must be "
                f"a multiple of num_generations ({self.num_generations})"
            )
        probe_judge = self.probe_judge
        if probe_judge is not None and probe_judge.spec == self.judge.spec:
            raise ValueError(
                "probe.judge must differ from the reward's judge: the held-out score is "
                "only a check on reward hacking if the reward never sees that judge"
            )
        return self


def load_sft_settings(path: Path) -> SFTSettings:
    """Read a ``train sft`` config; errors name the file, line and field."""
    return load_yaml_model(path, SFTSettings, what="sft config")


def load_rl_settings(path: Path) -> RLSettings:
    """Read a ``train rl`` config; errors name the file, line and field."""
    return load_yaml_model(path, RLSettings, what="rl config")
