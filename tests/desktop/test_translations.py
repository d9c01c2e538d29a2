"""Shipped translations: complete for the settings' help, compiled from their current sources."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import fields

import pytest
from PySide6.QtCore import QCoreApplication

from core.config import RunConfig
from tests.desktop.qt_tools import qt_tool
from tests.locations import REPO

TRANSLATIONS = REPO / "resources" / "translations"


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_setting_help_is_translated(lorasmith_app, language):
    from desktop import i18n
    from desktop.views.train import texts as train_texts

    assert i18n.install_translators(lorasmith_app, language)
    for f in fields(RunConfig):
        help_text = f.metadata["help"]
        assert train_texts.HELP[f.name] == help_text, f"train_texts.HELP[{f.name!r}] differs from core's help"
        translated = QCoreApplication.translate("RunConfig", help_text)
        assert translated != help_text and any(ord(ch) > 0x3000 for ch in translated), f.name
    # Labels too; a few are names that stay as they are (LoRA alpha, LoRA dropout, DoRA).
    same = [name for name, text in train_texts.LABELS.items() if train_texts.label(name) == text]
    assert same == ["lora_alpha", "lora_dropout", "use_dora"]


def test_system_language_maps_to_what_we_ship():
    from desktop.i18n import _match

    assert _match("zh-Hans-CN") == "zh_CN" and _match("zh-CN") == "zh_CN" and _match("zh_SG") == "zh_CN"
    assert _match("zh-Hant-TW") == "zh_TW" and _match("zh-HK") == "zh_TW" and _match("zh_MO") == "zh_TW"
    assert _match("en-US") == "en" and _match("de-DE") == ""


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_compiled_translations_match_their_sources(tmp_path, language):
    lrelease = qt_tool("lrelease")
    fresh = tmp_path / f"lorasmith_{language}.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TRANSLATIONS / f"lorasmith_{language}.ts"), "-qm", str(fresh)], check=True
    )
    assert fresh.read_bytes() == (TRANSLATIONS / f"lorasmith_{language}.qm").read_bytes(), (
        "run: python resources/translations/update.py --compile-only"
    )


def test_standard_buttons_are_translated(lorasmith_app):
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop import i18n

    assert i18n.install_translators(lorasmith_app, "zh_CN")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Cancel)
    texts = sorted(button.text() for button in box.buttons())
    assert texts == sorted(["关闭", "取消"])


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_string_in_the_code_ships_translated(tmp_path, language):
    """lupdate over desktop/ finds nothing the shipped .ts lacks or leaves unfinished."""
    import xml.etree.ElementTree as ET

    lupdate = qt_tool("lupdate")
    ts = tmp_path / f"lorasmith_{language}.ts"
    shutil.copy(TRANSLATIONS / ts.name, ts)
    repo = TRANSLATIONS.parent.parent
    sources = sorted(str(p.relative_to(repo)) for p in (repo / "desktop").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-no-obsolete", "-ts", str(ts)], cwd=repo, check=True, capture_output=True)
    missing = [
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(ts).getroot().iter("context")
        for m in c.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert missing == [], "run: python resources/translations/update.py, then translate what is left"
