"""Light and dark appearance following the OS, icons drawn from our SVGs, plot colours.

We use the Fusion style everywhere: it honours a dark palette on every
Windows version (the native Windows 10 style cannot), and looks the same on
the machines we test on.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from core.paths import resources_dir


def icons_dir() -> Path:
    return resources_dir() / "icons"


class ThemeManager(QObject):
    """Applies the palette and tells views (plots, icons) when light/dark changes."""

    changed = Signal(bool)  # dark

    def __init__(self, app: QApplication, choice: str = "system"):
        super().__init__(app)
        self.app = app
        self.choice = choice
        self.dark = False
        app.setStyle("Fusion")
        app.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self.apply(choice)

    def apply(self, choice: str) -> None:
        self.choice = choice
        if choice == "system":
            dark = self.app.styleHints().colorScheme() == Qt.ColorScheme.Dark
        else:
            dark = choice == "dark"
        self.dark = dark
        self.app.setPalette(dark_palette() if dark else self.app.style().standardPalette())
        _render_icon.cache_clear()
        self.changed.emit(dark)

    def _system_scheme_changed(self, _scheme) -> None:
        if self.choice == "system":
            self.apply("system")


_manager: ThemeManager | None = None


def install(app: QApplication, choice: str = "system") -> ThemeManager:
    global _manager
    if _manager is not None and _manager.app is app:
        _manager.apply(choice)
    else:
        _manager = ThemeManager(app, choice)
    return _manager


def manager() -> ThemeManager | None:
    return _manager


def is_dark() -> bool:
    if _manager is not None:
        return _manager.dark
    app = QGuiApplication.instance()
    return bool(app) and app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 38, 41), QColor(28, 29, 32), QColor(232, 232, 232)
    disabled = QColor(130, 130, 130)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(44, 45, 49),
        QPalette.ColorRole.ToolTipBase: QColor(50, 51, 56),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(48, 49, 53),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Light: QColor(70, 71, 76),
        QPalette.ColorRole.Midlight: QColor(58, 59, 64),
        QPalette.ColorRole.Mid: QColor(40, 41, 45),
        QPalette.ColorRole.Dark: QColor(20, 20, 22),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
        QPalette.ColorRole.Highlight: QColor(53, 118, 224),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Link: QColor(110, 168, 255),
        QPalette.ColorRole.LinkVisited: QColor(170, 140, 255),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return p


# --- colours for things the palette does not cover -------------------------------------------


def colors() -> dict[str, QColor]:
    dark = is_dark()

    def pick(dark_rgba, light_rgba) -> QColor:
        return QColor(*(dark_rgba if dark else light_rgba))

    return {
        "train_raw": pick((120, 160, 230, 110), (100, 140, 210, 110)),
        "train_smooth": pick((100, 165, 255), (30, 100, 215)),
        "eval": pick((255, 165, 60), (225, 120, 10)),
        "learning_rate": pick((90, 200, 120), (30, 150, 70)),
        "grad_norm": pick((185, 140, 255), (130, 70, 200)),
        "warning": pick((255, 110, 100), (210, 50, 40)),
        "compare": pick((80, 210, 210), (0, 150, 150)),
        "compare_eval": pick((240, 120, 220), (190, 50, 170)),
        "error_text": pick((255, 130, 120), (190, 30, 30)),
        "ok_text": pick((110, 210, 130), (20, 130, 50)),
        "muted_text": pick((160, 160, 165), (110, 110, 115)),
        "plot_background": pick((28, 29, 32), (255, 255, 255)),
        "plot_foreground": pick((200, 200, 205), (60, 60, 65)),
    }


def color_css(name: str) -> str:
    return colors()[name].name()


# --- icons ---------------------------------------------------------------------------------


def icon(name: str) -> QIcon:
    """An icon from resources/icons/<name>.svg, its 'currentColor' drawn in the text colour."""
    result = QIcon()
    normal = "#e6e6e6" if is_dark() else "#33363b"
    for size in (16, 24, 32, 48):
        pixmap = _render_icon(name, size, normal)
        if not pixmap.isNull():
            result.addPixmap(pixmap)
            # White on the selection highlight, which is a strong colour in both themes.
            result.addPixmap(_render_icon(name, size, "#ffffff"), QIcon.Mode.Selected)
    return result


@lru_cache(maxsize=256)
def _render_icon(name: str, size: int, color: str) -> QPixmap:
    from PySide6.QtSvg import QSvgRenderer

    path = icons_dir() / f"{name}.svg"
    if not path.exists():
        return QPixmap()
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """The application icon: the PNG sizes drawn from lorasmith.svg, sharp at every scale."""
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        png = icons_dir() / f"lorasmith-{size}.png"
        if png.exists():
            result.addFile(str(png), QSize(size, size))
    if result.isNull() and (icons_dir() / "lorasmith.svg").exists():
        result.addFile(str(icons_dir() / "lorasmith.svg"))
    return result
