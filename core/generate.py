"""Text generation with a base model, with or without a LoRA adapter (child process side)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass
class SamplingSettings:
    max_new_tokens: int = 128
    temperature: float = 0.0      # 0: greedy, repeatable
    top_p: float = 1.0
    seed: int = 0
    # Above 1.0 discourages repeating earlier tokens; small models loop without it.
    repetition_penalty: float = 1.0


def load_for_generation(model_dir: str, adapter_dir: str | None = None, *, quantization: str = "4bit",
                        device: str = "auto"):
    """The base model (quantised as it was trained), with the adapter applied when given."""
    import torch
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    on_gpu = device == "cuda" or (device == "auto" and torch.cuda.is_available())
    dtype = torch.float32
    if on_gpu:
        dtype = torch.bfloat16 if torch.cuda.get_device_capability()[0] >= 8 else torch.float16
    kwargs = dict(dtype=dtype, device_map={"": 0 if on_gpu else "cpu"}, use_safetensors=True)
    if quantization == "4bit":
        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype)
    model = AutoModelForCausalLM.from_pretrained(model_dir, **kwargs)
    if adapter_dir:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir)
    model.eval()
    return model


def chat_prompt(model_dir: str, user_text: str, system: str | None = None) -> str:
    """The prompt text for one user message, in the model's chat template."""
    from core.data import formats

    template = formats.load_chat_template(model_dir) or formats.builtin_chat_template("chatml")
    special = formats.special_tokens(model_dir)
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": user_text}]
    return formats.render_prompt(template, messages, bos_token=special.get("bos_token") or "",
                                 eos_token=special.get("eos_token") or "")


def generate(model, model_dir: str, prompt_text: str, settings: SamplingSettings, streamer=None) -> str:
    """Generate a reply to an already-rendered prompt; returns only the new text."""
    import torch

    from core.data.tokenize import TextTokenizer

    tok = TextTokenizer.from_model_dir(model_dir)
    ids = tok.backend.encode(prompt_text, add_special_tokens=False).ids
    if tok.add_bos and not prompt_text.startswith(tok.bos_token or "\0"):
        ids = [tok.bos_id] + ids
    input_ids = torch.tensor([ids], device=model.device)
    torch.manual_seed(settings.seed)
    sample = settings.temperature > 0
    out = model.generate(input_ids=input_ids, attention_mask=torch.ones_like(input_ids),
                         max_new_tokens=settings.max_new_tokens, do_sample=sample,
                         temperature=settings.temperature if sample else None,
                         top_p=settings.top_p if sample else None, top_k=None,
                         repetition_penalty=settings.repetition_penalty,
                         eos_token_id=_stop_ids(tok), pad_token_id=tok.pad_id, streamer=streamer)
    new = out[0, len(ids):].tolist()
    return tok.backend.decode(new, skip_special_tokens=True).strip()


def _stop_ids(tok) -> list[int]:
    ids = [tok.eos_id] if tok.eos_id is not None else []
    for marker in ("<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>"):
        token_id = tok.backend.token_to_id(marker)
        if token_id is not None and token_id not in ids:
            ids.append(token_id)
    return ids
