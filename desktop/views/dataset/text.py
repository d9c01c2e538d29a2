"""Small text helpers shared by the dataset screen's widgets."""

from __future__ import annotations

import re

_PLURAL_MARK = re.compile(r"\(s\)")


def plural(translated: str, n: int) -> str:
    """English source strings write plurals as "row(s)"; with no translation
    loaded, show "1 row" / "2 rows". Translations have no "(s)" and pass through."""
    return _PLURAL_MARK.sub("" if n == 1 else "s", translated)


def escape_cut(text: str) -> str:
    """A string with newlines and tabs, as typed in a one-line field: \\n, \\t, \\\\."""
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def unescape_cut(text: str) -> str:
    """What escape_cut wrote, back to the string; an unknown escape stays as typed."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append({"n": "\n", "t": "\t", "\\": "\\"}.get(text[i + 1], "\\" + text[i + 1]))
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)
