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
import re

_ACTION = re.compile(r"\{\{(-[ \t\r\n])?(.*?)([ \t\r\n]-)?\}\}", re.S)
_TOKEN = re.compile(
    r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<raw>`[^`]*`)|(?P<num>-?\d+)(?![\w.])|(?P<decl>:=)"""
    r"""|(?P<assign>=)|(?P<lp>\()|(?P<rp>\))|(?P<comma>,)|(?P<var>\$\w*(?:\.\w+)*)"""
    r"""|(?P<field>(?:\.\w+)+|\.)|(?P<word>[A-Za-z_]\w*))"""
)
_SPACE = " \t\r\n"
FUNCTIONS = ("eq", "ne", "and", "or", "not", "len", "slice", "index")


class GoTemplateError(ValueError):
    """The template uses something this renderer does not support, or fails on the data given."""


# --- parsing -------------------------------------------------------------------------------------


def _lex(source: str) -> list:
    """Text and action pieces with Go's trimming applied: [("text", s) | ("action", body)]."""
    pieces, last = [], 0
    for m in _ACTION.finditer(source):
        text = source[last : m.start()]
        if m.group(1):
            text = text.rstrip(_SPACE)
        if pieces and pieces[-1][0] == "trim":
            pieces.pop()
            text = text.lstrip(_SPACE)
        pieces.append(("text", text))
        body = m.group(2).strip()
        if not (body.startswith("/*") and body.endswith("*/")):
            pieces.append(("action", body))
        if m.group(3):
            pieces.append(("trim", ""))
        last = m.end()
    text = source[last:]
    if pieces and pieces[-1][0] == "trim":
        pieces.pop()
        text = text.lstrip(_SPACE)
    if "{{" in text or "}}" in text:
        raise GoTemplateError(f"unclosed or stray action near {text[:40]!r}")
    pieces.append(("text", text))
    return [p for p in pieces if p != ("text", "")]


def _tokens(body: str) -> list[tuple[str, str]]:
    found, pos = [], 0
    while pos < len(body):
        if body[pos:].strip() == "":
            break
        m = _TOKEN.match(body, pos)
        if not m or m.end() == pos:
            raise GoTemplateError(f"cannot read {body[pos:]!r} in {{{{ {body} }}}}")
        found.append((m.lastgroup, m.group(m.lastgroup)))
        pos = m.end()
    return found


def _command(tokens: list, i: int, body: str) -> tuple[list, int]:
    """Operands up to ')' or the end: [("str"|"num"|"var"|"field"|"word", v) | ("sub", [...])]."""
    out = []
    while i < len(tokens):
        kind, value = tokens[i]
        if kind == "rp":
            return out, i
        if kind == "lp":
            inner, i = _command(tokens, i + 1, body)
            if i >= len(tokens) or tokens[i][0] != "rp":
                raise GoTemplateError(f"unbalanced parentheses in {{{{ {body} }}}}")
            out.append(("sub", inner))
        elif kind in ("str", "raw", "num", "var", "field", "word"):
            out.append((kind, value))
        else:
            raise GoTemplateError(f"unsupported {value!r} in {{{{ {body} }}}}")
        i += 1
    return out, i


def _pipeline(body: str, allow_pair: bool = False) -> tuple[tuple | None, list]:
    """(declaration, command): declaration is (names, ":=" | "=") or None."""
    tokens = _tokens(body)
    declaration = None
    ops = [n for n, (kind, _) in enumerate(tokens) if kind in ("decl", "assign")]
    if ops:
        op = ops[0]
        names = [v for k, v in tokens[:op] if k == "var"]
        commas = [k for k, _ in tokens[:op] if k == "comma"]
        if not names or len(names) + len(commas) != op or len(names) > (2 if allow_pair else 1):
            raise GoTemplateError(f"unsupported declaration in {{{{ {body} }}}}")
        declaration = (names, tokens[op][1])
        tokens = tokens[op + 1 :]
    command, end = _command(tokens, 0, body)
    if end != len(tokens) or not command:
        raise GoTemplateError(f"cannot read {{{{ {body} }}}}")
    return declaration, command


def parse(source: str) -> list:
    """The template as nodes: ("text", s), ("action", decl, cmd), ("if", [(cmd, body)], else),
    ("range", names, cmd, body, else)."""
    pieces = _lex(source)
    nodes, i, stop = _parse_list(pieces, 0, ())
    if stop:
        raise GoTemplateError(f"unexpected {{{{ {stop} }}}}")
    return nodes


def _parse_list(pieces, i, stops):
    nodes = []
    while i < len(pieces):
        kind, body = pieces[i]
        if kind == "text":
            nodes.append(("text", body))
            i += 1
            continue
        word = body.split(None, 1)[0] if body else ""
        if word in ("end", "else") and word in stops:
            return nodes, i, body
        if word == "if":
            node, i = _parse_if(pieces, i, body[2:])
            nodes.append(node)
        elif word == "range":
            declaration, command = _pipeline(body[5:], allow_pair=True)
            inner, i, stop = _parse_list(pieces, i + 1, ("end", "else"))
            other = []
            if stop == "else":
                other, i, stop = _parse_list(pieces, i + 1, ("end",))
            if stop != "end":
                raise GoTemplateError("a range has no {{ end }}")
            names = declaration[0] if declaration else []
            nodes.append(("range", names, command, inner, other))
            i += 1
        elif word in ("end", "else", "with", "define", "template", "block", "break", "continue"):
            raise GoTemplateError(f"unsupported or misplaced {{{{ {body} }}}}")
        else:
            declaration, command = _pipeline(body)
            nodes.append(("action", declaration, command))
            i += 1
    return nodes, i, ""


def _parse_if(pieces, i, condition):
    branches, other = [], []
    while True:
        declaration, command = _pipeline(condition)
        if declaration is not None:
            raise GoTemplateError(f"unsupported declaration in {{{{ if {condition} }}}}")
        inner, i, stop = _parse_list(pieces, i + 1, ("end", "else"))
        branches.append((command, inner))
        if stop == "end":
            return ("if", branches, other), i + 1
        if stop.startswith("else if "):
            condition = stop[len("else if ") :]
            continue
        if stop == "else":
            other, i, stop = _parse_list(pieces, i + 1, ("end",))
            if stop != "end":
                raise GoTemplateError("an if has no {{ end }}")
            return ("if", branches, other), i + 1
        raise GoTemplateError("an if has no {{ end }}")


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
