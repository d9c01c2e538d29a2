"""Which layers a LoRA target preset means in a given architecture.

The presets name roles ("the query and value projections"), not module names,
because architectures spell them differently: Llama, Qwen, Mistral and Gemma
have separate q_proj/k_proj/v_proj, Phi-3 and Phi-4 one fused qkv_proj, GPT-2
one c_attn (a Conv1D) and GPT-NeoX one query_key_value. The engine resolves a
preset against the real model's module names and the estimator against the
names of the shape it models, with this one function, so both count the same
layers. Pure Python: the GUI's planner imports it.
"""

from __future__ import annotations

from collections.abc import Iterable

# Each role, in the spellings we know, most specific first. A dotted entry matches
# the end of a module's full name (peft's rule), which tells GPT-2's attention
# c_proj from its MLP c_proj.
ROLES: dict[str, tuple[str, ...]] = {
    "query": ("q_proj", "query"),
    "key": ("k_proj", "key"),
    "value": ("v_proj", "value"),
    "query_key_value": ("qkv_proj", "c_attn", "query_key_value", "Wqkv"),
    "attention_output": ("o_proj", "self_attn.dense", "attention.dense", "attn.c_proj", "out_proj"),
}
PRESET_ROLES = {
    "qv": ("query", "value"),
    "attention": ("query", "key", "value", "attention_output"),
}
NOT_TARGETS = ("lm_head",)  # the output head is never adapted: it is large and rarely helps


class TargetError(ValueError):
    """No layer of the model matches what was asked for."""


def _matches(full_name: str, target: str) -> bool:
    return full_name == target or full_name.endswith("." + target)


def resolve_targets(preset: str, module_names: Iterable[str], custom: Iterable[str] = ()) -> list[str] | str:
    """The target_modules to give peft: a list of names, or "all-linear".

    `module_names` are the full dotted names of the model's linear layers
    (nn.Linear, bitsandbytes' Linear4bit/8bitLt, GPT-2's Conv1D).
    """
    names = [n for n in module_names if not any(_matches(n, x) for x in NOT_TARGETS)]
    if preset == "all-linear":
        return "all-linear"
    if preset == "custom":
        wanted = [t for t in custom if any(_matches(n, t) for n in names)]
        if not wanted:
            raise TargetError(
                f"none of the custom LoRA targets {', '.join(custom) or '(none)'} exist in this model; "
                f"choose from: {', '.join(short_names(names))}"
            )
        return wanted
    if preset not in PRESET_ROLES:
        raise TargetError(f"unknown LoRA target preset {preset!r}; choose qv, attention, all-linear or custom")
    found: list[str] = []
    for role in PRESET_ROLES[preset]:
        spelling = _first_present(ROLES[role], names)
        if spelling is None and role in ("query", "key", "value"):
            spelling = _first_present(ROLES["query_key_value"], names)  # one fused projection holds all three
        if spelling is not None and spelling not in found:
            found.append(spelling)
    if not found:
        raise TargetError(
            f"this model has none of the layers the '{preset}' preset adapts; choose 'all-linear' "
            f"or custom targets from: {', '.join(short_names(names))}"
        )
    return found


def all_linear_names(module_names: Iterable[str]) -> list[str]:
    """What "all-linear" adapts (every linear layer but the output head), by short name."""
    return short_names(n for n in module_names if not any(_matches(n, x) for x in NOT_TARGETS))


def short_names(module_names: Iterable[str]) -> list[str]:
    return sorted({n.rsplit(".", 1)[-1] for n in module_names})


def _first_present(spellings: tuple[str, ...], names: list[str]) -> str | None:
    return next((s for s in spellings if any(_matches(n, s) for n in names)), None)
