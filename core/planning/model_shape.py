"""A model's size and layout, as its config.json gives them: what the VRAM estimate and the planner read.

Light: plain JSON, no transformers; the estimate (estimate.py) and the planner (plan.py) use it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

TIED_BY_DEFAULT = ("gemma", "gemma2", "gemma3", "gemma3_text")
QK_NORM_TYPES = ("qwen3", "qwen3_moe", "gemma3", "gemma3_text", "olmo2", "olmoe")


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
