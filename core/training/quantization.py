"""How the frozen base model is stored in memory: one bitsandbytes configuration for training and for
trying the result, so a model is tried in exactly the quantisation it was trained in."""

from __future__ import annotations

from core.config import QUANTIZATIONS


def bnb_config(quantization: str, compute_dtype, double_quant: bool = True):
    """transformers' BitsAndBytesConfig for "4bit" (NF4) or "8bit"; None for "16bit" (unquantised)."""
    if quantization not in QUANTIZATIONS:
        raise ValueError(f"quantization is {quantization!r}; choose one of {', '.join(QUANTIZATIONS)}")
    if quantization == "16bit":
        return None
    import torch
    from transformers import BitsAndBytesConfig

    if quantization == "8bit":
        return BitsAndBytesConfig(load_in_8bit=True)
    return BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=double_quant,
        bnb_4bit_compute_dtype=compute_dtype,
        bnb_4bit_quant_storage=torch.uint8,
    )
