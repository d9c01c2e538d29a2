"""The models folder: list, describe, check, import and delete local models.

Each model is a subfolder. A downloaded one is ready once `.lorasmith-model.json`
is written (by core/hub/download.py, after every file was checked); an imported
one is that marker alone, pointing at a folder the user already has, which is
never modified or deleted; a folder copied in by hand is checked as it is. The
lock that keeps one download per folder is here too, since deleting a model must
respect it.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from core.atomic import write_text_atomic
from core.hub.access import HubError, HubSettings
from core.hub.files import SAFETENSORS_INDEX
from core.hub.search import format_bytes

READY_MARKER = ".lorasmith-model.json"
WORK_DIR = ".lorasmith-download"
MANIFEST = "manifest.json"
LOCK = "lock"

_active: set[Path] = set()
_active_lock = threading.Lock()


@dataclass
class LocalModel:
    name: str
    path: Path
    repo_id: str | None
    commit: str | None
    source: str  # "hub", "import" or "folder" (copied in by hand)
    status: str  # "ready", "incomplete" or "broken"
    size_bytes: int
    total_bytes: int | None = None
    problems: list[str] = field(default_factory=list)
    revision: str | None = None  # the branch or tag asked for, when not the default branch

    @property
    def ready(self) -> bool:
        return self.status == "ready"

    @property
    def display_name(self) -> str:
        """What the user typed: the Hub id (with @revision off the default branch), else the folder's name."""
        if self.source == "hub" and self.repo_id:
            if self.revision in (None, "", "main"):
                return self.repo_id
            is_commit = len(self.revision) == 40 and all(c in "0123456789abcdef" for c in self.revision.lower())
            return f"{self.repo_id}@{self.revision[:12] if is_commit else self.revision}"
        return self.name


def folder_name(repo_id: str) -> str:
    return repo_id.replace("/", "--")


def models_root(settings: HubSettings | None = None) -> Path:
    return (settings or HubSettings.load()).resolved_models_dir()


def list_local_models(settings: HubSettings | None = None) -> list[LocalModel]:
    """Every model in the models folder: downloaded, imported, unfinished or damaged."""
    root = models_root(settings)
    return [
        describe_local_model(child)
        for child in sorted(root.iterdir(), key=lambda p: p.name.lower())
        if child.is_dir() and not child.name.startswith(".")
    ]


def find_local_model(name_or_repo: str, settings: HubSettings | None = None) -> LocalModel | None:
    """The local model the user means: its folder name, its Hub id (any case), or `owner/name@revision`."""
    root = models_root(settings)
    name_or_repo = name_or_repo.strip()
    repo, _, revision = name_or_repo.partition("@")
    for name in dict.fromkeys((name_or_repo, folder_name(name_or_repo), folder_name(repo))):
        entry = root / name
        if name and entry.is_dir() and entry.resolve().parent == root.resolve():
            model = describe_local_model(entry)
            if not revision or name == name_or_repo or _same_revision(model, revision):
                return model
    if "/" in repo and root.is_dir():  # Hub ids ignore case; a folder copied by hand may be spelt otherwise
        for model in list_local_models(settings):
            if (model.repo_id or "").lower() == repo.lower() and (not revision or _same_revision(model, revision)):
                return model
    return None


def _same_revision(model: LocalModel, revision: str) -> bool:
    return revision in (model.revision or "main", model.commit or "") or (
        len(revision) >= 7 and (model.commit or "").startswith(revision)
    )


def describe_local_model(folder: Path) -> LocalModel:
    """What this folder of the models folder holds, and whether it can be trained."""
    marker = read_json(folder / READY_MARKER)
    if marker and marker.get("source") == "import":
        return _describe_imported(folder, marker)
    if marker and marker.get("source") == "hub":
        return _describe_downloaded(folder, marker)
    manifest = read_json(folder / WORK_DIR / MANIFEST)
    if manifest:
        return _describe_unfinished(folder, manifest)
    return _describe_copied(folder)


def _describe_imported(folder: Path, marker: dict) -> LocalModel:
    """A marker pointing at a folder the user already has, checked where it is."""
    path = Path(marker.get("path", ""))
    problems = (
        validate_model_folder(path, allow_pickle=bool(marker.get("allow_pickle")))
        if path.is_dir()
        else [f"{path} no longer exists; import the folder again or delete this entry"]
    )
    return LocalModel(
        folder.name,
        path,
        marker.get("repo_id"),
        None,
        "import",
        "broken" if problems else "ready",
        _folder_size(path),
        problems=problems,
    )


def _describe_downloaded(folder: Path, marker: dict) -> LocalModel:
    """A finished download: every file the marker lists must still be there, at its size."""
    files = marker.get("files") or {}
    problems = [
        f"{name} is missing or damaged; download the model again"
        for name, entry in files.items()
        if not (folder / name).is_file() or (folder / name).stat().st_size != entry.get("size")
    ]
    return LocalModel(
        folder.name,
        folder,
        marker.get("repo_id"),
        marker.get("commit"),
        "hub",
        "broken" if problems else "ready",
        _folder_size(folder),
        sum(e.get("size") or 0 for e in files.values()),
        problems,
        marker.get("revision"),
    )


def _describe_unfinished(folder: Path, manifest: dict) -> LocalModel:
    total = sum(e.get("size") or 0 for e in manifest.get("files", {}).values())
    return LocalModel(
        folder.name,
        folder,
        manifest.get("repo_id"),
        manifest.get("commit"),
        "hub",
        "incomplete",
        _folder_size(folder),
        total,
        ["The download has not finished; download the model again to continue it."],
        manifest.get("revision"),
    )


def _describe_copied(folder: Path) -> LocalModel:
    """A folder copied in by hand, checked as it is."""
    problems = validate_model_folder(folder)
    return LocalModel(
        folder.name,
        folder,
        None,
        None,
        "folder",
        "broken" if problems else "ready",
        _folder_size(folder),
        problems=problems,
    )


def validate_model_folder(path: Path, allow_pickle: bool = False) -> list[str]:
    """What stops this folder from being trained: config, weights and tokenizer must all be there and whole."""
    path = Path(path)
    problems = []
    config = read_json(path / "config.json") if (path / "config.json").is_file() else None
    if config is None:
        problems.append("no readable config.json")
    weights = [p for p in path.glob("*.safetensors") if not p.name.startswith("consolidated")]
    index = read_json(path / SAFETENSORS_INDEX) if (path / SAFETENSORS_INDEX).is_file() else None
    if index is not None:
        shards = sorted(set((index.get("weight_map") or {}).values()))
        problems += [f"{s} is missing (listed in {SAFETENSORS_INDEX})" for s in shards if not (path / s).is_file()]
        weights = [path / s for s in shards if (path / s).is_file()]
    if weights:
        problems += [p for p in (_safetensors_problem(w) for w in weights) if p]
    elif list(path.glob("pytorch_model*.bin")):
        if not allow_pickle:
            problems.append(
                "only pickle weights (.bin), which can run code when loaded; allow pickle weights "
                "if you trust where they came from"
            )
    else:
        problems.append("no weights (*.safetensors)")
    has_tokenizer = any((path / n).is_file() for n in ("tokenizer.json", "tokenizer.model")) or (
        (path / "vocab.json").is_file() and (path / "merges.txt").is_file()
    )
    if not has_tokenizer:
        problems.append("no tokenizer (tokenizer.json or tokenizer.model)")
    return problems


def _safetensors_problem(path: Path) -> str | None:
    """A truncated or damaged safetensors file, found from its header alone (no tensors are read)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            header_len = int.from_bytes(fh.read(8), "little")
            if header_len <= 0 or header_len > min(size - 8, 100 << 20):
                return f"{path.name} is damaged (bad header)"
            header = json.loads(fh.read(header_len))
        end = max((v["data_offsets"][1] for k, v in header.items() if k != "__metadata__"), default=0)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return f"{path.name} is damaged (unreadable header)"
    if 8 + header_len + end > size:
        return f"{path.name} is incomplete ({format_bytes(size)} of {format_bytes(8 + header_len + end)})"
    return None


def import_model_folder(
    source: str | Path, name: str | None = None, *, settings: HubSettings | None = None, allow_pickle: bool = False
) -> LocalModel:
    """Register a model folder the user already has; it stays where it is and is never modified or deleted."""
    src = Path(source).expanduser().resolve()
    if not src.is_dir():
        raise HubError("invalid_folder", f"{src}: no such folder")
    problems = validate_model_folder(src, allow_pickle=allow_pickle)
    if problems:
        raise HubError("invalid_folder", f"{src} is not a complete model folder: " + "; ".join(problems))
    root = models_root(settings)
    if src.parent == root.resolve():
        return describe_local_model(src)
    name = "".join(c if c.isalnum() or c in "-_." else "-" for c in (name or src.name)).strip(".-") or "model"
    entry = root / name
    if entry.exists():
        raise HubError("name_taken", f"A model called '{name}' is already in the models folder; choose another name.")
    entry.mkdir(parents=True)
    config = read_json(src / "config.json") or {}
    record = {
        "format": 1,
        "source": "import",
        "path": str(src),
        "allow_pickle": allow_pickle,
        "repo_id": config.get("_name_or_path") if "/" in str(config.get("_name_or_path", "")) else None,
        "imported_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    write_text_atomic(entry / READY_MARKER, json.dumps(record, indent=1))
    return describe_local_model(entry)


def delete_local_model(name: str, settings: HubSettings | None = None) -> LocalModel:
    """Delete a downloaded model, or forget an imported one (its folder is left alone)."""
    model = find_local_model(name, settings)
    if model is None:
        raise HubError(
            "no_such_model",
            f"No model called '{name}' in {models_root(settings)}; 'lorasmith models list' shows the names.",
        )
    entry = models_root(settings) / model.name
    with _active_lock:
        if entry.resolve() in _active or _lock_held_elsewhere(entry / WORK_DIR / LOCK):
            raise HubError("busy", f"{model.name} is being downloaded; stop the download before deleting it.")
    (entry / READY_MARKER).unlink(missing_ok=True)  # first, so a half-deleted folder never looks ready
    if model.source == "import":
        if not any(entry.iterdir()):
            entry.rmdir()
    else:
        shutil.rmtree(entry)
    return model


def _folder_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.stat(os.path.join(root, name)).st_size
            except OSError:
                pass
    return total


def read_json(path: Path):
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


# --- the download lock ----------------------------------------------------------------------


class download_lock:
    """One download per model folder, across threads and processes; a dead process's lock is taken over."""

    def __init__(self, target: Path, repo_id: str):
        self.target, self.repo_id = target.resolve(), repo_id
        self.path = target / WORK_DIR / LOCK

    def __enter__(self):
        busy = HubError(
            "busy",
            f"{self.repo_id} is already being downloaded by Lorasmith (another window or "
            "command). Wait for it to finish, or stop it there.",
        )
        with _active_lock:
            if self.target in _active:
                raise busy
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if _lock_held_elsewhere(self.path):
                raise busy
            write_text_atomic(self.path, _process_id(os.getpid()))
            _active.add(self.target)
        return self

    def __exit__(self, *exc):
        with _active_lock:
            _active.discard(self.target)
            self.path.unlink(missing_ok=True)


def _process_id(pid: int) -> str:
    """pid and start time: a lock left by a dead process is not mistaken for one whose pid was reused."""
    import psutil

    try:
        return f"{pid} {psutil.Process(pid).create_time():.3f}"
    except psutil.Error:
        return f"{pid} gone"


def _lock_held_elsewhere(path: Path) -> bool:
    try:
        holder = path.read_text().strip()
    except OSError:
        return False
    pid = holder.split(" ")[0]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    current = _process_id(int(pid))
    return current == holder and not current.endswith("gone")
