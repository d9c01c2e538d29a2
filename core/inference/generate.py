"""Text generation with a base model, with or without a LoRA adapter (child process side)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass
class SamplingSettings:
    max_new_tokens: int = 128
    temperature: float = 0.0  # 0: greedy, repeatable
    top_p: float = 1.0
    seed: int = 0
    # Above 1.0 discourages repeating earlier tokens; small models loop without it.
    repetition_penalty: float = 1.0


def load_for_generation(
    model_dir: str,
    adapter_dir: str | None = None,
    *,
    quantization: str = "4bit",
    device: str = "auto",
    double_quant: bool = True,
    trust_remote_code: bool = False,
    allow_pickle_weights: bool = False,
):
    """The base model (quantised as it was trained), with the adapter applied when given.

    `double_quant`, `trust_remote_code` and `allow_pickle_weights` are the run's own settings:
    a model is tried exactly as it was trained, and code or pickle files run only when the user allowed it.
    """
    import torch
    from transformers import AutoModelForCausalLM

    from core.training.quantization import bnb_config

    on_gpu = device == "cuda" or (device == "auto" and torch.cuda.is_available())
    dtype = torch.float32
    if on_gpu:
        dtype = torch.bfloat16 if torch.cuda.get_device_capability()[0] >= 8 else torch.float16
    kwargs = dict(
        dtype=dtype,
        device_map={"": 0 if on_gpu else "cpu"},
        use_safetensors=None if allow_pickle_weights else True,
        trust_remote_code=trust_remote_code,
    )
    stored = bnb_config(quantization, dtype, double_quant)
    if stored is not None:
        kwargs["quantization_config"] = stored
    model = AutoModelForCausalLM.from_pretrained(model_dir, **kwargs)
    if adapter_dir:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_dir)
    model.eval()
    return model


def chat_prompt(model_dir: str, user_text: str, system: str | None = None) -> str:
    """The prompt text for one user message, in the model's chat template."""
    from core.data import rendering as formats

    template = formats.load_chat_template(model_dir) or formats.builtin_chat_template("chatml")
    special = formats.special_tokens(model_dir)
    messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": user_text}]
    return formats.render_prompt(
        template, messages, bos_token=special.get("bos_token") or "", eos_token=special.get("eos_token") or ""
    )


def generate(
    model,
    model_dir: str,
    prompt_text: str,
    settings: SamplingSettings,
    streamer=None,
    stops: Sequence[str] | None = None,
) -> str:
    """Generate a reply to an already-rendered prompt; returns only the new text.

    `stops`: the run's stop strings (core/data/run_template.py); generation ends
    where one appears, even when it is several tokens, and it is cut from the
    reply. None: stop on the end markers of the common chat templates.
    """
    import torch
    from transformers import StoppingCriteriaList

    from core.data.tokenize import TextTokenizer

    tok = TextTokenizer.from_model_dir(model_dir)
    ids = tok.backend.encode(prompt_text, add_special_tokens=False).ids
    if tok.add_bos and not prompt_text.startswith(tok.bos_token or "\0"):
        ids = [tok.bos_id] + ids
    input_ids = torch.tensor([ids], device=model.device)
    torch.manual_seed(settings.seed)
    sample = settings.temperature > 0
    texts = tuple(s for s in stops or () if s)
    criteria = StoppingCriteriaList([_stop_on_text(tok.backend, texts, len(ids))]) if texts else None
    out = model.generate(
        input_ids=input_ids,
        attention_mask=torch.ones_like(input_ids),
        max_new_tokens=settings.max_new_tokens,
        do_sample=sample,
        temperature=settings.temperature if sample else None,
        top_p=settings.top_p if sample else None,
        top_k=None,
        repetition_penalty=settings.repetition_penalty,
        eos_token_id=_stop_ids(tok, stops),
        pad_token_id=tok.pad_id,
        streamer=streamer,
        stopping_criteria=criteria,
    )
    new = out[0, len(ids) :].tolist()
    return reply_text(tok.backend, new, texts)


def _stop_ids(tok, stops: Sequence[str] | None) -> list[int]:
    """End-of-sequence plus each stop string that is a single token (those stop exactly, by id)."""
    ids = [tok.eos_id] if tok.eos_id is not None else []
    markers = ("<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>") if stops is None else stops
    for marker in markers:
        token_id = tok.backend.token_to_id(marker) if marker else None
        if token_id is not None and token_id not in ids:
            ids.append(token_id)
    return ids


# --- stop strings in decoded text (no torch: the streamer in core/inference/evaluate.py uses these too) ------------

# Tokens decoded at the end of the reply to look for a stop string that just appeared.
STOP_WINDOW = 32


def _stop_on_text(backend, stops: tuple[str, ...], prompt_length: int):
    from transformers import StoppingCriteria

    class StopOnText(StoppingCriteria):
        """True once the reply's last tokens, decoded with their special tokens, hold a stop string."""

        def __call__(self, input_ids, scores, **kwargs):
            import torch

            tail = input_ids[0, max(prompt_length, input_ids.shape[1] - STOP_WINDOW) :].tolist()
            done = find_stop(backend.decode(tail, skip_special_tokens=False), stops) is not None
            return torch.full((input_ids.shape[0],), done, dtype=torch.bool, device=input_ids.device)

    return StopOnText()


def find_stop(text: str, stops: Sequence[str]) -> int | None:
    """Where the first stop string begins in `text`, or None."""
    found = [i for i in (text.find(s) for s in stops if s) if i >= 0]
    return min(found) if found else None


def held_back(text: str, stops: Sequence[str]) -> int:
    """How many characters at the end of `text` could be the start of a stop string (not shown yet)."""
    longest = 0
    for stop in stops:
        for n in range(min(len(stop) - 1, len(text)), longest, -1):
            if text.endswith(stop[:n]):
                longest = n
                break
    return longest


def special_texts(backend) -> tuple[str, ...]:
    """The texts of the tokenizer's special tokens, longest first."""
    found = {t.content for t in backend.get_added_tokens_decoder().values() if t.special and t.content}
    return tuple(sorted(found, key=len, reverse=True))


def without_specials(text: str, specials: Sequence[str]) -> str:
    for special in specials:
        text = text.replace(special, "")
    return text


def reply_text(backend, ids: list[int], stops: Sequence[str] = ()) -> str:
    """The reply as the user reads it: up to the first stop string, without special tokens."""
    raw = backend.decode(ids, skip_special_tokens=False)
    cut = find_stop(raw, stops)
    return without_specials(raw if cut is None else raw[:cut], special_texts(backend)).strip()
