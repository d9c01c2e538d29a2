"""Generation child process: python -m core.inference.generation_child

The app's Test screen starts one of these and keeps it: the model stays loaded
between prompts. It reads one JSON command per line on stdin and answers with
'@@lorasmith {json}' event lines on stdout (the prefix the training child uses,
so stray library output is never mistaken for an event).

Commands (every one but stop and quit carries an "id" its events repeat):
  {"cmd": "generate", "id", "model", "quantization"?, "run_dir"?, "prompt_text"? | "question", "system"?,
   "sides": [{"name", "adapter"}], "settings": {max_new_tokens, temperature, top_p, seed}}
  {"cmd": "perplexity", "id", "model", "run_dir"?, "data"?, "adapters"?: [{"label", "step", "path"}],
   "window", "stride", "quantization"?}
  {"cmd": "export", "id", "run_dir", "kind", "out", "checkpoint"?}
  {"cmd": "stop"}     stops whatever was sent before it (running or still waiting)
  {"cmd": "quit"}     (or the end of stdin) ends the process

Events: ready; loading/loaded {model, device}; token {side, text}; side_done {side, text, tokens, seconds,
stopped}; progress {stage, done, total, label}; ppl_row {row}; done {stopped, ...}; error {code, message, hint}.
Each command ends with exactly one done or error event.
"""

from __future__ import annotations

import json
import os
import queue
import sys
import threading
import time
import traceback
from pathlib import Path

from core.errors import UserError, one_line, run_command
from core.training.events import EVENT_PREFIX, to_line

LOG_NAME = "generation.log"
LOG_MAX_BYTES = 2 << 20


class Child:
    def __init__(self, events_out, log):
        self.out = events_out
        self.log = log
        self.commands: queue.Queue = queue.Queue()
        self.read_count = 0
        self.stopped_through = 0  # commands numbered up to this one are cancelled
        self.session = None
        self._lock = threading.Lock()

    # --- talking to the app ------------------------------------------------------------------
    def emit(self, type_: str, **fields) -> None:
        line = EVENT_PREFIX + to_line({"type": type_, "time": round(time.time(), 3), **fields}) + "\n"
        with self._lock:
            try:
                self.out.write(line)
                self.out.flush()
            except (OSError, ValueError):
                pass  # the app went away; the end of stdin ends us next

    def read_commands(self, stream) -> None:
        try:
            for line in stream:
                line = line.strip()
                if not line:
                    continue
                try:
                    command = json.loads(line)
                    if not isinstance(command, dict):
                        raise ValueError("not an object")
                except ValueError:
                    if line.lower() in ("stop", "quit"):
                        command = {"cmd": line.lower()}
                    else:
                        self.emit("error", code="bad_command", message=f"not a JSON command: {line[:80]}")
                        continue
                if command.get("cmd") == "stop":
                    self.stopped_through = self.read_count
                    continue
                self.read_count += 1
                command["_seq"] = self.read_count
                self.commands.put(command)
        except (OSError, ValueError):
            pass
        self.commands.put({"cmd": "quit", "_seq": 0})

    def cancelled(self, seq: int) -> bool:
        return seq <= self.stopped_through

    # --- the loop ------------------------------------------------------------------------------
    def run(self, commands_in) -> int:
        self.emit("ready", pid=os.getpid())
        # Read commands only after "ready", so an early bad line's error never comes first.
        threading.Thread(target=self.read_commands, args=(commands_in,), daemon=True, name="commands").start()
        while True:
            command = self.commands.get()
            kind, seq, ident = command.get("cmd"), command.get("_seq", 0), command.get("id")
            if kind == "quit":
                return 0
            if self.cancelled(seq):
                self.emit("done", id=ident, cmd=kind, stopped=True)
                continue
            handler = getattr(self, f"do_{kind}", None) if isinstance(kind, str) else None
            if handler is None:
                self.emit("error", id=ident, code="bad_command", message=f"unknown command {kind!r}")
                continue
            try:
                handler(command, seq, ident)
            except Exception as exc:  # report and keep serving: one bad request must not end the session
                self.emit("error", id=ident, cmd=kind, **describe_failure(exc, self.log))

    # --- commands ------------------------------------------------------------------------------
    def _session(self, config, quantization: str | None, ident):
        model = config.model
        from core.inference.evaluate import ModelSession, choose_quantization

        wanted = choose_quantization(quantization or "4bit")
        if self.session is None or not self.session.matches(model, wanted, config):
            self.session = None  # free the old model before loading the next
            self.emit("loading", id=ident, model=str(model), quantization=wanted)
            started = time.perf_counter()
            self.session = ModelSession(model, wanted, config=config)
            self.emit(
                "loaded",
                id=ident,
                model=str(model),
                device=self.session.device,
                quantization=wanted,
                seconds=round(time.perf_counter() - started, 2),
            )
        return self.session

    def do_generate(self, command: dict, seq: int, ident) -> None:
        from core.inference.evaluate import stream_reply
        from core.inference.generate import SamplingSettings
        from core.inference.prompts import prompt_for
        from core.inference.trained_template import run_template

        config = _run_config(command)
        # The run's saved template: prompts are put in it and its stop strings end the answers.
        template = run_template(Path(command["run_dir"]), config) if command.get("run_dir") else None
        prompt = command.get("prompt_text") or prompt_for(
            config, str(command.get("question", "")), command.get("system") or None, template
        )
        known = SamplingSettings.__dataclass_fields__
        settings = SamplingSettings(**{k: v for k, v in (command.get("settings") or {}).items() if k in known})
        session = self._session(config, command.get("quantization") or config.quantization, ident)
        stopped = False
        for side in command.get("sides") or [{"name": "adapter", "adapter": None}]:
            name = side.get("name", "")
            self.emit("side_started", id=ident, side=name)
            reply = stream_reply(
                session,
                side.get("adapter") or None,
                prompt,
                settings,
                on_text=lambda text, name=name: self.emit("token", id=ident, side=name, text=text),
                should_stop=lambda: self.cancelled(seq),
                stops=template.stops if template is not None else None,
            )
            self.emit(
                "side_done",
                id=ident,
                side=name,
                text=reply.text,
                tokens=reply.tokens,
                seconds=round(reply.seconds, 3),
                stopped=reply.stopped,
            )
            if reply.stopped:
                stopped = True
                break
        self.emit("done", id=ident, cmd="generate", stopped=stopped)

    def do_perplexity(self, command: dict, seq: int, ident) -> None:
        from core.inference.adapters import adapter_choices
        from core.inference.evaluate import GenerationStopped
        from core.inference.perplexity import DEFAULT_STRIDE, DEFAULT_WINDOW, load_sequences, perplexity_table
        from core.inference.perplexity_results import save_perplexity_csv

        config = _run_config(command)
        run_dir = command.get("run_dir")
        sequences, source = load_sequences(config.model, command.get("data") or None, run_dir)
        if command.get("adapters") is not None:
            adapters = [(a.get("label", ""), a.get("step"), Path(a["path"])) for a in command["adapters"]]
        elif run_dir:
            adapters = [(c.label, c.step, c.path) for c in sorted(adapter_choices(Path(run_dir)), key=lambda c: c.step)]
        else:
            adapters = []
        session = self._session(config, command.get("quantization") or config.quantization, ident)
        try:
            rows = perplexity_table(
                session,
                adapters,
                sequences,
                int(command.get("window") or DEFAULT_WINDOW),
                int(command.get("stride") or DEFAULT_STRIDE),
                progress=lambda label, done, total: self.emit(
                    "progress", id=ident, stage="perplexity", label=label, done=done, total=total
                ),
                should_stop=lambda: self.cancelled(seq),
                on_row=lambda row: self.emit("ppl_row", id=ident, row=row.to_json()),
            )
        except GenerationStopped:
            self.emit("done", id=ident, cmd="perplexity", stopped=True)
            return
        csv_path = save_perplexity_csv(Path(run_dir), source, rows) if run_dir else None
        self.emit(
            "done",
            id=ident,
            cmd="perplexity",
            stopped=False,
            source=source,
            rows=[r.to_json() for r in rows],
            csv=str(csv_path) if csv_path else None,
        )

    def do_export(self, command: dict, seq: int, ident) -> None:
        from core.inference.export import exporter as export

        if command.get("kind") == "merged":
            self.session = None  # the merge needs the memory more than a warm model does
        checkpoint = command.get("checkpoint")
        path = export.export_run(
            Path(command["run_dir"]),
            command["kind"],
            Path(command["out"]),
            checkpoint=int(checkpoint) if checkpoint not in (None, "") else None,
            progress=lambda stage, fraction: self.emit("progress", id=ident, stage=stage, fraction=fraction),
            should_stop=lambda: self.cancelled(seq),
        )
        self.emit("done", id=ident, cmd="export", stopped=False, path=str(path))

    def do_unload(self, command: dict, seq: int, ident) -> None:
        self.session = None
        self.emit("done", id=ident, cmd="unload", stopped=False)


def _run_config(command: dict):
    """The run's settings when a run is named, else defaults around the given model."""
    from core.config import RunConfig, load_run_config
    from core.training import runs

    run_dir = command.get("run_dir")
    config = load_run_config(Path(run_dir) / runs.RUN_YAML) if run_dir else RunConfig()
    if command.get("model"):
        config.model = str(command["model"])
    return config


def describe_failure(exc: BaseException, log=None) -> dict:
    """code, message and hint for an error event; bugs leave their traceback in the log."""
    text = str(exc) or type(exc).__name__
    if isinstance(exc, MemoryError) or "out of memory" in text.lower() or "can't allocate memory" in text.lower():
        return {
            "code": "oom",
            "message": "There is not enough memory for this model.",
            "hint": "Close other programs, or use a smaller model.",
        }
    if isinstance(exc, UserError):
        return {"code": "user", "message": one_line(exc), "hint": ""}
    if log is not None:
        traceback.print_exc(file=log)
        log.flush()
    where = getattr(log, "name", LOG_NAME)
    return {
        "code": "crash",
        "message": f"{type(exc).__name__}: {text}",
        "hint": f"This is a bug in Lorasmith. Please send {where} with a report.",
    }


def open_log():
    from core.paths import logs_dir

    path = logs_dir() / LOG_NAME
    mode = "w" if path.exists() and path.stat().st_size > LOG_MAX_BYTES else "a"
    return open(path, mode, encoding="utf-8", buffering=1)


def main(argv: list[str] | None = None) -> int:
    """Serve commands until quit; each command's failure is an error event, never the end of the process."""
    return run_command(_serve, argv)


engine_main = main  # started as a child engine (see core.launch)


def _serve(_argv) -> int:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # generation never downloads
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    for stream in (sys.stdin, sys.stdout):
        try:  # prompts and answers in any language cross the pipes as UTF-8, whatever the console's code page
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass
    events_out = sys.stdout
    log = open_log()
    # Library chatter (progress bars, warnings, prints) goes to the log, never between events.
    sys.stdout = sys.stderr = log
    import logging
    import warnings

    logging.basicConfig(stream=log, level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s", force=True)
    logging.captureWarnings(True)
    warnings.simplefilter("default")
    print(f"--- generation child {os.getpid()} started {time.strftime('%Y-%m-%d %H:%M:%S')}", file=log)
    return Child(events_out, log).run(sys.stdin)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # do not wait on the stdin reader thread
