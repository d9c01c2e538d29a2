"""The Dataset screen's actions: the toolbar, the shortcuts, the main window's menus, and which
of them are enabled for what is open.

A mixin of DatasetView (which provides table, toolbar, undo_stack, row_editor, find_bar,
source_kind, and the slots the actions call). Its texts keep DatasetView's translation
context, the one Qt looks them up under at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class ActionsMixin:
    def _action(self, text: str, shortcuts: list, slot, tip: str = "") -> QAction:
        act = QAction(text, self)
        act.setShortcuts([QKeySequence(s) for s in shortcuts])
        # Shortcuts act while the Dataset screen has focus, never on other screens.
        act.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        act.triggered.connect(slot)
        if tip or shortcuts:
            keys = ", ".join(QKeySequence(s).toString(QKeySequence.NativeText) for s in shortcuts)
            act.setToolTip(f"{tip or text} ({keys})" if keys else tip or text)
        self.addAction(act)
        return act

    def _build_actions(self) -> None:
        self.act_open = self._action(
            translate("DatasetView", "Open…"),
            ["Ctrl+O"],
            self._ask_open,
            translate("DatasetView", "Open a dataset file or a folder of .txt files"),
        )
        self.act_save = self._action(translate("DatasetView", "Save"), ["Ctrl+S"], self.save)
        self.act_save_as = self._action(translate("DatasetView", "Save as…"), ["Ctrl+Shift+S"], lambda: self.save_as())
        self.act_undo = self._action(translate("DatasetView", "Undo"), ["Ctrl+Z"], self.undo)
        self.act_redo = self._action(translate("DatasetView", "Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)
        self.act_add = self._action(
            translate("DatasetView", "Add row"),
            ["Ctrl+Shift+N", "Ctrl+Return"],
            self.add_row,
            translate("DatasetView", "Add an empty row below the selected one"),
        )
        self.act_duplicate = self._action(
            translate("DatasetView", "Duplicate"),
            ["Ctrl+D"],
            self.duplicate_rows,
            translate("DatasetView", "Duplicate the selected rows"),
        )
        self.act_delete = self._action(
            translate("DatasetView", "Delete rows"),
            [],
            self.delete_rows,
            translate("DatasetView", "Delete the selected rows"),
        )
        self.act_find = self._action(
            translate("DatasetView", "Find"), ["Ctrl+F"], lambda: self.open_find(replace=False)
        )
        self.act_replace = self._action(
            translate("DatasetView", "Replace"), ["Ctrl+H"], lambda: self.open_find(replace=True)
        )
        # Delete acts only from the table, so it never deletes rows while typing in a box.
        self.table_delete = QAction(self.table)
        self.table_delete.setShortcut(QKeySequence.Delete)
        self.table_delete.setShortcutContext(Qt.WidgetShortcut)
        self.table_delete.triggered.connect(self.delete_rows)
        self.table.addAction(self.table_delete)
        self.act_delete.setToolTip(translate("DatasetView", "Delete the selected rows (Delete key in the table)"))
        for group in (
            (self.act_open, self.act_save, self.act_save_as),
            (self.act_undo, self.act_redo),
            (self.act_add, self.act_duplicate, self.act_delete),
            (self.act_find, self.act_replace),
        ):
            for act in group:
                self.toolbar.addAction(act)
            self.toolbar.addSeparator()
        self.act_undo.setEnabled(False)
        self.act_redo.setEnabled(False)

    def actions_for_menu(self) -> list[QAction]:
        """The screen's actions, for the main window's Edit/File menus (their shortcuts are already set)."""
        return [
            self.act_open,
            self.act_save,
            self.act_save_as,
            self.act_undo,
            self.act_redo,
            self.act_add,
            self.act_duplicate,
            self.act_delete,
            self.act_find,
            self.act_replace,
        ]

    def _set_editable(self, editable: bool) -> None:
        rows = self.source_kind == "rows" and editable
        self.row_editor.set_read_only(not rows)
        self.find_bar.set_read_only(not rows)
        for act in (self.act_add, self.act_duplicate, self.act_delete, self.table_delete):
            act.setEnabled(rows)
        self.act_save.setEnabled(rows)
        self.act_save_as.setEnabled(rows)
        self.act_undo.setEnabled(rows and self.undo_stack.canUndo())
        self.act_redo.setEnabled(rows and self.undo_stack.canRedo())
        self.act_find.setEnabled(self.source_kind == "rows")
        self.act_replace.setEnabled(rows)
