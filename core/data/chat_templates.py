"""Chat templates: how a conversation becomes training text, and which part of it is trained.

Chat templates are the Jinja templates models ship in tokenizer_config.json or
chat_template.jinja (or ours in resources/chat_templates). They are rendered
here with jinja2 alone (no transformers), so the GUI can preview them in its
own process, and which text is trained is found by rendering growing prefixes
of the conversation. Format files are in core/data/format_files.py.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from core.data.example import Example
from core.data.problems import DataError, Problem, with_path
from core.data.text_cursor import NOT_JSON, embedded_json

ANSWER_ROLES = ("assistant", "tool_call")


def _tojson(value, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    # Hugging Face templates expect tojson to keep non-ASCII text and not escape HTML.
    return json.dumps(value, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def _strftime_now(fmt: str) -> str:
    return datetime.now().strftime(fmt)


@lru_cache(maxsize=32)
def _compile(template: str):
    import jinja2
    from jinja2 import nodes
    from jinja2.ext import Extension
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class GenerationTag(Extension):
        # Some templates mark answers with {% generation %}; we find answers by
        # prefixes instead, so the tag only has to render its body.
        tags = {"generation"}

        def parse(self, parser):
            lineno = next(parser.stream).lineno
            body = parser.parse_statements(("name:endgeneration",), drop_needle=True)
            return nodes.Scope(body, lineno=lineno)

    def raise_exception(message):
        raise jinja2.TemplateError(message)

    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=[GenerationTag, "jinja2.ext.loopcontrols"]
    )
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = _strftime_now
    try:
        return env.from_string(template)
    except jinja2.TemplateSyntaxError as exc:
        raise DataError(
            f"the chat template has a mistake on its line {exc.lineno} ({exc.message}); "
            "choose another chat template or fix that line"
        ) from None


def _render(
    template: str,
    messages: list[dict],
    tools,
    add_generation_prompt: bool,
    bos_token: str,
    eos_token: str,
    row: int | None,
) -> str:
    compiled = _compile(template)
    try:
        return compiled.render(
            messages=messages,
            tools=tools,
            add_generation_prompt=add_generation_prompt,
            bos_token=bos_token,
            eos_token=eos_token,
        )
    except DataError:
        raise
    except Exception as exc:  # a template is user data: whatever fails inside it is the data's problem
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise DataError(
            Problem(
                f"the chat template refused this conversation: {message}; fix the "
                "conversation (for example the order of user and assistant turns) or "
                "choose another chat template",
                row=row,
            )
        ) from None


def load_chat_template(model_dir) -> str | None:
    """The model's own chat template, or None when it has none."""
    folder = Path(model_dir)
    jinja_file = folder / "chat_template.jinja"
    if jinja_file.is_file():
        return jinja_file.read_text(encoding="utf-8")
    for name in ("tokenizer_config.json", "chat_template.json"):
        value = _read_model_json(folder / name).get("chat_template")
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, list):
            named = [(t.get("name"), t.get("template")) for t in value if isinstance(t, dict)]
            chosen = dict(named).get("default") or next((t for _, t in named if isinstance(t, str)), None)
            if chosen:
                return chosen
    return None


def special_tokens(model_dir) -> dict:
    """bos_token, eos_token and pad_token as strings (None when the model sets none)."""
    folder = Path(model_dir)
    merged: dict = {}
    # tokenizer_config.json is read last: it is what the tokenizer itself uses.
    for name in ("special_tokens_map.json", "tokenizer_config.json"):
        merged.update({k: v for k, v in _read_model_json(folder / name).items() if v is not None})
    out = {}
    for key in ("bos_token", "eos_token", "pad_token"):
        value = merged.get(key)
        if isinstance(value, dict):
            value = value.get("content")
        out[key] = value if isinstance(value, str) and value else None
    return out


def _read_model_json(path: Path) -> dict:
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, ValueError, RecursionError) as exc:  # ValueError: bad UTF-8 or JSON
        raise DataError(
            f"cannot read this file of the model ({exc}); download the model again", path=str(path)
        ) from None
    return data if isinstance(data, dict) else {}


def builtin_chat_template(name: str) -> str:
    """One of our chat templates in resources/chat_templates ("chatml", "alpaca")."""
    from core.paths import resources_dir

    folder = resources_dir() / "chat_templates"
    stem = name[: -len(".jinja")] if name.lower().endswith(".jinja") else name
    path = folder / f"{stem.lower()}.jinja"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.jinja"))) or "none"
        raise DataError(
            f'there is no built-in chat template "{name}"; choose one of {known}, or a .jinja file of your own'
        )
    return path.read_text(encoding="utf-8")


def _parse_tools(tools, row: int | None):
    if tools is None or (isinstance(tools, str) and not tools.strip()):
        return None
    value = tools
    if isinstance(tools, str):
        value = embedded_json(tools)
        if value is NOT_JSON:
            return [tools]  # not JSON: the model sees it exactly as written
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise DataError(Problem('the "tools" value should be a list of tool descriptions', row=row))
    return value or None


def _tool_calls(text: str) -> list[dict] | None:
    """A tool call written as JSON, in the shape templates with tool support expect."""
    value = embedded_json(text) if isinstance(text, str) else NOT_JSON
    if value is NOT_JSON:
        return None
    calls = value if isinstance(value, list) else [value]
    out = []
    for call in calls:
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            return None
        arguments = call.get("arguments", {})
        if isinstance(arguments, str) and (parsed := embedded_json(arguments)) is not NOT_JSON:
            arguments = parsed
        out.append({"type": "function", "function": {"name": call["name"], "arguments": arguments}})
    return out or None


def _template_messages(messages, template: str, plain_tools: bool) -> list[dict]:
    """Our roles in the shape chat templates expect.

    tool_call becomes an assistant turn: with `tool_calls` when the template
    handles them, else the call text as the answer. tool stays "tool"; when a
    template refuses that, the caller retries with plain_tools (tool results as
    user turns), the one shape every template accepts.
    """
    supports_calls = "tool_calls" in template and not plain_tools
    out = []
    for m in messages:
        if m.role == "tool_call":
            calls = _tool_calls(m.content) if supports_calls else None
            # content None, as chat APIs send it: some templates test `content is none`.
            out.append(
                {"role": "assistant", "content": None, "tool_calls": calls}
                if calls
                else {"role": "assistant", "content": m.content}
            )
        elif m.role == "tool":
            out.append({"role": "user" if plain_tools else "tool", "content": m.content})
        else:
            out.append({"role": m.role, "content": m.content})
    return out


def _label(message, train_on_prompt: bool) -> bool:
    if message.trained is not None:
        return bool(message.trained)
    return message.role in ANSWER_ROLES or train_on_prompt


def render_chat(
    template: str,
    conversation,
    *,
    bos_token: str = "",
    eos_token: str = "",
    train_on_prompt: bool = False,
    problems: list[Problem] | None = None,
) -> Example:
    """A conversation as an Example whose trained segments are its answers.

    Warnings (a template that needed a fallback) are appended to `problems`
    when a list is given; errors raise DataError naming the row.
    """
    row = conversation.row
    tools = _parse_tools(conversation.tools, row)
    notes: list[Problem] = []
    try:
        example = _render_masked(template, conversation, tools, bos_token, eos_token, train_on_prompt, False, notes)
    except DataError as first:
        if not any(m.role in ("tool", "tool_call") for m in conversation.messages):
            raise
        notes = []
        try:
            example = _render_masked(template, conversation, tools, bos_token, eos_token, train_on_prompt, True, notes)
        except DataError:
            raise first from None
        notes.append(
            Problem(
                "the chat template does not accept tool messages, so tool results were shown "
                "as user turns and tool calls as plain answers",
                row=row,
                severity="warning",
            )
        )
    if tools and "tools" not in template:
        notes.append(
            Problem(
                "this conversation has tool descriptions, but the chat template never shows "
                "them; choose a chat template with tool support",
                row=row,
                severity="warning",
            )
        )
    if not example.trained_text:
        raise DataError(
            Problem("this conversation has no assistant answer to learn from; add one or delete the row", row=row)
        )
    if problems is not None:
        problems.extend(notes)
    return example


def render_chats(
    template: str,
    conversations,
    *,
    bos_token: str = "",
    eos_token: str = "",
    train_on_prompt: bool = False,
    path: str | None = None,
) -> tuple[list[Example], list[Problem]]:
    """Render many conversations; the ones that fail become problems."""
    examples, problems = [], []
    for conversation in conversations:
        found: list[Problem] = []
        try:
            examples.append(
                render_chat(
                    template,
                    conversation,
                    bos_token=bos_token,
                    eos_token=eos_token,
                    train_on_prompt=train_on_prompt,
                    problems=found,
                )
            )
        except DataError as exc:
            found.append(exc.problem)
        problems += [with_path(p, path, conversation.row) for p in found]
    return examples, problems


def render_prompt(template: str, messages: list[dict], *, bos_token: str = "", eos_token: str = "") -> str:
    """The text a model continues from to answer `messages` (for generation)."""
    shaped = [{**m, "role": "assistant"} if m.get("role") == "tool_call" else dict(m) for m in messages]
    return _render(template, shaped, None, True, bos_token, eos_token, None)


def _render_masked(template, conversation, tools, bos, eos, train_on_prompt, plain_tools, notes) -> Example:
    row = conversation.row
    messages = conversation.messages
    shaped = _template_messages(messages, template, plain_tools)

    def render(count: int, generation_prompt: bool) -> str:
        return _render(template, shaped[:count], tools, generation_prompt, bos, eos, row)

    full = render(len(shaped), False)
    regions: list[tuple[int, int, bool]] = []
    try:
        for i, message in enumerate(messages):
            label = _label(message, train_on_prompt)
            if label == train_on_prompt:
                continue  # already the label of unclaimed text
            before = render(i, message.role in ANSWER_ROLES)
            upto = render(i + 1, False)
            if not (upto.startswith(before) and full.startswith(upto)):
                raise _NotPrefix
            regions.append((len(before), len(upto), label))
    except (_NotPrefix, DataError):
        regions = _regions_by_search(full, messages, shaped, eos, train_on_prompt, row)
        notes.append(
            Problem(
                "the chat template does not render this conversation as a growing text (it may "
                "drop earlier reasoning), so each answer was found by searching for it; end-of-turn "
                "markers may not be trained",
                row=row,
                severity="warning",
            )
        )
    parts, pos = [], 0
    for start, end, label in regions:
        parts.append((full[pos:start], train_on_prompt))
        parts.append((full[start:end], label))
        pos = end
    parts.append((full[pos:], train_on_prompt))
    return Example.build(parts, source_row=row)


class _NotPrefix(Exception):
    pass


def _regions_by_search(full, messages, shaped, eos, train_on_prompt, row) -> list[tuple[int, int, bool]]:
    regions, cursor = [], 0
    for number, (message, shape) in enumerate(zip(messages, shaped), 1):
        label = _label(message, train_on_prompt)
        content = shape.get("content") or ""
        if not content:
            if label != train_on_prompt:
                raise DataError(
                    Problem(
                        f"message {number} is shown by the chat template in a form Lorasmith "
                        "cannot locate, so it cannot tell what to train; choose another chat "
                        "template",
                        row=row,
                    )
                )
            continue
        start = full.find(content, cursor)
        if start < 0 and "</think>" in content:
            # Templates that drop earlier reasoning keep only the text after it.
            content = content.split("</think>")[-1].strip()
            start = full.find(content, cursor) if content else -1
        if start < 0:
            if label != train_on_prompt:
                raise DataError(
                    Problem(
                        f"the chat template changes the text of message {number}, so Lorasmith "
                        "cannot tell which part to train; choose another chat template",
                        row=row,
                    )
                )
            continue
        end = start + len(content)
        if label and message.role in ANSWER_ROLES and eos and full.startswith(eos, end):
            end += len(eos)
        if label != train_on_prompt:
            regions.append((start, end, label))
        cursor = end
    return regions
