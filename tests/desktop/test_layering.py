"""The two layering rules: core/ never imports Qt; the GUI process never imports the ML libraries."""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

from desktop import GUI_FORBIDDEN_LIBRARIES as HEAVY_MODULES
from tests.locations import REPO

QT_MODULES = {"PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6", "PySide2"}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            roots.add(str(node.args[0].value).split(".")[0])
    return roots


def test_core_never_imports_qt():
    offenders = {}
    for path in sorted((REPO / "core").rglob("*.py")):
        found = imported_roots(path) & QT_MODULES
        if found:
            offenders[str(path.relative_to(REPO))] = sorted(found)
    assert offenders == {}, f"core/ must not import Qt: {offenders}"


def test_the_scanner_would_see_a_qt_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from PySide6.QtCore import QObject\n    import pyqtgraph as pg\n")
    assert {"PySide6", "pyqtgraph"} <= imported_roots(sample)


def test_the_gui_process_never_imports_the_ml_libraries():
    """Import the app and every desktop module, open the window, and look at what got loaded."""
    import desktop

    modules = sorted(name for _, name, _ in pkgutil.walk_packages(desktop.__path__, "desktop."))
    probe = (
        "import importlib, json, sys\n"
        "import desktop.app\n"
        f"heavy = {HEAVY_MODULES!r}\n"
        "after_app = sorted(m for m in heavy if m in sys.modules)\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from desktop.application import create_application\n"
        "from desktop.main_window import MainWindow\n"
        "app = create_application('en')\n"
        "window = MainWindow()\n"
        "for key in window.screen_keys():\n"
        "    window.show_screen(key)\n"
        "app.processEvents()\n"
        "print(json.dumps({'after_app': after_app, 'after_all': sorted(m for m in heavy if m in sys.modules)}))\n"
        "window._force_close = True\n"
        "window.close()\n"
        "from PySide6.QtCore import QTimer\n"
        "QTimer.singleShot(0, app.quit)\n"
        "app.exec()\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True, timeout=240
    )
    assert result.returncode == 0, result.stderr[-3000:]
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == {"after_app": [], "after_all": []}, loaded
