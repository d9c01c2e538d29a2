"""Download a base model from the Hub into the models folder, resumably.

Why not hf_hub_download: in huggingface_hub 2.4 each attempt writes to a
temporary file with a random name and deletes it when the attempt fails, so a
download stopped by the user, a lost connection or a closed app starts again
from zero. Here each file goes to `<model>/.lorasmith-download/<file>.part`,
which the next attempt continues with an HTTP Range request. Each file is
checked against the size and hash the Hub lists for it (the LFS sha256, or the
git blob id for small files) before it is moved into place, and the folder is
marked ready, by writing `.lorasmith-model.json` atomically, only after every
file has been checked.

Listing, importing and deleting local models is in core/hub/local.py; those
names are importable from here too.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import threading
import time
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from core.atomic import replace, write_text_atomic
from core.hub.access import (
    Cancelled,
    HubError,
    HubSettings,
    check_online,
    explain,
    get_token,
    hf_headers,
    normalise_repo_id,
    resolve_endpoint,
    retry_after_seconds,
)

# Re-exported: callers import the local-models names from core.hub.download.
from core.hub.local import (  # noqa: F401
    LOCK,
    MANIFEST,
    READY_MARKER,
    WORK_DIR,
    LocalModel,
    delete_local_model,
    describe_local_model,
    download_lock,
    find_local_model,
    folder_name,
    import_model_folder,
    list_local_models,
    models_root,
    read_json,
    validate_model_folder,
)
from core.hub.search import (
    PICKLE_INDEX,
    SAFETENSORS_INDEX,
    RemoteFile,
    format_bytes,
    remote_code_reason,
    remote_files,
    select_files,
)

DEFAULT_RESERVE_BYTES = 1 << 30  # free space to leave on the disk after the download
CHUNK_SIZE = 1 << 20
READ_TIMEOUT = 10.0  # a stalled connection is retried (and a cancel noticed) after this
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


# --- pull --------------------------------------------------------------------------------------


def pull_model(
    repo_id: str,
    revision: str | None = None,
    *,
    settings: HubSettings | None = None,
    endpoint: str | None = None,
    token: str | None = None,
    allow_pickle: bool = False,
    trust_remote_code: bool = False,
    progress: ProgressCallback | None = None,
    cancel: threading.Event | None = None,
    reserve_bytes: int = DEFAULT_RESERVE_BYTES,
    chunk_size: int = CHUNK_SIZE,
    retries: int = 3,
    retry_wait: float = 2.0,
) -> LocalModel:
    """Download what training needs from a Hub model into the models folder and mark it ready.

    Raises HubError (Cancelled when `cancel` is set); whatever was saved is
    kept and the next call continues from it.
    """
    settings = settings or HubSettings.load()
    repo_id = normalise_repo_id(repo_id)
    endpoint = resolve_endpoint(endpoint or settings.endpoint or None)
    check_online(settings.offline)
    token = get_token(token)
    cancel = cancel or threading.Event()
    info, files = remote_files(repo_id, revision, endpoint, token)
    selection = select_files([f.path for f in files], allow_pickle=allow_pickle, trust_remote_code=trust_remote_code)
    if selection.problem:
        raise HubError("pickle_only" if "pickle" in selection.problem else "no_weights", selection.problem)
    if "config.json" not in selection.files:
        raise HubError(
            "no_config",
            f"{repo_id} has no config.json, so it is not a transformers model Lorasmith "
            "can train; pick the original model repository.",
        )
    by_path = {f.path: f for f in files}
    # config.json first, so a model that needs custom code is refused before the weights come.
    chosen = sorted((by_path[p] for p in selection.files), key=lambda f: (f.path != "config.json", f.size or 0))
    missing = [f.path for f in chosen if f.size is None]
    if missing:
        raise HubError(
            "no_metadata",
            f"The Hub endpoint {endpoint} does not list file sizes for {repo_id} "
            f"({missing[0]}), so the download cannot be checked. Use another endpoint.",
        )
    target = settings.resolved_models_dir() / folder_name(repo_id)
    work = target / WORK_DIR
    with download_lock(target, repo_id):
        marker = read_json(target / READY_MARKER)
        manifest = _prepare_manifest(target, work, repo_id, info.sha, chosen, marker)
        todo = [f for f in chosen if not manifest["files"][f.path]["done"]]
        if todo or not marker or marker.get("commit") != info.sha:
            (target / READY_MARKER).unlink(missing_ok=True)  # never ready while files change
            _check_disk_space(target, work, todo, reserve_bytes, repo_id)
            _fetch_all(
                chosen,
                manifest,
                target,
                work,
                repo_id=repo_id,
                endpoint=endpoint,
                token=token,
                revision=info.sha or revision or "main",
                trust_remote_code=trust_remote_code,
                progress=progress,
                cancel=cancel,
                chunk_size=chunk_size,
                retries=retries,
                retry_wait=retry_wait,
            )
            _check_complete(target, chosen, repo_id)
            _remove_stale(target, marker, chosen)
            record = {
                "format": 1,
                "source": "hub",
                "repo_id": repo_id,
                "commit": info.sha,
                "revision": revision,
                "endpoint": endpoint,
                "weights_format": selection.weights_format,
                "downloaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                "files": {f.path: {"size": f.size, "sha256": f.sha256, "git_oid": f.git_oid} for f in chosen},
            }
            write_text_atomic(target / READY_MARKER, json.dumps(record, indent=1))
        elif marker.get("revision") != revision:  # same files, asked for by another name: show that name
            write_text_atomic(target / READY_MARKER, json.dumps({**marker, "revision": revision}, indent=1))
        shutil.rmtree(work, ignore_errors=True)
    if progress:  # only now: the marker is written, the model is usable
        total = sum(f.size for f in chosen)
        progress(DownloadProgress(repo_id, "", len(chosen), len(chosen), 0, 0, total, total, 0.0, 0.0, "done"))
    return describe_local_model(target)


def _fetch_all(
    chosen: list[RemoteFile],
    manifest: dict,
    target: Path,
    work: Path,
    *,
    repo_id: str,
    endpoint: str,
    token: str | None,
    revision: str,
    trust_remote_code: bool,
    progress: ProgressCallback | None,
    cancel: threading.Event,
    chunk_size: int,
    retries: int,
    retry_wait: float,
) -> None:
    tracker = _Tracker(repo_id, chosen, manifest, progress)
    headers = hf_headers(token)
    headers["Accept-Encoding"] = "identity"  # byte ranges must address the file itself, not a gzip of it
    for index, remote in enumerate(chosen, 1):
        final = target / remote.path
        if not manifest["files"][remote.path]["done"]:
            part = work / (remote.path + ".part")
            file_tracker = tracker.for_file(index, remote)
            try:
                _fetch_file(
                    _resolve_url(endpoint, repo_id, revision, remote.path),
                    headers,
                    part,
                    remote,
                    tracker=file_tracker,
                    chunk_size=chunk_size,
                    cancel=cancel,
                    retries=retries,
                    retry_wait=retry_wait,
                )
                final.parent.mkdir(parents=True, exist_ok=True)
                replace(part, final)
            except HubError:
                raise
            except Exception as exc:
                raise explain(exc, repo_id=repo_id, endpoint=endpoint, had_token=bool(token)) from None
            file_tracker.complete()
            manifest["files"][remote.path]["done"] = True
            write_text_atomic(work / MANIFEST, json.dumps(manifest, indent=1))
        if remote.path == "config.json" and not trust_remote_code:
            _refuse_remote_code(final, repo_id)


def _resolve_url(endpoint: str, repo_id: str, revision: str, path: str) -> str:
    from huggingface_hub import hf_hub_url

    return hf_hub_url(repo_id, path, revision=revision, endpoint=endpoint)


def _prepare_manifest(
    target: Path, work: Path, repo_id: str, commit: str | None, chosen: list[RemoteFile], marker: dict | None
) -> dict:
    """What is already saved, keyed by file; parts or files whose expected hash changed are thrown away."""
    old = read_json(work / MANIFEST) or {}
    known = dict(old.get("files", {}))
    if marker and marker.get("source") == "hub":
        for path, entry in (marker.get("files") or {}).items():
            known.setdefault(path, {**entry, "done": True})
    files = {}
    for f in chosen:
        entry = known.get(f.path)
        same = entry is not None and (entry.get("size"), entry.get("sha256"), entry.get("git_oid")) == (
            f.size,
            f.sha256,
            f.git_oid,
        )
        final, part = target / f.path, work / (f.path + ".part")
        done = bool(same and entry.get("done") and final.is_file() and final.stat().st_size == f.size)
        if not same:
            part.unlink(missing_ok=True)
        files[f.path] = {"size": f.size, "sha256": f.sha256, "git_oid": f.git_oid, "done": done}
    manifest = {"repo_id": repo_id, "commit": commit, "files": files}
    write_text_atomic(work / MANIFEST, json.dumps(manifest, indent=1))
    return manifest


def _check_disk_space(target: Path, work: Path, todo: list[RemoteFile], reserve: int, repo_id: str) -> None:
    needed = 0
    for f in todo:
        part = work / (f.path + ".part")
        needed += max(0, f.size - (part.stat().st_size if part.exists() else 0))
    free = shutil.disk_usage(target).free
    if free < needed + reserve:
        raise HubError(
            "disk_space",
            f"{repo_id} needs {format_bytes(needed)} more disk space in {target.parent}, "
            f"but only {format_bytes(free)} is free and Lorasmith keeps "
            f"{format_bytes(reserve)} spare. Free up space or choose another models "
            "folder in Settings.",
        )


def _refuse_remote_code(config_path: Path, repo_id: str) -> None:
    reason = remote_code_reason(read_json(config_path) or {})
    if reason:
        raise HubError(
            "remote_code",
            f"{repo_id} needs custom code to load. {reason} To download it anyway, "
            "allow custom code (--trust-remote-code).",
        )


def _check_complete(target: Path, chosen: list[RemoteFile], repo_id: str) -> None:
    for f in chosen:
        path = target / f.path
        if not path.is_file() or path.stat().st_size != f.size:
            raise HubError(
                "incomplete", f"{path.name} of {repo_id} is missing or has the wrong size; download the model again."
            )
    for index_name in (SAFETENSORS_INDEX, PICKLE_INDEX):
        index = read_json(target / index_name) if (target / index_name).exists() else None
        if index:
            shards = set((index.get("weight_map") or {}).values())
            absent = sorted(s for s in shards if not (target / s).is_file())
            if absent:
                raise HubError(
                    "broken_repo",
                    f"{repo_id}'s {index_name} names {absent[0]}, which the repository "
                    "does not have; this model cannot be loaded as published.",
                )


def _remove_stale(target: Path, marker: dict | None, chosen: list[RemoteFile]) -> None:
    """After an update, delete files the previous version had and this one does not."""
    keep = {f.path for f in chosen}
    for path in (marker or {}).get("files", {}) if (marker or {}).get("source") == "hub" else ():
        if path not in keep and ".." not in Path(path).parts:
            (target / path).unlink(missing_ok=True)


# --- one file --------------------------------------------------------------------------------


def _new_hasher(remote: RemoteFile):
    if remote.sha256:
        return hashlib.sha256(), remote.sha256
    if remote.git_oid:
        hasher = hashlib.sha1()
        hasher.update(f"blob {remote.size}\0".encode())  # git hashes a header before the content
        return hasher, remote.git_oid
    return None, None


def _fetch_file(
    url: str,
    headers: dict,
    part: Path,
    remote: RemoteFile,
    *,
    tracker: "_FileTracker",
    chunk_size: int,
    cancel: threading.Event,
    retries: int,
    retry_wait: float,
) -> None:
    import httpx2
    from huggingface_hub import errors
    from huggingface_hub.utils import get_session, hf_raise_for_status

    part.parent.mkdir(parents=True, exist_ok=True)
    part.touch()  # an empty file needs no request but must still exist
    size = remote.size
    have = part.stat().st_size
    if have > size:
        part.unlink()
        have = 0
    resumed = have > 0
    hasher, expected = _new_hasher(remote)
    if hasher and have:
        tracker.stage("verifying", have)
        _hash_existing(part, hasher, cancel)
    tracker.update(have)
    failures = 0
    timeout = httpx2.Timeout(READ_TIMEOUT, connect=15.0)
    while have < size:
        if cancel.is_set():
            raise Cancelled()
        request_headers = dict(headers)
        if have:
            request_headers["Range"] = f"bytes={have}-"
        before = have
        try:
            with get_session().stream("GET", url, headers=request_headers, timeout=timeout) as response:
                if response.status_code >= 400:
                    response.read()
                    hf_raise_for_status(response)
                if have and response.status_code != 206:  # the server ignored the range: start over
                    have, hasher = 0, _new_hasher(remote)[0]
                with open(part, "ab" if have else "wb") as out:
                    for chunk in response.iter_bytes(chunk_size):
                        if cancel.is_set():
                            raise Cancelled()
                        out.write(chunk)
                        if hasher:
                            hasher.update(chunk)
                        have += len(chunk)
                        tracker.update(have)
                        if have > size:
                            break
        except httpx2.TransportError as exc:
            if cancel.is_set():
                raise Cancelled() from None
            failures = 1 if have > before else failures + 1  # consecutive losses
            if failures > retries:
                raise _network_lost(exc) from None
            if cancel.wait(retry_wait * 2 ** max(0, failures - 1)):
                raise Cancelled() from None
        except errors.HfHubHTTPError as exc:
            wait = _rate_limit_wait(exc)
            failures += 1
            if wait is None or failures > retries:
                raise
            if cancel.wait(wait):
                raise Cancelled() from None
    tracker.stage("verifying", have)
    actual = hasher.hexdigest() if hasher else None
    if have != size or (expected and actual != expected):
        part.unlink(missing_ok=True)
        if resumed:  # the saved part may be what was damaged: fetch the whole file once more
            return _fetch_file(
                url,
                headers,
                part,
                remote,
                tracker=tracker,
                chunk_size=chunk_size,
                cancel=cancel,
                retries=retries,
                retry_wait=retry_wait,
            )
        raise HubError(
            "corrupt",
            f"{remote.path} arrived damaged (its {'size' if have != size else 'checksum'} "
            "does not match what the Hub lists), so it was deleted. Try again; if it keeps "
            "happening, your connection or mirror is altering files.",
        )


def _network_lost(exc: Exception) -> HubError:
    return HubError(
        "network",
        "The connection to the Hub was lost and did not come back. What was downloaded "
        f"is kept: start the download again to continue. ({type(exc).__name__})",
    )


def _rate_limit_wait(exc) -> float | None:
    response = getattr(exc, "response", None)
    if response is None or response.status_code != 429:
        return None
    wait = retry_after_seconds(response.headers)
    return float(wait) if wait is not None and wait <= 60 else None


def _hash_existing(part: Path, hasher, cancel: threading.Event) -> None:
    with open(part, "rb") as fh:
        while block := fh.read(4 << 20):
            if cancel.is_set():
                raise Cancelled()
            hasher.update(block)


# --- progress ------------------------------------------------------------------------------


class _Tracker:
    def __init__(self, repo_id: str, chosen: list[RemoteFile], manifest: dict, callback: ProgressCallback | None):
        self.repo_id, self.callback, self.count = repo_id, callback, len(chosen)
        self.total = sum(f.size for f in chosen)
        self.finished = sum(f.size for f in chosen if manifest["files"][f.path]["done"])
        self.samples: deque[tuple[float, int]] = deque()
        self.last_emit = 0.0
        self.current: DownloadProgress | None = None

    def for_file(self, index: int, remote: RemoteFile) -> "_FileTracker":
        return _FileTracker(self, index, remote)

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


class _FileTracker:
    def __init__(self, parent: _Tracker, index: int, remote: RemoteFile):
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
