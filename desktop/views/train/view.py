"""Train screen: the settings form, Load / Save as run YAML, Copy parameters from a run, Start / Stop / Kill."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.config import RunConfig
from core.paths import demo_model_dir, runs_dir, user_data_dir
from core.training import runs
from desktop import settings, theme
from desktop.views.train.form import SettingsForm

DRAFT_NAME = "last-settings.yaml"  # the form as it was left, restored at the next start


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def default_config() -> RunConfig:
    return RunConfig(model=str(demo_model_dir()))


def problems_for(config: RunConfig) -> dict[str, str]:
    """Problems with the settings, keyed by setting; key '' holds the rest. Empty when fine."""
    found: dict[str, str] = {}
    if not config.model:
        found["model"] = translate("TrainView", "Choose the base model's folder.")
    elif not Path(config.model).is_dir():
        found["model"] = translate("TrainView", "This folder does not exist.")
    elif not (Path(config.model) / "config.json").exists():
        found["model"] = translate(
            "TrainView", "No config.json in this folder: choose the folder that holds the model's files."
        )
    if not config.dataset:
        found["dataset"] = translate("TrainView", "Choose your dataset: a file, or a folder of .txt files.")
    elif not Path(config.dataset).exists():
        found["dataset"] = translate("TrainView", "This file does not exist.")
    for name in ("format_file", "validation_file"):
        value = getattr(config, name)
        if value and not Path(value).exists():
            found[name] = translate("TrainView", "This file does not exist.")
    if config.micro_batch_size > 0 and config.batch_size % config.micro_batch_size:
        suggestion = max(1, config.batch_size // config.micro_batch_size) * config.micro_batch_size
        found["batch_size"] = translate(
            "TrainView",
            "The batch size must be a multiple of the micro batch size ({0}); use {1}, or change the micro batch size.",
        ).format(config.micro_batch_size, suggestion)
    if config.reads_raw_text and config.overlap_len >= config.cutoff_len:
        found["overlap_len"] = translate(
            "TrainView", "The overlap must be smaller than the cutoff length ({0})."
        ).format(config.cutoff_len)
    if config.lora_targets == "custom" and not config.custom_targets:
        found["custom_targets"] = translate(
            "TrainView", "List module names such as q_proj, v_proj, or choose another target preset."
        )
    if not found:
        # Anything core checks that the form does not know about yet, in core's words.
        rest = config.validate()
        if rest:
            found[""] = "\n".join(rest)
    return found


class RunPickerDialog(QDialog):
    """Pick an earlier run (for Copy parameters from)."""

    def __init__(self, parent: QWidget | None = None, root: Path | None = None):
        super().__init__(parent)
        from core.training.runs import list_runs

        self.setWindowTitle(self.tr("Copy parameters from a run"))
        self.list = QListWidget()
        for run in list_runs(root or runs_dir()):
            dataset = Path(run.config.dataset).name if run.config else "?"
            item = QListWidgetItem(f"{run.name}    ({dataset})")
            item.setData(Qt.ItemDataRole.UserRole, str(run.path))
            item.setToolTip(str(run.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Its settings replace the ones in the form:")
                if self.list.count()
                else self.tr("There are no runs yet.")
            )
        )
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(520, 360)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None


class TrainView(QWidget):
    start_requested = Signal(object, str)  # RunConfig, run name ('' for automatic)
    stop_requested = Signal()
    kill_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.running = False
        self.problems: dict[str, str] = {}
        self.form = SettingsForm()
        self.scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.load_button = QPushButton(self.tr("Load…"))
        self.load_button.setToolTip(self.tr("Load settings from a run YAML file (Ctrl+O)"))
        self.save_button = QPushButton(self.tr("Save…"))
        self.save_button.setToolTip(
            self.tr("Save these settings as a run YAML file (Ctrl+S), for later or for the command line")
        )
        self.copy_button = QPushButton(self.tr("Copy parameters from…"))
        self.copy_button.setToolTip(self.tr("Fill the form with the settings of an earlier run"))
        self.reset_button = QPushButton(self.tr("Defaults"))
        self.reset_button.setToolTip(self.tr("Put every setting back to its default"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("run name (automatic)"))
        self.name_edit.setMinimumWidth(200)
        self.name_edit.setMaximumWidth(260)
        self.start_button = QPushButton(self.tr("Start training"))
        self.start_button.setToolTip(self.tr("Start a run with these settings (F5)"))
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current step and save the adapter so far"))
        self.kill_button = QPushButton(self.tr("Kill"))
        self.kill_button.setToolTip(self.tr("End the training process at once"))
        self.load_button.clicked.connect(lambda: self.load_file())
        self.save_button.clicked.connect(lambda: self.save_file())
        self.copy_button.clicked.connect(self.copy_from_run)
        self.reset_button.clicked.connect(lambda: self.form.set_config(default_config()))
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop_requested)
        self.kill_button.clicked.connect(self.kill_requested)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        file_bar = QHBoxLayout()
        for button in (self.load_button, self.save_button, self.copy_button, self.reset_button):
            file_bar.addWidget(button)
        file_bar.addStretch(1)
        run_bar = QHBoxLayout()
        run_bar.addWidget(self.summary, 1)
        run_bar.addWidget(self.name_edit)
        for button in (self.start_button, self.stop_button, self.kill_button):
            run_bar.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addLayout(file_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(run_bar)
        self.form.changed.connect(self.validate)
        if theme.manager() is not None:  # the problem colours follow light/dark
            theme.manager().changed.connect(self._theme_changed)
        self.form.set_config(self._restore_draft())
        self.set_state("idle")

    # --- files ---------------------------------------------------------------------------
    def open_action(self) -> None:
        self.load_file()

    def save_action(self) -> None:
        self.save_file()

    def load_file(self, path: str | Path | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Load settings"),
                settings.last_folder("config"),
                self.tr("Run settings (*.yaml *.yml);;All files (*)"),
            )
            if not path:
                return False
        try:
            config = RunConfig.load(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Could not load the settings"), str(exc))
            return False
        settings.remember_folder("config", path)
        self.form.set_config(config)
        return True

    def save_file(self, path: str | Path | None = None) -> bool:
        if path is None:
            start = str(Path(settings.last_folder("config")) / runs.RUN_YAML)
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save settings"), start, self.tr("Run settings (*.yaml *.yml)")
            )
            if not path:
                return False
        try:
            self.form.config().save(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Could not save the settings"), str(exc))
            return False
        settings.remember_folder("config", path)
        return True

    def copy_from_run(self, run_dir: Path | None = None) -> bool:
        if run_dir is None or isinstance(run_dir, bool):
            dialog = RunPickerDialog(self)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
                return False
            run_dir = dialog.chosen()
        return self.load_file(Path(run_dir) / runs.RUN_YAML)

    def _restore_draft(self) -> RunConfig:
        draft = user_data_dir() / DRAFT_NAME
        if draft.exists():
            try:
                return RunConfig.load(draft)
            except (OSError, ValueError):
                pass  # an unreadable draft is simply forgotten
        return default_config()

    def save_draft(self) -> None:
        try:
            self.form.config().save(user_data_dir() / DRAFT_NAME)
        except OSError:
            pass

    # --- checking and starting -----------------------------------------------------------
    def validate(self) -> dict[str, str]:
        self.problems = problems_for(self.form.config())
        self.form.show_problems(self.problems)
        count = len([k for k in self.problems if k])
        if not self.problems:
            self.summary.setText(self.tr("Ready to start."))
            self.summary.setStyleSheet(f"color: {theme.color_css('ok_text')}")
        else:
            text = self.tr("Fix the settings marked in red to start.") if count else ""
            if "" in self.problems:
                text = (text + "\n" if text else "") + self.problems[""]
            self.summary.setText(text)
            self.summary.setStyleSheet(f"color: {theme.color_css('error_text')}")
        self._update_buttons()
        return self.problems

    def _theme_changed(self, _dark: bool) -> None:
        self.validate()

    def start(self) -> bool:
        if self.running or self.validate():
            return False
        self.save_draft()
        self.start_requested.emit(self.form.config(), self.name_edit.text().strip())
        return True

    def set_state(self, state: str) -> None:
        """Follow the training worker's state."""
        self.running = state in ("running", "stopping")
        self.stop_button.setEnabled(state == "running")
        self.kill_button.setEnabled(self.running)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.start_button.setEnabled(not self.running and not self.problems)
