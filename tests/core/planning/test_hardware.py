"""Hardware detection: without a GPU, without NVML, without torch in the process."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import namedtuple

import pytest

from core.planning import hardware
from core.planning.hardware import CPU_FALLBACK, GIB, describe_cpu_time, detect_hardware
from tests.locations import REPO


def test_detection_estimate_and_plan_never_import_torch():
    # The GUI process calls all three; torch, transformers and bitsandbytes must stay out of it.
    config = {
        "model_type": "llama",
        "hidden_size": 512,
        "intermediate_size": 1024,
        "num_hidden_layers": 4,
        "num_attention_heads": 8,
        "vocab_size": 32000,
    }
    code = (
        "import json, sys; from core.planning.hardware import detect_hardware; h = detect_hardware(); "
        f"from core.planning.plan import propose; propose({config!r}, 4 * 2**30); "
        "from core.cli.plan import plan_main; "
        "print(json.dumps({'torch': 'torch' in sys.modules, 'transformers': 'transformers' in sys.modules, "
        "'bitsandbytes': 'bitsandbytes' in sys.modules, 'info': h.to_json()}))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert not (result["torch"] or result["transformers"] or result["bitsandbytes"])
    assert result["info"]["ram_total_bytes"] > 0 and result["info"]["message"]


def test_missing_nvml_module_means_cpu_mode_with_a_plain_message(monkeypatch):
    monkeypatch.setitem(sys.modules, "pynvml", None)  # makes `import pynvml` raise ImportError
    info = detect_hardware()
    assert info.gpus == [] and info.device == "cpu"
    assert "nvidia-ml-py" in info.message and "AMD and Intel" in info.message and "processor (CPU)" in info.message
    assert info.vram_budget_bytes() == 0


def test_nvml_without_a_driver_says_to_install_the_driver():
    pynvml = pytest.importorskip("pynvml")
    try:
        pynvml.nvmlInit()
    except pynvml.NVMLError:
        pass
    else:
        pynvml.nvmlShutdown()
        pytest.skip("this machine has a working NVIDIA driver")
    info = detect_hardware()
    assert info.gpus == [] and info.device == "cpu"
    assert info.message.startswith("No NVIDIA driver answered") and "nvidia.com" in info.message
    assert info.message.endswith(CPU_FALLBACK)


def test_torch_path_reports_cuda_and_checks_bitsandbytes():
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this test covers machines without CUDA")
    from core.training.device_check import detect_hardware_with_torch

    info = detect_hardware_with_torch()
    assert info.cuda_available is False and info.device == "cpu"
    assert info.bitsandbytes_ok is True  # 4-bit quantisation works on the CPU
    assert info.torch_version == torch.__version__


def test_ram_and_free_disk_of_a_folder_not_made_yet(tmp_path):
    info = detect_hardware(disk_path=tmp_path / "models" / "not-yet")
    assert info.disk_path == str(tmp_path.resolve()) and info.disk_free_bytes > 0
    assert info.ram_total_bytes >= info.ram_available_bytes > 0 and info.cpu_cores >= 1
    assert info.ram_budget_bytes() == max(0, info.ram_available_bytes - 2 * GIB)


class FakeNvml:
    """Stands in for the NVIDIA driver's library (pynvml), which this machine lacks."""

    NVMLError = type("NVMLError", (Exception,), {})
    Memory = namedtuple("Memory", "total free used")
    Proc = namedtuple("Proc", "pid usedGpuMemory")

    def __init__(self, cards):
        self.cards, self.shut = cards, False

    def nvmlInit(self):
        pass

    def nvmlShutdown(self):
        self.shut = True

    def nvmlSystemGetDriverVersion(self):
        return b"560.94"

    def nvmlDeviceGetCount(self):
        return len(self.cards)

    def nvmlDeviceGetHandleByIndex(self, i):
        return self.cards[i]

    def nvmlDeviceGetName(self, card):
        return card["name"]

    def nvmlDeviceGetMemoryInfo(self, card):
        return self.Memory(card["total"], card["free"], card["total"] - card["free"])

    def nvmlDeviceGetCudaComputeCapability(self, card):
        return card["cc"]

    def nvmlDeviceGetComputeRunningProcesses(self, card):
        return [self.Proc(p, m) for p, m in card.get("procs", [])]


def test_gpus_from_nvml_capability_and_memory_used_by_others():
    import os

    nvml = FakeNvml(
        [
            {"name": "NVIDIA GeForce GTX 1080 Ti", "total": 11 * GIB, "free": 10 * GIB, "cc": (6, 1)},
            {
                "name": "NVIDIA GeForce RTX 3060",
                "total": 12 * GIB,
                "free": 9 * GIB,
                "cc": (8, 6),
                "procs": [(os.getpid(), 2 * GIB), (4242, GIB)],
            },
        ]
    )
    info = hardware.HardwareInfo()
    hardware._read_nvml(nvml, info)
    old, new = info.gpus
    assert (old.bf16, new.bf16) == (False, True)  # bf16 natively from compute capability 8.0
    assert new.used_by_others_bytes == GIB and new.free_bytes == 11 * GIB  # our own 2 GiB counts as free
    assert info.gpu is new and info.driver_version == "560.94" and nvml.shut
    assert info.vram_budget_bytes() == 11 * GIB - int(12 * GIB * 0.05)
    assert info.vram_budget_bytes(margin_bytes=GIB) == 10 * GIB


def test_cpu_time_estimate_is_worded_for_people():
    assert describe_cpu_time(10_000_000, 1000, gflops=50).startswith("about")
    long = describe_cpu_time(7_000_000_000, 10_000_000, gflops=50)
    assert "days" in long and "rough estimate" in long
    assert hardware.cpu_tokens_per_second(1_000_000, 50) > hardware.cpu_tokens_per_second(100_000_000, 50)
    assert hardware.measure_cpu_gflops(seconds=0.05) > 0


def test_the_training_child_is_pinned_to_the_card_the_plan_was_made_for():
    nvml = FakeNvml(
        [
            {"name": "NVIDIA GeForce GTX 1650", "total": 4 * GIB, "free": 3 * GIB, "cc": (7, 5)},
            {"name": "NVIDIA GeForce RTX 4070", "total": 12 * GIB, "free": 11 * GIB, "cc": (8, 9)},
        ]
    )
    info = hardware.HardwareInfo()
    hardware._read_nvml(nvml, info)
    assert info.gpu.index == 1  # the planner sizes the run for the 4070
    env: dict = {}
    assert hardware.pin_training_gpu(env, info) == 1
    # PCI bus order is NVML's order; CUDA's own default (fastest first) could number the cards otherwise.
    assert env == {"CUDA_DEVICE_ORDER": "PCI_BUS_ID", "CUDA_VISIBLE_DEVICES": "1"}
    chosen = {"CUDA_VISIBLE_DEVICES": "0"}  # the user's own choice is kept
    assert hardware.pin_training_gpu(chosen, info) is None and chosen["CUDA_VISIBLE_DEVICES"] == "0"
    cpu_only: dict = {}
    assert hardware.pin_training_gpu(cpu_only, hardware.HardwareInfo()) is None
    assert "CUDA_VISIBLE_DEVICES" not in cpu_only
