"""safecomp.train: SFT data by context distillation, and SFT and GRPO recipes on TRL + PEFT.

Importing it loads no torch, transformers, TRL or PEFT: the recipes import them when run.
"""

from safecomp.train.config import (
    LoraSettings,
    ProbeSettings,
    RLSettings,
    SFTSettings,
    load_rl_settings,
    load_sft_settings,
)
from safecomp.train.sft_data import SFTDataConfig, SFTDataSummary, build_sft_data

__all__ = [
    "LoraSettings",
    "ProbeSettings",
    "RLSettings",
    "SFTDataConfig",
    "SFTDataSummary",
    "SFTSettings",
    "build_sft_data",
    "load_rl_settings",
    "load_sft_settings",
]
