"""The installed app's self-test, second step: in a child of its own, every dependency imports, the
trained adapter loads onto the 4-bit base model, and a few tokens come out.

A missing hidden import or data file in a build shows up here. The parent
(desktop/selftest.py) reads the one result line this prints.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

# Imported by the check child; a missing hidden import or data file in a build shows up here.
DEPENDENCIES = (
    "torch",
    "transformers",
    "peft",
    "bitsandbytes",
    "accelerate",
    "datasets",
    "tokenizers",
    "safetensors",
    "huggingface_hub",
    "jinja2",
    "yaml",
    "platformdirs",
    "pyarrow",
    "charset_normalizer",
    "pynvml",
    "keyring",
    "psutil",
    "numpy",
    "PySide6",
    "pyqtgraph",
)
RESULT_PREFIX = "@@selftest "


def engine_main(argv: list[str]) -> int:
    """The check child (`--engine core.inference.bundle_check RUN_DIR MODEL_DIR`)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    result: dict = {"versions": {}}
    try:
        run_dir, model_dir = Path(argv[0]), argv[1]
        import importlib

        for name in DEPENDENCIES:
            module = importlib.import_module(name)
            result["versions"][name] = str(getattr(module, "__version__", "?"))
        from core.inference.generate import SamplingSettings, chat_prompt, generate, load_for_generation
        from core.training import runs
        from core.training.device_check import detect_hardware_with_torch

        hardware = detect_hardware_with_torch()
        if not hardware.bitsandbytes_ok:
            raise RuntimeError(f"4-bit quantisation does not work here: {'; '.join(hardware.notes)}")
        result["device"] = hardware.device

        tuned = load_for_generation(model_dir, str(run_dir / runs.ADAPTER), device="cpu")
        if not hasattr(tuned, "peft_config"):
            raise RuntimeError("the adapter did not load onto the base model")
        text = generate(tuned, model_dir, chat_prompt(model_dir, "Hello"), SamplingSettings(max_new_tokens=8))
        result["new_tokens"] = 8
        result["sample"] = text
    except Exception as exc:  # noqa: BLE001 - reported to the parent as the reason
        import traceback

        traceback.print_exc()
        result["error"] = f"{type(exc).__name__}: {exc}"
    print(RESULT_PREFIX + json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(engine_main(sys.argv[1:]))
