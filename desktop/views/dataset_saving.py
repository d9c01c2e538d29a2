"""Saving the Dataset screen's rows: in place, as a new file, or asked about before closing.

A mixin of DatasetView (which provides model, path, undo_stack, row_editor, format_editor,
details and status_message). Its texts keep DatasetView's translation context, the one
Qt looks them up under at run time.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.views import dataset_io

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class SavingMixin:
    def save(self) -> bool:
        """Save over the open file (JSON or JSON Lines); other types go through Save as."""
        if self.source_kind != "rows" or not self.path or self.loading:
            return False
        self.row_editor.flush()
        if not dataset_io.can_save_in_place(self.path):
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        if self.source_kind != "rows" or self.loading:
            return False
        self.row_editor.flush()
        if path is None:
            current = Path(self.path or "dataset.jsonl")
            suggested = current if dataset_io.can_save_in_place(current) else current.with_suffix(".jsonl")
            path, _ = QFileDialog.getSaveFileName(self, translate("DatasetView", "Save the dataset as"), str(suggested),
                                                  translate("DatasetView", "JSON Lines (*.jsonl);;JSON (*.json)"))
            if not path:
                return False
            if Path(path).suffix.lower() not in dataset_io.SAVE_SUFFIXES:
                path += ".jsonl"
        return self._save_to(path)

    def _save_to(self, path: str | Path) -> bool:
        path = Path(path)
        key = str(path.resolve())
        try:
            made = dataset_io.save_rows(self.model.rows, path, backup=key not in self._written)
        except OSError as exc:
            QMessageBox.warning(self, translate("DatasetView", "Not saved"), translate("DatasetView", "{0} could not be written: {1}. Check that the "
                                                                    "folder exists and the file is not open in "
                                                                    "another program.")
                                .format(str(path), exc.strerror or str(exc)))
            return False
        self._written.add(key)
        self.path = str(path)
        self.undo_stack.setClean()
        self._update_title()
        message = translate("DatasetView", "Saved {0}.").format(path.name)
        if made is not None:
            message += " " + translate("DatasetView", "The original is kept as {0}.").format(made.name)
        self.status_message.emit(message)
        self.details.setText(message)
        return True

    def maybe_save(self, *, include_format: bool = True) -> bool:
        """Before closing (or, with include_format=False, before opening another
        dataset): True when it is fine to go on: saved, nothing to save, or the
        user chose to discard."""
        self.row_editor.flush()
        rows_dirty = self.source_kind == "rows" and self.is_modified()
        format_dirty = include_format and self.format_editor.is_modified()
        if not rows_dirty and not format_dirty:
            return True
        what = []
        if rows_dirty:
            what.append(Path(self.path or "").name or translate("DatasetView", "the dataset"))
        if format_dirty:
            what.append(Path(self.format_editor.path).name if self.format_editor.path else translate("DatasetView", "the format file"))
        box = QMessageBox(QMessageBox.Warning, translate("DatasetView", "Unsaved changes"),
                          translate("DatasetView", "Save your changes to {0}?").format(translate("DatasetView", " and ").join(what)),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self)
        box.setInformativeText(translate("DatasetView", "If you don't save, your changes are lost."))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return (not rows_dirty or self.save()) and (not format_dirty or self.format_editor.save())
        return answer == QMessageBox.Discard
