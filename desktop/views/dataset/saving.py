"""Saving the Dataset screen's rows: in place, as a new file, or asked about before closing.

A mixin of DatasetView (which provides model, path, undo_stack, row_editor, format_editor,
details and status_message). Its texts keep DatasetView's translation context, the one
Qt looks them up under at run time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from core.data import saving as data_saving

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def encoding_name(codec: str) -> str:
    """A codec as people call it: GB18030, Big5, UTF-16."""
    codec = (codec or "utf-8").lower().replace("_", "-")
    return {
        "gb18030": "GB18030",
        "gbk": "GBK",
        "big5": "Big5",
        "cp950": "Big5",
        "utf-16": "UTF-16",
        "utf-16-le": "UTF-16",
        "utf-16-be": "UTF-16",
        "utf-8-sig": "UTF-8",
        "utf-32": "UTF-32",
    }.get(codec, codec.upper())


class SavingMixin:
    def save(self) -> bool:
        """Save over the open file (JSON or JSON Lines); other types go through Save as."""
        if self.source_kind != "rows" or not self.path or self.loading:
            return False
        self.row_editor.flush()
        if not data_saving.can_save_in_place(self.path):
            return self.save_as()
        return self._save_to(self.path)

    def save_as(self, path: str | Path | None = None) -> bool:
        if self.source_kind != "rows" or self.loading:
            return False
        self.row_editor.flush()
        if path is None:
            current = Path(self.path or "dataset.jsonl")
            suggested = current if data_saving.can_save_in_place(current) else current.with_suffix(".jsonl")
            path, _ = QFileDialog.getSaveFileName(
                self,
                translate("DatasetView", "Save the dataset as"),
                str(suggested),
                translate("DatasetView", "JSON Lines (*.jsonl);;JSON (*.json)"),
            )
            if not path:
                return False
            if Path(path).suffix.lower() not in data_saving.SAVE_SUFFIXES:
                path += ".jsonl"
        return self._save_to(path)

    def _save_to(self, path: str | Path) -> bool:
        path = Path(path)
        key = str(path.resolve())
        same_file = bool(self.path) and key == str(Path(self.path).resolve())
        try:
            result = data_saving.save_rows(
                self.model.rows,
                path,
                backup=key not in self._written,
                source_encoding=getattr(self, "file_encoding", "utf-8"),
                same_file=same_file,
            )
        except OSError as exc:
            QMessageBox.warning(
                self,
                translate("DatasetView", "Not saved"),
                translate(
                    "DatasetView",
                    "{0} could not be written: {1}. Check that the "
                    "folder exists and the file is not open in "
                    "another program.",
                ).format(str(path), exc.strerror or str(exc)),
            )
            return False
        previous = getattr(self, "file_encoding", "utf-8")
        self._written.add(key)
        self.path = str(path)
        self.file_encoding = result.encoding
        self.undo_stack.setClean()
        self._update_title()
        message = " ".join(
            [translate("DatasetView", "Saved {0}.").format(path.name), *self._encoding_sentences(result, previous)]
        )
        if result.backup is not None:
            message += " " + translate("DatasetView", "The original is kept as {0}.").format(result.backup.name)
        self.status_message.emit(message)
        self.details.setText(message)
        return True

    def _encoding_sentences(self, result, previous: str) -> list[str]:
        """What became of a non-UTF-8 file's encoding, so it never changes silently."""
        old = encoding_name(previous)
        if result.kept_encoding:
            return [translate("DatasetView", "It stays in {0}, the encoding it was read in.").format(old)]
        if previous.lower() in data_saving.UTF8_FAMILY + ("utf-8-sig",):
            return []
        if result.unencodable:
            return [
                translate(
                    "DatasetView",
                    "It is now UTF-8: {0} cannot store the character “{1}” in your edits. "
                    "Every training tool reads UTF-8; an old program that expects {0} "
                    "may show it wrongly.",
                ).format(old, result.unencodable)
            ]
        return [
            translate(
                "DatasetView", "The new file is UTF-8, which every training tool reads; the original stays in {0}."
            ).format(old)
        ]

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
            what.append(
                Path(self.format_editor.path).name
                if self.format_editor.path
                else translate("DatasetView", "the format file")
            )
        box = QMessageBox(
            QMessageBox.Warning,
            translate("DatasetView", "Unsaved changes"),
            translate("DatasetView", "Save your changes to {0}?").format(translate("DatasetView", " and ").join(what)),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel,
            self,
        )
        box.setInformativeText(translate("DatasetView", "If you don't save, your changes are lost."))
        box.setDefaultButton(QMessageBox.Save)
        answer = box.exec()
        if answer == QMessageBox.Save:
            return (not rows_dirty or self.save()) and (not format_dirty or self.format_editor.save())
        return answer == QMessageBox.Discard
