"""lorasmith --screenshot DIR [--lang zh_CN]: every screen with sample content, one PNG each.

For the documentation and for checking the layout by eye in each language.
Sample runs are written to a temporary user data folder, never the user's own.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

WINDOW_SIZE = (1280, 820)


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
    from desktop.application import create_application

    app = create_application(language)
    from desktop.sample_runs import make_sample_runs

    runs = make_sample_runs()
    window = _sample_window(app)
    saved = _save_screens(app, window, runs, folder)
    saved += _save_second_looks(app, window, runs, folder)
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


def _sample_window(app):
    """The main window at the screenshots' size, its status bar showing a sample GPU."""
    from PySide6.QtCore import QCoreApplication

    from desktop.main_window import MainWindow

    window = MainWindow()
    window.resize(*WINDOW_SIZE)
    window.show()
    app.processEvents()  # starts the GPU probe; its answer is replaced by a sample GPU, which reads better
    if window._hardware_probe is not None:
        window._hardware_probe.wait(5000)
    app.processEvents()
    window.gpu_label.setText(
        QCoreApplication.translate("MainWindow", "{0} · {1:.1f} GiB of {2:.1f} GiB VRAM free").format(
            "NVIDIA GeForce RTX 4070", 10.8, 12.0
        )
    )
    return window


def _save_screens(app, window, runs: list[Path], folder: Path) -> list[Path]:
    """Each screen in turn, with sample content, as NN-<key>.png."""
    saved = []
    for number, key in enumerate(window.screen_keys(), start=1):
        view = window.show_screen(key)
        _fill_with_samples(app, window, key, view, runs)
        saved.append(_save(window, folder, f"{number:02d}-{key}"))
    return saved


def _fill_with_samples(app, window, key: str, view, runs: list[Path]) -> None:
    from core.paths import samples_dir

    if key == "models" and hasattr(view, "show_sample_content"):
        view.show_sample_content()  # offline: the recommended list, the demo model, a sample download
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
        while not view.chat.prompts and time.monotonic() < deadline:  # its quick prompts load in a thread
            app.processEvents()
            time.sleep(0.02)
        view.show_sample_content()


def _save_second_looks(app, window, runs: list[Path], folder: Path) -> list[Path]:
    """What the first pass does not show: the Models tabs, Train's advanced settings, two runs compared."""
    saved = []
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
    return saved


if __name__ == "__main__":
    sys.exit(
        render_screenshots(
            sys.argv[1] if len(sys.argv) > 1 else "screenshots", sys.argv[2] if len(sys.argv) > 2 else None
        )
    )
