"""How a row becomes training text: format files and chat templates.

This module gathers both so callers need one import: format files
(`FormatFile`, `render_rows`, `check_format_text`) live in
core/data/format_files.py, chat templates (`load_chat_template`,
`special_tokens`, `builtin_chat_template`, `render_chat`, `render_chats`,
`render_prompt`) in core/data/chat_templates.py.
"""

from __future__ import annotations

from core.data.chat_templates import (
    ANSWER_ROLES,
    builtin_chat_template,
    load_chat_template,
    render_chat,
    render_chats,
    render_prompt,
    special_tokens,
)
from core.data.format_files import RESPONSE_KEYS, FormatFile, check_format_text, render_rows

__all__ = [
    "ANSWER_ROLES",
    "RESPONSE_KEYS",
    "FormatFile",
    "builtin_chat_template",
    "check_format_text",
    "load_chat_template",
    "render_chat",
    "render_chats",
    "render_prompt",
    "render_rows",
    "special_tokens",
]
