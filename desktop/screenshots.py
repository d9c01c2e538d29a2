"""lorasmith --screenshot DIR [--lang zh_CN]: every screen with sample content, one PNG each.

For the documentation and for checking the layout by eye in each language.
Sample runs are written to a temporary user data folder, never the user's own.
"""
from __future__ import annotations

import json
import math
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SIZE = (1280, 820)


def synthetic_events(steps: int = 600, seed: int = 3, overfit: bool = True, start: float | None = None,
                     scale: float = 1.0) -> list[dict]:
    """A believable run: falling noisy loss, validation that turns up late, cosine learning rate."""
    rng = random.Random(seed)
    t0 = start if start is not None else time.time() - 3 * 3600
    events = [{"type": "started", "time": t0, "total_steps": steps, "epochs": 3.0, "train_examples": 1800,
               "eval_examples": 200, "device": "cuda"},
              {"type": "warning", "time": t0, "step": 0, "code": "truncated_examples",
               "message": "37 of 1800 examples (2%) are longer than the cutoff of 512 tokens and were cut."}]
    warned_below_one = False
    for step in range(1, steps + 1):
        now = t0 + step * 6.5
        warm = min(1.0, step / (0.03 * steps))
        lr = 2e-4 * warm * 0.5 * (1 + math.cos(math.pi * step / steps))
        loss = scale * (2.1 * math.exp(-step / 110) + 0.62 - 0.25 * step / steps) + rng.gauss(0, 0.09)
        grad = 0.35 + 0.25 * math.exp(-step / 80) + abs(rng.gauss(0, 0.08)) + (0.9 if rng.random() < 0.01 else 0)
        events.append({"type": "progress", "time": now, "step": step, "epoch": round(3.0 * step / steps, 4),
                       "loss": round(loss, 4), "learning_rate": lr, "grad_norm": round(grad, 4),
                       "tokens_per_second": 2400 + rng.gauss(0, 60), "eta_seconds": (steps - step) * 6.5})
        if loss < 1.0 and not warned_below_one and step > 20:
            warned_below_one = True
            events.append({"type": "warning", "time": now, "step": step, "code": "loss_below_one",
                           "message": "Training loss fell below 1.0."})
        if step % 25 == 0:
            dip = 1.02 * scale + 1.3 * math.exp(-step / 120)
            rise = 0.0012 * max(0, step - 380) if overfit else 0.0
            events.append({"type": "eval", "time": now, "step": step, "eval_loss": round(dip + rise, 4)})
            if overfit and step == 475:
                events.append({"type": "warning", "time": now, "step": step, "code": "overfitting",
                               "message": "Validation loss is rising while training loss falls."})
    return events


def _write_run(name: str, config, events: list[dict], end: dict | None, checkpoint_step: int | None = None) -> Path:
    from core.paths import runs_dir
    from core.training import runs
    from core.training.events import to_line

    run_dir = runs.create_run(config, runs_dir(), name)
    if end is not None:
        events = events + [end]
    (run_dir / runs.METRICS).write_text("".join(to_line(e) + "\n" for e in events), encoding="utf-8")
    if checkpoint_step is not None:
        folder = run_dir / runs.CHECKPOINTS / f"checkpoint-{checkpoint_step}"
        folder.mkdir(parents=True)
        (folder / runs.COMPLETE_MARKER).write_text("", encoding="utf-8")
    if end is not None and end["type"] in ("finished", "cancelled"):
        # Only the adapter's description, so the Test screen lists it; no weights, nothing is run.
        (run_dir / runs.ADAPTER).mkdir(exist_ok=True)
        (run_dir / runs.ADAPTER / "adapter_config.json").write_text(
            json.dumps({"peft_type": "LORA", "base_model_name_or_path": config.model, "r": config.lora_rank}),
            encoding="utf-8")
    return run_dir


def make_sample_runs() -> list[Path]:
    from core.config import RunConfig
    from core.paths import demo_model_dir, samples_dir

    dataset = str(samples_dir() / "demo_persona.json")
    base = dict(model=str(demo_model_dir()), dataset=dataset)
    day = time.time() - 2 * 86400
    first = _write_run("persona-rank16", RunConfig(**base, lora_rank=16),
                       synthetic_events(seed=3, start=day),
                       {"type": "cancelled", "time": day + 4000, "step": 600, "adapter_path": ""}, 500)
    second = _write_run("persona-rank8-lr1e-4", RunConfig(**base, lora_rank=8, learning_rate=1e-4),
                        synthetic_events(seed=5, overfit=False, scale=1.08, start=day + 9000),
                        {"type": "finished", "time": day + 13000, "step": 600, "adapter_path": ""})
    third = _write_run("persona-rank64-big-batch", RunConfig(**base, lora_rank=64, micro_batch_size=16),
                       synthetic_events(steps=600, seed=9, start=day + 20000)[:3],
                       {"type": "failed", "time": day + 20030, "step": 1, "code": "oom",
                        "message": "The GPU ran out of memory.",
                        "hint": "Lower the micro batch size or the cutoff length."})
    return [first, second, third]


def _save(widget, folder: Path, name: str) -> Path:
    from PySide6.QtWidgets import QApplication

    for _ in range(5):
        QApplication.processEvents()
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    return path


def render_screenshots(folder: str | Path, language: str | None = None) -> int:
    folder = Path(folder).resolve()
    folder.mkdir(parents=True, exist_ok=True)
    home = tempfile.mkdtemp(prefix="lorasmith-screens-")
    os.environ["LORASMITH_HOME"] = home
    from desktop.app import create_application

    app = create_application(language)
    from core.paths import samples_dir
    from desktop.main_window import MainWindow

    runs = make_sample_runs()
    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()  # starts the GPU probe; its answer is replaced by a sample GPU, which reads better
    if window._hardware_probe is not None:
        window._hardware_probe.wait(5000)
    app.processEvents()
    from PySide6.QtCore import QCoreApplication
    window.gpu_label.setText(QCoreApplication.translate("MainWindow", "{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free")
                             .format("NVIDIA GeForce RTX 4070", 10.8, 12.0))
    saved = []

    for number, key in enumerate(window.screen_keys(), start=1):
        view = window.show_screen(key)
        if key == "models" and hasattr(view, "show_sample_content"):
            view.show_sample_content()      # offline: the recommended list, the demo model, a sample download
        elif key == "dataset" and hasattr(view, "open_path"):
            view.open_path(samples_dir() / "alpaca_zh.json")
            if hasattr(view, "wait_until_loaded"):
                view.wait_until_loaded(20000)
        elif key == "train":
            view.form._set_value("dataset", str(samples_dir() / "demo_persona.json"))
            view.validate()
        elif key == "monitor":
            window.open_run(runs[0])
            view.set_hover_step(300)
        elif key == "runs":
            view.refresh()
            view.select_run(runs[0])
        elif key == "test" and hasattr(view, "show_sample_content"):
            view.set_run(runs[0])
            deadline = time.monotonic() + 20
            while not view.chat.prompts and time.monotonic() < deadline:   # its quick prompts load in a thread
                app.processEvents()
                time.sleep(0.02)
            view.show_sample_content()
        saved.append(_save(window, folder, f"{number:02d}-{key}"))

    models = window.show_screen("models")
    if hasattr(models, "show_sample_content"):
        for name, panel in (("01b-models-local", models.local), ("01c-models-downloads", models.downloads)):
            models.tabs.setCurrentWidget(panel)
            saved.append(_save(window, folder, name))
        models.tabs.setCurrentWidget(models.search)

    train = window.show_screen("train")
    train.form.advanced.set_expanded(True)
    app.processEvents()
    train.scroll.verticalScrollBar().setValue(train.form.advanced.y() - 8)
    saved.append(_save(window, folder, "03b-train-advanced"))
    train.form.advanced.set_expanded(False)
    window.compare_runs(runs[0], [runs[1]])
    window.view("monitor").set_hover_step(420)
    saved.append(_save(window, folder, "04b-monitor-compare"))

    from desktop.views.wizard.screens import save_wizard_screenshots
    saved.extend(save_wizard_screenshots(window, folder, _save))

    from desktop.help import HelpDialog
    dialog = HelpDialog(window)
    dialog.show()
    saved.append(_save(dialog, folder, "07-help"))
    dialog.close()
    for path in saved:
        print(path)
    window._force_close = True
    window.close()
    app.processEvents()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(render_screenshots(sys.argv[1] if len(sys.argv) > 1 else "screenshots",
                                sys.argv[2] if len(sys.argv) > 2 else None))
