"""Talking to the Hub off the GUI thread: downloads with progress and cancel, and metadata calls.

DownloadWorker runs core.hub.download.pull_model in its own QThread. Progress
arrives as queued signals (at most five a second; core's tracker paces them).
cancel() sets the event pull_model checks between chunks of 64 KiB, so the
transfer stops within a fraction of a second on a working connection, and the
socket is closed as the request unwinds; what was saved stays for the next
attempt, which resumes it.

HubCall runs one function (a search, a model's details) in a QThread and hands
back its result or its error. Callers keep a request number and ignore
answers to questions nobody is waiting for any more.

Only core.hub.search* is used here: nothing that pulls torch into the GUI process.
"""

from __future__ import annotations

import logging
import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal

from core.hub.access import Cancelled, HubError, HubSettings

log = logging.getLogger(__name__)

CHUNK_SIZE = 64 << 10  # bytes read between two looks at the cancel flag
_orphans: list[QThread] = []  # threads still finishing after their owner closed


def _had_token() -> bool:
    from core.hub.access import get_token

    try:
        return bool(get_token())
    except Exception:  # noqa: BLE001 - a broken keyring only changes the wording of a message
        return False


def _as_hub_error(exc: BaseException) -> HubError:
    """Our own errors as they are; anything else (a bug) logged with its traceback and shown plainly."""
    if isinstance(exc, HubError):
        exc.had_token = _had_token()
        return exc
    log.exception("Hub call failed")
    error = HubError("crash", f"{type(exc).__name__}: {exc}")
    error.had_token = False
    return error


class HubCall(QThread):
    """fn(*args, **kwargs) in a thread; `done` with its result or `failed` with a HubError."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable, *args, parent: QObject | None = None, **kwargs):
        super().__init__(parent)
        self.fn, self.args, self.kwargs = fn, args, kwargs

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a message
            self.failed.emit(_as_hub_error(exc))
            return
        self.done.emit(result)


class DownloadWorker(QThread):
    """One model's download. Emits progress (DownloadProgress), then exactly one of
    succeeded (LocalModel), cancelled () or failed (HubError)."""

    progress = Signal(object)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(
        self,
        repo_id: str,
        settings: HubSettings,
        *,
        allow_pickle: bool = False,
        trust_remote_code: bool = False,
        revision: str | None = None,
        reserve_bytes: int | None = None,
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self.repo_id, self.settings, self.revision = repo_id, settings, revision
        self.allow_pickle, self.trust_remote_code = allow_pickle, trust_remote_code
        self.reserve_bytes = reserve_bytes
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Stop soon; safe to call from any thread, any number of times."""
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        from core.hub.download import pull_model

        extra = {} if self.reserve_bytes is None else {"reserve_bytes": self.reserve_bytes}
        try:
            model = pull_model(
                self.repo_id,
                self.revision,
                settings=self.settings,
                allow_pickle=self.allow_pickle,
                trust_remote_code=self.trust_remote_code,
                progress=self.progress.emit,
                cancel=self._cancel,
                chunk_size=CHUNK_SIZE,
                **extra,
            )
        except Cancelled:
            self.cancelled.emit()
            return
        except BaseException as exc:  # noqa: BLE001 - every failure becomes a message
            if self._cancel.is_set() and not isinstance(exc, HubError):
                self.cancelled.emit()
                return
            self.failed.emit(_as_hub_error(exc))
            return
        self.succeeded.emit(model)


def finish_threads(threads: list[QThread], wait_ms: int = 3000) -> None:
    """Wait a little for threads to end; those still blocked on the network are left to finish
    on their own (kept referenced, so Qt does not destroy a running thread with its owner)."""
    for thread in threads:
        if isinstance(thread, DownloadWorker):
            thread.cancel()
    for thread in threads:
        if thread.isRunning() and not thread.wait(wait_ms):
            thread.setParent(None)
            _orphans.append(thread)
            thread.finished.connect(lambda t=thread: _orphans.remove(t) if t in _orphans else None)
