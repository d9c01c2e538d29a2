"""Work out what kind of dataset a file holds and turn chat rows into one shape.

Kinds:
- alpaca: "instruction", "output", optional "input", "system" and "history"
  (a list of [question, answer] pairs).
- sharegpt: a "conversations" list, optional "system" and "tools" columns.
- openai: a "messages" list, content as text or a list of text parts, optional
  per-message "loss_weight" (or OpenAI's "weight"), optional "tools".
- text: {"text": ...}, trained whole. raw: a .txt file or folder, chunked.
- custom: any other key set; it needs a format file.

Messages are read the same way in "conversations" and "messages": both the
ShareGPT keys ("from"/"value") and the OpenAI keys ("role"/"content") are
accepted, because datasets on the Hub mix them freely (LLaMA-Factory's own
ShareGPT files sometimes use role/content). The column name decides the kind.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from core.data.problems import DataError, Problem
from core.data.sources import SourceData
from core.data.text_cursor import NOT_JSON, embedded_json

KINDS = ("alpaca", "sharegpt", "openai", "text", "raw", "custom")
CHAT_KINDS = ("alpaca", "sharegpt", "openai")
KIND_NAMES = {
    "alpaca": "Alpaca",
    "sharegpt": "ShareGPT",
    "openai": "OpenAI chat",
    "text": "text",
    "raw": "raw text",
    "custom": "custom",
}
ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "system": "system",
    "developer": "system",
    "function_call": "tool_call",
    "tool_call": "tool_call",
    "observation": "tool",
    "tool": "tool",
    "function": "tool",
}
_ROLE_HELP = {
    "sharegpt": "human, gpt, system, function_call or observation (or user, assistant, tool)",
    "openai": "system, user, assistant or tool",
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


@dataclass
class Message:
    role: str  # "system" | "user" | "assistant" | "tool_call" | "tool"
    content: str
    trained: bool | None = None  # None: decided by role (assistant and tool_call are trained)

    @property
    def is_trained(self) -> bool:
        return self.trained if self.trained is not None else self.role in ("assistant", "tool_call")


@dataclass
class Conversation:
    messages: list[Message]
    tools: str | None = None  # JSON text of tool definitions when the row has them
    row: int | None = None  # 1-based


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


# ---------------------------------------------------------------- normalising


class _Stop(Exception):
    pass


class _Report:
    """Collects what is wrong with one row; in strict mode the first error stops."""

    def __init__(self, strict: bool):
        self.strict, self.items = strict, []

    def error(self, message: str) -> None:
        if self.strict:
            raise _Stop(message)
        self.items.append((message, "error"))

    def warn(self, message: str) -> None:
        self.items.append((message, "warning"))


def _type_name(value) -> str:
    if value is None or isinstance(value, bool):
        return "null" if value is None else "true/false"
    return {dict: "an object", list: "a list", str: "a text"}.get(type(value), "a number")


def _text(value, what: str, report: _Report, *, empty: str | None = "error") -> str:
    """`value` as text; `empty` is the severity of an empty value (None: allowed)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        report.warn(f'{what} is a number, not text; it is used as the text "{value}"')
        return str(value)
    if value is not None and not isinstance(value, str):
        report.error(f"{what} is {_type_name(value)}, but text was expected; write it as one text in quotes")
        return ""
    value = value or ""
    if not value.strip() and empty:
        message = f"{what} is empty; fill it in or delete the row"
        report.error(message) if empty == "error" else report.warn(message)
    return value


def _field(row: dict, key: str, report: _Report, *, required: bool, empty: str | None = "error") -> str:
    if key not in row:
        if required:
            report.error(f'"{key}" is missing; add it or delete the row')
        return ""
    return _text(row[key], f'"{key}"', report, empty=empty)


def _tools(row: dict, report: _Report) -> str | None:
    value = row.get("tools", row.get("functions"))
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if not isinstance(value, str):
        report.error(f'"tools" is {_type_name(value)}; it must be a JSON list of tool definitions')
        return None
    if embedded_json(value) is NOT_JSON:
        report.warn('"tools" is not valid JSON; the model will see it exactly as written')
    return value


def _alpaca(row: dict, report: _Report) -> list[Message]:
    messages = []
    system = _field(row, "system", report, required=False, empty=None)
    if system.strip():
        messages.append(Message("system", system))
    history = row.get("history")
    if history not in (None, "", []):
        if not isinstance(history, list) or not all(isinstance(p, (list, tuple)) and len(p) == 2 for p in history):
            report.error('"history" must be a list of [question, answer] pairs, like [["Hi", "Hello!"]]')
            history = []
        for j, (question, answer) in enumerate(history, 1):
            messages.append(Message("user", _text(question, f'question {j} of "history"', report)))
            messages.append(Message("assistant", _text(answer, f'answer {j} of "history"', report)))
    instruction = _field(row, "instruction", report, required=True, empty=None)
    extra = _field(row, "input", report, required=False, empty=None)
    output = _field(row, "output", report, required=True)
    prompt = "\n\n".join(t for t in (instruction, extra) if t.strip())
    if "instruction" in row and not prompt:
        report.error('"instruction" is empty; fill it in or delete the row')
    messages += [Message("user", prompt), Message("assistant", output)]
    return messages


def _content(value, what: str, report: _Report, empty: str | None) -> str:
    if isinstance(value, list):  # content parts: OpenAI's "text", LLaMA-Factory's "value"
        texts = []
        for part in value:
            if isinstance(part, str):
                texts.append(part)
                continue
            if (
                isinstance(part, dict)
                and part.get("type", "text") == "text"
                and isinstance(part.get("text", part.get("value")), str)
            ):
                texts.append(part.get("text", part.get("value")))
                continue
            kind = part.get("type") if isinstance(part, dict) else _type_name(part)
            report.error(
                f'{what} has a part of type "{kind}"; Lorasmith trains on text only, so remove that part or the row'
            )
            return ""
        value = "".join(texts)
    return _text(value, what, report, empty=empty)


def _tool_calls(calls) -> str:
    payload = []
    for call in calls if isinstance(calls, list) else [calls]:
        fn = call.get("function", call) if isinstance(call, dict) else {}
        args = fn.get("arguments")
        if isinstance(args, str) and (parsed := embedded_json(args)) is not NOT_JSON:
            args = parsed
        payload.append({"name": fn.get("name"), "arguments": args})
    return json.dumps(payload[0] if len(payload) == 1 else payload, ensure_ascii=False)


def _chat(row: dict, kind: str, report: _Report) -> list[Message]:
    key = "conversations" if kind == "sharegpt" else "messages"
    turns = row.get(key)
    if key not in row:
        report.error(f'"{key}" is missing; add it or delete the row')
        return []
    if not isinstance(turns, list) or not turns:
        report.error(
            f'"{key}" is empty; fill it in or delete the row'
            if turns in (None, [], "")
            else f'"{key}" is {_type_name(turns)}, but a list of messages was expected'
        )
        return []
    messages = []
    system = _field(row, "system", report, required=False, empty=None)
    if system.strip():
        messages.append(Message("system", system))
    for i, turn in enumerate(turns, 1):
        where = f'message {i} of "{key}"'
        if not isinstance(turn, dict):
            report.error(f'{where} is {_type_name(turn)}, not an object like {{"from": "human", "value": "..."}}')
            continue
        name = turn.get("from", turn.get("role"))
        role = ROLES.get(name.strip().lower()) if isinstance(name, str) else None
        if role is None:
            said = f'the role "{name}"' if name is not None else 'no "from" or "role"'
            report.error(f"{where} has {said}, which is not a role Lorasmith knows; use {_ROLE_HELP[kind]}")
            continue
        where = f'message {i} ("{name}") of "{key}"'
        trained = None
        weight = turn.get("loss_weight", turn.get("weight"))
        if weight is not None:
            if isinstance(weight, (int, float)) and not isinstance(weight, bool):
                trained = weight > 0
            else:
                report.error(
                    f'{where} has a "loss_weight" of {json.dumps(weight)}; use a number: 0 (not trained) or 1 (trained)'
                )
        calls = turn.get("tool_calls")
        raw = turn["value"] if "value" in turn else turn.get("content")
        if role == "assistant" and calls:
            if raw:
                messages.append(Message("assistant", _content(raw, where, report, None), trained))
            messages.append(Message("tool_call", _tool_calls(calls), trained))
            continue
        empty = "error" if role in ("assistant", "tool_call") else "warning"
        messages.append(Message(role, _content(raw, where, report, empty), trained))
    replies = [m for m in messages if m.role in ("assistant", "tool_call")]
    if not replies:
        reply = '"gpt"' if kind == "sharegpt" else '"assistant"'
        report.error(
            f'"{key}" has no reply from the assistant ({reply}), so there is nothing to learn from this '
            "row; add one or delete the row"
        )
    elif not any(m.is_trained for m in messages):
        report.error(
            'every message has a "loss_weight" of 0, so nothing in this row is trained; set it to 1 on '
            "the replies to learn from, or delete the row"
        )
    return messages


def _build(row, kind: str, report: _Report) -> Conversation:
    if not isinstance(row, dict):
        report.error(f"this row is {_type_name(row)}, not an object")
        return Conversation([])
    if kind == "alpaca":
        return Conversation(_alpaca(row, report))
    return Conversation(_chat(row, kind, report), tools=_tools(row, report))


def to_conversation(row: dict, kind: str, row_number: int, *, path: str | None = None) -> Conversation:
    """One chat row (alpaca, sharegpt or openai) as messages. Raises DataError naming the row."""
    if kind not in CHAT_KINDS:
        raise ValueError(f"to_conversation needs one of {CHAT_KINDS}, not {kind!r}")
    try:
        conversation = _build(row, kind, _Report(strict=True))
    except _Stop as stop:
        raise DataError(Problem(str(stop), path=path, row=row_number)) from None
    conversation.row = row_number
    return conversation


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
        report = _Report(strict=False)
        looks = row_kind(row)
        if not isinstance(row, dict):
            report.error(f"this row is {_type_name(row)}, not an object")
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
            _field(row, "text", report, required=True)
        else:
            _build(row, kind, report)
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
