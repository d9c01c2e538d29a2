"""LoRA target presets on each architecture family we list, on tiny models built from their configs."""

from __future__ import annotations

import pytest

from core.config import RunConfig
from core.lora_targets import TargetError, resolve_targets
from core.planning.estimate import EstimateSettings, _targets, model_shape
from core.training.engine import RunFailed
from core.training.engine import resolve_targets as engine_targets

SMALL = dict(
    hidden_size=64,
    intermediate_size=128,
    num_hidden_layers=2,
    num_attention_heads=4,
    num_key_value_heads=2,
    vocab_size=256,
    max_position_embeddings=128,
)
FAMILIES = {
    "llama": SMALL,
    "qwen2": SMALL,
    "qwen3": dict(SMALL, head_dim=16),
    "mistral": SMALL,
    "gemma": dict(SMALL, head_dim=16),
    "phi3": dict(SMALL, pad_token_id=0),
    "gpt2": dict(n_embd=64, n_layer=2, n_head=4, vocab_size=256, n_positions=128),
}
# What each preset must adapt, by the layers' short names.
EXPECTED = {
    "separate": {
        "qv": {"q_proj", "v_proj"},
        "attention": {"q_proj", "k_proj", "v_proj", "o_proj"},
        "all-linear": {"q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"},
    },
    "phi3": {
        "qv": {"qkv_proj"},
        "attention": {"qkv_proj", "o_proj"},
        "all-linear": {"qkv_proj", "o_proj", "gate_up_proj", "down_proj"},
    },
    # GPT-2's attention output and MLP output are both called c_proj: "attention" must take only the first.
    "gpt2": {
        "qv": {"attn.c_attn"},
        "attention": {"attn.c_attn", "attn.c_proj"},
        "all-linear": {"attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj"},
    },
}


def tiny_model(family: str):
    from transformers import AutoConfig, AutoModelForCausalLM

    return AutoModelForCausalLM.from_config(AutoConfig.for_model(family, **FAMILIES[family]))


def adapted_layers(model, preset: str) -> set[str]:
    """Which layers peft really wraps when given what the engine resolved."""
    from peft import LoraConfig, get_peft_model

    targets = engine_targets(model, RunConfig(lora_targets=preset))
    peft_model = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=targets, task_type="CAUSAL_LM"))
    wrapped = set()
    for name, module in peft_model.named_modules():
        if hasattr(module, "lora_A") and "default" in getattr(module, "lora_A", {}):
            parent, _, leaf = name.rpartition(".")
            wrapped.add(f"{parent.rsplit('.', 1)[-1]}.{leaf}" if family_of(peft_model) == "gpt2" else leaf)
    return wrapped


def family_of(model) -> str:
    return model.base_model.model.config.model_type


@pytest.mark.slow
@pytest.mark.parametrize("family", list(FAMILIES))
@pytest.mark.parametrize("preset", ["qv", "attention", "all-linear"])
def test_each_preset_adapts_the_layers_it_names_in_every_family(family, preset):
    expected = EXPECTED.get(family, EXPECTED["separate"])[preset]
    assert adapted_layers(tiny_model(family), preset) == expected


@pytest.mark.slow
@pytest.mark.parametrize("family", ["llama", "qwen2", "qwen3", "mistral", "gemma", "phi3"])
@pytest.mark.parametrize("preset", ["qv", "attention", "all-linear"])
def test_the_estimator_counts_the_layers_the_engine_adapts(family, preset):
    model = tiny_model(family)
    counted = {
        name for name, *_ in _targets(model_shape(model.config.to_dict()), EstimateSettings(lora_targets=preset), [])
    }
    assert counted == adapted_layers(model, preset)


def test_custom_targets_must_exist_and_the_message_lists_what_does():
    model = tiny_model("phi3")
    with pytest.raises(RunFailed) as failed:
        engine_targets(model, RunConfig(lora_targets="custom", custom_targets=["q_proj"]))
    assert "qkv_proj" in failed.value.message and "q_proj" in failed.value.message
    assert engine_targets(model, RunConfig(lora_targets="custom", custom_targets=["q_proj", "down_proj"])) == [
        "down_proj"
    ]


def test_the_output_head_is_never_a_target():
    with pytest.raises(TargetError):
        resolve_targets("qv", ["lm_head"])
    with pytest.raises(TargetError):
        resolve_targets("custom", ["model.layers.0.q_proj", "lm_head"], ["lm_head"])
