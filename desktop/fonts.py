"""The Chinese UI fonts we ship (resources/fonts/), put behind the system's own fonts at start-up.

A machine with no Chinese font at all (a bare Linux desktop, a stripped Windows image) would
draw every Chinese label as empty boxes. The app carries subsets of Noto Sans CJK (made by
scripts/make_cjk_font.py): the SC face for Simplified and the TC face for Traditional Chinese,
since the two draw many of the same characters differently.

They are only a fallback. The system's UI font still draws every character it has, and a
writing system the system already has a font for (Microsoft YaHei on Windows, Noto CJK on a
Linux desktop) keeps using that font: ours are added only for what the machine lacks.

PySide6 does not bind QFontDatabase.addApplicationFallbackFontFamily (it takes a QChar::Script),
so the fallback is the application font's family list: Qt tries the families after the first for
every character the first lacks, before the platform's own fallbacks.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from core.paths import resources_dir

log = logging.getLogger(__name__)

# language -> the font file for it; scripts/make_cjk_font.py writes these names.
FONT_FILES = {"zh_CN": "lorasmith-cjk-sc.otf", "zh_TW": "lorasmith-cjk-tc.otf"}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


@dataclass(frozen=True)
class ShippedFont:
    language: str  # the UI language it is cut for (zh_CN: Simplified, zh_TW: Traditional)
    path: Path
    family: str  # as Qt registered it
    needed: bool  # the system has no font of its own for this writing system


_shipped: list[ShippedFont] = []
_registered = False
_drawn_with: dict[str, str] = {}  # a family the app asks for -> the family the system draws it with


def install(app, language: str) -> list[str]:
    """Register the shipped fonts (once per process) and put the ones the system needs behind the
    UI font, the face for `language` first; returns those fallback families in order."""
    from PySide6.QtGui import QFont, QFontDatabase

    global _registered
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    if not _registered:
        # Resolved before ours exist, so that a generic name cannot resolve to one of ours.
        _drawn_family(app.font().families())
        _drawn_family(fixed.families())
        _shipped.extend(_register(language))
        _registered = True
    ours = {font.family for font in _shipped}
    fallbacks = [font.family for font in sorted(_shipped, key=lambda f: f.language != language) if font.needed]

    ui = app.font()
    mine = [family for family in ui.families() if family not in ours]
    if fallbacks or len(mine) != len(ui.families()):
        ui.setFamilies(list(dict.fromkeys([_drawn_family(mine), *mine[1:], *fallbacks])))
        app.setFont(ui)
    # Editors that ask for the fixed-pitch font by name (the dataset's code fields, the format
    # editor) get the same fallback through Qt's substitution table; a generic name cannot take
    # substitutes (see _drawn_family), and there fontconfig's own fallback finds ours anyway.
    if _drawn_family(fixed.families()).casefold() == fixed.family().casefold():
        kept = [family for family in QFont.substitutes(fixed.family()) if family not in ours]
        QFont.removeSubstitutions(fixed.family())
        if kept or fallbacks:
            QFont.insertSubstitutions(fixed.family(), kept + fallbacks)
    return fallbacks


def shipped() -> list[ShippedFont]:
    """The fonts registered so far (empty before install(), or when none could be loaded)."""
    return list(_shipped)


def _register(language: str) -> list[ShippedFont]:
    from PySide6.QtGui import QFontDatabase

    writing_systems = {
        "zh_CN": QFontDatabase.WritingSystem.SimplifiedChinese,
        "zh_TW": QFontDatabase.WritingSystem.TraditionalChinese,
    }
    # Asked before ours are added, or ours would count as the system's.
    system_has = {language: bool(QFontDatabase.families(system)) for language, system in writing_systems.items()}
    registered = []
    # The face for `language` first: where the platform's own fallback finds ours (fontconfig lists
    # application fonts too), it takes them in this order.
    for face in sorted(FONT_FILES, key=lambda code: code != language):
        path = fonts_dir() / FONT_FILES[face]
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("%s: could not load this font; Chinese text may show as boxes", path)
            continue
        registered.append(ShippedFont(face, path, families[0], not system_has[face]))
    return registered


def _drawn_family(families: list[str]) -> str:
    """The family the system really draws a font asking for `families` with. A generic name such
    as Linux's "Sans Serif" is an alias, not a family Qt can find by itself: left first in a list,
    the next family (ours) would become the main font and draw the Latin text too."""
    from PySide6.QtGui import QFont, QFontInfo

    key = "\n".join(families)
    if key not in _drawn_with:
        probe = QFont()
        if families:
            probe.setFamilies(families)
        _drawn_with[key] = QFontInfo(probe).family()
    return _drawn_with[key]
