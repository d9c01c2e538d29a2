"""What this computer can train on: NVIDIA GPUs, VRAM, RAM and disk.

The default path reads NVML (nvidia-ml-py) and psutil only, so the GUI process can
call it without importing torch. core/training/device_check.py adds what only
torch can tell (does CUDA work, does bitsandbytes work), for processes that load torch anyway.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

GIB = 1024**3
# 4-bit dequantisation and PyTorch's overheads leave about a third of the processor's raw matrix speed.
CPU_EFFICIENCY = 0.33

NO_NVIDIA = "No NVIDIA graphics card was found."
NO_NVML = (
    "The NVIDIA management library (nvidia-ml-py) is missing, so graphics cards cannot be checked; reinstall Lorasmith."
)
NO_DRIVER = (
    "No NVIDIA driver answered ({detail}): if this computer has an NVIDIA card, install or update its "
    "driver from nvidia.com and restart Lorasmith."
)
CPU_FALLBACK = (
    "Lorasmith trains with 4-bit quantisation on NVIDIA cards; AMD and Intel cards are not supported for "
    "4-bit training yet. You can still train the demo model and small models on the processor (CPU), slowly."
)


@dataclass
class GpuInfo:
    index: int
    name: str
    total_bytes: int
    free_bytes: int  # the smaller of NVML's and CUDA's figure when both are known
    used_by_others_bytes: int
    compute_capability: tuple[int, int]
    nvml_free_bytes: int | None = None
    cuda_free_bytes: int | None = None

    @property
    def bf16(self) -> bool:
        # Native bf16 needs compute capability 8.0 (RTX 30xx / A100) or newer; older cards only emulate it.
        return self.compute_capability >= (8, 0)

    @property
    def total_gib(self) -> float:
        return self.total_bytes / GIB

    @property
    def free_gib(self) -> float:
        return self.free_bytes / GIB


@dataclass
class HardwareInfo:
    gpus: list[GpuInfo] = field(default_factory=list)
    driver_version: str | None = None
    message: str = ""  # plain-English summary for the user
    cuda_available: bool | None = None  # None: not checked (torch not used)
    bitsandbytes_ok: bool | None = None
    torch_version: str | None = None
    ram_total_bytes: int = 0
    ram_available_bytes: int = 0
    disk_path: str = ""
    disk_free_bytes: int | None = None
    cpu_cores: int = 1
    notes: list[str] = field(default_factory=list)

    @property
    def gpu(self) -> GpuInfo | None:
        """The card to train on: the one with the most free memory."""
        return max(self.gpus, key=lambda g: g.free_bytes) if self.gpus else None

    @property
    def device(self) -> str:
        if self.gpu is None or self.cuda_available is False:
            return "cpu"
        return "cuda"

    def vram_budget_bytes(self, margin_bytes: int | None = None) -> int:
        """Free VRAM minus a safety margin for the desktop and other programs that may grow."""
        gpu = self.gpu
        if gpu is None:
            return 0
        margin = default_margin(gpu.total_bytes) if margin_bytes is None else margin_bytes
        return max(0, gpu.free_bytes - margin)

    def ram_budget_bytes(self) -> int:
        """For CPU training: available RAM, keeping 2 GiB for the system and the app."""
        return max(0, self.ram_available_bytes - 2 * GIB)

    def to_json(self) -> dict:
        data = asdict(self)
        data["device"] = self.device
        data["gpus"] = [
            {**asdict(g), "bf16": g.bf16, "compute_capability": list(g.compute_capability)} for g in self.gpus
        ]
        return data


def default_margin(total_bytes: int) -> int:
    """Headroom left unused: 5% of the card, at least 0.5 GiB (display, browser, driver growth)."""
    return max(GIB // 2, int(total_bytes * 0.05))


def detect_hardware(disk_path: str | Path | None = None) -> HardwareInfo:
    """Look at GPUs, RAM and disk, without importing torch."""
    info = HardwareInfo()
    _read_system(info, disk_path)
    try:
        import pynvml
    except ImportError:
        pynvml = None
        info.notes.append(NO_NVML)
    if pynvml is not None:
        _read_nvml(pynvml, info)
    info.message = describe(info)
    return info


def describe(info: HardwareInfo) -> str:
    """One sentence for the user: the card and its free memory, or why training runs on the processor."""
    if not info.gpus:
        reason = next((n for n in reversed(info.notes) if n == NO_NVML or n.startswith("No NVIDIA driver")), NO_NVIDIA)
        return f"{reason} {CPU_FALLBACK}"
    gpu = info.gpu
    text = (
        f"{gpu.name}: {gpu.total_gib:.1f} GiB of video memory, {gpu.free_gib:.1f} GiB free"
        + ("" if gpu.bf16 else "; this card computes in fp16 (bf16 needs an RTX 30xx or newer)")
        + "."
    )
    if info.cuda_available is False:
        text += (
            " PyTorch cannot use this card (CUDA is not available); reinstall Lorasmith or update "
            "the NVIDIA driver. Training would run on the processor."
        )
    return text


def pin_training_gpu(environ: dict | None = None, info: HardwareInfo | None = None) -> int | None:
    """Make cuda:0 in this process the card the planner sized the run for; returns its NVML index.

    NVML numbers cards in PCI bus order, CUDA by default fastest first, so on a PC
    with two cards "GPU 0" can be two different cards. Call before CUDA starts (it
    reads these variables once). A CUDA_VISIBLE_DEVICES the user set is kept.
    """
    import os

    env = os.environ if environ is None else environ
    env.setdefault("CUDA_DEVICE_ORDER", "PCI_BUS_ID")
    if env.get("CUDA_VISIBLE_DEVICES", "").strip():
        return None
    gpu = (info or detect_hardware()).gpu
    if gpu is None:
        return None
    env["CUDA_VISIBLE_DEVICES"] = str(gpu.index)
    return gpu.index


def _read_system(info: HardwareInfo, disk_path) -> None:
    import psutil

    mem = psutil.virtual_memory()
    info.ram_total_bytes, info.ram_available_bytes = int(mem.total), int(mem.available)
    info.cpu_cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    if disk_path is not None:
        path = Path(disk_path).resolve()
        while not path.exists() and path != path.parent:  # a folder not made yet: measure its drive
            path = path.parent
        info.disk_path = str(path)
        info.disk_free_bytes = shutil.disk_usage(path).free


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _read_nvml(nvml, info: HardwareInfo) -> None:
    """Fill `info.gpus` from an NVML module (pynvml); a missing driver becomes a note."""
    try:
        nvml.nvmlInit()
    except nvml.NVMLError as exc:
        info.notes.append(NO_DRIVER.format(detail=_text(exc)))
        return
    try:
        info.driver_version = _text(nvml.nvmlSystemGetDriverVersion())
        own_pid = os.getpid()
        for index in range(nvml.nvmlDeviceGetCount()):
            handle = nvml.nvmlDeviceGetHandleByIndex(index)
            mem = nvml.nvmlDeviceGetMemoryInfo(handle)
            own = 0
            try:  # memory this process already holds (the torch path) is not "used by others"
                for proc in nvml.nvmlDeviceGetComputeRunningProcesses(handle):
                    if proc.pid == own_pid and proc.usedGpuMemory:
                        own += int(proc.usedGpuMemory)
            except nvml.NVMLError:
                pass
            try:
                cc = tuple(int(x) for x in nvml.nvmlDeviceGetCudaComputeCapability(handle))
            except nvml.NVMLError:
                cc = (0, 0)
            info.gpus.append(
                GpuInfo(
                    index=index,
                    name=_text(nvml.nvmlDeviceGetName(handle)),
                    total_bytes=int(mem.total),
                    free_bytes=int(mem.free) + own,
                    used_by_others_bytes=max(0, int(mem.used) - own),
                    compute_capability=cc,
                    nvml_free_bytes=int(mem.free) + own,
                )
            )
    except nvml.NVMLError as exc:
        info.notes.append(NO_DRIVER.format(detail=_text(exc)))
    finally:
        try:
            nvml.nvmlShutdown()
        except nvml.NVMLError:
            pass


# --- CPU mode ----------------------------------------------------------------------


def measure_cpu_gflops(seconds: float = 0.3) -> float:
    """Matrix-multiply speed of this processor in GFLOP/s (numpy, all cores), measured briefly."""
    import numpy as np

    n = 512
    a = np.random.default_rng(0).standard_normal((n, n), dtype=np.float32)
    b = a.T.copy()
    a @ b  # warm up the BLAS threads
    runs, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        a @ b
        runs += 1
    return 2 * n**3 * runs / (time.perf_counter() - start) / 1e9


def cpu_tokens_per_second(model_params: int, gflops: float) -> float:
    """Rough training speed on the CPU.

    A training step costs about 8 x parameters FLOPs per token (forward, backward
    through the frozen base, and the checkpointing recompute); 4-bit dequantisation
    and PyTorch's overheads leave about a third of the raw matrix speed.
    """
    return gflops * 1e9 * CPU_EFFICIENCY / (8 * max(1, model_params))


def describe_cpu_time(model_params: int, tokens: int, gflops: float) -> str:
    """'about 12 minutes' style estimate for training `tokens` tokens on the CPU."""
    seconds = tokens / cpu_tokens_per_second(model_params, gflops)
    if seconds < 90:
        text = f"about {max(1, round(seconds))} seconds"
    elif seconds < 90 * 60:
        text = f"about {round(seconds / 60)} minutes"
    elif seconds < 48 * 3600:
        text = f"about {seconds / 3600:.1f} hours"
    else:
        text = f"about {seconds / 86400:.0f} days"
    return text + " on this processor (a rough estimate; the first steps will show the real speed)"
