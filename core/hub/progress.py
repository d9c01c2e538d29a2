"""What a download reports while it runs: bytes so far, speed over the last few seconds, time left.

A pull makes one DownloadTracker for all its files and one FileTracker per file; the trackers turn
byte counts into DownloadProgress records for the caller, at most every PROGRESS_INTERVAL
seconds except at the start and end of each file. DownloadProgress is importable from
core/hub/download.py too.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass
from typing import Callable

from core.hub.files import RemoteFile

PROGRESS_INTERVAL = 0.2


@dataclass
class DownloadProgress:
    repo_id: str
    file: str
    file_index: int  # 1-based
    file_count: int
    file_bytes: int
    file_size: int
    bytes_done: int  # all files, including what earlier attempts already saved
    bytes_total: int
    speed: float  # bytes per second over the last few seconds
    eta_seconds: float | None
    stage: str  # "downloading", "verifying", "done"


ProgressCallback = Callable[[DownloadProgress], None]


class DownloadTracker:
    def __init__(self, repo_id: str, chosen: list[RemoteFile], manifest: dict, callback: ProgressCallback | None):
        self.repo_id, self.callback, self.count = repo_id, callback, len(chosen)
        self.total = sum(f.size for f in chosen)
        self.finished = sum(f.size for f in chosen if manifest["files"][f.path]["done"])
        self.samples: deque[tuple[float, int]] = deque()
        self.last_emit = 0.0
        self.current: DownloadProgress | None = None

    def for_file(self, index: int, remote: RemoteFile) -> FileTracker:
        return FileTracker(self, index, remote)

    def emit(self, file: str, index: int, file_bytes: int, file_size: int, stage: str, force: bool) -> None:
        now = time.monotonic()
        done = self.finished + file_bytes
        self.samples.append((now, done))
        while len(self.samples) > 2 and now - self.samples[0][0] > 5.0:
            self.samples.popleft()
        if not self.callback or (not force and now - self.last_emit < PROGRESS_INTERVAL):
            return
        self.last_emit = now
        (t0, b0) = self.samples[0]
        speed = (done - b0) / (now - t0) if now > t0 and done > b0 else 0.0
        eta = (self.total - done) / speed if speed > 0 else None
        self.callback(
            DownloadProgress(
                self.repo_id, file, index, self.count, file_bytes, file_size, done, self.total, speed, eta, stage
            )
        )


class FileTracker:
    def __init__(self, parent: DownloadTracker, index: int, remote: RemoteFile):
        self.parent, self.index, self.remote = parent, index, remote
        self.file_bytes = 0

    def stage(self, stage: str, file_bytes: int) -> None:
        self.parent.emit(self.remote.path, self.index, file_bytes, self.remote.size, stage, force=True)

    def complete(self) -> None:
        self.parent.finished += self.remote.size

    def update(self, file_bytes: int) -> None:
        self.file_bytes = file_bytes
        self.parent.emit(
            self.remote.path,
            self.index,
            file_bytes,
            self.remote.size,
            "downloading",
            force=file_bytes in (0, self.remote.size),
        )
