"""Languages: which one to use, and loading its compiled translations (.qm).

Our strings live in resources/translations/lorasmith_<lang>.ts (edited with Qt
Linguist, compiled to .qm with lrelease; see the README there). Qt's own
strings (the standard dialog buttons) come from the qt_<lang>.qm that ships
with PySide6.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core.paths import resources_dir

# (code, name shown in the menu: each language in its own words)
LANGUAGES = (("en", "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators

# Qt's own words on standard buttons and edit menus. PySide6-Essentials ships no qtbase
# translations, so ours carry the ones our windows show (lupdate collects these).
QT_STRINGS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "About Qt"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Copy &Link Location"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
)


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The OS display language mapped to one we ship ('en' when we have none for it)."""
    for tag in QLocale.system().uiLanguages():
        lang = _match(tag)
        if lang:
            return lang
    return _match(QLocale.system().name()) or "en"


def _match(tag: str) -> str:
    parts = tag.replace("-", "_").split("_")
    if not parts or parts[0].lower() != "zh":
        return "en" if parts and parts[0].lower() == "en" else ""
    rest = {p.upper() for p in parts[1:]}
    # Traditional script: explicit Hant, or the regions that write it.
    if rest & {"HANT", "TW", "HK", "MO"}:
        return "zh_TW"
    return "zh_CN"


def resolve_language(choice: str | None) -> str:
    codes = {code for code, _ in LANGUAGES}
    return choice if choice in codes else system_language()


def install_translators(app: QCoreApplication, language: str) -> bool:
    """Load our and Qt's translations for `language`; False when ours are missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "en":
        return True
    ours = QTranslator(app)
    found = ours.load(f"lorasmith_{language}", str(translations_dir()))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qt_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found


def current_language() -> str:
    """The language whose translations are installed now ('en' when none are)."""
    for translator in _installed:
        name = Path(translator.filePath()).stem
        if name.startswith("lorasmith_"):
            return name[len("lorasmith_") :]
    return "en"
