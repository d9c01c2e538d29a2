"""Peak-VRAM model of a LoRA training run, from a model's config.json and the settings.

Every component is reported separately so the app can draw a breakdown bar.
The model follows what Lorasmith's engine does (transformers + peft + bitsandbytes):
peft's preparation for 4/8-bit training upcasts every unquantised parameter
(embeddings, norms, lm_head) to fp32, which also makes the residual stream and the
4-bit layers' outputs fp32. Per-layer activation coefficients were measured by
counting the bytes autograd saves in the real stack (tiny models, CPU); the
logits and fragmentation terms are fitted to published GPU measurements kept in
tests/data/vram_calibration.json.
"""

from __future__ import annotations

from core.lora_targets import TargetError
from core.lora_targets import resolve_targets as resolve_lora_targets

# Re-exported: callers import the estimate's settings, its result, the units and a model's shape from here.
from core.planning.estimate_types import (  # noqa: F401
    ALLOCATED,
    COMPONENTS,
    GIB,
    MIB,
    Estimate,
    EstimateSettings,
    settings_fields,
)
from core.planning.model_shape import (  # noqa: F401
    ModelShape,
    load_model_config,
    max_positions,
    model_parameter_count,
    model_shape,
)

OPTIMIZER_BYTES = {"adamw_torch": 8.0, "paged_adamw_32bit": 8.0, "adamw_8bit": 2.0, "paged_adamw_8bit": 2.0, "sgd": 0.0}
DTYPE_BYTES = {"bf16": 2, "fp16": 2, "fp32": 4}

# Bytes each token keeps per decoder layer (compute dtype 16-bit), measured with
# saved-tensor hooks on the real stack: base terms, then per LoRA target per
# input feature and per rank.
ACT_PER_HIDDEN, ACT_PER_QDIM, ACT_PER_KVDIM, ACT_PER_INTER, ACT_CONST = 8.05, 4.1, 4.2, 6.0, 170.0
ACT_UPCAST_PER_INTER = 6.0  # 4-bit layers return fp32 when fed fp32, so the MLP runs in fp32
ACT_PER_TARGET_INPUT = 6.15  # LoRA dropout mask and the half-precision copy of its input
ACT_PER_RANK = {"attention": 8.5, "mlp": 20.0}
ACT_EAGER_PER_HEAD_POSITION = 10.0  # eager attention keeps the score matrix (fp32 softmax and its copies)
ACT_QK_NORM = 3.7  # fp32 copies made by per-head query/key norms (Qwen3, Gemma 3, OLMo 2)
# The lean loss (core/training/lean_loss.py) keeps per trained token its gathered hidden state and
# an fp32 gradient for it, plus one chunk's logits at a time: the 16-bit product, its fp32 copy
# and logsumexp's fp32 temporary (10 bytes per logit over 4 in the chunk budget). Counted, not
# yet measured on a GPU.
LEAN_CHUNK_FACTOR = 2.5
LEAN_CHUNK_BYTES = 128 * MIB  # lean_loss.CHUNK_BYTES (a test keeps them equal; planning does not import training)
# Fitted on the calibration points (see the module docstring), like the logits' bytes per word of the
# vocabulary, which is a setting's default (estimate_types.LOGITS_BYTES_PER_VOCAB).
FRAGMENTATION_OF_ACTIVATIONS = 0.20
FRAGMENTATION_FIXED = 1024 * MIB


# --- the estimate ------------------------------------------------------------------------


def _targets(shape: ModelShape, s: EstimateSettings, notes: list[str]) -> list[tuple[str, int, int, str, int]]:
    """LoRA-wrapped weights of one layer: (name, in, out, kind, copies); each holds copies x rank x (in + out)."""
    inter = shape.shared_intermediate if shape.experts else shape.intermediate
    mlp = shape.mlp_linears(inter) if shape.dense_mlp_params() else []
    # The same resolution the engine runs on the real model, over the layer names this shape has.
    names = [f"self_attn.{n}" for n, _, _ in shape.attention_linears()] + [f"mlp.{n}" for n, _, _ in mlp]
    try:
        chosen = resolve_lora_targets(s.lora_targets, names, s.custom_targets)
    except TargetError as exc:
        if s.lora_targets == "custom":
            notes.append(
                f"LoRA targets not found in this architecture and left out of the estimate: "
                f"{', '.join(s.custom_targets)}"
            )
            return []
        raise ValueError(str(exc)) from None
    if s.lora_targets == "custom":
        unknown = sorted(t for t in s.custom_targets if t not in chosen)
        if unknown:
            notes.append(
                f"LoRA targets not found in this architecture and left out of the estimate: {', '.join(unknown)}"
            )
    wanted = None if chosen == "all-linear" else {t.rsplit(".", 1)[-1] for t in chosen}
    found = [(n, i, o, "attention", 1) for n, i, o in shape.attention_linears() if wanted is None or n in wanted]
    found += [(n, i, o, "mlp", 1) for n, i, o in mlp if wanted is None or n in wanted]
    if shape.experts and s.lora_targets == "all-linear":
        h, e, ie = shape.hidden, shape.experts, shape.expert_intermediate
        found.append(("router", h, e, "mlp", 1))
        if s.moe_experts_quantized:  # older transformers: one linear layer per expert
            found += [(n, i, o, "expert", e) for n, i, o in shape.mlp_linears(ie)]
        else:  # fused experts: peft wraps each 3D weight, rank x experts
            found += [("experts.gate_up_proj", h, 2 * ie, "expert", 2 * e), ("experts.down_proj", ie, h, "expert", e)]
    return found


def _layer_activation_bytes(shape: ModelShape, s: EstimateSettings, targets, upcast: bool) -> float:
    """Bytes one token keeps for the backward pass of one decoder layer."""
    k = shape.experts_per_token if shape.experts else 1
    inter_tokens = (k * shape.expert_intermediate + shape.shared_intermediate) if shape.experts else shape.intermediate
    act = (
        ACT_PER_HIDDEN * shape.hidden
        + ACT_PER_QDIM * shape.q_dim
        + ACT_PER_KVDIM * shape.kv_dim
        + (ACT_PER_INTER + (ACT_UPCAST_PER_INTER if upcast else 0.0)) * inter_tokens
        + ACT_CONST
    )
    if shape.qk_norm:
        act += ACT_QK_NORM * (shape.q_dim + shape.kv_dim)
    if shape.experts:
        act += k * ACT_PER_TARGET_INPUT * shape.hidden + 4 * shape.experts  # routed copies, router logits
    for _name, fan_in, fan_out, kind, _copies in targets:
        times = k if kind == "expert" else 1  # each token passes through k experts
        act += times * (
            ACT_PER_TARGET_INPUT * fan_in
            + ACT_PER_RANK["attention" if kind == "attention" else "mlp"] * s.lora_rank
            + (2 * fan_out if s.use_dora else 0)
        )
    if s.attention == "eager" or shape.eager_only:  # the full attention matrix, per head
        act += ACT_EAGER_PER_HEAD_POSITION * shape.heads * s.seq_len
    return act * DTYPE_BYTES[s.compute_dtype] / 2


def estimate_peak(config, settings) -> Estimate:
    """Predict the peak VRAM of training `config` (a config.json dict, path or model folder)."""
    from core.config import RunConfig  # local: keeps this module importable on its own

    s = EstimateSettings.from_run_config(settings) if isinstance(settings, RunConfig) else settings
    shape = model_shape(load_model_config(config))
    notes: list[str] = []
    _check_settings(s)
    # peft's k-bit preparation keeps fp32 copies of what is not quantised (see the module docstring).
    upcast = s.quantization != "16bit" and s.upcast_frozen
    quantized_bytes, full_bytes = _base_weight_bytes(shape, s, upcast, notes)
    targets = _targets(shape, s, notes)
    if not targets:
        names = sorted({n for n, *_ in shape.attention_linears() + shape.mlp_linears(1)})
        raise ValueError(
            f"none of the chosen LoRA target layers exist in this model; choose qv, attention, "
            f"all-linear or some of: {', '.join(names)}"
        )
    # peft keeps adapters in fp32.
    per_layer_lora = sum(copies * s.lora_rank * (i + o) + (o if s.use_dora else 0) for _, i, o, _, copies in targets)
    lora_params = shape.layers * per_layer_lora
    optimizer_bytes = _optimizer_bytes(shape, s, targets, lora_params)
    activation_bytes, logits_bytes = _activation_and_logits_bytes(shape, s, targets, upcast)
    components = {
        "cuda_context": int(s.cuda_context_bytes),
        "quantized_weights": quantized_bytes,
        "full_precision_weights": full_bytes,
        "lora_weights": lora_params * 4,
        "lora_gradients": lora_params * 4,
        "optimizer_states": optimizer_bytes,
        "activations": activation_bytes,
        "logits": logits_bytes,
        "workspace": _workspace_bytes(shape, s, upcast, lora_params),
    }
    components["fragmentation"] = int(
        FRAGMENTATION_OF_ACTIVATIONS * (activation_bytes + logits_bytes)
        + (FRAGMENTATION_FIXED if s.cuda_context_bytes else 0)
    )
    notes += _memory_notes(shape, s, upcast, activation_bytes, logits_bytes)
    return Estimate(total_bytes=sum(components.values()), components=components, notes=notes)


def _check_settings(s: EstimateSettings) -> None:
    if s.quantization not in ("4bit", "8bit", "16bit"):
        raise ValueError(f"quantization is {s.quantization!r}; choose 4bit, 8bit or 16bit")
    if s.compute_dtype not in DTYPE_BYTES:
        raise ValueError(f"compute dtype is {s.compute_dtype!r}; choose bf16, fp16 or fp32")
    if s.micro_batch_size < 1 or s.seq_len < 1 or s.lora_rank < 1:
        raise ValueError("micro batch, cutoff length and LoRA rank must all be at least 1")


def _base_weight_bytes(shape: ModelShape, s: EstimateSettings, upcast: bool, notes: list[str]) -> tuple[int, int]:
    """The base model as (quantised bytes, full-precision bytes). Linear layers inside the decoder
    are quantised; embeddings, norms and lm_head are not."""
    quantized = s.quantization != "16bit"
    h, L = shape.hidden, shape.layers
    attn = sum(i * o for _, i, o in shape.attention_linears())
    linear = L * (attn + shape.dense_mlp_params())
    experts = L * shape.expert_params()
    router = L * h * shape.experts
    small = L * 4 * h + h + (L * (shape.q_dim + 2 * shape.kv_dim) if shape.model_type == "qwen2" else 0)
    if experts and quantized and s.moe_experts_quantized:
        linear, experts = linear + experts, 0
    elif experts and quantized:
        notes.append(
            "This mixture-of-experts model keeps its experts unquantised in this version of transformers, "
            "so 4-bit training needs far more memory than its size suggests."
        )
    if s.quantization == "4bit":
        per_weight = 0.5 + (1 / 64 + 4 / (64 * 256) if s.double_quant else 4 / 64)
    else:
        per_weight = 1.0 + 4 / h
    quantized_bytes = int(linear * per_weight) if quantized else 0
    full_params = shape.embedding_params() + small + router + experts + (0 if quantized else linear)
    frozen_bytes = 4 if upcast else DTYPE_BYTES[s.compute_dtype]
    return quantized_bytes, int(full_params * frozen_bytes)


def _optimizer_bytes(shape: ModelShape, s: EstimateSettings, targets, lora_params: int) -> int:
    if s.optimizer == "adafactor":
        return 4 * shape.layers * sum(copies * (s.lora_rank + i + o) for _, i, o, _, copies in targets)
    if s.optimizer in OPTIMIZER_BYTES:
        return int(lora_params * OPTIMIZER_BYTES[s.optimizer])
    raise ValueError(f"optimizer {s.optimizer!r} is not known; choose paged_adamw_8bit, adamw_torch or adafactor")


def _activation_and_logits_bytes(shape: ModelShape, s: EstimateSettings, targets, upcast: bool) -> tuple[int, int]:
    """Activations: with checkpointing each layer keeps only its input (residual dtype) and one
    layer is recomputed at a time; without it every layer keeps everything."""
    c = DTYPE_BYTES[s.compute_dtype]
    h, L = shape.hidden, shape.layers
    layer = _layer_activation_bytes(shape, s, targets, upcast)
    resid = 4 if upcast else c
    mlp_bytes = 4 if upcast else c
    # Gradients in flight while one layer's backward runs; MoE experts run one after another.
    backward_transient = 2 * h * resid + 3 * _backward_intermediate(shape) * mlp_bytes
    if s.attention == "eager" or shape.eager_only:
        backward_transient += shape.heads * s.seq_len * (4 + c)
    if s.gradient_checkpointing:
        kept, recompute = L * h * resid, layer + backward_transient
    else:
        kept, recompute = L * layer, backward_transient
    mask = s.seq_len * 3 if s.attention != "flash" and s.micro_batch_size > 1 else 0
    logits = _logits_bytes_per_token(shape, s)
    return int(s.tokens * (kept + mask + max(0.0, recompute - logits))), int(s.tokens * logits)


def _backward_intermediate(shape: ModelShape) -> int:
    return shape.expert_intermediate if shape.experts else shape.intermediate


def _logits_bytes_per_token(shape: ModelShape, s: EstimateSettings) -> float:
    c = DTYPE_BYTES[s.compute_dtype]
    if s.lean_loss:
        return (4 + c) * shape.hidden + LEAN_CHUNK_FACTOR * LEAN_CHUNK_BYTES / s.tokens
    logits = shape.vocab * s.logits_bytes_per_vocab
    if shape.logit_softcapping:
        logits += 2 * c * shape.vocab
    return logits


def _workspace_bytes(shape: ModelShape, s: EstimateSettings, upcast: bool, lora_params: int) -> int:
    c = DTYPE_BYTES[s.compute_dtype]
    workspace = 0
    if s.quantization != "16bit":  # a dequantised copy of the largest layer, twice
        linears = shape.attention_linears() + shape.mlp_linears(_backward_intermediate(shape))
        workspace += 2 * max(i * o for _, i, o in linears) * c
    if upcast and c == 2:  # autocast's half-precision copy of the fp32 lm_head
        workspace += shape.vocab * shape.hidden * c
    workspace += lora_params * (c if c == 2 else 0) + (
        lora_params * 4 if OPTIMIZER_BYTES.get(s.optimizer) == 8.0 else 0
    )
    return int(workspace)


def _memory_notes(shape: ModelShape, s: EstimateSettings, upcast: bool, activation_bytes: int, logits_bytes: int):
    """What the user reads under the breakdown: the parts that are larger than one would guess."""
    notes = []
    if upcast and shape.embedding_params() * 4 > 2 * GIB:
        notes.append(
            f"The embeddings and output layer ({shape.vocab:,} words) are kept in fp32 for stable training: "
            f"{shape.embedding_params() * 4 / GIB:.1f} GiB."
        )
    if logits_bytes > activation_bytes:
        notes.append(
            "The logits over the vocabulary are the largest part of the activations; "
            "a shorter cutoff or a smaller micro batch shrinks them."
        )
    eager = s.attention == "eager" or shape.eager_only
    if shape.eager_only and s.attention != "eager":
        notes.append(
            "This model's attention softcapping needs eager attention, which stores a full attention "
            "matrix per head: long cutoffs cost much more memory than on other models."
        )
    elif eager and s.seq_len > 2048:
        notes.append("Eager attention stores a full attention matrix per head; sdpa needs far less for long texts.")
    return notes


def lora_parameter_count(config, settings: EstimateSettings) -> int:
    """Trainable LoRA parameters, as peft would report them."""
    shape = model_shape(load_model_config(config))
    targets = _targets(shape, settings, [])
    return shape.layers * sum(copies * settings.lora_rank * (i + o) for _, i, o, _, copies in targets)


UNITS = {"bytes": 1, "MiB": MIB, "GiB": GIB, "MB": 10**6, "GB": 10**9}


def calibration_comparison(point: dict, configs: dict) -> dict:
    """Predicted against published for one point of tests/data/vram_calibration.json."""
    settings = EstimateSettings(
        **{**point["settings"], "custom_targets": tuple(point["settings"].get("custom_targets", ()))}
    )
    estimate = estimate_peak(configs[point["model"]]["config"], settings)
    adjust = sum(a["bytes"] for a in point.get("adjustments", []))
    predicted = estimate.measure(point["measures"]) + adjust
    published = point["published"]["value"] * UNITS[point["published"]["unit"]]
    return {
        "id": point["id"],
        "predicted_bytes": int(predicted),
        "published_bytes": int(published),
        "error": predicted / published - 1,
        "tolerance": point["tolerance"],
        "estimate": estimate,
    }
