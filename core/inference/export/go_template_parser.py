"""Reading a Go text/template into nodes, for core/inference/export/go_template.py.

The supported subset is listed in that module's docstring; anything else raises GoTemplateError
here, before rendering starts.
"""

from __future__ import annotations

import re

_ACTION = re.compile(r"\{\{(-[ \t\r\n])?(.*?)([ \t\r\n]-)?\}\}", re.S)
_TOKEN = re.compile(
    r"""\s*(?:(?P<str>"(?:[^"\\]|\\.)*")|(?P<raw>`[^`]*`)|(?P<num>-?\d+)(?![\w.])|(?P<decl>:=)"""
    r"""|(?P<assign>=)|(?P<lp>\()|(?P<rp>\))|(?P<comma>,)|(?P<var>\$\w*(?:\.\w+)*)"""
    r"""|(?P<field>(?:\.\w+)+|\.)|(?P<word>[A-Za-z_]\w*))"""
)
_SPACE = " \t\r\n"


class GoTemplateError(ValueError):
    """The template uses something this renderer does not support, or fails on the data given."""


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
