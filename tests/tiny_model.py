"""A tiny randomly initialised Llama checkpoint with the bundled tokenizer (imported as
``tiny_model`` by tests and by ``bench/load.py``): a real transformers model for tests of
plumbing (batching, cancellation, limits), not of quality. Loads in a second, generates
hundreds of tokens a second on one CPU."""

from __future__ import annotations

from pathlib import Path


def write_tiny_checkpoint(target: Path) -> Path:
    """Save a 2-layer Llama (hidden size 64, seed 0) and SmolLM2's tokenizer to ``target``."""
    import torch
    from transformers import AutoTokenizer, LlamaConfig, LlamaForCausalLM

    from safecomp.models import bundled_model_dir

    tokenizer = AutoTokenizer.from_pretrained(bundled_model_dir())
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=4096,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=True,
    )
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(target)
    tokenizer.save_pretrained(target)
    return target
