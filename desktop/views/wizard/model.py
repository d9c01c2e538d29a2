"""The base-model step both wizards share: the bundled demo model, models on this computer, recommended ones.

Recommended models (core.hub.search.recommended_models) are sorted so that those that
fit the graphics card come first. One that is not downloaded yet can be planned
for in the settings wizard (its config.json is read from the Hub); the first-run
wizard trains, so there it points to the Models screen instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from core.paths import demo_model_dir
from desktop import settings
from desktop.views.wizard.pages import explanation, is_demo_model, muted
from desktop.views.wizard.workers import ConfigFetch, finish

GB = 10**9


@dataclass
class ModelChoice:
    kind: str  # demo | local | recommended | folder
    path: str  # the folder training reads (for a recommended model: where it will download)
    title: str
    repo_id: str | None = None
    downloaded: bool = True
    config: dict | None = None  # config.json, once read
    tier_gb: int = 0  # recommended: the smallest card it suits


def read_config(path: str) -> dict | None:
    from core.planning.estimate import load_model_config

    try:
        return load_model_config(path)
    except ValueError:
        return None


class ModelPage(QWizardPage):
    def __init__(self, *, trainable_only: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.trainable_only = trainable_only
        self.hardware = None
        self._fetch: ConfigFetch | None = None
        self.user_chose = False  # the user picked a model: hardware news no longer changes it
        self.folders: list[str] = []  # model folders the user added
        self._configs: dict[str, dict] = {}  # Hub configs already fetched, by download folder
        self.setTitle(self.tr("Choose a base model"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemClicked.connect(lambda _item: setattr(self, "user_chose", True))
        self.folder_button = QPushButton(self.tr("Use a model folder…"))
        self.folder_button.setToolTip(
            self.tr(
                "A folder with a model's config.json, tokenizer and safetensors "
                "weights, for example one you downloaded before"
            )
        )
        self.folder_button.clicked.connect(self.pick_folder)
        self.status = muted()
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            explanation(
                self.tr(
                    "The base model is the language model your LoRA adapter will change. Models that fit your graphics card "
                    "come first; a bigger model learns more but needs more memory and time. The tiny demo model trains in "
                    "a minute, even without a graphics card, to show how it all works."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.fill()

    # --- the list ----------------------------------------------------------------------------------
    def card_gib(self) -> float | None:
        """The card's memory as its box says it ("12 GB" cards have 12 GiB)."""
        gpu = getattr(self.hardware, "gpu", None)
        return gpu.total_bytes / 2**30 if gpu is not None else None

    def fill(self) -> None:
        current = self.choice()
        self.list.clear()
        self._header(self.tr("On this computer"))
        self._add(
            ModelChoice("demo", str(demo_model_dir()), self.tr("Demo model (bundled)")),
            self.tr("Tiny: learns a style in about a minute, even on the processor; not for real work."),
        )
        local_repos = set()
        for model in self._local_models():
            if is_demo_model(model.path):
                continue
            local_repos.add(model.repo_id)
            self._add(ModelChoice("local", str(model.path), model.display_name, model.repo_id), str(model.path))
        for path in self.folders:
            self._add(ModelChoice("folder", path, Path(path).name), self.tr("Your folder: {0}").format(path))
        card = self.card_gib()
        recommended = [m for m in self._recommended() if m.repo_id not in local_repos]
        recommended.sort(key=lambda m: (card is not None and m.vram_tier_gb > card + 0.5, m.vram_tier_gb, m.parameters))
        if recommended:
            self._header(
                self.tr("Recommended, to download in the Models screen first")
                if self.trainable_only
                else self.tr("Recommended, not downloaded yet (their settings are read from the Hub)")
            )
        for model in recommended:
            choice = ModelChoice(
                "recommended",
                self._download_folder(model.repo_id),
                model.repo_id,
                model.repo_id,
                downloaded=False,
                tier_gb=model.vram_tier_gb,
            )
            if card is None:
                fit = self.tr("needs an NVIDIA card with {0} GB").format(model.vram_tier_gb)
            elif model.vram_tier_gb <= card + 0.5:
                fit = self.tr("fits your card")
            else:
                fit = self.tr("needs a card with {0} GB; yours has {1:.0f} GB").format(model.vram_tier_gb, card)
            size = self.tr("{0} billion parameters · {1:.1f} GB download").format(
                f"{model.parameters / 1e9:.1f}", model.download_bytes / GB
            )
            self._add(choice, f"{fit} · {size}", enabled=not self.trainable_only)
        if current is not None:
            self._select(current.path)

    def _header(self, text: str) -> None:
        item = QListWidgetItem(text)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def _local_models(self) -> list:
        try:
            from core.hub.local import list_local_models

            return [m for m in list_local_models() if m.ready]
        except Exception:  # noqa: BLE001 - an unreadable models folder just lists nothing
            return []

    def _recommended(self) -> list:
        try:
            from core.hub.search import recommended_models

            return recommended_models()
        except (OSError, ValueError, KeyError):
            return []

    def _download_folder(self, repo_id: str) -> str:
        try:
            from core.hub.local import folder_name, models_root

            return str(models_root() / folder_name(repo_id))
        except Exception:  # noqa: BLE001
            return ""

    def _add(self, choice: ModelChoice, detail: str, enabled: bool = True) -> QListWidgetItem:
        item = QListWidgetItem(f"{choice.title}\n    {detail}")
        item.setData(Qt.ItemDataRole.UserRole, choice)
        item.setToolTip(choice.path)
        if not enabled:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
        self.list.addItem(item)
        return item

    # --- choosing ----------------------------------------------------------------------------------
    def set_hardware(self, hardware) -> None:
        self.hardware = hardware
        self.fill()
        if self.choice() is None or not self.user_chose:
            self.select_default()

    def select_default(self) -> None:
        """The demo model without a GPU; with one, the first downloaded model that fits, else the demo."""
        card = self.card_gib()
        if card is not None:
            for row in range(self.list.count()):
                choice = self.list.item(row).data(Qt.ItemDataRole.UserRole)
                if choice is not None and choice.kind == "local" and self._fits(choice):
                    self.list.setCurrentRow(row)
                    return
        self._select(str(demo_model_dir()))

    def _fits(self, choice: ModelChoice) -> bool:
        from core.planning.plan import propose_for_hardware

        config = read_config(choice.path)
        if config is None:
            return False
        try:
            return propose_for_hardware(config, self.hardware).fits
        except ValueError:
            return False

    def select_path(self, path: str | None) -> bool:
        """Choose the model in `path` (adding it as a folder when it is not listed), as the user would."""
        chosen = self._select(path)
        self.user_chose = self.user_chose or chosen
        return chosen

    def _select(self, path: str | None) -> bool:
        if not path:
            return False
        for row in range(self.list.count()):
            choice = self.list.item(row).data(Qt.ItemDataRole.UserRole)
            enabled = bool(self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)
            if choice is not None and enabled and _same(choice.path, path):
                self.list.setCurrentRow(row)
                return True
        if Path(path).is_dir() and (Path(path) / "config.json").exists():
            self.add_folder(path)
            return True
        return False

    def pick_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a model folder"), settings.last_folder("model"))
        if path:
            settings.remember_folder("model", path)
            self.user_chose = True
            if not self.add_folder(path):
                self.status.setText(
                    self.tr("No config.json in {0}: choose the folder that holds the model's files.").format(path)
                )

    def add_folder(self, path: str) -> bool:
        if read_config(path) is None:
            return False
        if not any(_same(path, known) for known in self.folders):
            self.folders.append(str(path))
        self.fill()
        return self._select(path)

    def choice(self) -> ModelChoice | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        choice = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.status.setText("")
        if choice is not None:
            choice.config = choice.config or self._configs.get(choice.path)
            if choice.config is None and choice.downloaded:
                choice.config = read_config(choice.path)
                if choice.config is None:
                    self.status.setText(self.tr("This model's config.json cannot be read."))
            elif choice.config is None:
                self._fetch_config(choice)
        self.completeChanged.emit()

    def _fetch_config(self, choice: ModelChoice) -> None:
        self.status.setText(self.tr("Reading {0}'s settings from the Hub…").format(choice.repo_id))
        finish(self._fetch)
        self._fetch = ConfigFetch(choice.repo_id, self)
        self._fetch.done.connect(self._fetched)
        self._fetch.start()

    def _fetched(self, repo_id: str, config, error: str) -> None:
        choice = self.choice()
        if choice is None or choice.repo_id != repo_id:
            return
        if config is None:
            self.status.setText(
                self.tr(
                    "Could not read the model's settings from the Hub: {0} Download it in "
                    "the Models screen, or choose a model folder."
                ).format(error)
            )
        else:
            choice.config = self._configs[choice.path] = config
            self.status.setText("")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        choice = self.choice()
        return choice is not None and choice.config is not None

    def is_demo(self) -> bool:
        choice = self.choice()
        return choice is not None and is_demo_model(choice.path)

    def shutdown(self) -> None:
        finish(self._fetch)


def _same(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return a == b
