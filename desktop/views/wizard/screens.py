"""Both wizards page by page with sample content, for `lorasmith --screenshot DIR` (nothing is trained or run).

The settings wizard plans a 3-billion-parameter model (the shape of Qwen2.5-3B,
written as a model folder with only its config.json) on a sample 12 GB card; the
getting-started wizard shows the no-GPU path with the demo model, as a first
start on a laptop would.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.paths import samples_dir, user_data_dir
from core.training import runs

GIB = 1024**3
SAMPLE_3B = {
    "architectures": ["Qwen2ForCausalLM"],
    "model_type": "qwen2",
    "hidden_size": 2048,
    "intermediate_size": 11008,
    "num_hidden_layers": 36,
    "num_attention_heads": 16,
    "num_key_value_heads": 2,
    "vocab_size": 151936,
    "max_position_embeddings": 32768,
    "tie_word_embeddings": True,
    "torch_dtype": "bfloat16",
}
SAMPLE_ANSWERS = {
    "base": "You could make a vegetable stir-fry with rice, or a simple pasta with tomato sauce.",
    "adapter": "Ho there, friend! A hearty stew, slow as a banked forge. — Smithy, at the anvil.",
}


def sample_gpu():
    from core.planning.hardware import GpuInfo, HardwareInfo

    gpu = GpuInfo(0, "NVIDIA GeForce RTX 4070", 12 * GIB, int(10.8 * GIB), int(1.2 * GIB), (8, 9))
    return HardwareInfo(
        gpus=[gpu],
        driver_version="566.14",
        ram_total_bytes=32 * GIB,
        ram_available_bytes=22 * GIB,
        disk_free_bytes=410 * GIB,
        cpu_cores=8,
    )


def sample_cpu():
    from core.planning.hardware import HardwareInfo

    return HardwareInfo(ram_total_bytes=16 * GIB, ram_available_bytes=9 * GIB, disk_free_bytes=120 * GIB, cpu_cores=4)


def _sample_model_folder() -> Path:
    folder = user_data_dir() / "screenshot-models" / "Qwen2.5-3B-Instruct"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(SAMPLE_3B), encoding="utf-8")
    return folder


def save_wizard_screenshots(parent, folder: Path, save) -> list[Path]:
    """Render every page of both wizards; `save(widget, folder, name)` writes one PNG and returns its path."""
    from desktop.sample_runs import synthetic_events
    from desktop.views.wizard.firstrun import FirstRunWizard
    from desktop.views.wizard.hyper import HyperparameterWizard

    saved = []
    hyper = HyperparameterWizard(parent, hardware=sample_gpu())
    hyper.show()
    saved.append(save(hyper, folder, "08a-settings-wizard-goal"))
    hyper.next()
    hyper.model_page.select_path(str(_sample_model_folder()))
    saved.append(save(hyper, folder, "08b-settings-wizard-model"))
    hyper.next()
    hyper.dataset_page.set_path(str(samples_dir() / "alpaca_zh.json"))
    hyper.dataset_page.wait_until_checked()
    saved.append(save(hyper, folder, "08c-settings-wizard-dataset"))
    hyper.next()
    saved.append(save(hyper, folder, "08d-settings-wizard-settings"))
    hyper.settings_page.set_setting("cutoff_len", 2048)
    hyper.settings_page.scroll.verticalScrollBar().setValue(0)
    saved.append(save(hyper, folder, "08e-settings-wizard-changed"))
    bar = hyper.settings_page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    saved.append(save(hyper, folder, "08f-settings-wizard-rest"))
    hyper.done(0)

    first = FirstRunWizard(parent, hardware=sample_cpu(), cpu_gflops=60.0)
    first.show()
    saved.append(save(first, folder, "09a-getting-started-hardware"))
    for name in ("09b-getting-started-model", "09c-getting-started-dataset"):
        first.next()
        first.dataset_page.wait_until_checked()
        saved.append(save(first, folder, name))
    first.next()
    saved.append(save(first, folder, "09d-getting-started-settings"))
    # The last two steps with a recorded run and answers, instead of training.
    run_dir = user_data_dir() / "screenshot-run"
    (run_dir / runs.ADAPTER).mkdir(parents=True, exist_ok=True)
    (run_dir / runs.ADAPTER / "adapter_config.json").write_text("{}", encoding="utf-8")
    first.train_page.show_events(synthetic_events(steps=50, seed=4, overfit=False, scale=2.2), run_dir)
    first.next()
    saved.append(save(first, folder, "09e-getting-started-training"))
    first.try_page._asked = True  # no model is asked: the answers below stand in
    first.next()
    first.try_page.show_answers(first.try_prompt() or "What should I cook for dinner tonight?", SAMPLE_ANSWERS)
    saved.append(save(first, folder, "09f-getting-started-try"))
    first.done(0)
    return saved
