"""What to ask a trained model: a new message rendered the way the run's training data was, and the
run's own rows as quick prompts with their expected answers. Light: no torch, so the GUI process can
read a run's quick prompts itself."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError

# Quick prompts: enough to pick from, few enough to read the file quickly.
QUICK_PROMPT_LIMIT = 30


# Without an untrained prompt (raw text), the first part of a text is the prompt
# and the model should continue with the rest.
RAW_PROMPT_CHARS = 300


@dataclass
class QuickPrompt:
    question: str  # what the user sees and may edit
    prompt_text: str  # the prompt exactly as training rendered it
    expected: str  # the trained answer, without end markers
    row: int | None  # 1-based row of the source file
    split: str  # "validation" | "training"


def prompt_for(config: RunConfig, user_text: str, system: str | None = None, template=None) -> str:
    """A new user message rendered the way this run's training data was.

    `template`: the run's RunTemplate (run_template()); without one it is
    resolved from `config` (a model tried without a run: its own chat template, else ChatML).
    """
    from core.data import rendering as formats
    from core.inference.trained_template import template_for_config

    template = template or template_for_config(config)
    if template.template is None and template.format_file and config.format_file:
        # A format file whose layouts are not messages: its first layout, cut where the answer goes.
        rendered = _prompt_from_format_file(config, user_text)
        if rendered is not None:
            return rendered
    special = formats.special_tokens(config.model)
    return template.prompt(
        user_text, system, bos_token=special.get("bos_token") or "", eos_token=special.get("eos_token") or ""
    )


def _prompt_from_format_file(config: RunConfig, user_text: str) -> str | None:
    # Render a row with an empty answer and keep what comes before the answer.
    from core.data.pipeline import _resolve_format_file

    try:
        fmt = _resolve_format_file(config.format_file)
        example = fmt.render({"instruction": user_text, "input": "", "output": "\u0000"}, 1)
    except (DataError, KeyError, ValueError):
        return None
    text = example.text
    cut = text.find("\u0000")
    return text[:cut] if cut > 0 else None


def quick_prompts(run_dir: Path, limit: int = QUICK_PROMPT_LIMIT) -> list[QuickPrompt]:
    """The run's validation rows (else its first training rows) as ready-made prompts with their answers."""
    from core.data.pipeline import load_split
    from core.data.tokenize import TextTokenizer
    from core.inference.trained_template import config_for_trying

    config = config_for_trying(run_dir)
    tok = TextTokenizer.from_model_dir(config.model)
    prepared, train, held_out, _problems = load_split(config, tok)
    split, examples = ("validation", held_out) if held_out else ("training", train)
    rows = _source_rows(config.validation_file if (held_out and config.validation_file) else config.dataset)
    found = []
    for example in examples:
        prompt = _prompt_of(example, tok, prepared.kind, rows, split)
        if prompt is not None:
            found.append(prompt)
        if len(found) >= limit:
            break
    return found


def _source_rows(path: str):
    from core.data import sources

    try:
        return sources.read_source(path).rows
    except DataError:
        return None


def _plain(tok, text: str) -> str:
    """Text with the tokenizer's special tokens (end markers, role tags) taken out."""
    return tok.backend.decode(tok.backend.encode(text, add_special_tokens=False).ids, skip_special_tokens=True).strip()


def _prompt_of(example: Example, tok, kind: str, rows, split: str) -> QuickPrompt | None:
    segments = example.segments
    first_trained = next((i for i, s in enumerate(segments) if s.trained), None)
    if first_trained is None:
        return None
    if first_trained == 0:
        # Raw or plain text: everything is trained; continue the opening of the text.
        text = segments[0].text
        cut = text.rfind(" ", 0, min(len(text) // 2, RAW_PROMPT_CHARS))
        cut = cut if cut > 0 else min(len(text) // 2, RAW_PROMPT_CHARS)
        if cut <= 0:
            return None
        return QuickPrompt(text[:cut].strip(), text[:cut], _plain(tok, text[cut:]), example.source_row, split)
    prompt_text = "".join(s.text for s in segments[:first_trained])
    expected = _plain(tok, segments[first_trained].text)
    question = _question(rows, example.source_row, kind) or _plain(tok, prompt_text)
    return QuickPrompt(question, prompt_text, expected, example.source_row, split)


def _question(rows, row: int | None, kind: str) -> str | None:
    """The first user message of a chat row, as the user wrote it."""
    from core.data import schemas

    if rows is None or row is None or kind not in ("alpaca", "sharegpt", "openai"):
        return None
    try:
        conversation = schemas.to_conversation(rows[row - 1], kind, row)
    except (DataError, IndexError, ValueError):
        return None
    for message in conversation.messages:
        if message.role == "assistant":
            break
        if message.role == "user":
            return message.content.strip()
    return None
