"""A run's chat template in Ollama's form (TEMPLATE, SYSTEM, PARAMETER stop), checked before it is written.

The Jinja template the run trained with is read by rendering short probe
conversations and cutting the text around the probe words: what opens the
chat (a default system prompt, a fixed system header), what goes around each
user message and each answer, where a system prompt goes (its own turn, or
folded into the first or the last user turn) and what opens the answer. From
those pieces a Go template is built, then checked: the same conversations
(one turn with and without a system prompt, several turns) are rendered by
the Jinja template and, the way Ollama does it, by the Go template
(core/inference/export/go_template.py). Any difference raises OllamaTemplateError naming it:
a Modelfile that formats prompts differently from training would make the
LoRA look broken, which is worse than no Modelfile.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from core.data.problems import DataError
from core.data.run_template import RunTemplate
from core.inference.export.go_template import GoTemplateError, ollama_prompt

_S, _U1, _A1, _U2 = "Lsq7system", "Lsq7user1", "Lsq7answer1", "Lsq7user2"
# Conversations both renderings must agree on (contents without spaces at their ends; see _trim_note).
CHECKS = (
    [{"role": "user", "content": "What is the capital of France?"}],
    [{"role": "system", "content": "You are Smithy, a blacksmith."}, {"role": "user", "content": "怎么煮米饭？"}],
    [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Ho there, friend!"},
        {"role": "user", "content": "What is rust?"},
    ],
    [
        {"role": "system", "content": "Answer briefly."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello."},
        {"role": "user", "content": "Name a metal.\nJust one."},
    ],
)


class OllamaTemplateError(Exception):
    """The chat template cannot be written in Ollama's form exactly; the message says what differs."""


@dataclass
class OllamaTemplate:
    template: str  # the Go template for TEMPLATE
    system: str = ""  # the default system prompt, for SYSTEM ("" for none)
    stops: tuple[str, ...] = ()  # for PARAMETER stop
    notes: list[str] = field(default_factory=list)  # what an Ollama user should know (kept as comments)


def ollama_template(template: RunTemplate, bos: str = "", eos: str = "") -> OllamaTemplate:
    """The run's template in Ollama's form, checked against the Jinja template; OllamaTemplateError if it cannot be."""
    if template.template is None:
        return OllamaTemplate("{{ .Prompt }}", notes=["trained on plain text: the prompt is sent as it is"])
    jinja = _Jinja(template.template, bos, eos)
    result = _translate(jinja, template.end_of_turn)
    result.stops = tuple(template.stops)
    check(jinja, result)
    result.notes += _trim_note(jinja) + _date_note(template.template)
    return result


class _Jinja:
    """The run's chat template rendered as Ollama will see it: Ollama's tokenizer adds BOS itself."""

    def __init__(self, text: str, bos: str, eos: str):
        self.text, self.bos, self.eos = text, bos, eos

    def __call__(self, messages: list[dict], generation: bool = True) -> str:
        from core.data.chat_templates import _render

        rendered = _render(self.text, messages, None, generation, "", self.eos, None)
        return rendered[len(self.bos) :] if self.bos and rendered.startswith(self.bos) else rendered

    def accepts(self, messages: list[dict]) -> str | None:
        try:
            return self(messages)
        except DataError:
            return None


def _msgs(*pairs) -> list[dict]:
    return [{"role": role, "content": content} for role, content in pairs]


def _fail(what: str) -> OllamaTemplateError:
    return OllamaTemplateError(f"the chat template cannot be written in Ollama's form ({what})")


def _translate(jinja: _Jinja, end_of_turn: str) -> OllamaTemplate:
    one = jinja.accepts(_msgs(("user", _U1)))
    two = jinja.accepts(_msgs(("user", _U1), ("assistant", _A1), ("user", _U2)))
    if one is None or two is None or _U1 not in one or _U2 not in two or _A1 not in two:
        raise _fail("it does not render a plain user/assistant conversation")
    head, after_user = one[: one.index(_U1)], one[one.index(_U1) + len(_U1) :]
    if not two.startswith(head + _U1) or not two.endswith(_U2 + after_user):
        raise _fail("its turns are not written the same way each time")
    user_answer = two[len(head + _U1) : two.index(_A1)]  # end of a user turn + opening of an answer
    answer_user = two[two.index(_A1) + len(_A1) : two.index(_U2)]  # end of an answer + opening of a user turn
    answer_end, user_open = _split_turns(jinja, head, answer_user, end_of_turn)
    user_end = _turn_end(after_user, end_of_turn)
    if not user_end or not user_answer.startswith(user_end):
        user_end = _common_prefix(after_user, user_answer)
    start = head[: len(head) - len(user_open)]
    part = _system_parts(jinja, start, user_open, after_user)
    user: list = [user_open]
    if part.fold == "first":
        user += [("if $system",), ("$system",), part.fold_text, ('$system = ""',), ("end",)]
    elif part.fold == "last":
        user += [("if and $.System (eq (len (slice $.Messages $i)) 1)",), ("$.System",), part.fold_text, ("end",)]
    user += [(".Content",), user_end]
    loop = "range $i, $m := .Messages" if part.fold == "last" else "range .Messages"
    parts = (
        ([("$system := .System",)] if part.fold == "first" else [])
        + part.opening
        + [
            (loop,),
            ('if eq .Role "user"',),
            *user,
            ('else if eq .Role "assistant"',),
            user_answer[len(user_end) :],
            (".Content",),
            answer_end,
            ("end",),
            ("end",),
            after_user[len(user_end) :],
        ]
    )
    return OllamaTemplate(_assemble(parts), part.default, (), part.notes)


@dataclass
class _SystemPart:
    opening: list  # template parts before the messages
    default: str = ""  # SYSTEM: the system prompt the chat template uses when given none
    fold: str | None = None  # "first" | "last": the system text opens that user message
    fold_text: str = ""  # what separates it from the message
    notes: list[str] = field(default_factory=list)


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _turn_end(text: str, end_of_turn: str) -> str:
    """The end-of-turn marker opening `text`, with the newline after it ("" when it does not open it).

    A newline followed by more white space stays with what comes next (Alpaca's "\n\n### Instruction:").
    """
    stripped = text.lstrip(" \n")
    if not end_of_turn or not stripped.startswith(end_of_turn):
        return ""
    end = len(text) - len(stripped) + len(end_of_turn)
    if text[end : end + 1] == "\n" and not text[end + 1 : end + 2].isspace():
        end += 1
    return text[:end]


def _split_turns(jinja: _Jinja, head: str, between: str, end_of_turn: str) -> tuple[str, str]:
    """(end of an answer, opening of a user turn) from the text between them."""
    answer_end = _turn_end(between, end_of_turn)
    if answer_end and head.endswith(between[len(answer_end) :]):
        return answer_end, between[len(answer_end) :]
    try:  # a conversation ending with an answer shows how an answer ends on its own
        last = jinja(_msgs(("user", _U1), ("assistant", _A1)), generation=False)
        answer_end = _common_prefix(last[last.rindex(_A1) + len(_A1) :], between)
    except (DataError, ValueError):
        answer_end = ""
    if head.endswith(between[len(answer_end) :]):
        return answer_end, between[len(answer_end) :]
    # The first user turn opens differently: take the longest opening both share.
    n = 0
    while n < min(len(head), len(between)) and head[len(head) - 1 - n] == between[len(between) - 1 - n]:
        n += 1
    return between[: len(between) - n], between[len(between) - n :]


def _system_parts(jinja: _Jinja, start: str, user_open: str, after_user: str) -> _SystemPart:
    with_system = jinja.accepts(_msgs(("system", _S), ("user", _U1)))
    if with_system is None:
        # Gemma's way for templates with no system turn: the system text opens the first user message.
        return _SystemPart(
            [start],
            fold="first",
            fold_text="\n\n",
            notes=[
                "the chat template accepts no system prompt; a system prompt given to Ollama is put at the start "
                "of the first user message"
            ],
        )
    if _S not in with_system:
        return _SystemPart([start], notes=["the chat template leaves system prompts out, and so does this TEMPLATE"])
    tail = user_open + _U1 + after_user
    if with_system.endswith(tail) and _S in with_system[: len(with_system) - len(tail)]:
        block = with_system[: len(with_system) - len(tail)]
        pre, post = block[: block.index(_S)], block[block.index(_S) + len(_S) :]
        turn = [pre, (".System",), post]
        if start.startswith(pre) and start.endswith(post) and len(start) >= len(pre) + len(post):
            default = start[len(pre) : len(start) - len(post)]
            if not default:  # a fixed header whose system part is empty, as Llama 3's
                return _SystemPart(turn)
            return _SystemPart([("if .System",), *turn, ("end",)], default)
        other = [("else",), start] if start else []
        return _SystemPart([("if .System",), *turn, *other, ("end",)])
    head = start + user_open
    if with_system.startswith(head + _S) and with_system.endswith(_U1 + after_user):
        fold_text = with_system[len(head + _S) : len(with_system) - len(_U1 + after_user)]
        several = jinja.accepts(_msgs(("system", _S), ("user", _U1), ("assistant", _A1), ("user", _U2))) or ""
        where = "last" if several.find(_A1) >= 0 and several.find(_S) > several.find(_A1) else "first"
        return _SystemPart([start], fold=where, fold_text=fold_text)
    raise _fail("it puts the system prompt somewhere Lorasmith cannot reproduce")


_CONTROL = ("if ", "else", "end", "range ")


def _assemble(parts: list) -> str:
    """Literal text (str) and actions ((body,)) as a Go template; control actions start a new line
    where that costs no text ({{- trims only the line break we add)."""
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            if part:
                out.append(_lit(part))
            continue
        body = part[0]
        if body.startswith(_CONTROL) and out and not out[-1][-1:].isspace():
            out.append("\n{{- " + body + " }}")
        else:
            out.append("{{ " + body + " }}")
    return "".join(out)


def _lit(text: str) -> str:
    """Literal text inside a Go template ("{{" would open an action)."""
    return text.replace("{{", '{{ "{{" }}')


def check(jinja: _Jinja, result: OllamaTemplate) -> None:
    """Raise OllamaTemplateError naming the first conversation the two renderings disagree on."""
    for messages in CHECKS:
        expected = jinja.accepts(messages)
        if expected is None:
            continue  # a conversation the chat template refuses (a system prompt for Gemma 2)
        try:
            got = ollama_prompt(result.template, messages, result.system)
        except GoTemplateError as exc:
            raise _fail(f"the Go template does not run: {exc}") from None
        if got != expected:
            at = next((i for i, (a, b) in enumerate(zip(got, expected)) if a != b), min(len(got), len(expected)))
            kind = "with a system prompt" if messages[0]["role"] == "system" else "without a system prompt"
            turns = "several turns" if len(messages) > 2 else "one turn"
            raise _fail(
                f"for {turns} {kind} it writes {got[max(0, at - 20) : at + 30]!r} where training wrote "
                f"{expected[max(0, at - 20) : at + 30]!r}"
            )


def _trim_note(jinja: _Jinja) -> list[str]:
    padded = jinja.accepts(_msgs(("user", f"  {_U1}  ")))
    if padded is not None and f"  {_U1}  " not in padded:
        return ["the chat template trims spaces and newlines around each message; Ollama keeps them"]
    return []


def _date_note(text: str) -> list[str]:
    if "strftime_now" in text:
        return [
            "the chat template writes today's date into the system header; this TEMPLATE has the date of the export"
        ]
    return []
