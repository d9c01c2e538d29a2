"""The main window's part in a training run: start, retry, resume and follow it, and show past runs.

A mixin of MainWindow (which provides worker, views, view(), show_screen(), the run
actions and the status bar). Its texts are translated in MainWindow's context, which is
the class Qt looks them up under at run time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from core.training import runs
from core.training.runs import last_traceback, run_name

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class RunControl:
    def _connect_worker(self) -> None:
        w = self.worker
        w.event.connect(lambda event: self._monitor().handle_event(event))
        w.log_line.connect(lambda line: self._monitor().append_log(line))
        w.progress.connect(self._show_progress)
        w.state_changed.connect(self._state_changed)
        w.crashed.connect(self._crashed)
        w.finished.connect(self._finished)
        w.failed.connect(self._failed)

    def start_from_form(self) -> None:
        train = self.view("train")
        if not train.start():
            self.show_screen("train")

    def start_run(self, config, name: str = "") -> Path | None:
        """Create a run folder for `config` and train it in a child process."""
        from core.paths import runs_dir
        from core.training.runs import create_run

        if self.worker.is_running():
            return None
        try:
            run_dir = create_run(config, runs_dir(), name or None)
        except OSError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Could not create the run folder"), str(exc))
            return None
        self._launch(run_dir, resume=False)
        return run_dir

    def retry_smaller(self, run_dir: Path) -> Path | None:
        """After running out of memory: a new run, one planner step smaller than the failed one."""
        from core.config import RunConfig
        from core.planning.plan import smaller_after_oom
        from core.training.runs import RUN_YAML

        try:
            step = smaller_after_oom(RunConfig.load(Path(run_dir) / RUN_YAML))
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, translate("MainWindow", "Could not retry"), str(exc))
            return None
        if step is None:
            QMessageBox.information(
                self,
                translate("MainWindow", "Nothing left to make smaller"),
                translate(
                    "MainWindow",
                    "These settings are already the smallest the planner knows. Choose a smaller model "
                    "or a shorter cutoff length.",
                ),
            )
            return None
        config, why = step
        self.view("train").form.set_config(config)
        new_run = self.start_run(config, f"{run_name(run_dir)}-smaller")
        if new_run is not None:
            self.statusBar().showMessage(why, 15000)
        return new_run

    def resume_run(self, run_dir: Path) -> None:
        if not self.worker.is_running():
            self._launch(Path(run_dir), resume=True)

    def resume_with_learning_rate(self, run_dir: Path, rate: float) -> None:
        """After a NaN: the lower learning rate into run.yaml, then resume from the last good checkpoint."""
        from core.config import RunConfig
        from core.training.runs import RUN_YAML

        if self.worker.is_running() or run_dir is None:
            return
        path = Path(run_dir) / RUN_YAML
        try:
            config = RunConfig.load(path)
            old = config.learning_rate
            config.learning_rate = float(rate)
            config.save(path)
        except (OSError, ValueError) as exc:
            QMessageBox.warning(self, translate("MainWindow", "Could not resume"), str(exc))
            return
        self._launch(Path(run_dir), resume=True)
        self.statusBar().showMessage(
            translate("MainWindow", "Resuming with learning rate {0} (it was {1})").format(f"{rate:g}", f"{old:g}"),
            15000,
        )

    def _monitor(self):
        """The Monitor screen, with its run actions connected once."""
        monitor = self.view("monitor")
        if not getattr(monitor, "_run_actions_connected", False):
            monitor.resume_lower_rate_requested.connect(self.resume_with_learning_rate)
            monitor._run_actions_connected = True
        return monitor

    def _finished(self, event: dict) -> None:
        if event.get("already_finished"):
            text = translate(
                "MainWindow", "Nothing to resume: this run already reached its last step, and nothing was changed."
            )
        else:
            text = translate("MainWindow", "Training finished. The adapter is in {0}").format(
                event.get("adapter_path", "")
            )
        self.statusBar().showMessage(text, 15000)

    def _launch(self, run_dir: Path, resume: bool) -> None:
        self._monitor().begin_run(run_dir, run_name(run_dir), resume=resume)
        try:
            self.worker.start(run_dir, resume=resume)
        except OSError as exc:
            QMessageBox.critical(self, translate("MainWindow", "Could not start training"), str(exc))
            self._monitor().set_state("crashed")
            return
        if "runs" in self.views:
            self.views["runs"].set_active_run(run_dir)
        self.show_screen("monitor")

    def _state_changed(self, state: str) -> None:
        for key in ("train", "monitor"):
            if key in self.views:
                self.views[key].set_state(state)
        self._set_run_actions(state)
        running = state in ("running", "stopping")
        if not running:
            self.run_label.setText("")
            if "runs" in self.views:
                self.views["runs"].set_active_run(None)
            if self._quit_when_stopped:
                self._force_close = True
                QTimer.singleShot(0, self.close)
        elif state == "stopping":
            self.run_label.setText(translate("MainWindow", "Stopping after this step…"))

    def _set_run_actions(self, state: str) -> None:
        running = state in ("running", "stopping")
        self.start_act.setEnabled(not running)
        self.stop_act.setEnabled(state == "running")
        self.kill_act.setEnabled(running)

    def _show_progress(self, event: dict) -> None:
        total = self.view("monitor").curves.total_steps
        step = event.get("step", 0)
        self.run_label.setText(translate("MainWindow", "Training: step {0} of {1}").format(step, total or "?"))

    def _failed(self, event: dict) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Training failed: {0}").format(event.get("message", "")), 15000
        )
        if event.get("code") != "crash" or self.worker.run_dir is None:
            return
        # A bug in the engine: the traceback is in the run's log; show it where the user looks.
        log = Path(self.worker.run_dir) / runs.LOG
        traceback_text = last_traceback(log)
        if traceback_text:
            self._monitor().append_log(traceback_text)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("MainWindow", "Training stopped because of a bug"),
            translate(
                "MainWindow",
                "{0}\n\nThis is a bug in Lorasmith, not in your data or settings. "
                "Please send {1} with a report; the last checkpoint, if any, can be "
                "resumed from the Runs screen.",
            ).format(event.get("message", ""), log),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(traceback_text or event.get("message", ""))
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.crash_box = box

    def _crashed(self, code: int, tail: str) -> None:
        monitor = self.view("monitor")
        monitor.append_log(tail)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("MainWindow", "The training process stopped unexpectedly"),
            translate(
                "MainWindow",
                "It ended with exit code {0} without saying why. The app is fine; the last "
                "checkpoint, if any, can be resumed from the Runs screen.",
            ).format(code),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setDetailedText(tail)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        self.crash_box = box

    # --- runs ----------------------------------------------------------------------------
    def _events_of(self, run_dir: Path) -> list[dict]:
        from core.training.events import read_metrics

        return list(read_metrics(Path(run_dir) / runs.METRICS))

    def open_run(self, run_dir: Path) -> None:
        monitor = self._monitor()
        run_dir = Path(run_dir)
        if self.worker.is_running() and run_dir != self.worker.run_dir:
            # The live run keeps the Monitor; the other run is drawn over it.
            monitor.add_comparison(run_name(run_dir), self._events_of(run_dir))
            self.statusBar().showMessage(
                translate("MainWindow", "A run is going: {0} is shown over it for comparison").format(
                    run_name(run_dir)
                ),
                8000,
            )
        elif not (self.worker.is_running() and run_dir == self.worker.run_dir):
            monitor.clear_comparisons()
            monitor.load_events(self._events_of(run_dir), run_name(run_dir), run_dir=run_dir)
        self.show_screen("monitor")

    def compare_runs(self, first: Path, others: list) -> None:
        self.open_run(first)
        monitor = self.view("monitor")
        for other in others:
            monitor.add_comparison(run_name(other), self._events_of(other))

    def _copy_settings(self, run_dir: Path) -> None:
        self.show_screen("train").copy_from_run(run_dir)
