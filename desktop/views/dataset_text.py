"""Small text helpers shared by the dataset screen's widgets."""
from __future__ import annotations

import re

_PLURAL_MARK = re.compile(r"\(s\)")


def plural(translated: str, n: int) -> str:
    """English source strings write plurals as "row(s)"; with no translation
    loaded, show "1 row" / "2 rows". Translations have no "(s)" and pass through."""
    return _PLURAL_MARK.sub("" if n == 1 else "s", translated)
