"""The one template a run trains with, resolved once, and what follows from it.

A run's rows become text with the model's own chat template, one of ours
(resources/chat_templates), a .jinja file, a format file, or no template at all
(raw and plain text). Whichever it was is resolved here when the data is
prepared, saved in the run folder (template.jinja + template.json, see
core/training/runs.py) and read back by everything that tries or exports the
run, so what was trained is what is tried and exported. The stop strings come
from the same template: the text that ends an answer and the text that would
open the next user turn. No torch here: the GUI previews with this module.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from core.data.problems import DataError

VERSION = 1
RAW = "raw"
MODEL = "model"
FORMAT_FILE = "format_file"
# Keys a format file may use for the user's message and for the system prompt.
USER_KEYS = ("instruction", "userprompt", "prompt", "question", "query", "user", "human", "input")
SYSTEM_KEYS = ("system", "systemprompt", "system_prompt")
# Markers that end a turn in the chat templates we know, for templates the probe below cannot read.
KNOWN_END_MARKERS = ("<|im_end|>", "<|eot_id|>", "<|end|>", "<end_of_turn>", "<|endoftext|>")
_PROBE = ("Lsq7user1", "Lsq7answer1", "Lsq7user2")
_LONG_HEADER = 32


@dataclass(frozen=True)
class RunTemplate:
    origin: str  # "model" | "builtin:NAME" | "file:PATH" | "format_file" | "raw"
    template: str | None  # the Jinja chat template; None: the prompt is the text itself
    stops: tuple[str, ...] = ()  # the end of an answer first, then where a next user turn would begin
    description: str = ""  # how rows became text, in words for the user
    format_file: str = ""  # the format file, for origin "format_file"

    @property
    def end_of_turn(self) -> str:
        return self.stops[0] if self.stops else ""

    @property
    def is_chat(self) -> bool:
        return self.template is not None

    def prompt(self, user_text: str, system: str | None = None, *, bos_token: str = "", eos_token: str = "") -> str:
        """A new message rendered the way the run's training text was."""
        if self.template is None:
            return user_text
        from core.data.chat_templates import render_prompt

        messages = [{"role": "system", "content": system}] if system else []
        messages.append({"role": "user", "content": user_text})
        return render_prompt(self.template, messages, bos_token=bos_token, eos_token=eos_token)

    def info(self) -> dict:
        """What template.json holds (the template's text itself goes into template.jinja)."""
        out = {
            "version": VERSION,
            "origin": self.origin,
            "end_of_turn": self.end_of_turn,
            "stop": list(self.stops),
            "description": self.description,
        }
        if self.format_file:
            out["format_file"] = self.format_file
        return out

    @classmethod
    def from_info(cls, info: dict, template: str | None) -> "RunTemplate":
        stops = tuple(s for s in info.get("stop") or () if isinstance(s, str) and s)
        return cls(
            str(info.get("origin") or (MODEL if template else RAW)),
            template,
            stops,
            str(info.get("description") or ""),
            str(info.get("format_file") or ""),
        )


def plain(description: str = "plain text, no template") -> RunTemplate:
    return RunTemplate(RAW, None, (), description)


def origin_label(origin: str) -> str:
    """The origin in words, for the Runs screen and READMEs."""
    if origin == MODEL:
        return "the model's own chat template"
    if origin.startswith("builtin:"):
        return f"Lorasmith's {origin.split(':', 1)[1]} template"
    if origin.startswith("file:"):
        return f"the chat template file {Path(origin.split(':', 1)[1]).name}"
    if origin == FORMAT_FILE:
        return "a format file's layout"
    return "no template (plain text)"


# --- resolving -------------------------------------------------------------------------------------


def resolve_chat(config, tokenizer=None, kind: str = "alpaca", *, bos: str = "", eos: str = "") -> RunTemplate:
    """The chat template conversations of `kind` train with under `config`.

    In order: the run's chosen template (one of ours or a file), the model's own,
    and for a model without one our Alpaca layout for Alpaca rows, else ChatML.
    """
    from core.data import chat_templates

    choice = config.chat_template or "auto"
    if choice != "auto":
        path = Path(choice)
        if path.exists():
            text, origin, words = path.read_text(encoding="utf-8"), f"file:{path}", f"chat template {path.name}"
        else:
            text, origin = chat_templates.builtin_chat_template(choice), f"builtin:{Path(choice).stem.lower()}"
            words = f"built-in {choice} chat template"
    else:
        text = tokenizer.chat_template if tokenizer is not None and tokenizer.chat_template else None
        if text is None and config.model and Path(config.model).is_dir():
            text = chat_templates.load_chat_template(config.model)
        origin, words = MODEL, "the model's chat template"
        if text is None and kind == "alpaca":
            # Our multi-turn Alpaca template handles "system" and "history" too.
            text, origin = chat_templates.builtin_chat_template("alpaca"), "builtin:alpaca"
            words = "our Alpaca format (the model has no chat template)"
        elif text is None:
            text, origin = chat_templates.builtin_chat_template("chatml"), "builtin:chatml"
            words = "ChatML (the model has no chat template)"
    return RunTemplate(origin, text, stop_strings(text, bos, eos), words)


def from_format_file(fmt, eos: str = "") -> RunTemplate:
    """A format file's layout as a chat template, so a new message is prompted like its rows."""
    name = Path(fmt.path).name if fmt.path else "format file"
    words = f"format file {name}"
    text = format_file_chat_template(fmt)
    stops = stop_strings(text, "", eos) if text else ()
    return RunTemplate(FORMAT_FILE, text, stops, words, str(fmt.path or ""))


def format_file_chat_template(fmt) -> str | None:
    """Jinja that renders a system prompt and messages the way the format file renders such a row.

    Uses the file's template for {user key, answer key} and, when it has one,
    {system key, user key, answer key}. None when the file has neither (its rows
    are not messages, e.g. custom keys), so there is no chat to prompt.
    """
    plain_layout = system_layout = None
    for keys, layout in fmt.templates.items():
        answer = fmt.response_key(keys)
        rest = set(keys) - {answer}
        users = [k for k in rest if k.lower() in USER_KEYS]
        systems = [k for k in rest if k.lower() in SYSTEM_KEYS]
        if len(rest) == 1 and users:
            plain_layout = plain_layout or _split_layout(layout, users[0], None, answer)
        elif len(rest) == 2 and users and systems:
            system_layout = system_layout or _split_layout(layout, users[0], systems[0], answer)
    if plain_layout is None:
        return None
    parts = [
        "{#- Made by Lorasmith from "
        + (Path(fmt.path).name if fmt.path else "a format file")
        + ": each user message in its layout, each answer after it. -#}",
        "{%- set ns = namespace(system=none) -%}",
        "{%- for m in messages -%}",
        "{%- if m.role == 'system' -%}{%- set ns.system = m.content -%}",
        "{%- elif m.role == 'user' -%}",
    ]
    if system_layout is not None:
        parts += [
            "{%- if ns.system is not none -%}" + system_layout[0] + "{%- set ns.system = none -%}",
            "{%- else -%}" + plain_layout[0] + "{%- endif -%}",
        ]
    else:
        parts.append(plain_layout[0])
    tail, add_eos = plain_layout[1]
    parts += [
        "{%- elif m.role == 'assistant' -%}{{- m.content -}}" + tail + ("{{- eos_token -}}" if add_eos else ""),
        "{%- endif -%}",
        "{%- endfor -%}",
    ]
    return "\n".join(parts) + "\n"


def _split_layout(layout: str, user: str, system: str | None, answer: str):
    """(Jinja for the text before the answer, (Jinja for the text after it, whether EOS follows))."""
    mark = f"%{answer}%"
    if layout.count(mark) != 1:
        return None
    before, after = layout.split(mark)
    names = {f"%{user}%": "m.content"} | ({f"%{system}%": "ns.system"} if system else {})
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    out, last = [], 0
    for m in pattern.finditer(before):
        out.append(_literal(before[last : m.start()]) + "{{- " + names[m.group(0)] + " -}}")
        last = m.end()
    out.append(_literal(before[last:]))
    # Like FormatFile.render: EOS is added only where the layout writes no end marker of its own.
    return "".join(out), (_literal(after), not after.strip())


def _literal(text: str) -> str:
    return "{{- " + json.dumps(text, ensure_ascii=False) + " -}}" if text else ""


# --- stop strings ------------------------------------------------------------------------------------


def stop_strings(template: str | None, bos: str = "", eos: str = "") -> tuple[str, ...]:
    """Where an answer ends in this template: its end-of-turn text, then the text that opens the next user turn.

    Found by rendering a short conversation with probe words and reading the
    text between them; a template that refuses the probe falls back to the end
    markers it contains.
    """
    if not template:
        return ()
    from core.data.chat_templates import _render

    user1, answer1, user2 = _PROBE
    try:
        one = _render(
            template,
            [{"role": "user", "content": user1}, {"role": "assistant", "content": answer1}],
            None,
            False,
            bos,
            eos,
            None,
        )
        two = _render(
            template,
            [
                {"role": "user", "content": user1},
                {"role": "assistant", "content": answer1},
                {"role": "user", "content": user2},
            ],
            None,
            True,
            bos,
            eos,
            None,
        )
    except DataError:
        one = two = ""
    stops: list[str] = []
    if answer1 in one and answer1 in two and user2 in two:
        tail = one[one.rindex(answer1) + len(answer1) :]
        ending = next((line.strip() for line in tail.splitlines() if line.strip()), "")
        between = two[two.index(answer1) + len(answer1) : two.index(user2)]
        header = between[len(tail) :] if between.startswith(tail) else between
        if ending and between.lstrip().startswith(ending):
            header = between.lstrip()[len(ending) :]
        stops += [ending, _last_words(header)]
    else:
        stops += [m for m in KNOWN_END_MARKERS if m in template]
    return tuple(dict.fromkeys(s for s in stops if s))


def _last_words(header: str) -> str:
    """The last line of a turn's opening text; from a long sentence, its last word ("USER:")."""
    lines = [line.strip() for line in header.splitlines() if line.strip()]
    if not lines:
        return ""
    last = lines[-1]
    return last.rsplit(None, 1)[-1] if len(last) > _LONG_HEADER and " " in last else last
