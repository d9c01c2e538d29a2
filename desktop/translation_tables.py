"""The Chinese translation tables each screen keeps beside its code (`strings_zh.py` in its package,
`desktop/strings_zh.py` for the window): (Qt context, English) -> (Simplified, Traditional).

`resources/translations/update.py` fills them into the .ts files; the font script and the font
tests read them too, so all three find the same tables.
"""

from __future__ import annotations

import importlib
from pathlib import Path

DESKTOP = Path(__file__).resolve().parent


def table_modules() -> dict[str, dict[tuple[str, str], tuple[str, str]]]:
    """Every table, keyed by the path of its module relative to the checkout."""
    tables = {}
    for path in sorted(DESKTOP.rglob("strings_zh.py")):
        relative = path.relative_to(DESKTOP.parent)
        module = importlib.import_module(".".join(relative.with_suffix("").parts))
        tables[relative.as_posix()] = module.T
    return tables


def merged_tables() -> dict[tuple[str, str], tuple[str, str]]:
    merged: dict[tuple[str, str], tuple[str, str]] = {}
    for table in table_modules().values():
        merged.update(table)
    return merged
