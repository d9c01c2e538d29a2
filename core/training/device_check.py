"""What only torch can tell about this computer: does CUDA work, how much memory it sees free, and
does 4-bit quantisation with bitsandbytes work. For processes that load torch anyway (the engine,
the command line); the GUI process uses core.planning.hardware alone."""

from __future__ import annotations

from pathlib import Path

from core.planning.hardware import HardwareInfo, describe, detect_hardware


def detect_hardware_with_torch(disk_path: str | Path | None = None) -> HardwareInfo:
    """detect_hardware() plus what torch and bitsandbytes say."""
    info = detect_hardware(disk_path=disk_path)
    _read_torch(info)
    info.message = describe(info)
    return info


def _read_torch(info: HardwareInfo) -> None:
    try:
        import torch
    except ImportError:
        info.notes.append("PyTorch is not installed in this environment; only NVML was asked.")
        return
    info.torch_version = torch.__version__
    info.cuda_available = bool(torch.cuda.is_available())
    if info.cuda_available:
        for gpu in info.gpus:
            if gpu.index < torch.cuda.device_count():
                free, _total = torch.cuda.mem_get_info(gpu.index)
                gpu.cuda_free_bytes = int(free)
                gpu.free_bytes = min(gpu.free_bytes, int(free))
                # torch's own bf16 check can count emulation; the capability is what matters.
                gpu.compute_capability = tuple(torch.cuda.get_device_capability(gpu.index))
    info.bitsandbytes_ok = _bitsandbytes_works("cuda" if info.cuda_available else "cpu", info)


def _bitsandbytes_works(device: str, info: HardwareInfo) -> bool:
    """Quantise and multiply a small matrix in 4-bit, the operation training depends on."""
    try:
        import bitsandbytes.functional as bnbf
        import torch

        dtype = torch.float16 if device == "cuda" else torch.float32
        weight = torch.randn(128, 64, device=device, dtype=dtype)
        packed, state = bnbf.quantize_4bit(weight, quant_type="nf4")
        restored = bnbf.dequantize_4bit(packed, state)
        return bool(torch.isfinite(restored).all()) and restored.shape == weight.shape
    except Exception as exc:  # any failure means training would fail the same way
        info.notes.append(f"bitsandbytes does not work on {device}: {type(exc).__name__}: {exc}")
        return False
