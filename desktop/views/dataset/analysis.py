"""What the Dataset screen asks the Analyzer thread: the selected row as it
will be trained, raw-text chunks, and the token lengths of every row.

A mixin of DatasetView. Requests carry the screen's settings as a RunConfig,
so the worker renders through core.data.pipeline exactly as training does;
answers to outdated requests (an older serial) are dropped.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import Problem
from core.paths import resources_dir
from desktop.views.dataset.loading import AUTO_ANALYSE_ROWS, AUTO_ANALYSE_TEXT_CHARS
from desktop.workers.analysis_worker import AnalysisRequest, ChunkRequest, PreviewRequest


class AnalysisMixin:
    """Part of DatasetView: previews, chunks, token lengths and their settings."""

    def _format_choice(self) -> tuple[str, str]:
        """("auto" | "format" | "template" | "editing" | "choose", path or name)."""
        sort, _, value = (self.format_combo.currentData() or "auto:").partition(":")
        return sort, value

    def _fill_format_combo(self, select: str | None = None) -> None:
        current = select or self.format_combo.currentData()
        combo = self.format_combo
        combo.clear()
        combo.addItem(self.tr("Automatic: the model's chat template"), "auto:")
        combo.setItemData(
            0,
            self.tr(
                "Conversations use the model's own chat template. Alpaca rows use our Alpaca "
                "format when the model has none."
            ),
            Qt.ToolTipRole,
        )
        for path in sorted((resources_dir() / "formats").glob("*.json")):
            combo.addItem(self.tr("Format file: {0}").format(path.stem), "format:" + str(path))
        for path in sorted((resources_dir() / "chat_templates").glob("*.jinja")):
            combo.addItem(self.tr("Chat template: {0}").format(path.stem), "template:" + path.stem)
        for path in self._own_formats:
            combo.addItem(self.tr("Your format file: {0}").format(Path(path).name), "format:" + path)
        combo.addItem(self.tr("Format being edited (Format file tab)"), "editing:")
        combo.addItem(self.tr("Choose a format file…"), "choose:")
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(0, index))

    def set_model_dir(self, model_dir: str | Path | None) -> None:
        """The base model: its tokenizer counts tokens, its chat template formats conversations."""
        self._model_dir = str(model_dir or "")
        self._tokenizer_name = ""
        self.model_label.setText(
            self.tr("Loading the tokenizer…")
            if self._model_dir
            else self.tr("No model chosen: token counts are not shown.")
        )
        self.analyzer.submit("model", self._model_dir)

    def _ask_model(self) -> None:
        from desktop import settings

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the base model's folder"), settings.last_folder("model")
        )
        if folder:
            settings.remember_folder("model", folder)
            self.set_model_dir(folder)

    def _on_tokenizer(self, info) -> None:
        if info.model_dir != self._model_dir:
            return
        if info.ok:
            self._tokenizer_name = Path(info.model_dir).name
            self.model_label.setText(self.tr("Tokens counted with the tokenizer of {0}.").format(self._tokenizer_name))
        elif info.model_dir:
            self.model_label.setText(self.tr("No token counts: {0}").format(info.message))
        self._on_settings_changed()

    def kind(self) -> str:
        """The kind rows are read as: the user's choice, else the detected one."""
        chosen = self.kind_combo.currentData()
        if chosen and chosen != "auto":
            return chosen
        if self.detection is not None:
            return self.detection.kind
        return "raw" if self.source_kind == "text" else "custom"

    def config(self) -> RunConfig:
        """The dataset settings of this screen as a RunConfig (other fields default)."""
        kind_choice = self.kind_combo.currentData() or "auto"
        sort, value = self._format_choice()
        format_file = value if sort == "format" else ""
        if sort == "editing" and self.format_editor.path and not self.format_editor.is_modified():
            format_file = self.format_editor.path
        raw = self.raw_view.settings()
        return RunConfig(
            model=self._model_dir,
            dataset=self.path or "",
            dataset_kind=kind_choice,
            format_file=format_file,
            chat_template=value if sort == "template" else "auto",
            train_on_prompt=self.train_on_prompt.isChecked(),
            cutoff_len=self.cutoff.value(),
            **raw,
        )

    def apply_config(self, config: RunConfig) -> None:
        """Take over dataset settings chosen elsewhere (the Train screen, a loaded run)."""
        self.cutoff.setValue(config.cutoff_len)
        self.train_on_prompt.setChecked(config.train_on_prompt)
        self.raw_view.apply_settings(config)
        if config.format_file:
            path = str(Path(config.format_file))
            if self.format_combo.findData("format:" + path) < 0:
                self._own_formats.append(path)
                self._fill_format_combo()
            self.format_combo.setCurrentIndex(self.format_combo.findData("format:" + path))
        if config.model and config.model != self._model_dir:
            self.set_model_dir(config.model)
        self._on_settings_changed()

    def _on_format_activated(self, _index: int) -> None:
        sort, _ = self._format_choice()
        if sort == "choose":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a format file"), "", self.tr("Format files (*.json)")
            )
            if path:
                self._own_formats.append(path)
                self._fill_format_combo(select="format:" + path)
            else:
                self.format_combo.setCurrentIndex(0)
        elif sort == "editing":
            self.tabs.setCurrentWidget(self.format_editor)
        self._on_settings_changed()

    def _use_edited_format(self) -> None:
        # Opening or typing a format file means the user wants to see the data through it.
        if self._format_choice()[0] == "auto":
            self.format_combo.setCurrentIndex(self.format_combo.findData("editing:"))
            self._on_settings_changed()

    def _on_format_saved(self, path: str) -> None:
        if self.format_combo.findData("format:" + path) < 0 and not path.startswith(str(resources_dir())):
            self._own_formats.append(path)
            self._fill_format_combo()
        self._on_settings_changed()

    def _on_settings_changed(self, *_) -> None:
        self._preview_timer.start()
        self._request_format_preview()
        if self.source_kind == "text":
            self._chunks_timer.start()
        self._schedule_analysis()

    def _on_cutoff_changed(self, value: int) -> None:
        self.histogram.set_cutoff(value)
        self._preview_timer.start()
        self._request_format_preview()
        if self.source_kind == "text":
            self._chunks_timer.start()
            self._schedule_analysis()

    def _source_name(self) -> str:
        return Path(self.path).name if self.path else "dataset.jsonl"

    def request_preview(self) -> None:
        config = self.config()
        if self.source_kind == "text":
            i = self._chunk_for_preview()
            if i is None:
                return
            c = self.raw_view.chunks[i]
            example = Example.build(
                [(self.raw_text[c.start : c.end], True)], source_row=c.block, add_eos=config.add_eos and c.last
            )
            request = PreviewRequest(config, "raw", example=example, row_number=i + 1)
        elif self.source_kind == "rows":
            row = self.current_row()
            if row is None or row >= self.model.rowCount():
                self.preview.clear(self.tr("Select a row to see it as it will be trained."))
                return
            sort, _ = self._format_choice()
            text = self.format_editor.text() if sort == "editing" else None
            request = PreviewRequest(
                config, self.kind(), dict(self.model.row(row)), row + 1, self._source_name(), format_text=text
            )
        else:
            return
        self._serials["preview"] = self.analyzer.submit("preview", request)

    def _chunk_for_preview(self) -> int | None:
        if not self.raw_view.chunks:
            return None
        cursor = self.raw_view.view.textCursor().position()
        i = self.raw_view.chunk_at(self.raw_view._python_index(cursor))
        return 0 if i is None else i

    def _request_format_preview(self) -> None:
        row = self.current_row()
        if self.source_kind != "rows" or row is None or self.format_editor.errors():
            if self.format_editor.errors():
                self.format_editor.preview.clear(self.tr("Fix the errors above to see the preview."))
            return
        request = PreviewRequest(
            self.config(),
            self.kind(),
            dict(self.model.row(row)),
            row + 1,
            self._source_name(),
            format_text=self.format_editor.text(),
        )
        self._serials["format_preview"] = self.analyzer.submit("format_preview", request)

    def _on_preview(self, result) -> None:
        if result.serial == self._serials.get("preview"):
            pane = self.preview
        elif result.serial == self._serials.get("format_preview"):
            pane = self.format_editor.preview
        else:
            return
        if self.source_kind == "text" and 0 < result.row_number <= len(self.raw_view.chunks):
            chunk = self.raw_view.chunks[result.row_number - 1]
            pane.title.setText(
                self.tr("Chunk {0} of {1} (block {2}), as it will be trained").format(
                    result.row_number, len(self.raw_view.chunks), chunk.block
                )
            )
        else:
            pane.title.setText(self.tr("Row {0}, as it will be trained").format(result.row_number))
        if result.error or result.example is None:
            pane.show_error(result.error or self.tr("this row gives no training text"))
            return
        notes = [p.message for p in result.problems if p.severity != "error"]
        pane.show_example(
            result.example,
            result.tokens,
            bos_token=result.bos_token,
            eos_token=result.eos_token,
            cutoff=self.cutoff.value(),
            notes=notes,
        )

    def request_chunks(self) -> None:
        if self.source_kind != "text":
            return
        self._serials["chunks"] = self.analyzer.submit("chunks", ChunkRequest(self.config(), self.raw_text))

    def _on_chunks(self, result) -> None:
        if result.serial != self._serials.get("chunks"):
            return
        if result.error:
            self.raw_view.set_error(result.error)
            self.preview.show_error(result.error)
            return
        self.raw_view.set_chunks(result.chunks, result.approximate)
        self._preview_timer.start()

    def _schedule_analysis(self, edits: bool = False) -> None:
        if self.loading or self.source_kind is None:
            return
        small = (
            self.model.rowCount() <= AUTO_ANALYSE_ROWS
            if self.source_kind == "rows"
            else len(self.raw_text) <= AUTO_ANALYSE_TEXT_CHARS
        )
        if small:
            self._analysis_timer.start()
        elif edits:
            self.histogram.clear(self.tr("The rows changed. Click Measure to count the tokens again."))

    def request_analysis(self, force: bool = False) -> None:
        """Check, render and measure every row (in the worker)."""
        if self.source_kind is None or self.loading or not self.path:
            return
        rows = list(self.model.rows) if self.source_kind == "rows" and self.is_modified() else None
        kind = self.kind()
        if self.source_kind == "rows" and kind == "raw":
            self.histogram.clear(self.tr("Raw text needs a .txt file or a folder of .txt files."))
            return
        sort, _ = self._format_choice()
        format_text = self.format_editor.text() if sort == "editing" and not self.format_editor.errors() else None
        name = Path(self.format_editor.path).name if self.format_editor.path else "format.json"
        request = AnalysisRequest(self.config(), kind, self.path, rows, format_text, name)
        self._serials["analysis"] = self.analyzer.submit("analysis", request)
        self.histogram.set_busy(0, 0)

    def _on_analysis_progress(self, serial: int, done: int, total: int) -> None:
        if serial == self._serials.get("analysis"):
            self.histogram.set_busy(done, total)

    def _on_analysis(self, result) -> None:
        if result.serial != self._serials.get("analysis"):
            return
        if result.error:
            # The whole file cannot be trained as it is (say, custom keys and no format file): say why, on top.
            self.histogram.clear(result.error)
            self.problems.set_problems([Problem(result.error)] + self._load_problems)
            return
        self.problems.set_problems(result.problems)
        if result.lengths is None:
            self.histogram.clear(self.tr("Choose a model to measure token lengths."))
        else:
            self.histogram.set_lengths(
                result.lengths, self.cutoff.value(), unit="chunks" if result.kind == "raw" else "rows"
            )
