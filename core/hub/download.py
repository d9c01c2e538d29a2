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

One file's resumable, checked transfer is in core/hub/transfer.py and the
progress it reports in core/hub/progress.py. Listing, importing and deleting
local models is in core/hub/local.py; those names are importable from here too.
"""

from __future__ import annotations

import json
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from core.atomic import replace, write_text_atomic
from core.hub.access import (
    HubError,
    HubSettings,
    check_online,
    explain,
    get_token,
    hf_headers,
    normalise_repo_id,
    resolve_endpoint,
)
from core.hub.files import PICKLE_INDEX, SAFETENSORS_INDEX, FileSelection, RemoteFile

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

# Re-exported: callers import DownloadProgress from core.hub.download.
from core.hub.progress import DownloadProgress, DownloadTracker, ProgressCallback  # noqa: F401
from core.hub.search import format_bytes, remote_code_reason, remote_files, select_files
from core.hub.transfer import fetch_file

DEFAULT_RESERVE_BYTES = 1 << 30  # free space to leave on the disk after the download
CHUNK_SIZE = 1 << 20


# --- pull --------------------------------------------------------------------------------------


@dataclass
class _Pull:
    """What one pull_model call asked for and resolved, shared by the steps that fetch its files."""

    repo_id: str
    endpoint: str
    token: str | None
    revision: str | None  # as asked for; None is the default branch
    commit: str | None  # what the revision was when the files were listed
    trust_remote_code: bool
    progress: ProgressCallback | None
    cancel: threading.Event
    chunk_size: int
    retries: int
    retry_wait: float


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
    chosen = _chosen_files(files, selection, repo_id, endpoint)
    pull = _Pull(
        repo_id=repo_id,
        endpoint=endpoint,
        token=token,
        revision=revision,
        commit=info.sha,
        trust_remote_code=trust_remote_code,
        progress=progress,
        cancel=cancel,
        chunk_size=chunk_size,
        retries=retries,
        retry_wait=retry_wait,
    )
    target = settings.resolved_models_dir() / folder_name(repo_id)
    with download_lock(target, repo_id):
        _bring_up_to_date(target, chosen, selection.weights_format, pull, reserve_bytes)
    if progress:  # only now: the marker is written, the model is usable
        total = sum(f.size for f in chosen)
        progress(DownloadProgress(repo_id, "", len(chosen), len(chosen), 0, 0, total, total, 0.0, 0.0, "done"))
    return describe_local_model(target)


def _chosen_files(files: list[RemoteFile], selection: FileSelection, repo_id: str, endpoint: str) -> list[RemoteFile]:
    """The selected files in download order; refuses a repository whose download could not be checked."""
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
    return chosen


def _bring_up_to_date(
    target: Path, chosen: list[RemoteFile], weights_format: str | None, pull: _Pull, reserve_bytes: int
) -> None:
    """Fetch what the folder lacks and mark it ready; called with the folder's download lock held."""
    work = target / WORK_DIR
    marker = read_json(target / READY_MARKER)
    manifest = _prepare_manifest(target, work, pull.repo_id, pull.commit, chosen, marker)
    todo = [f for f in chosen if not manifest["files"][f.path]["done"]]
    if todo or not marker or marker.get("commit") != pull.commit:
        (target / READY_MARKER).unlink(missing_ok=True)  # never ready while files change
        _check_disk_space(target, work, todo, reserve_bytes, pull.repo_id)
        _fetch_all(chosen, manifest, target, work, pull)
        _check_complete(target, chosen, pull.repo_id)
        _remove_stale(target, marker, chosen)
        write_text_atomic(target / READY_MARKER, json.dumps(_ready_record(pull, weights_format, chosen), indent=1))
    elif marker.get("revision") != pull.revision:  # same files, asked for by another name: show that name
        write_text_atomic(target / READY_MARKER, json.dumps({**marker, "revision": pull.revision}, indent=1))
    shutil.rmtree(work, ignore_errors=True)


def _ready_record(pull: _Pull, weights_format: str | None, chosen: list[RemoteFile]) -> dict:
    """The ready marker's content: where the files came from and what each must be."""
    return {
        "format": 1,
        "source": "hub",
        "repo_id": pull.repo_id,
        "commit": pull.commit,
        "revision": pull.revision,
        "endpoint": pull.endpoint,
        "weights_format": weights_format,
        "downloaded_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "files": {f.path: {"size": f.size, "sha256": f.sha256, "git_oid": f.git_oid} for f in chosen},
    }


def _fetch_all(chosen: list[RemoteFile], manifest: dict, target: Path, work: Path, pull: _Pull) -> None:
    tracker = DownloadTracker(pull.repo_id, chosen, manifest, pull.progress)
    headers = hf_headers(pull.token)
    headers["Accept-Encoding"] = "identity"  # byte ranges must address the file itself, not a gzip of it
    revision = pull.commit or pull.revision or "main"
    for index, remote in enumerate(chosen, 1):
        final = target / remote.path
        if not manifest["files"][remote.path]["done"]:
            part = work / (remote.path + ".part")
            file_tracker = tracker.for_file(index, remote)
            try:
                fetch_file(
                    _resolve_url(pull.endpoint, pull.repo_id, revision, remote.path),
                    headers,
                    part,
                    remote,
                    tracker=file_tracker,
                    chunk_size=pull.chunk_size,
                    cancel=pull.cancel,
                    retries=pull.retries,
                    retry_wait=pull.retry_wait,
                )
                final.parent.mkdir(parents=True, exist_ok=True)
                replace(part, final)
            except HubError:
                raise
            except Exception as exc:
                raise explain(exc, repo_id=pull.repo_id, endpoint=pull.endpoint, had_token=bool(pull.token)) from None
            file_tracker.complete()
            manifest["files"][remote.path]["done"] = True
            write_text_atomic(work / MANIFEST, json.dumps(manifest, indent=1))
        if remote.path == "config.json" and not pull.trust_remote_code:
            _refuse_remote_code(final, pull.repo_id)


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
