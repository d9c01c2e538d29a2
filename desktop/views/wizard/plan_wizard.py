"""What both wizards have in common: the look at this computer, the goal, and the planner's inputs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from desktop.views.wizard.pages import WIZARD_SIZE, PlanInputs, demo_dataset
from desktop.views.wizard.workers import HardwareCheck, finish


class PlanWizard(QWizard):
    """Subclasses add pages and set model_page, dataset_page and settings_page."""

    hardware_ready = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, hardware=None, cpu_gflops: float = 0.0):
        super().__init__(parent)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # Qt's own button words are not translated in the PySide6 we ship; ours are.
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< &Back")),
            (QWizard.WizardButton.NextButton, self.tr("&Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("&Finish")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self.resize(*WIZARD_SIZE)
        self.setMinimumSize(720, 560)
        self.goal = "style"
        self.hardware = hardware
        self.cpu_gflops = float(cpu_gflops)
        self.model_page = self.dataset_page = self.settings_page = None
        self._hardware_check: HardwareCheck | None = None
        self.currentIdChanged.connect(self._page_changed)

    # --- this computer -----------------------------------------------------------------------------
    def look_at_hardware(self) -> None:
        """Start the hardware check, unless the hardware was given (tests, screenshots) or is known."""
        if self.hardware is not None:
            self._hardware_known()
            return
        if self._hardware_check is None:
            self._hardware_check = HardwareCheck(self)
            self._hardware_check.done.connect(self._hardware_done)
            self._hardware_check.start()

    def _hardware_done(self, info, gflops: float) -> None:
        self.hardware, self.cpu_gflops = info, gflops
        self._hardware_known()

    def _hardware_known(self) -> None:
        if self.model_page is not None:
            self.model_page.set_hardware(self.hardware)
        if self.settings_page is not None and self.currentPage() is self.settings_page:
            self.settings_page.initializePage()
        self.hardware_ready.emit(self.hardware)

    def wait_for_hardware(self, timeout_ms: int = 20000) -> bool:
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QThread

        deadline = QDeadlineTimer(timeout_ms)
        while self.hardware is None and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(10)
        return self.hardware is not None

    # --- what the pages ask --------------------------------------------------------------------------
    def model_path(self) -> str | None:
        choice = self.model_page.choice() if self.model_page is not None else None
        return choice.path if choice is not None and choice.downloaded else None

    def default_dataset(self) -> str:
        return str(demo_dataset()) if self.model_page is not None and self.model_page.is_demo() else ""

    def plan_inputs(self) -> PlanInputs | None:
        choice = self.model_page.choice() if self.model_page is not None else None
        if self.hardware is None or choice is None or choice.config is None:
            return None
        dataset = self.dataset_page.path() if self.dataset_page is not None else ""
        stats = self.dataset_page.stats() if self.dataset_page is not None else None
        return PlanInputs(
            model_config=choice.config,
            model_path=choice.path,
            dataset_path=dataset,
            stats=stats,
            goal=self.goal,
            hardware=self.hardware,
            cpu_gflops=self.cpu_gflops,
        )

    def _page_changed(self, _id: int) -> None:
        pass  # subclasses react to page changes

    # --- closing -----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """End the wizard's threads; called when it closes."""
        finish(self._hardware_check)
        for page in (self.model_page, self.dataset_page):
            if page is not None:
                page.shutdown()

    def done(self, result: int) -> None:
        self.shutdown()
        super().done(result)
