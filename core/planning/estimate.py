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

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from core.lora_targets import TargetError
from core.lora_targets import resolve_targets as resolve_lora_targets

GIB = 1024**3
MIB = 1024**2

COMPONENTS = {
    "cuda_context": "CUDA context (driver and libraries)",
    "quantized_weights": "Base model layers, 4/8-bit, with their scaling constants",
    "full_precision_weights": "Parts of the base model not quantised (embeddings, norms, output layer)",
    "lora_weights": "LoRA adapter weights",
    "lora_gradients": "LoRA gradients",
    "optimizer_states": "Optimizer states",
    "activations": "Activations kept for the backward pass",
    "logits": "The loss: logits over the vocabulary and their fp32 copy, or with the lean loss one chunk of them",
    "workspace": "Temporary buffers (dequantised weights, half-precision copies)",
    "fragmentation": "Allocator overhead (memory reserved but not in use)",
}
ALLOCATED = (
    "quantized_weights",
    "full_precision_weights",
    "lora_weights",
    "lora_gradients",
    "optimizer_states",
    "activations",
    "logits",
    "workspace",
)

OPTIMIZER_BYTES = {"adamw_torch": 8.0, "paged_adamw_32bit": 8.0, "adamw_8bit": 2.0, "paged_adamw_8bit": 2.0, "sgd": 0.0}
DTYPE_BYTES = {"bf16": 2, "fp16": 2, "fp32": 4}
TIED_BY_DEFAULT = ("gemma", "gemma2", "gemma3", "gemma3_text")

# Bytes each token keeps per decoder layer (compute dtype 16-bit), measured with
# saved-tensor hooks on the real stack: base terms, then per LoRA target per
# input feature and per rank.
ACT_PER_HIDDEN, ACT_PER_QDIM, ACT_PER_KVDIM, ACT_PER_INTER, ACT_CONST = 8.05, 4.1, 4.2, 6.0, 170.0
ACT_UPCAST_PER_INTER = 6.0  # 4-bit layers return fp32 when fed fp32, so the MLP runs in fp32
ACT_PER_TARGET_INPUT = 6.15  # LoRA dropout mask and the half-precision copy of its input
ACT_PER_RANK = {"attention": 8.5, "mlp": 20.0}
ACT_EAGER_PER_HEAD_POSITION = 10.0  # eager attention keeps the score matrix (fp32 softmax and its copies)
ACT_QK_NORM = 3.7  # fp32 copies made by per-head query/key norms (Qwen3, Gemma 3, OLMo 2)
QK_NORM_TYPES = ("qwen3", "qwen3_moe", "gemma3", "gemma3_text", "olmo2", "olmoe")
# Fitted on the calibration points (see the module docstring).
LOGITS_BYTES_PER_VOCAB = 12.0  # bf16 logits + fp32 copy + log-softmax + its gradients, at the peak
# The lean loss (core/training/lean_loss.py) keeps per trained token its gathered hidden state and
# an fp32 gradient for it, plus one chunk's logits at a time: the 16-bit product, its fp32 copy
# and logsumexp's fp32 temporary (10 bytes per logit over 4 in the chunk budget). Counted, not
# yet measured on a GPU.
LEAN_CHUNK_FACTOR = 2.5
LEAN_CHUNK_BYTES = 128 * MIB  # lean_loss.CHUNK_BYTES (a test keeps them equal; planning does not import training)
FRAGMENTATION_OF_ACTIVATIONS = 0.20
FRAGMENTATION_FIXED = 1024 * MIB
CUDA_CONTEXT = 500 * MIB


@dataclass
class EstimateSettings:
    """Settings that change VRAM, named like RunConfig's fields."""

    quantization: str = "4bit"  # 4bit | 8bit | 16bit
    double_quant: bool = True
    lora_rank: int = 16
    lora_targets: str = "all-linear"  # qv | attention | all-linear | custom
    custom_targets: tuple = ()
    micro_batch_size: int = 4
    seq_len: int = 512  # cutoff length: the longest sequence of a micro batch
    gradient_checkpointing: bool = True
    optimizer: str = "paged_adamw_8bit"
    attention: str = "sdpa"  # sdpa | eager | flash
    compute_dtype: str = "bf16"  # bf16 | fp16 | fp32 (CPU)
    use_dora: bool = False
    # How the training code behaves; the defaults describe Lorasmith's engine.
    # peft's prepare_model_for_kbit_training. The engine now skips it for bf16 on a GPU
    # (engine.upcasts_frozen); plans still count the copies, which errs on the safe side.
    upcast_frozen: bool = True
    moe_experts_quantized: bool = False  # transformers 5 fuses MoE experts, which bitsandbytes leaves unquantised
    logits_bytes_per_vocab: float = LOGITS_BYTES_PER_VOCAB
    # The engine's lean loss. Off by default: the published calibration points all measured
    # transformers' own loss; from_run_config takes the run's setting.
    lean_loss: bool = False
    cuda_context_bytes: int = CUDA_CONTEXT

    @classmethod
    def from_run_config(cls, config, *, device: str = "cuda", bf16: bool = True) -> "EstimateSettings":
        """Settings of a RunConfig as the engine will run them on `device`."""
        if device == "cpu":
            dtype, optimizer = "fp32", "adamw_torch"
        else:
            dtype = config.compute_dtype if config.compute_dtype != "auto" else ("bf16" if bf16 else "fp16")
            optimizer = "paged_adamw_8bit"
        if config.optimizer != "auto":
            optimizer = config.optimizer
        return cls(
            quantization=config.quantization,
            double_quant=config.double_quant,
            lora_rank=config.lora_rank,
            lora_targets=config.lora_targets,
            custom_targets=tuple(config.custom_targets),
            micro_batch_size=config.micro_batch_size,
            seq_len=config.cutoff_len,
            gradient_checkpointing=config.gradient_checkpointing,
            optimizer=optimizer,
            compute_dtype=dtype,
            use_dora=config.use_dora,
            lean_loss=config.lean_loss,
            cuda_context_bytes=CUDA_CONTEXT if device != "cpu" else 0,
        )

    def replace(self, **changes) -> "EstimateSettings":
        return EstimateSettings(**{**asdict(self), **changes})

    @property
    def tokens(self) -> int:
        return self.micro_batch_size * self.seq_len


@dataclass
class Estimate:
    total_bytes: int
    components: dict[str, int]
    notes: list[str] = field(default_factory=list)

    @property
    def total_gib(self) -> float:
        return self.total_bytes / GIB

    @property
    def allocated_bytes(self) -> int:
        """Peak memory PyTorch itself allocates (what torch.cuda.max_memory_allocated reports)."""
        return sum(self.components[k] for k in ALLOCATED)

    def measure(self, kind: str) -> int:
        """The quantity a given measuring tool would report, for calibration."""
        if kind == "torch_peak_allocated":
            return self.allocated_bytes
        if kind == "process_gpu_memory":  # nvidia-smi: everything the process holds
            return self.total_bytes
        if kind == "weights_and_context":
            return sum(self.components[k] for k in ("quantized_weights", "full_precision_weights", "cuda_context"))
        raise ValueError(f"unknown measurement kind {kind!r}")

    def fits(self, budget_bytes: int) -> bool:
        return self.total_bytes <= budget_bytes

    def to_json(self) -> dict:
        return {
            "predicted_peak_gib": round(self.total_gib, 2),
            "total_bytes": self.total_bytes,
            "breakdown_gib": {k: round(v / GIB, 3) for k, v in self.components.items()},
            "notes": list(self.notes),
        }


# --- the model's shape ---------------------------------------------------------------


@dataclass(frozen=True)
class ModelShape:
    model_type: str
    hidden: int
    layers: int
    heads: int
    kv_heads: int
    head_dim: int
    intermediate: int
    vocab: int
    tied: bool
    experts: int = 0
    experts_per_token: int = 0
    expert_intermediate: int = 0
    shared_intermediate: int = 0
    fused_projections: bool = False  # phi3: qkv_proj and gate_up_proj
    logit_softcapping: bool = False
    qk_norm: bool = False
    eager_only: bool = False  # attention softcapping (Gemma 2): transformers picks eager attention

    @property
    def q_dim(self) -> int:
        return self.heads * self.head_dim

    @property
    def kv_dim(self) -> int:
        return self.kv_heads * self.head_dim

    def attention_linears(self) -> list[tuple[str, int, int]]:
        if self.fused_projections:
            return [("qkv_proj", self.hidden, self.q_dim + 2 * self.kv_dim), ("o_proj", self.q_dim, self.hidden)]
        return [
            ("q_proj", self.hidden, self.q_dim),
            ("k_proj", self.hidden, self.kv_dim),
            ("v_proj", self.hidden, self.kv_dim),
            ("o_proj", self.q_dim, self.hidden),
        ]

    def mlp_linears(self, inter: int) -> list[tuple[str, int, int]]:
        if self.fused_projections:
            return [("gate_up_proj", self.hidden, 2 * inter), ("down_proj", inter, self.hidden)]
        return [("gate_proj", self.hidden, inter), ("up_proj", self.hidden, inter), ("down_proj", inter, self.hidden)]

    def dense_mlp_params(self) -> int:
        inter = self.shared_intermediate if self.experts else self.intermediate
        return sum(i * o for _, i, o in self.mlp_linears(inter)) if inter else 0

    def expert_params(self) -> int:
        if not self.experts:
            return 0
        return self.experts * sum(i * o for _, i, o in self.mlp_linears(self.expert_intermediate))

    def embedding_params(self) -> int:
        return self.vocab * self.hidden * (1 if self.tied else 2)


def _first(cfg: dict, *keys, default=None):
    for key in keys:
        if cfg.get(key) is not None:
            return cfg[key]
    return default


def model_shape(config: dict) -> ModelShape:
    """Read the fields that matter for memory from a transformers config.json."""
    cfg = dict(config)
    if isinstance(cfg.get("text_config"), dict):  # multimodal wrappers (gemma3, mistral3, ...)
        cfg = {**cfg, **cfg["text_config"]}
    hidden = _first(cfg, "hidden_size", "n_embd", "d_model")
    layers = _first(cfg, "num_hidden_layers", "n_layer", "num_layers")
    heads = _first(cfg, "num_attention_heads", "n_head")
    vocab = _first(cfg, "vocab_size")
    missing = [
        name
        for name, v in (
            ("hidden_size", hidden),
            ("num_hidden_layers", layers),
            ("num_attention_heads", heads),
            ("vocab_size", vocab),
        )
        if not v
    ]
    if missing:
        raise ValueError(
            f"config.json has no {', '.join(missing)}; this does not look like the config.json "
            "of a text generation model"
        )
    model_type = str(cfg.get("model_type", ""))
    kv = _first(cfg, "num_key_value_heads", "num_kv_heads", default=1 if cfg.get("multi_query") else heads)
    head_dim = _first(cfg, "head_dim", default=hidden // heads)
    inter = _first(cfg, "intermediate_size", "n_inner", "ffn_dim", default=4 * hidden)
    experts = _first(cfg, "num_local_experts", "num_experts", "n_routed_experts", default=0) or 0
    shared = 0
    if experts:
        shared = _first(cfg, "shared_expert_intermediate_size", default=0) or 0
        if cfg.get("n_shared_experts"):
            shared = cfg["n_shared_experts"] * _first(cfg, "moe_intermediate_size", default=inter)
    tied = cfg.get("tie_word_embeddings")
    if tied is None:
        tied = model_type in TIED_BY_DEFAULT
    return ModelShape(
        model_type=model_type,
        hidden=int(hidden),
        layers=int(layers),
        heads=int(heads),
        kv_heads=int(kv),
        head_dim=int(head_dim),
        intermediate=int(inter),
        vocab=int(vocab),
        tied=bool(tied),
        experts=int(experts),
        experts_per_token=int(_first(cfg, "num_experts_per_tok", default=2 if experts else 0)),
        expert_intermediate=int(_first(cfg, "moe_intermediate_size", default=inter)) if experts else 0,
        shared_intermediate=int(shared),
        fused_projections=model_type in ("phi3", "phi4"),
        logit_softcapping=bool(cfg.get("final_logit_softcapping", 30.0 if model_type == "gemma2" else None)),
        qk_norm=model_type in QK_NORM_TYPES,
        eager_only=bool(cfg.get("attn_logit_softcapping", 50.0 if model_type == "gemma2" else None)),
    )


def load_model_config(source) -> dict:
    """A config.json as a dict, from a dict, a config.json path or a model folder."""
    if isinstance(source, dict):
        return source
    path = Path(source)
    if path.is_dir():
        path = path / "config.json"
        if not path.exists():
            raise ValueError(f"{path.parent}: no config.json in this folder; choose the folder of a downloaded model")
    if not path.exists():
        raise ValueError(f"{path}: no such file or folder; give a model folder or its config.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not valid JSON ({exc}); download the model's config.json again") from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a JSON object of model settings")
    return data


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
    if s.quantization not in ("4bit", "8bit", "16bit"):
        raise ValueError(f"quantization is {s.quantization!r}; choose 4bit, 8bit or 16bit")
    if s.compute_dtype not in DTYPE_BYTES:
        raise ValueError(f"compute dtype is {s.compute_dtype!r}; choose bf16, fp16 or fp32")
    if s.micro_batch_size < 1 or s.seq_len < 1 or s.lora_rank < 1:
        raise ValueError("micro batch, cutoff length and LoRA rank must all be at least 1")
    c = DTYPE_BYTES[s.compute_dtype]
    quantized = s.quantization != "16bit"
    upcast = quantized and s.upcast_frozen
    frozen_bytes = 4 if upcast else c
    h, L, V, T = shape.hidden, shape.layers, shape.vocab, s.tokens

    # Weights. Linear layers inside the decoder are quantised; embeddings, norms and lm_head are not.
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
    full_bytes = full_params * frozen_bytes

    # LoRA weights, gradients and optimizer states (peft keeps adapters in fp32).
    targets = _targets(shape, s, notes)
    if not targets:
        names = sorted({n for n, *_ in shape.attention_linears() + shape.mlp_linears(1)})
        raise ValueError(
            f"none of the chosen LoRA target layers exist in this model; choose qv, attention, "
            f"all-linear or some of: {', '.join(names)}"
        )
    per_layer_lora = sum(copies * s.lora_rank * (i + o) + (o if s.use_dora else 0) for _, i, o, _, copies in targets)
    lora_params = L * per_layer_lora
    if s.optimizer == "adafactor":
        optimizer_bytes = 4 * L * sum(copies * (s.lora_rank + i + o) for _, i, o, _, copies in targets)
    elif s.optimizer in OPTIMIZER_BYTES:
        optimizer_bytes = int(lora_params * OPTIMIZER_BYTES[s.optimizer])
    else:
        raise ValueError(f"optimizer {s.optimizer!r} is not known; choose paged_adamw_8bit, adamw_torch or adafactor")

    # Activations: with checkpointing each layer keeps only its input (residual dtype) and one
    # layer is recomputed at a time; without it every layer keeps everything.
    layer = _layer_activation_bytes(shape, s, targets, upcast)
    resid = 4 if upcast else c
    mlp_bytes = 4 if upcast else c
    # Gradients in flight while one layer's backward runs; MoE experts run one after another.
    inter = shape.expert_intermediate if shape.experts else shape.intermediate
    backward_transient = 2 * h * resid + 3 * inter * mlp_bytes
    eager = s.attention == "eager" or shape.eager_only
    if eager:
        backward_transient += shape.heads * s.seq_len * (4 + c)
    if s.gradient_checkpointing:
        kept, recompute = L * h * resid, layer + backward_transient
    else:
        kept, recompute = L * layer, backward_transient
    mask = s.seq_len * 3 if s.attention != "flash" and s.micro_batch_size > 1 else 0
    if s.lean_loss:
        logits = (4 + c) * h + LEAN_CHUNK_FACTOR * LEAN_CHUNK_BYTES / T
    else:
        logits = V * s.logits_bytes_per_vocab
        if shape.logit_softcapping:
            logits += 2 * c * V
    activation_bytes = int(T * (kept + mask + max(0.0, recompute - logits)))
    logits_bytes = int(T * logits)

    workspace = 0
    if quantized:  # a dequantised copy of the largest layer, twice
        biggest = max(i * o for _, i, o in shape.attention_linears() + shape.mlp_linears(inter))
        workspace += 2 * biggest * c
    if upcast and c == 2:  # autocast's half-precision copy of the fp32 lm_head
        workspace += V * h * c
    workspace += lora_params * (c if c == 2 else 0) + (
        lora_params * 4 if OPTIMIZER_BYTES.get(s.optimizer) == 8.0 else 0
    )

    components = {
        "cuda_context": int(s.cuda_context_bytes),
        "quantized_weights": quantized_bytes,
        "full_precision_weights": int(full_bytes),
        "lora_weights": lora_params * 4,
        "lora_gradients": lora_params * 4,
        "optimizer_states": optimizer_bytes,
        "activations": activation_bytes,
        "logits": logits_bytes,
        "workspace": int(workspace),
    }
    components["fragmentation"] = int(
        FRAGMENTATION_OF_ACTIVATIONS * (activation_bytes + logits_bytes)
        + (FRAGMENTATION_FIXED if s.cuda_context_bytes else 0)
    )
    if upcast and shape.embedding_params() * 4 > 2 * GIB:
        notes.append(
            f"The embeddings and output layer ({V:,} words) are kept in fp32 for stable training: "
            f"{shape.embedding_params() * 4 / GIB:.1f} GiB."
        )
    if logits_bytes > activation_bytes:
        notes.append(
            "The logits over the vocabulary are the largest part of the activations; "
            "a shorter cutoff or a smaller micro batch shrinks them."
        )
    if shape.eager_only and s.attention != "eager":
        notes.append(
            "This model's attention softcapping needs eager attention, which stores a full attention "
            "matrix per head: long cutoffs cost much more memory than on other models."
        )
    elif eager and s.seq_len > 2048:
        notes.append("Eager attention stores a full attention matrix per head; sdpa needs far less for long texts.")
    return Estimate(total_bytes=sum(components.values()), components=components, notes=notes)


def lora_parameter_count(config, settings: EstimateSettings) -> int:
    """Trainable LoRA parameters, as peft would report them."""
    shape = model_shape(load_model_config(config))
    targets = _targets(shape, settings, [])
    return shape.layers * sum(copies * settings.lora_rank * (i + o) for _, i, o, _, copies in targets)


def settings_fields() -> list[str]:
    return [f.name for f in fields(EstimateSettings)]


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


def model_parameter_count(config) -> int:
    """All parameters of the base model, as its model card would count them."""
    shape = model_shape(load_model_config(config))
    attn = sum(i * o for _, i, o in shape.attention_linears())
    per_layer = attn + shape.dense_mlp_params() + shape.expert_params() + shape.hidden * shape.experts
    return shape.embedding_params() + shape.layers * per_layer


def max_positions(config) -> int | None:
    """The longest sequence the model was trained for, when its config says."""
    cfg = load_model_config(config)
    cfg = {**cfg, **cfg["text_config"]} if isinstance(cfg.get("text_config"), dict) else cfg
    value = cfg.get("max_position_embeddings") or cfg.get("n_positions")
    return int(value) if value else None
