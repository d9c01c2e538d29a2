"""The VRAM estimator: published measurements, real model shapes, and the direction of every setting."""

from __future__ import annotations

import json

import pytest

from core.config import RunConfig
from core.planning.estimate import (
    ALLOCATED,
    COMPONENTS,
    GIB,
    EstimateSettings,
    calibration_comparison,
    estimate_peak,
    lora_parameter_count,
    model_parameter_count,
)
from tests.locations import TEST_DATA

CALIBRATION = json.loads((TEST_DATA / "vram_calibration.json").read_text(encoding="utf-8"))
CONFIGS = CALIBRATION["configs"]
POINTS = CALIBRATION["points"]
MISTRAL = CONFIGS["mistral-7b"]["config"]
# Llama 3 8B's shape: a 128,256-word vocabulary.
LLAMA3 = {
    **CONFIGS["llama-2-7b"]["config"],
    "intermediate_size": 14336,
    "num_key_value_heads": 8,
    "vocab_size": 128256,
    "max_position_embeddings": 8192,
}


@pytest.mark.parametrize("point", [p for p in POINTS if p["asserted"]], ids=lambda p: p["id"])
def test_estimate_matches_published_measurement(point):
    result = calibration_comparison(point, CONFIGS)
    print(
        f"{point['id']}: predicted {result['predicted_bytes'] / GIB:.2f} GiB, published "
        f"{result['published_bytes'] / GIB:.2f} GiB, error {result['error']:+.1%}"
    )
    assert abs(result["error"]) <= point["tolerance"], (
        f"{point['id']}: {result['error']:+.1%} is outside ±{point['tolerance']:.0%} ({point['tolerance_why']})"
    )


def test_every_calibration_point_carries_its_source_and_reasoning():
    for point in POINTS:
        assert point["source"]["url"].startswith("https://") and point["source"]["name"]
        assert point["source"]["row"] and point["source"]["setup"], point["id"]
        assert point["tolerance_why"] and 0 < point["tolerance"] <= 0.15, point["id"]
        assert point["model"] in CONFIGS and CONFIGS[point["model"]]["source"].startswith("https://huggingface.co/")
        for adjustment in point["adjustments"]:
            assert adjustment["why"], point["id"]


def _tiny_quantized_model(tmp_path, model_type: str, extra: dict, checkpointing: bool = True):
    """A real 4-bit model of this architecture, prepared as the engine prepares it."""
    torch = pytest.importorskip("torch")
    from peft import prepare_model_for_kbit_training
    from transformers import AutoConfig, AutoModelForCausalLM, BitsAndBytesConfig

    shape = {
        "hidden_size": 256,
        "intermediate_size": 512,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "vocab_size": 1000,
        "pad_token_id": 0,
        **extra,
    }
    cfg = AutoConfig.for_model(model_type, **shape)
    AutoModelForCausalLM.from_config(cfg).to(torch.bfloat16).save_pretrained(tmp_path)
    model = AutoModelForCausalLM.from_pretrained(
        tmp_path,
        dtype=torch.bfloat16,
        device_map={"": "cpu"},
        quantization_config=BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.bfloat16,
        ),
    )
    return prepare_model_for_kbit_training(
        model, use_gradient_checkpointing=checkpointing, gradient_checkpointing_kwargs={"use_reentrant": False}
    )


@pytest.mark.parametrize(
    "model_type, extra",
    [
        ("llama", {}),
        ("qwen2", {}),
        ("gemma2", {"head_dim": 64}),
        ("gemma3_text", {"head_dim": 64}),
        ("phi3", {}),
        ("mixtral", {"num_local_experts": 4}),
    ],
)
def test_weights_and_adapter_sizes_match_a_real_model(tmp_path, model_type, extra):
    from peft import LoraConfig, get_peft_model

    model = _tiny_quantized_model(tmp_path, model_type, extra)
    config = json.loads((tmp_path / "config.json").read_text(encoding="utf-8"))
    quantized = full = 0
    for param in model.parameters():
        if type(param).__name__ == "Params4bit":
            state = param.quant_state
            quantized += param.numel() + state.absmax.nbytes + (state.state2.absmax.nbytes if state.nested else 0)
        else:
            full += param.numel() * param.element_size()
    est = estimate_peak(config, EstimateSettings(micro_batch_size=1, seq_len=64))
    assert est.components["quantized_weights"] == quantized
    assert est.components["full_precision_weights"] == pytest.approx(full, rel=0.01)
    peft_model = get_peft_model(model, LoraConfig(r=8, target_modules="all-linear", task_type="CAUSAL_LM"))
    trainable = sum(p.numel() for p in peft_model.parameters() if p.requires_grad)
    assert lora_parameter_count(config, EstimateSettings(lora_rank=8, lora_targets="all-linear")) == trainable


def test_mixture_of_experts_keeps_experts_unquantised_in_our_stack():
    mixtral = CONFIGS["mixtral-8x7b"]["config"]
    ours = estimate_peak(mixtral, EstimateSettings(lora_targets="attention"))
    older = estimate_peak(mixtral, EstimateSettings(lora_targets="attention", moe_experts_quantized=True))
    assert ours.components["full_precision_weights"] > 150 * GIB > older.components["full_precision_weights"]
    assert any("experts unquantised" in note for note in ours.notes)


@pytest.mark.parametrize(
    "change",
    [
        {"micro_batch_size": 8},
        {"seq_len": 2048},
        {"gradient_checkpointing": False},
        {"lora_rank": 128},
        {"optimizer": "adamw_torch"},
        {"quantization": "8bit"},
        {"quantization": "16bit"},
        {"attention": "eager"},
        {"double_quant": False},
        {"use_dora": True},
    ],
)
def test_each_costlier_setting_needs_more_memory(change):
    base = EstimateSettings(micro_batch_size=2, seq_len=1024, lora_rank=16, lora_targets="attention")
    assert estimate_peak(MISTRAL, base.replace(**change)).total_bytes > estimate_peak(MISTRAL, base).total_bytes


def test_fewer_adapter_targets_need_less_memory():
    sizes = [
        estimate_peak(MISTRAL, EstimateSettings(lora_targets=t)).total_bytes for t in ("qv", "attention", "all-linear")
    ]
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


def test_large_vocabulary_makes_logits_the_biggest_activation():
    settings = EstimateSettings(micro_batch_size=2, seq_len=2048)
    llama3, mistral = estimate_peak(LLAMA3, settings), estimate_peak(MISTRAL, settings)
    assert llama3.components["logits"] == pytest.approx(mistral.components["logits"] * 128256 / 32000)
    assert llama3.components["logits"] > llama3.components["activations"] - 2048 * 2 * 32 * 4096 * 4
    # fp32 embeddings and lm_head of a 128k vocabulary: 2 x 128256 x 4096 x 4 bytes.
    assert llama3.components["full_precision_weights"] >= 2 * 128256 * 4096 * 4
    assert any("fp32" in note for note in llama3.notes)


def test_breakdown_adds_up_and_names_every_component():
    est = estimate_peak(MISTRAL, EstimateSettings())
    assert list(est.components) == list(COMPONENTS)
    assert est.total_bytes == sum(est.components.values())
    assert est.allocated_bytes == sum(est.components[k] for k in ALLOCATED)
    data = est.to_json()
    assert data["predicted_peak_gib"] == pytest.approx(est.total_gib, abs=0.01)
    assert set(data["breakdown_gib"]) == set(COMPONENTS)


def test_model_can_be_a_folder_a_config_file_or_a_dict(tmp_path):
    (tmp_path / "config.json").write_text(json.dumps(MISTRAL), encoding="utf-8")
    settings = EstimateSettings()
    sizes = {estimate_peak(src, settings).total_bytes for src in (tmp_path, tmp_path / "config.json", MISTRAL)}
    assert len(sizes) == 1
    assert model_parameter_count(tmp_path) == pytest.approx(7.24e9, rel=0.01)


@pytest.mark.parametrize(
    "content, words",
    [
        ("{not json", "not valid JSON"),
        (
            json.dumps({"model_type": "llama", "hidden_size": 64}),
            "no num_hidden_layers, num_attention_heads, vocab_size",
        ),
        ("[1, 2]", "expected a JSON object"),
    ],
)
def test_bad_config_files_get_plain_messages(tmp_path, content, words):
    (tmp_path / "config.json").write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=words):
        estimate_peak(tmp_path, EstimateSettings())


def test_folder_without_config_and_missing_path_get_plain_messages(tmp_path):
    with pytest.raises(ValueError, match="no config.json in this folder"):
        estimate_peak(tmp_path, EstimateSettings())
    with pytest.raises(ValueError, match="no such file or folder"):
        estimate_peak(tmp_path / "missing" / "config.json", EstimateSettings())


def test_multimodal_wrapper_reads_the_text_config():
    gemma3 = {
        "model_type": "gemma3",
        "architectures": ["Gemma3ForConditionalGeneration"],
        "text_config": {
            "model_type": "gemma3_text",
            "hidden_size": 2560,
            "intermediate_size": 10240,
            "num_hidden_layers": 34,
            "num_attention_heads": 8,
            "num_key_value_heads": 4,
            "head_dim": 256,
            "vocab_size": 262208,
        },
        "vision_config": {"hidden_size": 1152},
    }
    assert model_parameter_count(gemma3) == pytest.approx(3.88e9, rel=0.02)  # Gemma 3 4B, text part
    assert estimate_peak(gemma3, EstimateSettings()).total_bytes > 0


def test_run_config_is_estimated_as_the_engine_runs_it():
    config = RunConfig(
        model="m",
        dataset="d",
        micro_batch_size=2,
        cutoff_len=1024,
        lora_rank=32,
        lora_targets="custom",
        custom_targets=["q_proj", "v_proj"],
        gradient_checkpointing=False,
    )
    settings = EstimateSettings.from_run_config(config)
    assert (settings.micro_batch_size, settings.seq_len, settings.lora_rank) == (2, 1024, 32)
    assert settings.optimizer == "paged_adamw_8bit" and settings.compute_dtype == "bf16"
    assert EstimateSettings.from_run_config(config, bf16=False).compute_dtype == "fp16"
    cpu = EstimateSettings.from_run_config(config, device="cpu")
    assert (cpu.optimizer, cpu.compute_dtype, cpu.cuda_context_bytes) == ("adamw_torch", "fp32", 0)
    assert estimate_peak(MISTRAL, config).total_bytes == estimate_peak(MISTRAL, settings).total_bytes


def test_unknown_targets_are_named_in_the_message():
    with pytest.raises(ValueError, match="q_proj"):
        estimate_peak(MISTRAL, EstimateSettings(lora_targets="custom", custom_targets=("c_attn",)))


def _saved_bytes_per_token(model, tokens: int = 128) -> float:
    """Bytes autograd keeps for the backward pass, per token, counting each storage once."""
    import torch

    seen = {}

    def pack(t):
        seen[t.untyped_storage().data_ptr()] = t.untyped_storage().nbytes()
        return t

    ids = torch.randint(0, 100, (1, tokens))
    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t), torch.autocast("cpu", dtype=torch.bfloat16):
        model(input_ids=ids, labels=ids)
    params = {p.untyped_storage().data_ptr() for p in model.parameters()}
    return sum(v for k, v in seen.items() if k not in params) / tokens


@pytest.mark.parametrize("model_type, extra", [("llama", {}), ("gemma2", {"head_dim": 64})])
def test_activation_bytes_per_layer_match_what_autograd_keeps(tmp_path, model_type, extra):
    from peft import LoraConfig, get_peft_model

    from core.planning.estimate import _layer_activation_bytes, _targets, model_shape

    per_layer = {}
    for checkpointing in (False, True):
        measured = []
        for layers in (1, 2):
            folder = tmp_path / f"{checkpointing}-{layers}"
            model = _tiny_quantized_model(folder, model_type, {**extra, "num_hidden_layers": layers}, checkpointing)
            model = get_peft_model(
                model,
                LoraConfig(
                    r=16,
                    lora_dropout=0.05,
                    task_type="CAUSAL_LM",
                    target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
                ),
            )
            model.train()
            measured.append(_saved_bytes_per_token(model))
        per_layer[checkpointing] = measured[1] - measured[0]
    shape = model_shape(json.loads((tmp_path / "False-2" / "config.json").read_text(encoding="utf-8")))
    settings = EstimateSettings(lora_targets="attention", seq_len=128, micro_batch_size=1)
    predicted = _layer_activation_bytes(shape, settings, _targets(shape, settings, []), upcast=True)
    assert predicted == pytest.approx(per_layer[False], rel=0.05)
    assert per_layer[True] == shape.hidden * 4  # with checkpointing a layer keeps only its fp32 input
