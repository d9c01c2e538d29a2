"""The thread that reads a child process's output for the GUI (training and generation alike).

It only does a blocking readline loop, so the GUI thread never waits on the
child; each line reaches the GUI thread as a queued signal, in order, and the
exit status always arrives after the last line.
"""

from __future__ import annotations

import subprocess

from PySide6.QtCore import QObject, QThread, Signal


class ChildOutputReader(QThread):
    """Reads the child's merged stdout/stderr line by line until it exits."""

    line_read = Signal(str)
    exited = Signal(int)

    def __init__(self, process: subprocess.Popen, parent: QObject | None = None):
        super().__init__(parent)
        self.process = process

    def run(self) -> None:
        try:
            for raw in self.process.stdout:
                self.line_read.emit(raw.rstrip("\r\n"))
        except (OSError, ValueError):
            pass  # the pipe broke because the child was killed: its exit status says the rest
        self.exited.emit(self.process.wait())


def release_child(reader: ChildOutputReader | None, process: subprocess.Popen | None) -> None:
    """After the child exited: let its reader thread finish and close our ends of its pipes."""
    if reader is not None:
        reader.wait()
        reader.deleteLater()
    if process is not None:
        for pipe in (process.stdin, process.stdout):
            try:
                pipe.close()
            except (OSError, ValueError, AttributeError):
                pass
