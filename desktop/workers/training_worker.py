"""Supervises the training child process and turns its output into Qt signals.

Why a subprocess read by a QThread rather than QProcess: on Windows a windowed
app that starts a console program through QProcess flashes a console window,
and PySide6 cannot set the CREATE_NO_WINDOW flag on QProcess; subprocess can.
The thread only does a blocking readline loop, so the GUI thread never waits
on the child; each line reaches the GUI thread as a queued signal, in order,
and the child's exit status always arrives after its last line.

The child is `python -m core.training RUN_DIR [--resume]` (in a frozen build
`Lorasmith --engine training RUN_DIR`, see core.launch).
It prints events as '@@lorasmith {json}' lines, stops cleanly on a 'stop'
line on stdin, and exits 0 after finished/cancelled, 1 after failed; any
other exit is a crash, reported with the end of its log.
"""

from __future__ import annotations

import collections
import subprocess
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from core import launch
from core.training import runs
from core.training.events import parse_line
from desktop.workers.child_reader import ChildOutputReader, release_child

LOG_TAIL_LINES = 40

# Event type -> name of the TrainingWorker signal that carries it.
EVENT_SIGNALS = {
    "started": "started",
    "progress": "progress",
    "eval": "evaluated",
    "checkpoint": "checkpoint_saved",
    "warning": "warning",
    "finished": "finished",
    "cancelled": "cancelled",
    "failed": "failed",
}


def training_command(run_dir: Path, resume: bool = False) -> list[str]:
    return launch.training_command(run_dir, resume=resume)


class TrainingWorker(QObject):
    """Start, stop or kill one training child at a time and report what it says."""

    event = Signal(dict)  # every event, in order
    started = Signal(dict)
    progress = Signal(dict)
    evaluated = Signal(dict)
    checkpoint_saved = Signal(dict)
    warning = Signal(dict)
    finished = Signal(dict)
    cancelled = Signal(dict)
    failed = Signal(dict)
    log_line = Signal(str)  # any other output line
    crashed = Signal(int, str)  # exit status, the end of the log
    state_changed = Signal(str)  # idle | running | stopping | finished | cancelled | failed | crashed | killed
    exited = Signal(int)  # always last, with the exit status

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.process: subprocess.Popen | None = None
        self.run_dir: Path | None = None
        self.state = "idle"
        self.exit_code: int | None = None
        self._reader: ChildOutputReader | None = None
        self._terminal_event: str | None = None
        self._killed = False
        self._output_tail: collections.deque[str] = collections.deque(maxlen=LOG_TAIL_LINES)
        # How a run folder becomes a command line; tests put a small stand-in child here.
        self.command_for = training_command

    # --- control ---------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self.process is not None

    def start(self, run_dir: Path, resume: bool = False) -> None:
        self.start_command(self.command_for(Path(run_dir), resume), run_dir)

    def start_command(self, command: list[str], run_dir: Path) -> None:
        """Start `command` as the child for `run_dir` (start() builds the usual one)."""
        if self.is_running():
            raise RuntimeError("a training run is already going; stop it first")
        self.run_dir = Path(run_dir)
        self.exit_code = None
        self._terminal_event = None
        self._killed = False
        self._output_tail.clear()
        self.process = launch.start_child(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
        )
        self._reader = ChildOutputReader(self.process, self)
        self._reader.setObjectName("training-output-reader")
        self._reader.line_read.connect(self._on_line)
        self._reader.exited.connect(self._on_exit)
        self._reader.start()
        self._set_state("running")

    def stop(self) -> None:
        """Ask the child to stop after the current step; it saves the adapter so far."""
        if self.process is None or self.state == "stopping":
            return
        try:
            self.process.stdin.write("stop\n")
            self.process.stdin.flush()
        except (OSError, ValueError):
            return  # already gone: the exit report follows
        self._set_state("stopping")

    def kill(self) -> None:
        """End the child (and anything it started) at once; its VRAM is freed by the OS."""
        if self.process is None:
            return
        self._killed = True
        _kill_tree(self.process.pid)
        try:
            self.process.kill()
        except OSError:
            pass

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until the reader has seen the child exit (for shutdown and tests)."""
        reader = self._reader
        return True if reader is None else reader.wait(timeout_ms)

    # --- output --------------------------------------------------------------------------
    def _on_line(self, line: str) -> None:
        event = parse_line(line, prefixed=True)
        if event is None:
            if line.strip():
                self._output_tail.append(line)
                self.log_line.emit(line)
            return
        kind = event["type"]
        if kind in ("finished", "cancelled", "failed"):
            self._terminal_event = kind
        self.event.emit(event)
        name = EVENT_SIGNALS.get(kind)
        if name:
            getattr(self, name).emit(event)
        elif kind == "log" and event.get("message"):
            self.log_line.emit(str(event["message"]))

    def _on_exit(self, code: int) -> None:
        reader, self._reader = self._reader, None
        release_child(reader, self.process)
        self.process = None
        self.exit_code = code
        if self._killed:
            state = "killed"
        elif self._terminal_event in ("finished", "cancelled") and code == 0:
            state = self._terminal_event
        elif self._terminal_event == "failed" and code == 1:
            state = "failed"
        else:
            state = "crashed"
            self.crashed.emit(code, self.log_tail())
        self._set_state(state)
        self.exited.emit(code)

    def log_tail(self, lines: int = LOG_TAIL_LINES) -> str:
        """The end of the run's log.txt, or of the child's output when it wrote no log."""
        text = ""
        if self.run_dir is not None:
            log = self.run_dir / runs.LOG
            try:
                text = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
            except OSError:
                text = ""
        output = "\n".join(list(self._output_tail)[-lines:])
        return "\n".join(part for part in (text, output) if part)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)


def _kill_tree(pid: int) -> None:
    """Kill the child's own children first, so none keeps the GPU memory."""
    try:
        import psutil
    except ImportError:
        return
    try:
        children = psutil.Process(pid).children(recursive=True)
    except psutil.Error:
        return
    for child in children:
        try:
            child.kill()
        except psutil.Error:
            pass
