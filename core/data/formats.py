"""How a row becomes training text: format files and chat templates.

Format files are the ones text-generation-webui users already have: a JSON
object whose keys are comma-separated sets of dataset keys and whose values
are templates with %key% placeholders. A row uses the template whose key set
equals the keys it has filled in.

Chat templates are the Jinja templates models ship in tokenizer_config.json or
chat_template.jinja. They are rendered here with jinja2 alone (no
transformers), so the GUI can preview them in its own process, and which text
is trained is found by rendering growing prefixes of the conversation.
"""
from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from core.data.example import Example
from core.data.problems import DataError, Problem

# The placeholder whose text the model learns to write, in order of preference.
RESPONSE_KEYS = ("output", "response", "modelanswer", "answer", "completion", "assistant", "gpt", "chosen")
# What looks like a placeholder: used to catch misspelt keys. Names with spaces
# are not flagged, so literal percent signs in prose ("5% to 10%") pass.
_PLACEHOLDER_LIKE = re.compile(r"%(\w[\w.\-]*)%")
_EXAMPLE_FORMAT = '{"instruction,output": "### Question:\\n%instruction%\\n\\n### Answer:\\n%output%"}'


class _Pairs(list):
    """A JSON object as its (key, value) pairs, so duplicate keys are seen."""


def _has_value(value) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, (list, dict, tuple)):
        return len(value) > 0
    return True


def _key_list(keys) -> str:
    return ", ".join(keys) if keys else "none"


@dataclass
class FormatFile:
    path: str | None
    templates: dict[frozenset[str], str]   # key set -> template
    names: dict[frozenset[str], str]       # key set -> the key string as written in the file
    warnings: list[Problem] = field(default_factory=list, repr=False)
    lines: dict[frozenset[str], int | None] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path) -> "FormatFile":
        path = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DataError(f"cannot open the format file ({exc.strerror or exc}); check that it exists "
                            "and is not open in another program", path=path) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DataError("the format file is not UTF-8 text; open it in a text editor and save it "
                            "with the UTF-8 encoding", path=path) from None
        return cls.parse(text, path)

    @classmethod
    def parse(cls, text: str, path: str | None = None) -> "FormatFile":
        """Read a format file's text; DataError on the first error (with how many more)."""
        found, templates, names, lines = _check_format(text, path)
        errors = [p for p in found if p.severity == "error"]
        if errors:
            first = errors[0]
            if len(errors) > 1:
                more = len(errors) - 1
                first = dataclasses.replace(
                    first, message=f"{first.message} (and {more} more problem{'s' if more > 1 else ''})")
            raise DataError(first)
        return cls(path, templates, names, [p for p in found if p.severity != "error"], lines)

    def problems(self) -> list[Problem]:
        """Findings that do not stop training, for the format editor to show."""
        return list(self.warnings)

    # ---------------------------------------------------------------- rendering
    def match(self, row: dict) -> frozenset[str] | None:
        filled = frozenset(k for k, v in row.items() if _has_value(v))
        return filled if filled in self.templates else None

    def response_key(self, keys: frozenset[str]) -> str:
        """The placeholder whose text (and everything after it) is trained."""
        return _response_key(self.templates[keys], keys)

    def render(self, row: dict, row_number: int, *, train_on_prompt: bool = False,
               path: str | None = None, add_eos: bool | None = None) -> Example:
        """One row as an Example. add_eos=None: ask the tokenizer for its end-of-text
        token only when the template writes no end marker after its last placeholder."""
        keys = self.match(row)
        if keys is None:
            raise DataError(Problem(self._unmatched_message(row), path=path, row=row_number))
        template = self.templates[keys]
        response = self.response_key(keys)
        pieces: list[str] = []
        response_index = None
        last = 0
        # One pass over the template: substituted values are never scanned again.
        for m in _placeholder_pattern(keys).finditer(template):
            pieces.append(template[last:m.start()])
            name = m.group(1)
            if name == response and response_index is None:
                response_index = len(pieces)
            pieces.append(_value_text(row[name], name, row_number, path))
            last = m.end()
        tail = template[last:]
        pieces.append(tail)
        if add_eos is None:
            add_eos = not tail.strip()
        prompt, answer = "".join(pieces[:response_index]), "".join(pieces[response_index:])
        return Example.build([(prompt, train_on_prompt), (answer, True)], source_row=row_number, add_eos=add_eos)

    def _unmatched_message(self, row: dict) -> str:
        filled = [k for k, v in row.items() if _has_value(v)]
        empty = [k for k, v in row.items() if not _has_value(v)]
        available = " | ".join(f'"{self.names[k]}"' for k in self.templates)
        name = Path(self.path).name if self.path else "the format file"
        what = f"its filled-in keys are {_key_list(filled)}" if filled else "it has no filled-in keys"
        if empty:
            what += f" (empty: {_key_list(empty)})"
        message = (f"no template fits this row: {what}, but {name} has templates only for the key sets "
                   f"{available}; add a template for these keys to the format file, or fill in or "
                   "remove keys in the row")
        structured = [k for k in filled if isinstance(row[k], (list, dict))]
        if structured:
            message += (f' ("{structured[0]}" holds {_kind_of(row[structured[0]])}, which a format file cannot '
                        "turn into text; a chat template can, so leave the format file empty for these rows)")
        return message


def render_rows(fmt: FormatFile, rows, *, train_on_prompt: bool = False,
                path: str | None = None) -> tuple[list[Example], list[Problem]]:
    """Render every row; rows that cannot be rendered become problems, never silently dropped."""
    examples, problems = [], []
    for number, row in enumerate(rows, 1):
        try:
            examples.append(fmt.render(row, number, train_on_prompt=train_on_prompt, path=path))
        except DataError as exc:
            problems.append(_with_path(exc.problem, path, number))
    return examples, problems


def check_format_text(text: str, path: str | None = None) -> list[Problem]:
    """Every error and warning in a format file's text, for live validation."""
    return _check_format(text, path)[0]


def _with_path(problem: Problem, path: str | None, row: int | None) -> Problem:
    return dataclasses.replace(problem, path=problem.path or path, row=problem.row or row)


@lru_cache(maxsize=256)
def _placeholder_pattern(keys: frozenset[str]) -> re.Pattern:
    # Exactly %key% for the keys of this set, longest first so "%input_2%" wins over "%input%".
    names = sorted(keys, key=len, reverse=True)
    return re.compile("%(" + "|".join(re.escape(k) for k in names) + ")%")


def _response_key(template: str, keys: frozenset[str]) -> str:
    used = [m.group(1) for m in _placeholder_pattern(keys).finditer(template)]
    lowered = {name.lower(): name for name in reversed(used)}
    for candidate in RESPONSE_KEYS:
        if candidate in lowered:
            return lowered[candidate]
    return used[-1]


def _kind_of(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if value is None:
        return "null"
    if isinstance(value, (dict, _Pairs)):
        return "an object"
    return "a list" if isinstance(value, list) else type(value).__name__


def _value_text(value, key: str, row_number: int, path: str | None) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    kind = _kind_of(value)
    raise DataError(Problem(f'"{key}" holds {kind}, not text; a format file can only place text and numbers, '
                            "so turn it into text or remove it from the row", path=path, row=row_number))


def _line_of_key(text: str, key: str, start: int) -> tuple[int | None, int]:
    """1-based line where a top-level key is written, searching from `start`."""
    for spelling in (json.dumps(key, ensure_ascii=False), json.dumps(key)):
        m = re.compile(re.escape(spelling) + r"\s*:").search(text, start)
        if m:
            return text.count("\n", 0, m.start()) + 1, m.end()
    return None, start


def _check_format(text: str, path: str | None):
    problems: list[Problem] = []
    templates: dict[frozenset[str], str] = {}
    names: dict[frozenset[str], str] = {}
    lines: dict[frozenset[str], int | None] = {}

    def error(message, line=None, column=None, severity="error"):
        problems.append(Problem(message, path=path, line=line, column=column, severity=severity))

    text = text.lstrip("\ufeff")
    if not text.strip():
        error(f"the format file is empty; write a JSON object such as {_EXAMPLE_FORMAT}")
        return problems, templates, names, lines
    try:
        data = json.loads(text, object_pairs_hook=_Pairs)
    except json.JSONDecodeError as exc:
        hint = "check the quotes, commas and braces there"
        if "control character" in exc.msg:
            hint = "a line break inside a template must be written as \\n"
        reason = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
        error(f"this is not valid JSON ({reason}); {hint}", exc.lineno, exc.colno)
        return problems, templates, names, lines
    if not isinstance(data, _Pairs):
        error("a format file must be one JSON object {...} of key sets and templates, "
              f"such as {_EXAMPLE_FORMAT}")
        return problems, templates, names, lines
    if not data:
        error(f"the format file has no templates; add at least one, such as {_EXAMPLE_FORMAT}")

    cursor = 0
    for key_string, template in data:
        line, cursor = _line_of_key(text, key_string, cursor)
        keys = [k.strip() for k in key_string.split(",")]
        if not isinstance(template, str):
            kind = _kind_of(template)
            error(f'the template for "{key_string}" must be text in double quotes, not {kind}', line)
            continue
        if any(not k for k in keys):
            error(f'the key set "{key_string}" has an empty key name; remove the extra comma', line)
            continue
        key_set = frozenset(keys)
        if key_set in templates:
            first = lines.get(key_set)
            where = f" (first on line {first})" if first else ""
            error(f'the key set "{key_string}" is written twice{where}; a row can use only one template, '
                  "so keep one of them", line)
            continue
        if not template.strip():
            error(f'the template for "{key_string}" is empty; write the text each row becomes, '
                  "with %key% where each value goes", line)
            continue
        used = {m.group(1) for m in _placeholder_pattern(key_set).finditer(template)}
        for m in _PLACEHOLDER_LIKE.finditer(template):
            if m.group(1) not in key_set:
                error(f'the template for "{key_string}" uses %{m.group(1)}%, but "{m.group(1)}" is not in '
                      f'its key set; fix the spelling or add "{m.group(1)}" to the key set', line)
        if not used:
            error(f'the template for "{key_string}" uses none of its keys, so every row would become the '
                  f"same text; put %{keys[0]}% where that value goes", line)
            continue
        templates[key_set] = template
        names[key_set] = key_string
        lines[key_set] = line
        for key in keys:
            if key not in used:
                error(f'"{key}" is in the key set "{key_string}" but its template never writes %{key}%, '
                      "so that text is left out of training; add it if it should be used", line,
                      severity="warning")
        lowered = {k.lower() for k in used}
        if not any(k in lowered for k in RESPONSE_KEYS):
            error(f'the template for "{key_string}" has none of the usual answer keys (output, response, '
                  f"answer, ...), so the model learns to write everything from "
                  f"%{_response_key(template, key_set)}% to the end", line, severity="warning")
    return problems, templates, names, lines


# ====================================================================== chat templates

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

    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True,
                                        extensions=[GenerationTag, "jinja2.ext.loopcontrols"])
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = _strftime_now
    try:
        return env.from_string(template)
    except jinja2.TemplateSyntaxError as exc:
        raise DataError(f"the chat template has a mistake on its line {exc.lineno} ({exc.message}); "
                        "choose another chat template or fix that line") from None


def _render(template: str, messages: list[dict], tools, add_generation_prompt: bool,
            bos_token: str, eos_token: str, row: int | None) -> str:
    compiled = _compile(template)
    try:
        return compiled.render(messages=messages, tools=tools, add_generation_prompt=add_generation_prompt,
                               bos_token=bos_token, eos_token=eos_token)
    except DataError:
        raise
    except Exception as exc:  # a template is user data: whatever fails inside it is the data's problem
        message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise DataError(Problem(f"the chat template refused this conversation: {message}; fix the "
                                "conversation (for example the order of user and assistant turns) or "
                                "choose another chat template", row=row)) from None


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
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise DataError(f"cannot read this file of the model ({exc}); download the model again",
                        path=str(path)) from None
    return data if isinstance(data, dict) else {}


def builtin_chat_template(name: str) -> str:
    """One of our chat templates in resources/chat_templates ("chatml", "alpaca")."""
    from core.paths import resources_dir

    folder = resources_dir() / "chat_templates"
    stem = name[:-len(".jinja")] if name.lower().endswith(".jinja") else name
    path = folder / f"{stem.lower()}.jinja"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in folder.glob("*.jinja"))) or "none"
        raise DataError(f'there is no built-in chat template "{name}"; choose one of {known}, '
                        "or a .jinja file of your own")
    return path.read_text(encoding="utf-8")


def _parse_tools(tools, row: int | None):
    if tools is None or (isinstance(tools, str) and not tools.strip()):
        return None
    value = tools
    if isinstance(tools, str):
        try:
            value = json.loads(tools)
        except json.JSONDecodeError:
            return [tools]   # not JSON: the model sees it exactly as written
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise DataError(Problem('the "tools" value should be a list of tool descriptions', row=row))
    return value or None


def _tool_calls(text: str) -> list[dict] | None:
    """A tool call written as JSON, in the shape templates with tool support expect."""
    try:
        value = json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return None
    calls = value if isinstance(value, list) else [value]
    out = []
    for call in calls:
        if not isinstance(call, dict) or not isinstance(call.get("name"), str):
            return None
        arguments = call.get("arguments", {})
        if isinstance(arguments, str):
            try:
                arguments = json.loads(arguments)
            except json.JSONDecodeError:
                pass
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
            out.append({"role": "assistant", "content": None, "tool_calls": calls} if calls
                       else {"role": "assistant", "content": m.content})
        elif m.role == "tool":
            out.append({"role": "user" if plain_tools else "tool", "content": m.content})
        else:
            out.append({"role": m.role, "content": m.content})
    return out


def _label(message, train_on_prompt: bool) -> bool:
    if message.trained is not None:
        return bool(message.trained)
    return message.role in ANSWER_ROLES or train_on_prompt


def render_chat(template: str, conversation, *, bos_token: str = "", eos_token: str = "",
                train_on_prompt: bool = False, problems: list[Problem] | None = None) -> Example:
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
        notes.append(Problem("the chat template does not accept tool messages, so tool results were shown "
                             "as user turns and tool calls as plain answers", row=row, severity="warning"))
    if tools and "tools" not in template:
        notes.append(Problem("this conversation has tool descriptions, but the chat template never shows "
                             "them; choose a chat template with tool support", row=row, severity="warning"))
    if not example.trained_text:
        raise DataError(Problem("this conversation has no assistant answer to learn from; add one or delete "
                                "the row", row=row))
    if problems is not None:
        problems.extend(notes)
    return example


def render_chats(template: str, conversations, *, bos_token: str = "", eos_token: str = "",
                 train_on_prompt: bool = False, path: str | None = None) -> tuple[list[Example], list[Problem]]:
    """Render many conversations; the ones that fail become problems."""
    examples, problems = [], []
    for conversation in conversations:
        found: list[Problem] = []
        try:
            examples.append(render_chat(template, conversation, bos_token=bos_token, eos_token=eos_token,
                                        train_on_prompt=train_on_prompt, problems=found))
        except DataError as exc:
            found.append(exc.problem)
        problems += [_with_path(p, path, conversation.row) for p in found]
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
        notes.append(Problem("the chat template does not render this conversation as a growing text (it may "
                             "drop earlier reasoning), so each answer was found by searching for it; end-of-turn "
                             "markers may not be trained", row=row, severity="warning"))
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
                raise DataError(Problem(f"message {number} is shown by the chat template in a form Lorasmith "
                                        "cannot locate, so it cannot tell what to train; choose another chat "
                                        "template", row=row))
            continue
        start = full.find(content, cursor)
        if start < 0 and "</think>" in content:
            # Templates that drop earlier reasoning keep only the text after it.
            content = content.split("</think>")[-1].strip()
            start = full.find(content, cursor) if content else -1
        if start < 0:
            if label != train_on_prompt:
                raise DataError(Problem(f"the chat template changes the text of message {number}, so Lorasmith "
                                        "cannot tell which part to train; choose another chat template", row=row))
            continue
        end = start + len(content)
        if label and message.role in ANSWER_ROLES and eos and full.startswith(eos, end):
            end += len(eos)
        if label != train_on_prompt:
            regions.append((start, end, label))
        cursor = end
    return regions
