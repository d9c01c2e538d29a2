"""Building the Dataset screen's widgets: the file line above; the find bar, the table (or the raw
text, or the drop hint) and the problems on the left; the row editor and the preview, format file
and token length tabs on the right.

A mixin of DatasetView (which provides model, undo_stack, _fill_kind_combo() and
_fill_format_combo()). Widgets are made in the order Tab moves through them (Qt's default).
Its texts keep DatasetView's translation context, the one Qt looks them up under at run time.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.views.dataset.find import FindBar
from desktop.views.dataset.format_editor import FormatEditor
from desktop.views.dataset.histogram import LengthHistogram
from desktop.views.dataset.preview import PreviewPane
from desktop.views.dataset.problems import ProblemsPanel
from desktop.views.dataset.rawtext import RawTextView
from desktop.views.dataset.row_editor import RowEditor
from desktop.views.dataset.table_model import RowNumberHeader

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


class LayoutMixin:
    def _build_widgets(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        info = self._build_file_line()
        self.left = self._build_left()
        self.right = self._build_right()

        self.split = QSplitter(Qt.Horizontal, self)
        self.split.addWidget(self.left)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 4)
        self.split.setSizes([700, 560])
        self.left.setSizes([600, 140])
        self.split.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addLayout(info)
        layout.addWidget(self.details)
        layout.addWidget(self.split, 1)
        self._fill_kind_combo()
        self._fill_format_combo()

    def _build_file_line(self) -> QHBoxLayout:
        """The file's name, its kind, the cutoff and the reading progress; and the details line below them."""
        self.file_label = QLabel(self)
        self.file_label.setTextFormat(Qt.PlainText)
        font = self.file_label.font()
        font.setBold(True)
        self.file_label.setFont(font)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.kind_combo.setToolTip(
            translate("DatasetView", "How the rows are read. Lorasmith detects it; change it if the guess is wrong.")
        )
        self.cutoff = QSpinBox(self)
        self.cutoff.setRange(16, 131072)
        self.cutoff.setSingleStep(64)
        self.cutoff.setValue(512)
        self.cutoff.setSuffix(translate("DatasetView", " tokens"))
        self.cutoff.setToolTip(
            translate(
                "DatasetView",
                "Longest example in tokens; longer ones are cut. The same setting as on the Train screen.",
            )
        )
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(translate("DatasetView", "Cancel"), self)
        self.cancel_button.setToolTip(translate("DatasetView", "Stop reading this file"))
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        self.details.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

        info = QHBoxLayout()
        info.addWidget(self.file_label, 1)
        info.addWidget(QLabel(translate("DatasetView", "Kind:"), self))
        info.addWidget(self.kind_combo)
        info.addSpacing(12)
        info.addWidget(QLabel(translate("DatasetView", "Cutoff:"), self))
        info.addWidget(self.cutoff)
        info.addSpacing(12)
        info.addWidget(self.progress)
        info.addWidget(self.cancel_button)
        return info

    # ------------------------------------------------------------ left: the rows
    def _build_left(self) -> QSplitter:
        """The find bar over the table, the raw text or the drop hint; the problems below."""
        self.find_bar = FindBar(self.model, self.undo_stack, self)
        self._build_table()
        self.raw_view = RawTextView(self)
        self._build_drop_hint()
        self.stack = QStackedWidget(self)
        for page in (self.empty, self.table, self.raw_view):
            self.stack.addWidget(page)
        self.problems = ProblemsPanel(self)
        left_top = QWidget(self)
        lt = QVBoxLayout(left_top)
        lt.setContentsMargins(0, 0, 0, 0)
        lt.addWidget(self.find_bar)
        lt.addWidget(self.stack, 1)
        left = QSplitter(Qt.Vertical, self)
        left.addWidget(left_top)
        left.addWidget(self.problems)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        return left

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setSelectionMode(QTableView.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.ElideRight)
        vh = RowNumberHeader(self.table)
        self.table.setVerticalHeader(vh)
        vh.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.Interactive)
        hh.setStretchLastSection(True)

    def _build_drop_hint(self) -> None:
        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.PlainText)
        self.empty.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.empty.setObjectName("dropHint")
        self._style_drop_hint()

    def _style_drop_hint(self) -> None:
        # A drop zone: a dashed outline halfway between the text and the background,
        # so it reads on light and dark themes alike.
        pal = self.palette()
        text, back = pal.color(QPalette.WindowText), pal.color(QPalette.Window)
        line = QColor(
            (text.red() + back.red()) // 2, (text.green() + back.green()) // 2, (text.blue() + back.blue()) // 2
        )
        self.empty.setStyleSheet(
            f"#dropHint {{ border: 2px dashed {line.name()}; border-radius: 14px; "
            "padding: 40px; margin: 24px; font-size: 12pt; }"
        )

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.PaletteChange and hasattr(self, "empty"):
            self._style_drop_hint()
        super().changeEvent(event)

    # ------------------------------------------------------------ right: one row
    def _build_right(self) -> QSplitter:
        """The row editor above; the preview, the format file and the token lengths in tabs below."""
        self.row_editor = RowEditor(self.model, self.undo_stack, self)
        self.row_title = QLabel(self)
        self.editor_box = editor_box = QWidget(self)
        eb = QVBoxLayout(editor_box)
        eb.setContentsMargins(0, 0, 0, 0)
        eb.addWidget(self.row_title)
        eb.addWidget(self.row_editor, 1)

        preview_page = self._build_preview_page()
        self.format_editor = FormatEditor(self)
        self.histogram = LengthHistogram(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(preview_page, translate("DatasetView", "Preview"))
        self.tabs.addTab(self.format_editor, translate("DatasetView", "Format file"))
        self.tabs.addTab(self.histogram, translate("DatasetView", "Token lengths"))
        right = QSplitter(Qt.Vertical, self)
        right.addWidget(editor_box)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([380, 420])
        return right

    def _build_preview_page(self) -> QWidget:
        """The format and the model that turn the row into training text, over the text itself."""
        self.format_combo = QComboBox(self)
        self.format_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.format_combo.setMinimumContentsLength(18)
        self.format_combo.setToolTip(
            translate(
                "DatasetView",
                "How each row becomes training text: the model's chat template, one of our format files, or your own.",
            )
        )
        self.train_on_prompt = QCheckBox(translate("DatasetView", "Train on the prompt too"), self)
        self.train_on_prompt.setToolTip(
            translate(
                "DatasetView", "Also train on the user's side of each example, not just the answers. Usually off."
            )
        )
        self.model_label = QLabel(self)
        self.model_label.setWordWrap(True)
        self.model_button = QPushButton(translate("DatasetView", "Choose model…"), self)
        self.model_button.setToolTip(
            translate(
                "DatasetView",
                "The base model whose tokenizer counts the tokens and whose chat template formats conversations",
            )
        )
        self.preview = PreviewPane(self)
        preview_page = QWidget(self)
        pv = QVBoxLayout(preview_page)
        pv.setContentsMargins(4, 4, 4, 4)
        row1 = QHBoxLayout()
        row1.addWidget(QLabel(translate("DatasetView", "Format:"), self))
        row1.addWidget(self.format_combo, 1)
        row1.addWidget(self.train_on_prompt)
        row2 = QHBoxLayout()
        row2.addWidget(self.model_label, 1)
        row2.addWidget(self.model_button)
        pv.addLayout(row1)
        pv.addLayout(row2)
        pv.addWidget(self.preview, 1)
        return preview_page
