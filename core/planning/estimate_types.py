"""The VRAM estimate's question and answer: the settings that change VRAM, and the peak with its parts.

estimate.py computes the one from the other; the planner and the app read both.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

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

# Fitted on the calibration points (see estimate.py's docstring).
LOGITS_BYTES_PER_VOCAB = 12.0  # bf16 logits + fp32 copy + log-softmax + its gradients, at the peak
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


def settings_fields() -> list[str]:
    return [f.name for f in fields(EstimateSettings)]
