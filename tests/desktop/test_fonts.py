"""The Chinese UI fonts we ship: they hold every translated character, and they draw the Chinese
on a machine that has no Chinese font of its own, behind the system's UI font.

"A machine with no Chinese font" is made, whatever this machine has, by pointing fontconfig at a
folder holding one Latin-only font (cut here from our own font, so no system font is needed).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.locations import REPO

FONTS = REPO / "resources" / "fonts"
TRANSLATIONS = REPO / "resources" / "translations"
LATIN_FAMILY = "Test Latin Only"
RARE_HANZI = "\u9f98"  # 龘: in neither GB2312 nor Big5 level 1, so in neither subset


def is_exempt(ch: str) -> bool:
    """Basic Latin (U+0000..U+007F) is drawn by the system's UI font, which always has it: Qt only
    asks the fallback for characters the main font lacks. Nothing else is exempt; even the
    punctuation many Latin fonts have (· — … ≈) must be ours, as the user's UI font may not have it."""
    return ord(ch) < 0x80


def ui_texts(language: str) -> list[tuple[str, str]]:
    """(where, text) for every text of the Chinese UI in `language`: each translation in the .ts
    (plural forms too), the screens' tables that feed it, and the language menu's names."""
    texts = []
    ts = TRANSLATIONS / f"lorasmith_{language}.ts"
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            node = message.find("translation")
            forms = [node.text] + [form.text for form in node.iter("numerusform")] if node is not None else []
            texts += [
                (f"{ts.name} {context.findtext('name')}: {message.findtext('source')!r}", text)
                for text in forms
                if text
            ]
    column = 0 if language == "zh_CN" else 1
    from desktop.translation_tables import table_modules

    for name, table in table_modules().items():
        texts += [(f"{name} {context}: {source!r}", pair[column]) for (context, source), pair in table.items()]
    from desktop.i18n import LANGUAGES

    texts += [("desktop/i18n.py LANGUAGES", name) for _, name in LANGUAGES]
    return texts


def missing_characters(raw_font, language: str) -> dict[str, str]:
    missing: dict[str, str] = {}
    for where, text in ui_texts(language):
        for ch in text:
            if not is_exempt(ch) and not raw_font.supportsCharacter(ord(ch)):
                missing.setdefault(ch, where)
    return missing


def test_every_character_of_the_chinese_ui_is_in_the_font_shipped_for_it(lorasmith_app):
    from PySide6.QtGui import QRawFont

    from desktop import fonts

    loaded = {font.language: font for font in fonts.shipped()}
    assert sorted(loaded) == ["zh_CN", "zh_TW"], "create_application registered no shipped font"
    for language, font in loaded.items():
        raw = QRawFont(str(font.path), 12)
        assert raw.isValid() and raw.familyName() == font.family
        assert not raw.supportsCharacter(ord(RARE_HANZI))  # the check can fail
        missing = missing_characters(raw, language)
        assert not missing, (
            f"{font.path.name} lacks characters the {language} UI shows; run "
            f"scripts/make_cjk_font.py again: "
            + "; ".join(f"{ch!r} U+{ord(ch):04X} in {where}" for ch, where in sorted(missing.items()))
        )


def test_the_manifest_and_licence_describe_the_shipped_fonts(lorasmith_app):
    from desktop import fonts

    manifest = json.loads((FONTS / "fonts.json").read_text(encoding="utf-8"))
    registered = {font.path.name: font.family for font in fonts.shipped()}
    described = {entry["file"]: entry for entry in manifest["fonts"]}
    assert sorted(described) == sorted(fonts.FONT_FILES.values()) == sorted(registered)
    for name, entry in described.items():
        data = (FONTS / name).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest() and entry["bytes"] == len(data), name
        assert entry["family"] == registered[name]
    assert manifest["total_bytes"] == sum(len((FONTS / n).read_bytes()) for n in described) < 4 * 2**20
    licence = (FONTS / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and manifest["source"]["copyright"] in licence


def test_the_shipped_fonts_only_back_up_the_systems_own(lorasmith_app):
    from PySide6.QtGui import QFontDatabase

    from desktop import fonts

    shipped = {font.family: font for font in fonts.shipped()}
    systems = {
        "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
        "zh_TW": QFontDatabase.WritingSystem.TraditionalChinese,
    }
    for font in shipped.values():
        system_has = set(QFontDatabase.families(systems[font.language])) - set(shipped)
        assert font.needed == (not system_has), font  # a system with its own Chinese font keeps using it
    try:
        for language, first in (("zh_TW", "zh_TW"), ("zh_CN", "zh_CN"), ("en", "zh_CN")):
            fallbacks = fonts.install(lorasmith_app, language)
            families = lorasmith_app.font().families()
            assert families[0] not in shipped  # the system's UI font stays the main font
            assert families[-len(fallbacks) :] == fallbacks if fallbacks else not set(families) & set(shipped)
            assert fallbacks == sorted(
                (f.family for f in shipped.values() if f.needed), key=lambda family: shipped[family].language != first
            )
    finally:
        fonts.install(lorasmith_app, "en")


# --- on a machine without any Chinese font ------------------------------------------------------------


@pytest.fixture(scope="session")
def no_cjk_system(tmp_path_factory) -> dict | None:
    """Environment variables that leave a child process one font: Latin only, no Han glyph
    (None where the system's fonts cannot be hidden: that takes fontconfig, i.e. Linux)."""
    if not sys.platform.startswith("linux"):
        return None
    from fontTools import subset
    from fontTools.ttLib import TTFont

    root = tmp_path_factory.mktemp("no-cjk-fonts")
    (root / "fonts").mkdir()
    font = TTFont(str(FONTS / "lorasmith-cjk-sc.otf"))
    cutter = subset.Subsetter(subset.Options())
    cutter.populate(unicodes=range(0x20, 0x7F))
    cutter.subset(font)
    names = font["name"]
    names.names = [record for record in names.names if record.nameID not in (1, 3, 4, 6, 16, 17)]
    for name_id, text in ((1, LATIN_FAMILY), (3, "TestLatinOnly"), (4, LATIN_FAMILY), (6, "TestLatinOnly")):
        names.setName(text, name_id, 3, 1, 0x409)
    font.save(str(root / "fonts" / "latin-only.otf"))
    (root / "fonts.conf").write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig><dir>{root / 'fonts'}</dir><cachedir>{root / 'cache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {"FONTCONFIG_FILE": str(root / "fonts.conf")}


# Renders the Train screen and says which font draws which character. With "without",
# the app finds no shipped fonts (an empty fonts folder), as a build that lost them would.
CHILD = r"""
import json, os, sys
from pathlib import Path
out, mode, languages = Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
if mode == "without":
    import desktop.fonts
    (out / "empty").mkdir(exist_ok=True)
    desktop.fonts.fonts_dir = lambda: out / "empty"
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QTextLayout
from desktop.application import create_application
from desktop.main_window import MainWindow

def drawn_by(text, font):
    # Laid out one character at a time: which font Qt picks for each, fallbacks included.
    found = []
    for ch in text.replace(" ", ""):
        layout = QTextLayout(ch, font)
        layout.beginLayout(); layout.createLine(); layout.endLayout()
        found.append([ch, [run.rawFont().familyName() for run in layout.glyphRuns()]])
    return found

report = {}
for language in languages:
    app = create_application(language)
    window = MainWindow()
    window.resize(1000, 700)
    window.show_screen("train")
    window.show()
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / f"{language}-{mode}.png"))
    report[language] = {
        "families": app.font().families(),
        "dataset": QCoreApplication.translate("MainWindow", "Dataset"),
        "mixed": drawn_by("LoRA " + QCoreApplication.translate("MainWindow", "Dataset") + " \u6570 \u8cc7", app.font()),
        "fixed": drawn_by(QCoreApplication.translate("MainWindow", "Dataset"),
                          QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)),
        "system_cjk": QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
                      + QFontDatabase.families(QFontDatabase.WritingSystem.TraditionalChinese),
    }
    window._force_close = True
    window.close()
print("@@" + json.dumps(report, ensure_ascii=False), flush=True)
os._exit(0)
"""


def run_child(tmp_path: Path, env: dict, mode: str, *languages: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path), mode, *languages],
        cwd=REPO,
        env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    line = next(line for line in result.stdout.splitlines() if line.startswith("@@"))
    return json.loads(line[2:])


def differing_share(a: Path, b: Path) -> float:
    """The share of pixels that differ clearly between two same-sized pictures."""
    import numpy as np
    from PySide6.QtGui import QImage

    def grey(path: Path):
        image = QImage(str(path)).convertToFormat(QImage.Format.Format_Grayscale8)
        assert not image.isNull(), path
        rows = np.frombuffer(bytes(image.constBits()), np.uint8).reshape(image.height(), image.bytesPerLine())
        return rows[:, : image.width()].astype(int)

    first, second = grey(a), grey(b)
    assert first.shape == second.shape, (a, b)
    return float((abs(first - second) > 40).mean())


def test_without_a_chinese_system_font_ours_draw_the_chinese_and_the_system_font_the_rest(
    no_cjk_system, tmp_path, qapp
):
    if no_cjk_system is None:
        pytest.skip("hiding the system's fonts needs fontconfig (Linux)")
    for language, face, other in (
        ("zh_CN", "Lorasmith CJK SC", "Lorasmith CJK TC"),
        ("zh_TW", "Lorasmith CJK TC", "Lorasmith CJK SC"),
    ):
        # One process per language, as the app runs: Qt keeps the fallback order it first used.
        report = run_child(tmp_path, no_cjk_system, "with", language)[language]
        without = run_child(tmp_path, no_cjk_system, "without", language)[language]
        assert set(report["system_cjk"]) <= {face, other}, report["system_cjk"]  # none of the system's own
        assert report["families"] == [LATIN_FAMILY, face, other], report["families"]
        drawn = {ch: families for ch, families in report["mixed"]}
        # Latin in the system's font; Chinese in the face for this language, and what only the
        # other script has (数 is Simplified only, 資 Traditional only) in the other face: no boxes.
        assert all(drawn[ch] == [LATIN_FAMILY] for ch in "LoRA"), drawn
        assert all(drawn[ch] == [face] for ch in report["dataset"]), repr((report["dataset"], drawn))
        assert drawn["\u6570"] == ["Lorasmith CJK SC"] and drawn["\u8cc7"] == ["Lorasmith CJK TC"], drawn
        assert all(families == [face] for _, families in report["fixed"]), report["fixed"]
        assert not set(without["families"]) & {face, other}, without
        # The same screen without our fonts draws boxes where ours draw characters.
        share = differing_share(tmp_path / f"{language}-with.png", tmp_path / f"{language}-without.png")
        assert share > 0.01, f"{language}: only {share:.2%} of the Train screen changed with our fonts"
