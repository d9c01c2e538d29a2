"""Did the LoRA work? Prompts from a run, generation with and without the adapter.

Perplexity is in core/inference/perplexity.py.

Importing this module is cheap and pulls in no torch: the app reads a run's
quick prompts and checkpoints in its own process. Everything that runs a model
(ModelSession, perplexity, streaming) imports torch inside the function and
runs in the generation child process or the command line.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError

# Quick prompts: enough to pick from, few enough to read the file quickly.
QUICK_PROMPT_LIMIT = 30
# Without an untrained prompt (raw text), the first part of a text is the prompt
# and the model should continue with the rest.
RAW_PROMPT_CHARS = 300


class GenerationStopped(Exception):
    """Raised inside model.generate when the user asked to stop; the text so far is kept."""


# --- what to compare -----------------------------------------------------------------------

@dataclass(frozen=True)
class AdapterChoice:
    kind: str            # "final" | "checkpoint"
    step: int
    path: Path

    @property
    def label(self) -> str:
        return f"final adapter (step {self.step})" if self.kind == "final" else f"checkpoint at step {self.step}"


def adapter_choices(run_dir: Path) -> list[AdapterChoice]:
    """The run's final adapter first, then its checkpoints, newest first.

    A checkpoint saved at the same step as the final adapter holds the same
    weights, so it is left out.
    """
    from core.training import runs

    run_dir = Path(run_dir)
    found: list[AdapterChoice] = []
    final = run_dir / runs.ADAPTER
    final_step = None
    if (final / "adapter_config.json").is_file():
        final_step = runs.summarize(run_dir).steps
        found.append(AdapterChoice("final", final_step, final))
    for step, path in reversed(runs.checkpoints(run_dir)):
        if step != final_step and (path / "adapter_config.json").is_file():
            found.append(AdapterChoice("checkpoint", step, path))
    return found


def resolve_adapter(path: str | Path) -> Path:
    """An adapter folder from what a user typed: the folder itself, or a run folder (its final adapter)."""
    path = Path(path)
    if (path / "adapter_config.json").is_file():
        return path
    if (path / "adapter" / "adapter_config.json").is_file():
        return path / "adapter"
    raise DataError(f"{path}: no LoRA adapter here (adapter_config.json is missing); give a run folder, its "
                    "adapter folder or one of its checkpoints/checkpoint-N folders")


def check_model_dir(path: str | Path) -> Path:
    path = Path(path)
    if not (path / "config.json").is_file():
        raise DataError(f"{path}: not a model folder (config.json is missing); give the folder of a downloaded "
                        "model, for example the one the run trained on")
    return path


# --- prompts -------------------------------------------------------------------------------

@dataclass
class QuickPrompt:
    question: str        # what the user sees and may edit
    prompt_text: str     # the prompt exactly as training rendered it
    expected: str        # the trained answer, without end markers
    row: int | None      # 1-based row of the source file
    split: str           # "validation" | "training"


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
    return template.prompt(user_text, system, bos_token=special.get("bos_token") or "",
                           eos_token=special.get("eos_token") or "")


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
    from core.data.tokenize import TextTokenizer
    from core.inference.trained_template import config_for_trying
    from core.training.dataset import load_split

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
    return tok.backend.decode(tok.backend.encode(text, add_special_tokens=False).ids,
                              skip_special_tokens=True).strip()


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


# --- models with and without adapters (child process side) --------------------------------------

def choose_quantization(trained: str, device: str = "auto") -> str:
    """How to load the base for trying an adapter: as trained on a GPU, unquantised on the CPU.

    bitsandbytes' 4-bit kernels on the CPU are several times slower than plain
    float maths, and a model that was trained on the CPU is small enough to
    hold in full; the 4-bit rounding it was trained against changes its
    weights by well under one percent.
    """
    if trained == "auto":
        trained = "4bit"
    if device == "cpu":
        return "16bit"
    if device == "auto":
        import torch

        if not torch.cuda.is_available():
            return "16bit"
    return trained


class ModelSession:
    """One base model in memory with adapters loaded beside it; any of them (or none) active.

    Switching between the base model, the final adapter and checkpoints costs
    no reload: peft keeps every loaded adapter as a named set of LoRA weights
    and disable_adapter() runs the untouched base.
    """

    MAX_ADAPTERS = 6

    def __init__(self, model_dir: str | Path, quantization: str = "4bit", device: str = "auto"):
        from core.inference.generate import load_for_generation

        self.model_dir = str(check_model_dir(model_dir))
        self.quantization = quantization
        self.base = load_for_generation(self.model_dir, None, quantization=quantization, device=device)
        self.peft = None
        self._names: dict[tuple, str] = {}
        self._counter = 0

    def matches(self, model_dir: str | Path, quantization: str) -> bool:
        return str(Path(model_dir)) == str(Path(self.model_dir)) and quantization == self.quantization

    @contextmanager
    def using(self, adapter: str | Path | None) -> Iterator:
        """The model to run: base + `adapter`, or the base alone for None."""
        if adapter is None:
            if self.peft is None:
                yield self.base
            else:
                with self.peft.disable_adapter():
                    yield self.peft
            return
        name = self._load(Path(adapter))
        self.peft.set_adapter(name)
        yield self.peft

    def _load(self, folder: Path) -> str:
        folder = resolve_adapter(folder)
        weights = folder / "adapter_model.safetensors"
        # A retrained run rewrites adapter/ in place: the file's time tells the versions apart.
        key = (str(folder.resolve()), weights.stat().st_mtime_ns if weights.exists() else 0)
        if key in self._names:
            return self._names[key]
        self._counter += 1
        name = f"adapter{self._counter}"
        if self.peft is None:
            from peft import PeftModel

            self.peft = PeftModel.from_pretrained(self.base, str(folder), adapter_name=name)
        else:
            self.peft.load_adapter(str(folder), adapter_name=name)
        self.peft.eval()
        self._names[key] = name
        if len(self._names) > self.MAX_ADAPTERS:
            oldest_key = next(iter(self._names))
            oldest = self._names.pop(oldest_key)
            self.peft.set_adapter(name)
            self.peft.delete_adapter(oldest)
        return name

    @property
    def device(self) -> str:
        return str(self.base.device)


class TextStream:
    """A transformers streamer that hands decoded text to `on_text` as tokens arrive.

    Decoding the whole reply each time (not token by token) keeps characters
    that span several byte-level tokens, such as Chinese, whole: text ending in
    a half character waits for the next token. Text that could be the start of
    a stop string waits too, and a stop string ends the reply without being shown.
    `should_stop` is asked before each token; raising here is how a running
    model.generate is interrupted.
    """

    def __init__(self, backend, on_text: Callable[[str], None], should_stop: Callable[[], bool] = lambda: False,
                 stops: tuple[str, ...] = ()):
        from core.inference.generate import special_texts

        self.backend = backend
        self.on_text = on_text
        self.should_stop = should_stop
        self.stops = tuple(s for s in stops if s)
        self.specials = special_texts(backend)
        self.ids: list[int] = []
        self.sent = ""
        self.hit_stop = False
        self._prompt_seen = False

    def put(self, value) -> None:
        if not self._prompt_seen:  # generate() first hands over the prompt itself
            self._prompt_seen = True
            return
        if self.should_stop():
            raise GenerationStopped()
        if self.hit_stop:
            return  # the token that completed a stop string may still be on its way
        self.ids.extend(int(t) for t in value.reshape(-1).tolist())
        self._flush(final=False)

    def end(self) -> None:
        self._flush(final=True)

    def _visible(self, final: bool) -> str | None:
        from core.inference.generate import find_stop, held_back, without_specials

        raw = self.backend.decode(self.ids, skip_special_tokens=False)
        cut = find_stop(raw, self.stops)
        if cut is not None:
            self.hit_stop = True
            raw = raw[:cut]
        elif not final:
            if raw.endswith("\ufffd"):
                return None
            raw = raw[:len(raw) - held_back(raw, self.stops)]
        return without_specials(raw, self.specials)

    def _flush(self, final: bool) -> None:
        text = self._visible(final)
        if text is not None and text.startswith(self.sent):
            new = text[len(self.sent):]
            if new:
                self.sent = text
                self.on_text(new)

    @property
    def text(self) -> str:
        return (self._visible(True) or "").strip()


@dataclass
class Reply:
    text: str
    tokens: int
    seconds: float
    stopped: bool


def stream_reply(session: ModelSession, adapter: str | Path | None, prompt_text: str, settings,
                 on_text: Callable[[str], None] = lambda _t: None,
                 should_stop: Callable[[], bool] = lambda: False, stops: tuple[str, ...] | None = None) -> Reply:
    """Generate a reply to an already-rendered prompt, streaming text; stops early when asked.

    `stops`: the run's stop strings (RunTemplate.stops); None: the common chat end markers.
    """
    from core.data.tokenize import TextTokenizer
    from core.inference.generate import generate

    tok = TextTokenizer.from_model_dir(session.model_dir)
    stream = TextStream(tok.backend, on_text, should_stop, tuple(stops or ()))
    started = time.perf_counter()
    stopped = False
    with session.using(adapter) as model:
        try:
            generate(model, session.model_dir, prompt_text, settings, streamer=stream, stops=stops)
        except GenerationStopped:
            stopped = True
    return Reply(stream.text, len(stream.ids), time.perf_counter() - started, stopped)
