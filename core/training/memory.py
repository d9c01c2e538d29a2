"""Memory in the training child: telling the GPU's out-of-memory from the computer's, and the VRAM cap.

Out of GPU memory arrives in several forms: torch's allocator raises
OutOfMemoryError, but cuBLAS, cuDNN and bitsandbytes' kernels report it as a
plain RuntimeError ("CUDA error: out of memory", "CUBLAS_STATUS_ALLOC_FAILED").
Each must read as the GPU's memory, never as the computer's, or the user is told
to close programs when they should lower the micro batch.
"""

from __future__ import annotations

GPU_MEMORY = "The GPU ran out of memory."
SYSTEM_MEMORY = "The computer ran out of memory."
GIB = 1024**3
# What the Windows desktop and the driver keep for themselves beside a run, when no cap is set.
WINDOWS_RESERVE_BYTES = GIB // 4

_GPU_FORMS = (
    "cuda out of memory",
    "cuda error: out of memory",
    "cuda_error_out_of_memory",
    "cudaerrormemoryallocation",
    "cublas_status_alloc_failed",
    "cudnn_status_alloc_failed",
    "cudnn_status_not_enough_workspace",
    "cusparse_status_alloc_failed",
)
_SYSTEM_FORMS = (
    "can't allocate memory",
    "cannot allocate memory",
    "out of memory",
    "not enough memory",
    "defaultcpuallocator",
)


def out_of_memory(exc: BaseException) -> str | None:
    """What ran out, when `exc` is an out-of-memory error of the GPU or of the computer; else None."""
    import torch

    text = str(exc).lower()
    if isinstance(exc, torch.cuda.OutOfMemoryError) or any(form in text for form in _GPU_FORMS):
        return GPU_MEMORY
    if isinstance(exc, MemoryError) or any(form in text for form in _SYSTEM_FORMS):
        return SYSTEM_MEMORY
    return None


def vram_cap_bytes(budget_gib: float, free_bytes: int, total_bytes: int, platform: str) -> int | None:
    """The most this run may allocate on the GPU, or None for no cap.

    The user's (or planner's) budget when set. On Windows a cap is on even without
    one: past the card's memory the driver quietly spills into shared system RAM
    and a run becomes ten times slower instead of failing fast with a clear message.
    """
    if budget_gib > 0:
        return min(int(budget_gib * GIB), total_bytes)
    if platform == "win32":
        return max(min(free_bytes - WINDOWS_RESERVE_BYTES, total_bytes), total_bytes // 4)
    return None


def apply_vram_cap(budget_gib: float) -> int | None:
    """Cap torch's allocator on GPU 0 (the card the child was given); returns the cap in bytes."""
    import sys

    import torch

    free, total = torch.cuda.mem_get_info(0)
    cap = vram_cap_bytes(budget_gib, free, total, sys.platform)
    if cap is not None:
        torch.cuda.set_per_process_memory_fraction(min(1.0, cap / total), 0)
    return cap
