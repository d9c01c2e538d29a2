"""The status bar's GPU line, found off the GUI thread (core.planning.hardware reads NVML, never torch)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QThread, Signal

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class HardwareProbe(QThread):
    """Looks for the GPU off the GUI thread (NVML can take a moment to answer)."""

    found = Signal(str, str)  # status bar text, its tooltip

    def run(self) -> None:
        self.found.emit(*describe_hardware())


def describe_hardware() -> tuple[str, str]:
    """('GPU name · x GiB of y GiB VRAM free' or a CPU notice, the detector's own explanation)."""
    try:
        from core.planning.hardware import detect_hardware

        info = detect_hardware()
    except Exception:  # noqa: BLE001 - no detector or no driver: the status bar just says less
        return "", ""
    detail = str(getattr(info, "message", "") or "")
    gpus = getattr(info, "gpus", None) or []
    if not gpus:
        return translate("MainWindow", "No NVIDIA GPU found: training runs on the CPU (slow)"), detail
    gpu = gpus[0]
    name = str(getattr(gpu, "name", "GPU"))
    free, total = getattr(gpu, "free_bytes", None), getattr(gpu, "total_bytes", None)
    if isinstance(free, (int, float)) and isinstance(total, (int, float)) and total:
        text = translate("MainWindow", "{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free").format(
            name, free / 2**30, total / 2**30
        )
        return text, detail
    return name, detail
