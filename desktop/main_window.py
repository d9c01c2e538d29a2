"""The main window: screen navigation, menus and shortcuts, status bar, and the training run.

Screens are listed in SCREENS as (key, title, icon, module, class); a new screen
is a module and a line there. Screens are created the first time they are
needed, which keeps start-up quick. The menus are built in window_menus.py and the
training run is followed in window_runs.py, two mixins of MainWindow.

What a screen may offer the window (all optional):
  open_action() / save_action()   File > Open (Ctrl+O) and Save (Ctrl+S)
  actions_for_menu()               its own actions (with their own shortcuts) for a menu named after it
  accepts_drop(mime), handle_drop(mime)   files dropped anywhere on the window
  maybe_save() -> bool             asked before the window closes
  shutdown()                       called when the window closes (end worker threads)
  status_message (signal of str)   shown in the status bar
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import settings, theme
from desktop.window_menus import WindowMenus
from desktop.window_runs import RunControl
from desktop.workers.hardware_probe import HardwareProbe
from desktop.workers.training_worker import TrainingWorker

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


@dataclass(frozen=True)
class Screen:
    key: str
    title: str  # English; shown through QCoreApplication.translate("MainWindow", title)
    icon: str  # resources/icons/<icon>.svg
    module: str
    cls: str
    drops: bool = False  # may take files dropped on the window (accepts_drop / handle_drop)


SCREENS = (
    Screen("models", QT_TRANSLATE_NOOP("MainWindow", "Models"), "models", "desktop.views.models.view", "ModelsView"),
    Screen(
        "dataset",
        QT_TRANSLATE_NOOP("MainWindow", "Dataset"),
        "dataset",
        "desktop.views.dataset.view",
        "DatasetView",
        drops=True,
    ),
    Screen("train", QT_TRANSLATE_NOOP("MainWindow", "Train"), "train", "desktop.views.train.view", "TrainView"),
    Screen(
        "monitor", QT_TRANSLATE_NOOP("MainWindow", "Monitor"), "monitor", "desktop.views.monitor.view", "MonitorView"
    ),
    Screen("test", QT_TRANSLATE_NOOP("MainWindow", "Test"), "test", "desktop.views.tryout.view", "TryOutView"),
    Screen("runs", QT_TRANSLATE_NOOP("MainWindow", "Runs"), "runs", "desktop.views.runs.view", "RunsView"),
)


class MainWindow(RunControl, WindowMenus, QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Lorasmith")
        self.setWindowIcon(theme.app_icon())
        self.setAcceptDrops(True)
        self.worker = TrainingWorker(self)
        self.views: dict[str, QWidget] = {}
        self._containers: dict[str, QWidget] = {}
        self._quit_when_stopped = False
        self._force_close = False
        self._hardware_probe: HardwareProbe | None = None
        self.first_run_wizard = self.settings_wizard = None

        self.nav = QListWidget()
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget()
        for screen in SCREENS:
            item = QListWidgetItem(theme.icon(screen.icon), translate("MainWindow", screen.title))
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
            container = QWidget()
            QVBoxLayout(container).setContentsMargins(0, 0, 0, 0)
            self._containers[screen.key] = container
            self.stack.addWidget(container)
        self.nav.setFixedWidth(max(150, self.nav.sizeHintForColumn(0) + 24))
        self.nav.currentRowChanged.connect(self._row_changed)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.gpu_label = QLabel()
        self.run_label = QLabel()
        self.statusBar().addPermanentWidget(self.run_label)
        self.statusBar().addPermanentWidget(self.gpu_label)
        self._build_menus(SCREENS)
        self._connect_worker()
        if theme.manager() is not None:
            theme.manager().changed.connect(self._refresh_icons)
        self._restore()

    # --- screens -------------------------------------------------------------------------
    def screen_keys(self) -> list[str]:
        return [s.key for s in SCREENS]

    def view(self, key: str) -> QWidget:
        """The screen's widget, created the first time it is asked for."""
        if key not in self.views:
            screen = next(s for s in SCREENS if s.key == key)
            widget = self._create(screen)
            self.views[key] = widget
            self._containers[key].layout().addWidget(widget)
            self._connect_view(key, widget)
        return self.views[key]

    def _create(self, screen: Screen) -> QWidget:
        return getattr(importlib.import_module(screen.module), screen.cls)(self)

    def show_screen(self, key: str) -> QWidget:
        self.nav.setCurrentRow(self.screen_keys().index(key))
        return self.view(key)

    def current_key(self) -> str:
        return self.screen_keys()[max(0, self.nav.currentRow())]

    def current_view(self) -> QWidget:
        return self.view(self.current_key())

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.screen_keys()[row]
        view = self.view(key)
        self.stack.setCurrentIndex(row)
        settings.set_value("window/screen", key)
        self.open_act.setEnabled(hasattr(view, "open_action") and not hasattr(view, "actions_for_menu"))
        self.save_act.setEnabled(hasattr(view, "save_action") and not hasattr(view, "actions_for_menu"))
        self.screen_menu.clear()
        own = view.actions_for_menu() if hasattr(view, "actions_for_menu") else []
        self.screen_menu.setTitle(translate("MainWindow", SCREENS[row].title))
        self.screen_menu.addActions(own)
        self.screen_menu.menuAction().setVisible(bool(own))

    def _connect_view(self, key: str, view: QWidget) -> None:
        status = getattr(view, "status_message", None)
        if status is not None and hasattr(status, "connect"):
            status.connect(lambda text: self.statusBar().showMessage(text, 8000))
        if key == "train":
            view.start_requested.connect(self.start_run)
            view.stop_requested.connect(self.worker.stop)
            view.kill_requested.connect(self.worker.kill)
            view.set_state(self.worker.state)
        elif key == "monitor":
            view.stop_requested.connect(self.worker.stop)
            view.kill_requested.connect(self.worker.kill)
            view.retry_smaller_requested.connect(self.retry_smaller)
        elif key == "runs":
            view.open_requested.connect(self.open_run)
            view.compare_requested.connect(self.compare_runs)
            view.resume_requested.connect(self.resume_run)
            view.copy_settings_requested.connect(self._copy_settings)
            if self.worker.is_running():
                view.set_active_run(self.worker.run_dir)
        elif key == "dataset" and hasattr(view, "file_opened"):
            view.file_opened.connect(self._dataset_opened)

    def _refresh_icons(self, _dark: bool) -> None:
        for row, screen in enumerate(SCREENS):
            self.nav.item(row).setIcon(theme.icon(screen.icon))

    # --- training ------------------------------------------------------------------------
    def _dataset_opened(self, path: str) -> None:
        train = self.view("train")
        train.form._set_value("dataset", path)
        train.validate()

    # --- wizards (desktop/views/wizard_*.py) ------------------------------------------------
    def open_first_run_wizard(self) -> QWidget:
        """The getting-started wizard; it trains through this window's worker, so the Monitor shows the run."""
        from desktop.views.wizard.firstrun import FirstRunWizard

        settings.set_first_run_wizard_shown()
        try:
            if self.first_run_wizard is not None and self.first_run_wizard.isVisible():
                self.first_run_wizard.raise_()
                return self.first_run_wizard
        except RuntimeError:
            pass  # the last one was closed and deleted
        wizard = FirstRunWizard(
            self, worker=self.worker, launcher=self.start_run, show_monitor=lambda: self.show_screen("monitor")
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.show()
        self.first_run_wizard = wizard
        return wizard

    def open_settings_wizard(self) -> QWidget:
        """The settings wizard, starting from the Train form; its result goes back into the form."""
        from desktop.views.wizard.hyper import HyperparameterWizard

        wizard = HyperparameterWizard(self, base=self.view("train").form.config())
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.setWindowModality(Qt.WindowModality.WindowModal)
        wizard.accepted.connect(lambda: self.load_wizard_settings(wizard.result_config()))
        wizard.open()
        self.settings_wizard = wizard
        return wizard

    def load_wizard_settings(self, config) -> None:
        train = self.show_screen("train")
        train.form.set_config(config)
        train.validate()
        self.statusBar().showMessage(
            self.tr("The settings wizard's proposal is in the form; check it and press Start training."), 10000
        )

    # --- drops ---------------------------------------------------------------------------
    def _drop_target(self, mime) -> str | None:
        for screen in SCREENS:
            if not screen.drops:
                continue
            try:
                cls = getattr(importlib.import_module(screen.module), screen.cls)
            except ModuleNotFoundError:
                continue
            if hasattr(cls, "accepts_drop") and cls.accepts_drop(mime):
                return screen.key
        return None

    def dragEnterEvent(self, event) -> None:
        if self._drop_target(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        key = self._drop_target(event.mimeData())
        if key and self.show_screen(key).handle_drop(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- start and close -----------------------------------------------------------------
    def _restore(self) -> None:
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        key = str(settings.value("window/screen", "train") or "train")
        self.show_screen(key if key in self.screen_keys() else "train")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._hardware_probe is None:
            self._hardware_probe = HardwareProbe(self)
            self._hardware_probe.setObjectName("hardware-probe")
            self._hardware_probe.found.connect(self._show_hardware)
            QTimer.singleShot(0, self._hardware_probe.start)

    def _show_hardware(self, text: str, detail: str) -> None:
        self.gpu_label.setText(text)
        self.gpu_label.setToolTip(detail)

    def closeEvent(self, event) -> None:
        if self.worker.is_running() and not self._force_close:
            answer = self._ask_about_running_training()
            if answer != "close":
                event.ignore()  # "wait": the window closes itself once the adapter is saved
                return
        for view in self.views.values():
            if hasattr(view, "maybe_save") and not view.maybe_save():
                event.ignore()
                self._force_close = self._quit_when_stopped = False
                return
        if "train" in self.views:
            self.views["train"].save_draft()
        settings.set_value("window/geometry", self.saveGeometry())
        if self._hardware_probe is not None:
            self._hardware_probe.wait(3000)
        for view in self.views.values():
            if hasattr(view, "shutdown"):  # screens with worker threads end them here
                view.shutdown()
        event.accept()

    def _ask_about_running_training(self) -> str:
        """Ask what to do with the running training: 'close' now, 'wait' for a graceful stop, or 'cancel'."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("A training run is going"),
            self.tr("What should happen to the run?"),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setInformativeText(
            self.tr(
                "Stop saves the adapter trained so far; the window closes when it is "
                "saved. Kill ends the run at once; you can resume it later from its last "
                "checkpoint."
            )
        )
        stop = box.addButton(self.tr("Stop and quit"), QMessageBox.ButtonRole.AcceptRole)
        kill = box.addButton(self.tr("Kill and quit"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep training"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.quit_box = box
        box.exec()
        clicked = box.clickedButton()
        if clicked is stop:
            self._quit_when_stopped = True
            self.worker.stop()
            self.statusBar().showMessage(self.tr("Stopping… the window closes when the adapter is saved."))
            return "wait"
        if clicked is kill:
            self.worker.kill()
            self.worker.wait(10000)
            return "close"
        return "cancel"
