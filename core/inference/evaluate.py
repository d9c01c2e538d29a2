"""Did the LoRA work? One loaded model answering with and without each adapter, streamed.

Runs in the generation child process or the command line, never in the GUI
process. What the GUI reads itself lives in light modules: the run's adapters
(core/inference/adapters.py) and its quick prompts (core/inference/prompts.py).
Perplexity is in core/inference/perplexity.py.
"""

from __future__ import annotations

import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from core.config import RunConfig
from core.inference.adapters import check_model_dir, resolve_adapter


class GenerationStopped(Exception):
    """Raised inside model.generate when the user asked to stop; the text so far is kept."""


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


def _loading_options(config: RunConfig | None) -> dict:
    if config is None:
        return {}
    return {
        "double_quant": config.double_quant,
        "trust_remote_code": config.trust_remote_code,
        "allow_pickle_weights": config.allow_pickle_weights,
    }


class ModelSession:
    """One base model in memory with adapters loaded beside it; any of them (or none) active.

    Switching between the base model, the final adapter and checkpoints costs
    no reload: peft keeps every loaded adapter as a named set of LoRA weights
    and disable_adapter() runs the untouched base.
    """

    MAX_ADAPTERS = 6

    def __init__(
        self,
        model_dir: str | Path,
        quantization: str = "4bit",
        device: str = "auto",
        *,
        config: RunConfig | None = None,
    ):
        """`config`: the run's settings, whose double quantisation and trust choices the load follows."""
        from core.inference.generate import load_for_generation

        self.model_dir = str(check_model_dir(model_dir))
        self.quantization = quantization
        self.loading = _loading_options(config)
        self.base = load_for_generation(self.model_dir, None, quantization=quantization, device=device, **self.loading)
        self.peft = None
        self._names: dict[tuple, str] = {}
        self._counter = 0

    def matches(self, model_dir: str | Path, quantization: str, config: RunConfig | None = None) -> bool:
        return (
            str(Path(model_dir)) == str(Path(self.model_dir))
            and quantization == self.quantization
            and _loading_options(config) == self.loading
        )

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

    def __init__(
        self,
        backend,
        on_text: Callable[[str], None],
        should_stop: Callable[[], bool] = lambda: False,
        stops: tuple[str, ...] = (),
    ):
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
            raw = raw[: len(raw) - held_back(raw, self.stops)]
        return without_specials(raw, self.specials)

    def _flush(self, final: bool) -> None:
        text = self._visible(final)
        if text is not None and text.startswith(self.sent):
            new = text[len(self.sent) :]
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


def stream_reply(
    session: ModelSession,
    adapter: str | Path | None,
    prompt_text: str,
    settings,
    on_text: Callable[[str], None] = lambda _t: None,
    should_stop: Callable[[], bool] = lambda: False,
    stops: tuple[str, ...] | None = None,
) -> Reply:
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
