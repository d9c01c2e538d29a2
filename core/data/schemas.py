"""Work out what kind of dataset a file holds, and check every row against it.

Kinds:
- alpaca: "instruction", "output", optional "input", "system" and "history"
  (a list of [question, answer] pairs).
- sharegpt: a "conversations" list, optional "system" and "tools" columns.
- openai: a "messages" list, content as text or a list of text parts, optional
  per-message "loss_weight" (or OpenAI's "weight"), optional "tools".
- text: {"text": ...}, trained whole. raw: a .txt file or folder, chunked.
- custom: any other key set; it needs a format file.

Chat rows become one shape in core/data/conversations.py; `Message`,
`Conversation` and `to_conversation` are importable from here too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.data.conversations import (
    CHAT_KINDS,
    ROLES,
    Conversation,
    Message,
    RowReport,
    build_conversation,
    field_text,
    to_conversation,
    type_name,
)
from core.data.problems import Problem
from core.data.sources import SourceData

__all__ = [
    "CHAT_KINDS",
    "KINDS",
    "KIND_NAMES",
    "ROLES",
    "Conversation",
    "Detection",
    "Message",
    "check_rows",
    "detect_kind",
    "row_kind",
    "to_conversation",
]

KINDS = ("alpaca", "sharegpt", "openai", "text", "raw", "custom")
KIND_NAMES = {
    "alpaca": "Alpaca",
    "sharegpt": "ShareGPT",
    "openai": "OpenAI chat",
    "text": "text",
    "raw": "raw text",
    "custom": "custom",
}
_MARKERS = {
    "alpaca": '"instruction" and "output"',
    "sharegpt": 'a "conversations" list',
    "openai": 'a "messages" list',
    "text": '"text"',
}


@dataclass
class Detection:
    kind: str
    reason: str  # one plain sentence for the user
    keys: list[str]  # keys seen in the rows checked, in first-seen order


def row_kind(row) -> str:
    """The kind one row looks like on its own."""
    if not isinstance(row, dict):
        return "custom"
    if "messages" in row:
        return "openai"
    if "conversations" in row:
        return "sharegpt"
    if "instruction" in row and "output" in row:
        return "alpaca"
    if "text" in row:
        return "text"
    return "custom"


def detect_kind(source: SourceData | Sequence[dict], *, sample: int = 200) -> Detection:
    """The kind most of the first `sample` rows have, with the reason in words."""
    if isinstance(source, SourceData):
        if source.rows is None:
            what = "A folder of plain text files" if source.file_type == "txt-folder" else "A plain text file"
            return Detection("raw", f"{what}: trained as raw text, cut into chunks.", [])
        source = source.rows
    rows = list(source[:sample])
    if not rows:
        return Detection("custom", "The file has no rows.", [])
    keys: dict[str, None] = {}
    for row in rows:
        if isinstance(row, dict):
            keys.update(dict.fromkeys(row))
    counts = Counter(row_kind(r) for r in rows)
    kind, n = counts.most_common(1)[0]
    key_list = list(keys)
    if kind == "custom":
        shown = ", ".join(f'"{k}"' for k in key_list[:12]) or "none"
        return Detection(
            "custom",
            f"The rows have the keys {shown}, which match no built-in format; choose a "
            "format file that uses these keys.",
            key_list,
        )
    lead = (
        f"Every row has {_MARKERS[kind]}"
        if n == len(rows)
        else f"Most rows ({n} of the {len(rows)} checked) have {_MARKERS[kind]}"
    )
    extra = ""
    if kind in ("sharegpt", "openai") and any(isinstance(r, dict) and r.get("tools") for r in rows):
        extra = ', with tool definitions in "tools"'
    if kind == "openai" and any(
        isinstance(m, dict) and ("loss_weight" in m or "weight" in m)
        for r in rows
        if isinstance(r, dict) and isinstance(r.get("messages"), list)
        for m in r["messages"]
    ):
        extra += ' and per-message "loss_weight"' if extra else ', with per-message "loss_weight"'
    tail = {
        "alpaca": ": Alpaca format",
        "sharegpt": ": ShareGPT format",
        "openai": ": OpenAI chat format",
        "text": ": each row is trained whole as plain text",
    }[kind]
    reason = f"{lead}{tail}{extra}."
    if n < len(rows):
        reason += " The other rows are reported as problems."
    return Detection(kind, reason, key_list)


def check_rows(
    rows: Sequence[dict], kind: str, *, path: str | None = None, row_lines: Sequence[int] | None = None
) -> list[Problem]:
    """Every problem of every row, as the user should see it. Rows with an
    error-severity problem cannot be trained; warnings are shown and kept."""
    if kind not in KINDS:
        raise ValueError(f"unknown dataset kind {kind!r}; expected one of {KINDS}")
    if kind == "raw":
        return []
    problems, others = [], Counter()
    other_rows: list[int] = []
    total = 0
    for i, row in enumerate(rows, 1):
        total = i
        line = row_lines[i - 1] if row_lines is not None and i <= len(row_lines) else None
        report = RowReport(strict=False)
        looks = row_kind(row)
        if not isinstance(row, dict):
            report.error(f"this row is {type_name(row)}, not an object")
        elif kind == "custom":
            if not row:
                report.error("this row is empty ({}); delete it")
        elif looks != kind and looks != "custom":
            others[looks] += 1
            other_rows.append(i)
            report.error(
                f"this row looks like {KIND_NAMES[looks]} data (it has {_MARKERS[looks]}), not "
                f"{KIND_NAMES[kind]}; a file must hold one format, so move it to a file of its own or "
                "delete it"
            )
        elif kind == "text":
            field_text(row, "text", report, required=True)
        else:
            build_conversation(row, kind, report)
        problems += [Problem(message, path, i, line, None, severity) for message, severity in report.items]
    if other_rows:
        shown = ", ".join(map(str, other_rows[:5])) + (
            f" and {len(other_rows) - 5} more" if len(other_rows) > 5 else ""
        )
        what = " and ".join(KIND_NAMES[k] for k, _ in others.most_common())
        advice = (
            f"most rows are {KIND_NAMES[kind]}, so those rows are left out"
            if len(other_rows) * 2 < total
            else f"choose the {KIND_NAMES[others.most_common(1)[0][0]]} format instead, or split the file"
        )
        problems.insert(
            0,
            Problem(
                f"the file mixes formats: {len(other_rows)} of {total} rows look like {what} "
                f"data (rows {shown}); {advice}",
                path,
                severity="warning",
            ),
        )
    return problems
