"""Format files: how a row becomes training text with a text-generation-webui format file.

A format file is a JSON object whose keys are comma-separated sets of dataset
keys and whose values are templates with %key% placeholders. A row uses the
template whose key set equals the keys it has filled in; the text from the
answer placeholder on is what the model learns to write. Chat templates are
in core/data/chat_templates.py.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from core.data.example import Example
from core.data.problems import DataError, Problem, with_path

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
    templates: dict[frozenset[str], str]  # key set -> template
    names: dict[frozenset[str], str]  # key set -> the key string as written in the file
    warnings: list[Problem] = field(default_factory=list, repr=False)
    lines: dict[frozenset[str], int | None] = field(default_factory=dict, repr=False)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, path) -> "FormatFile":
        path = str(path)
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DataError(
                f"cannot open the format file ({exc.strerror or exc}); check that it exists "
                "and is not open in another program",
                path=path,
            ) from None
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise DataError(
                "the format file is not UTF-8 text; open it in a text editor and save it with the UTF-8 encoding",
                path=path,
            ) from None
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
                    first, message=f"{first.message} (and {more} more problem{'s' if more > 1 else ''})"
                )
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

    def render(
        self,
        row: dict,
        row_number: int,
        *,
        train_on_prompt: bool = False,
        path: str | None = None,
        add_eos: bool | None = None,
    ) -> Example:
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
            pieces.append(template[last : m.start()])
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
        message = (
            f"no template fits this row: {what}, but {name} has templates only for the key sets "
            f"{available}; add a template for these keys to the format file, or fill in or "
            "remove keys in the row"
        )
        structured = [k for k in filled if isinstance(row[k], (list, dict))]
        if structured:
            message += (
                f' ("{structured[0]}" holds {_kind_of(row[structured[0]])}, which a format file cannot '
                "turn into text; a chat template can, so leave the format file empty for these rows)"
            )
        return message


def render_rows(
    fmt: FormatFile, rows, *, train_on_prompt: bool = False, path: str | None = None
) -> tuple[list[Example], list[Problem]]:
    """Render every row; rows that cannot be rendered become problems, never silently dropped."""
    examples, problems = [], []
    for number, row in enumerate(rows, 1):
        try:
            examples.append(fmt.render(row, number, train_on_prompt=train_on_prompt, path=path))
        except DataError as exc:
            problems.append(with_path(exc.problem, path, number))
    return examples, problems


def check_format_text(text: str, path: str | None = None) -> list[Problem]:
    """Every error and warning in a format file's text, for live validation."""
    return _check_format(text, path)[0]


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
    raise DataError(
        Problem(
            f'"{key}" holds {kind}, not text; a format file can only place text and numbers, '
            "so turn it into text or remove it from the row",
            path=path,
            row=row_number,
        )
    )


def _line_of_key(text: str, key: str, start: int) -> tuple[int | None, int]:
    """1-based line where a top-level key is written, searching from `start`."""
    for spelling in (json.dumps(key, ensure_ascii=False), json.dumps(key)):
        m = re.compile(re.escape(spelling) + r"\s*:").search(text, start)
        if m:
            return text.count("\n", 0, m.start()) + 1, m.end()
    return None, start


@dataclass
class _FormatCheck:
    """What checking a format file found: its problems, and the templates fit to use, by key set."""

    path: str | None
    problems: list[Problem] = field(default_factory=list)
    templates: dict[frozenset[str], str] = field(default_factory=dict)
    names: dict[frozenset[str], str] = field(default_factory=dict)
    lines: dict[frozenset[str], int | None] = field(default_factory=dict)

    def error(self, message, line=None, column=None, severity="error"):
        self.problems.append(Problem(message, path=self.path, line=line, column=column, severity=severity))

    def result(self):
        return self.problems, self.templates, self.names, self.lines


def _check_format(text: str, path: str | None):
    found = _FormatCheck(path)
    text = text.lstrip("\ufeff")
    data = _format_object(text, found)
    if data is None:
        return found.result()
    if not data:
        found.error(f"the format file has no templates; add at least one, such as {_EXAMPLE_FORMAT}")
    cursor = 0
    for key_string, template in data:
        line, cursor = _line_of_key(text, key_string, cursor)
        _check_template(found, key_string, template, line)
    return found.result()


def _format_object(text: str, found: _FormatCheck) -> _Pairs | None:
    """The file's JSON object as (key string, template) pairs; None, with the error, when it is none."""
    if not text.strip():
        found.error(f"the format file is empty; write a JSON object such as {_EXAMPLE_FORMAT}")
        return None
    try:
        data = json.loads(text, object_pairs_hook=_Pairs)
    except json.JSONDecodeError as exc:
        hint = "check the quotes, commas and braces there"
        if "control character" in exc.msg:
            hint = "a line break inside a template must be written as \\n"
        reason = exc.msg[:-3] if exc.msg.endswith(" at") else exc.msg
        found.error(f"this is not valid JSON ({reason}); {hint}", exc.lineno, exc.colno)
        return None
    except (RecursionError, ValueError):  # lists nested hundreds deep, or a number too long to read
        found.error(
            f"this is not a format file: it is nested too deeply or holds a number too long to read; write "
            f"one JSON object of key sets and templates, such as {_EXAMPLE_FORMAT}"
        )
        return None
    if not isinstance(data, _Pairs):
        found.error(
            f"a format file must be one JSON object {{...}} of key sets and templates, such as {_EXAMPLE_FORMAT}"
        )
        return None
    return data


def _check_template(found: _FormatCheck, key_string: str, template, line: int | None) -> None:
    """One key set and its template: kept in `found` when usable, with what is wrong with it."""
    keys = [k.strip() for k in key_string.split(",")]
    if not _well_formed(found, key_string, template, keys, line):
        return
    key_set = frozenset(keys)
    used = {m.group(1) for m in _placeholder_pattern(key_set).finditer(template)}
    for m in _PLACEHOLDER_LIKE.finditer(template):
        if m.group(1) not in key_set:
            found.error(
                f'the template for "{key_string}" uses %{m.group(1)}%, but "{m.group(1)}" is not in '
                f'its key set; fix the spelling or add "{m.group(1)}" to the key set',
                line,
            )
    if not used:
        found.error(
            f'the template for "{key_string}" uses none of its keys, so every row would become the '
            f"same text; put %{keys[0]}% where that value goes",
            line,
        )
        return
    found.templates[key_set] = template
    found.names[key_set] = key_string
    found.lines[key_set] = line
    for key in keys:
        if key not in used:
            found.error(
                f'"{key}" is in the key set "{key_string}" but its template never writes %{key}%, '
                "so that text is left out of training; add it if it should be used",
                line,
                severity="warning",
            )
    lowered = {k.lower() for k in used}
    if not any(k in lowered for k in RESPONSE_KEYS):
        found.error(
            f'the template for "{key_string}" has none of the usual answer keys (output, response, '
            f"answer, ...), so the model learns to write everything from "
            f"%{_response_key(template, key_set)}% to the end",
            line,
            severity="warning",
        )


def _well_formed(found: _FormatCheck, key_string: str, template, keys: list[str], line: int | None) -> bool:
    """Whether a key set and its template can be checked further; if not, the error says why."""
    if not isinstance(template, str):
        kind = _kind_of(template)
        found.error(f'the template for "{key_string}" must be text in double quotes, not {kind}', line)
        return False
    if any(not k for k in keys):
        found.error(f'the key set "{key_string}" has an empty key name; remove the extra comma', line)
        return False
    key_set = frozenset(keys)
    if key_set in found.templates:
        first = found.lines.get(key_set)
        where = f" (first on line {first})" if first else ""
        found.error(
            f'the key set "{key_string}" is written twice{where}; a row can use only one template, so keep one of them',
            line,
        )
        return False
    if not template.strip():
        found.error(
            f'the template for "{key_string}" is empty; write the text each row becomes, '
            "with %key% where each value goes",
            line,
        )
        return False
    return True
