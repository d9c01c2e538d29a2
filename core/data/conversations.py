"""Chat rows (alpaca, sharegpt, openai) as one shape: a Conversation of Messages.

Messages are read the same way in "conversations" and "messages": both the
ShareGPT keys ("from"/"value") and the OpenAI keys ("role"/"content") are
accepted, because datasets on the Hub mix them freely (LLaMA-Factory's own
ShareGPT files sometimes use role/content). The column name decides the kind.
What is wrong with a row is worded here; core/data/schemas.py checks whole files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from core.data.problems import DataError, Problem, type_name
from core.data.text_cursor import NOT_JSON, embedded_json

CHAT_KINDS = ("alpaca", "sharegpt", "openai")
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


class _Stop(Exception):
    pass


class RowReport:
    """Collects what is wrong with one row; in strict mode the first error stops."""

    def __init__(self, strict: bool):
        self.strict, self.items = strict, []

    def error(self, message: str) -> None:
        if self.strict:
            raise _Stop(message)
        self.items.append((message, "error"))

    def warn(self, message: str) -> None:
        self.items.append((message, "warning"))


def _text(value, what: str, report: RowReport, *, empty: str | None = "error") -> str:
    """`value` as text; `empty` is the severity of an empty value (None: allowed)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        report.warn(f'{what} is a number, not text; it is used as the text "{value}"')
        return str(value)
    if value is not None and not isinstance(value, str):
        report.error(f"{what} is {type_name(value)}, but text was expected; write it as one text in quotes")
        return ""
    value = value or ""
    if not value.strip() and empty:
        message = f"{what} is empty; fill it in or delete the row"
        report.error(message) if empty == "error" else report.warn(message)
    return value


def field_text(row: dict, key: str, report: RowReport, *, required: bool, empty: str | None = "error") -> str:
    if key not in row:
        if required:
            report.error(f'"{key}" is missing; add it or delete the row')
        return ""
    return _text(row[key], f'"{key}"', report, empty=empty)


def _tools(row: dict, report: RowReport) -> str | None:
    value = row.get("tools", row.get("functions"))
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if not isinstance(value, str):
        report.error(f'"tools" is {type_name(value)}; it must be a JSON list of tool definitions')
        return None
    if embedded_json(value) is NOT_JSON:
        report.warn('"tools" is not valid JSON; the model will see it exactly as written')
    return value


def _alpaca(row: dict, report: RowReport) -> list[Message]:
    messages = []
    system = field_text(row, "system", report, required=False, empty=None)
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
    instruction = field_text(row, "instruction", report, required=True, empty=None)
    extra = field_text(row, "input", report, required=False, empty=None)
    output = field_text(row, "output", report, required=True)
    prompt = "\n\n".join(t for t in (instruction, extra) if t.strip())
    if "instruction" in row and not prompt:
        report.error('"instruction" is empty; fill it in or delete the row')
    messages += [Message("user", prompt), Message("assistant", output)]
    return messages


def _content(value, what: str, report: RowReport, empty: str | None) -> str:
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
            kind = part.get("type") if isinstance(part, dict) else type_name(part)
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


def _chat(row: dict, kind: str, report: RowReport) -> list[Message]:
    key = "conversations" if kind == "sharegpt" else "messages"
    turns = row.get(key)
    if key not in row:
        report.error(f'"{key}" is missing; add it or delete the row')
        return []
    if not isinstance(turns, list) or not turns:
        report.error(
            f'"{key}" is empty; fill it in or delete the row'
            if turns in (None, [], "")
            else f'"{key}" is {type_name(turns)}, but a list of messages was expected'
        )
        return []
    messages = []
    system = field_text(row, "system", report, required=False, empty=None)
    if system.strip():
        messages.append(Message("system", system))
    for i, turn in enumerate(turns, 1):
        where = f'message {i} of "{key}"'
        if not isinstance(turn, dict):
            report.error(f'{where} is {type_name(turn)}, not an object like {{"from": "human", "value": "..."}}')
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


def build_conversation(row, kind: str, report: RowReport) -> Conversation:
    if not isinstance(row, dict):
        report.error(f"this row is {type_name(row)}, not an object")
        return Conversation([])
    if kind == "alpaca":
        return Conversation(_alpaca(row, report))
    return Conversation(_chat(row, kind, report), tools=_tools(row, report))


def to_conversation(row: dict, kind: str, row_number: int, *, path: str | None = None) -> Conversation:
    """One chat row (alpaca, sharegpt or openai) as messages. Raises DataError naming the row."""
    if kind not in CHAT_KINDS:
        raise ValueError(f"to_conversation needs one of {CHAT_KINDS}, not {kind!r}")
    try:
        conversation = build_conversation(row, kind, RowReport(strict=True))
    except _Stop as stop:
        raise DataError(Problem(str(stop), path=path, row=row_number)) from None
    conversation.row = row_number
    return conversation
