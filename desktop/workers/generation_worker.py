"""Supervises the generation child process (text generation, perplexity, export) for the Test screen.

One child is started on the first request and kept: the model stays loaded
between prompts. Requests go to its stdin as JSON lines; its '@@lorasmith'
event lines come back through a reader QThread as queued signals, in order
(see core/inference/generation_child.py for the protocol). Like training, it is a plain
subprocess rather than a QProcess so that Windows shows no console window.

Also here: RunInfoLoader, which reads a run's quick prompts off the GUI thread
(it renders the whole dataset through the chat template, which can take a
moment for a large file).
"""

from __future__ import annotations

import collections
import itertools
import json
import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal

from core import launch
from core.training.events import parse_line
from desktop.workers.child_reader import ChildOutputReader, release_child

OUTPUT_TAIL_LINES = 40
_ids = itertools.count(1)


def generation_command() -> list[str]:
    return launch.generation_command()


def parse_event(line: str) -> dict | None:
    """An event of the generation child from one line of its output; None for library chatter."""
    return parse_line(line, types=None, prefixed=True)


class GenerationWorker(QObject):
    """Send requests to the generation child and report its events.

    Every request gets an id; its events carry that id and it ends with one
    'done' or 'error' event. `busy` is true while any request is unanswered.
    """

    event = Signal(dict)  # every event, in order
    busy_changed = Signal(bool)
    crashed = Signal(int, str)  # exit status and the end of the log, when the child died mid-request
    log_line = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process: subprocess.Popen | None = None
        self._reader: ChildOutputReader | None = None
        self._pending: set[int] = set()
        self._output_tail: collections.deque[str] = collections.deque(maxlen=OUTPUT_TAIL_LINES)
        self._quitting = False
        # How the child is started; tests may point this at another command.
        self.command = generation_command()

    # --- state ---------------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.process is not None

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    # --- requests ------------------------------------------------------------------------------
    def request(self, command: dict) -> int:
        """Send one command (the id is added); starts the child when needed. Returns the id."""
        ident = next(_ids)
        self._ensure_started()
        was_busy = self.busy
        self._pending.add(ident)
        self._write({**command, "id": ident})
        if not was_busy:
            self.busy_changed.emit(True)
        return ident

    def stop(self) -> None:
        """Stop everything requested so far (a running generation ends after its current token)."""
        if self.process is not None and self.busy:
            self._write({"cmd": "stop"})

    def shutdown(self, timeout_ms: int = 2000) -> None:
        """End the child: stop its work, ask it to quit, kill it if it does not."""
        if self.process is None:
            return
        self._quitting = True
        process = self.process
        self._write({"cmd": "stop"})
        self._write({"cmd": "quit"})
        try:
            process.wait(timeout=timeout_ms / 1000)
        except subprocess.TimeoutExpired:
            process.kill()
        if self._reader is not None:
            self._reader.wait(5000)
            self._on_exit(process.poll() if process.poll() is not None else -9)

    def kill(self) -> None:
        if self.process is not None:
            self._quitting = True
            self.process.kill()

    def wait_idle(self, timeout_ms: int) -> bool:
        """Block (processing events) until no request is pending; for tests and shutdown."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(timeout_ms)
        while self.busy and not deadline.hasExpired():
            QCoreApplication.processEvents()
            QThread.msleep(10)
        return not self.busy

    # --- the child -----------------------------------------------------------------------------
    def _ensure_started(self) -> None:
        if self.process is not None:
            return
        self._quitting = False
        self._output_tail.clear()
        self.process = launch.start_child(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self._reader = ChildOutputReader(self.process, self)
        self._reader.setObjectName("generation-output-reader")
        self._reader.line_read.connect(self._on_line)
        self._reader.exited.connect(self._on_exit)
        self._reader.start()

    def _write(self, command: dict) -> None:
        if self.process is None:
            return
        try:
            self.process.stdin.write(json.dumps(command, ensure_ascii=False) + "\n")
            self.process.stdin.flush()
        except (OSError, ValueError):
            pass  # the child is gone; its exit is reported by the reader

    def _on_line(self, line: str) -> None:
        event = parse_event(line)
        if event is None:
            if line.strip():
                self._output_tail.append(line)
                self.log_line.emit(line)
            return
        if event.get("type") in ("done", "error") and event.get("id") in self._pending:
            self._pending.discard(event["id"])
            self.event.emit(event)
            if not self.busy:
                self.busy_changed.emit(False)
            return
        self.event.emit(event)

    def _on_exit(self, code: int) -> None:
        reader, self._reader = self._reader, None
        if reader is None:
            return  # already handled
        release_child(reader, self.process)
        self.process = None
        had_work = self.busy
        self._pending.clear()
        if not self._quitting:
            self.crashed.emit(code, self.log_tail())
        if had_work:
            self.busy_changed.emit(False)

    def log_tail(self, lines: int = OUTPUT_TAIL_LINES) -> str:
        from core.paths import logs_dir

        try:
            text = (logs_dir() / "generation.log").read_text(encoding="utf-8", errors="replace")
            text = "\n".join(text.splitlines()[-lines:])
        except OSError:
            text = ""
        output = "\n".join(self._output_tail)
        return "\n".join(part for part in (text, output) if part)


class RunInfoLoader(QThread):
    """Reads a run's quick prompts (validation rows with their answers) off the GUI thread."""

    loaded = Signal(str, list, str)  # run folder, [QuickPrompt], error message ("" when fine)

    def __init__(self, run_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.run_dir = Path(run_dir)

    def run(self) -> None:
        from core.data.problems import DataError
        from core.inference.prompts import quick_prompts

        try:
            prompts, error = quick_prompts(self.run_dir), ""
        except (DataError, OSError, ValueError) as exc:
            prompts, error = [], str(exc)
        self.loaded.emit(str(self.run_dir), prompts, error)
