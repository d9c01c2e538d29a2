"""A strict renderer for the part of Go's text/template that Ollama chat templates use, and Ollama's way
of filling one in for a chat, so an export can check its Modelfile TEMPLATE before writing it.

Supported: text; {{ }} actions with {{- -}} trimming and {{/* */}} comments; fields (.System,
.Messages, .Role, .Content, $.System, $x.Content); variables ($x := ..., $x = ...); string, number
and true/false literals; if / else if / else / end; range (with $i, $m :=) / else / end; the
functions eq, ne, and, or, not, len, slice, index; parentheses. Anything else raises GoTemplateError:
a template we cannot read is never guessed at. Written from Go's text/template documentation and
Ollama's documented template variables (template/template.go: collate, Execute).
"""

from __future__ import annotations

import json

# GoTemplateError is imported from here by the Modelfile check (ollama_template.py) and the tests.
from core.inference.export.go_template_parser import GoTemplateError, parse

FUNCTIONS = ("eq", "ne", "and", "or", "not", "len", "slice", "index")


# --- rendering -----------------------------------------------------------------------------------


def truth(value) -> bool:
    if value is None:
        return False
    if isinstance(value, (bool, int, float, str, list, tuple, dict)):
        return bool(value)
    raise GoTemplateError(f"cannot test {value!r}")


class _Renderer:
    def __init__(self, root):
        self.root = root
        self.scopes: list[dict] = [{"$": root}]

    def lookup(self, name: str):
        for scope in reversed(self.scopes):
            if name in scope:
                return scope[name]
        raise GoTemplateError(f"undefined variable {name}")

    def assign(self, name: str, value) -> None:
        for scope in reversed(self.scopes):
            if name in scope:
                scope[name] = value
                return
        raise GoTemplateError(f"undefined variable {name}")

    def field(self, value, names: list[str]):
        for name in names:
            if not isinstance(value, dict) or name not in value:
                raise GoTemplateError(f"no field {name} here")
            value = value[name]
        return value

    def operand(self, operand, dot):
        kind, value = operand
        if kind == "str":
            return json.loads(value)
        if kind == "raw":
            return value[1:-1]
        if kind == "num":
            return int(value)
        if kind == "sub":
            return self.command(value, dot)
        if kind == "var":
            name, *names = value.split(".")
            return self.field(self.lookup(name), names)
        if kind == "field":
            return dot if value == "." else self.field(dot, value[1:].split("."))
        if value in ("true", "false"):
            return value == "true"
        raise GoTemplateError(f"{value} is not a value")

    def command(self, command: list, dot):
        head = command[0]
        if head[0] != "word" or head[1] in ("true", "false"):
            if len(command) != 1:
                raise GoTemplateError("only functions take arguments")
            return self.operand(head, dot)
        name, args = head[1], command[1:]
        if name not in FUNCTIONS:
            raise GoTemplateError(f"unsupported function {name}")
        if name in ("and", "or"):  # evaluated lazily, as Go does since 1.18
            value = None
            for arg in args:
                value = self.operand(arg, dot)
                if truth(value) != (name == "and"):
                    return value
            return value
        values = [self.operand(arg, dot) for arg in args]
        return _call(name, values)

    def run(self, nodes, dot, out: list) -> None:
        for node in nodes:
            kind = node[0]
            if kind == "text":
                out.append(node[1])
            elif kind == "action":
                _, declaration, command = node
                value = self.command(command, dot)
                if declaration is None:
                    out.append(_text(value))
                elif declaration[1] == ":=":
                    self.scopes[-1][declaration[0][0]] = value
                else:
                    self.assign(declaration[0][0], value)
            elif kind == "if":
                branch = next((body for cond, body in node[1] if truth(self.command(cond, dot))), node[2])
                self.scopes.append({})
                self.run(branch, dot, out)
                self.scopes.pop()
            else:
                _, names, command, body, other = node
                items = self.command(command, dot)
                if not isinstance(items, (list, tuple)):
                    raise GoTemplateError("range needs a list")
                for index, item in enumerate(items):
                    scope = {names[-1]: item} if names else {}
                    if len(names) == 2:
                        scope = {names[0]: index, names[1]: item}
                    self.scopes.append(scope)
                    self.run(body, item, out)
                    self.scopes.pop()
                if not items:
                    self.run(other, dot, out)


def _call(name: str, values: list):
    if name in ("eq", "ne"):
        if len(values) < 2 or (name == "ne" and len(values) != 2):
            raise GoTemplateError(f"{name} needs two values")
        for v in values:
            if not isinstance(v, (str, int, bool)):
                raise GoTemplateError(f"{name} cannot compare {v!r}")
        same = any(values[0] == v and type(values[0]) is type(v) for v in values[1:])
        return same if name == "eq" else not same
    if name == "not":
        return not truth(values[0])
    if name == "len":
        return len(values[0])
    if name == "index":
        return values[0][values[1]]
    if name == "slice":
        sequence, bounds = values[0], values[1:]
        if not isinstance(sequence, (str, list)) or len(bounds) > 2:
            raise GoTemplateError("slice needs a list or text and at most two bounds")
        return sequence[slice(*bounds)] if len(bounds) == 2 else sequence[bounds[0] :] if bounds else sequence
    raise GoTemplateError(f"unsupported function {name}")


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int)):
        return str(value)
    raise GoTemplateError(f"cannot print {value!r}")


def render(source: str, data: dict) -> str:
    out: list[str] = []
    _Renderer(data).run(parse(source), data, out)
    return "".join(out)


# --- Ollama's use of a template --------------------------------------------------------------------


def _names(command: list):
    """Every field and variable name a command uses."""
    for kind, value in command:
        if kind == "sub":
            yield from _names(value)
        elif kind in ("field", "var"):
            yield from value.split(".")


def _node_names(node):
    if node[0] == "action":
        yield from _names(node[2])
    elif node[0] == "if":
        for command, body in node[1]:
            yield from _names(command)
            for inner in body:
                yield from _node_names(inner)
        for inner in node[2]:
            yield from _node_names(inner)
    elif node[0] == "range":
        yield from _names(node[2])
        for inner in node[3] + node[4]:
            yield from _node_names(inner)


def _uses_messages(nodes) -> bool:
    # Ollama fills in .Messages (the whole chat at once) only for templates that use it.
    return any("Messages" in _node_names(node) for node in nodes)


def _cut_after_response(nodes, state: dict) -> list:
    """Ollama's legacy mode: the last exchange stops right after {{ .Response }}."""
    kept = []
    for node in nodes:
        if state["cut"]:
            break
        if node[0] == "if":
            node = ("if", [(c, _cut_after_response(b, state)) for c, b in node[1]], _cut_after_response(node[2], state))
        elif node[0] == "range":
            node = node[:3] + (_cut_after_response(node[3], state), _cut_after_response(node[4], state))
        elif node[0] == "action" and "Response" in _names(node[2]):
            state["cut"] = True
        kept.append(node)
    return kept


def ollama_prompt(source: str, messages: list[dict], system: str = "") -> str:
    """The prompt Ollama builds for a chat request with these messages.

    `system` is the Modelfile's SYSTEM: Ollama puts it first when the chat has
    no system message of its own. Messages in a row with the same role are
    joined; system messages stay in .Messages and are also joined into .System.
    """
    if system and (not messages or messages[0]["role"] != "system"):
        messages = [{"role": "system", "content": system}] + list(messages)
    collated: list[dict] = []
    for m in messages:
        if collated and collated[-1]["Role"] == m["role"]:
            collated[-1]["Content"] += "\n\n" + m["content"]
        else:
            collated.append({"Role": m["role"], "Content": m["content"]})
    joined = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    nodes = parse(source)
    if _uses_messages(nodes):
        data = {"System": joined, "Messages": collated, "Tools": None, "Response": "", "Think": False}
        out: list[str] = []
        _Renderer(data).run(nodes, data, out)
        return "".join(out)
    # Without .Messages, the template is filled in once per exchange.
    out, values = [], {"System": "", "Prompt": "", "Response": ""}

    def execute(tree) -> None:
        _Renderer(dict(values)).run(tree, dict(values), out)
        values.update(System="", Prompt="", Response="")

    for m in collated:
        role, content = m["Role"], m["Content"]
        if role == "system":
            if values["Prompt"] or values["Response"]:
                execute(nodes)
            values["System"] = content
        elif role == "user":
            if values["Response"]:
                execute(nodes)
            values["Prompt"] = content
        elif role == "assistant":
            values["Response"] = content
    execute(_cut_after_response(nodes, {"cut": False}))
    return "".join(out)
