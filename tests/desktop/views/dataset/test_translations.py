"""Every string of the Dataset screen has a Simplified and a Traditional Chinese
translation, and merged into the .ts files they reach the screen."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET

import pytest

from tests.desktop.qt_tools import qt_tool
from tests.desktop.waits import GUI_WAIT
from tests.locations import REPO

TRANSLATIONS = REPO / "resources" / "translations"


def tool(name: str) -> str:
    return qt_tool(name)


def our_sources() -> list[str]:
    files = sorted((REPO / "desktop" / "views" / "dataset").glob("*.py"))
    return [str(p.relative_to(REPO)) for p in files]


def test_every_dataset_string_has_both_translations(tmp_path):
    from desktop.views.dataset.strings_zh import T

    ts = tmp_path / "dataset.ts"
    subprocess.run([tool("lupdate"), *our_sources(), "-ts", str(ts)], cwd=REPO, check=True, capture_output=True)
    found = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
    }
    assert found, "lupdate found no strings"
    assert sorted(found - set(T)) == [], "strings without a translation"
    assert sorted(set(T) - found) == [], "translations of strings no longer in the code"
    for key, (simplified, traditional) in T.items():
        assert simplified and traditional, key
        for placeholder in ("{0}", "{1}", "{2}", "{3}", "{4}", "%n"):
            assert (placeholder in key[1]) == (placeholder in simplified) == (placeholder in traditional), key


@pytest.mark.parametrize(
    "language, open_text, rows_text, chars_text",
    [("zh_CN", "打开…", "48 行", "个字符"), ("zh_TW", "開啟…", "48 列", "個字元")],
)
def test_shipped_translations_reach_the_screen(qtbot, language, open_text, rows_text, chars_text):
    """resources/translations/update.py merged the table into the shipped .ts and .qm files."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.views.dataset.view import DatasetView

    qm = TRANSLATIONS / f"lorasmith_{language}.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        view = DatasetView(model_dir="")
        qtbot.addWidget(view)
        assert view.act_open.text() == open_text
        view.open_path(REPO / "resources" / "samples" / "alpaca_zh.json")
        qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)
        assert view.details.text().startswith(rows_text)
        view.open_path(REPO / "resources" / "samples" / "raw_zh.txt")  # a plural in a mixin's context
        qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)
        assert chars_text in view.details.text().split("·")[0]
        view.shutdown()
    finally:
        QCoreApplication.removeTranslator(translator)
