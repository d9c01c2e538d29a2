"""Find and size base models on the Hugging Face Hub (or a mirror of it).

Recommended models, search, model details and config fetching live here, with
the settings, the access token and the error messages they share. Downloading
and the local models folder are in core/hub_download.py.

huggingface_hub is imported inside functions: the GUI imports this module and
should not pay for it at start-up.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from core.atomic import write_text_atomic
from core.paths import models_dir, resources_dir, user_data_dir

DEFAULT_ENDPOINT = "https://huggingface.co"
MIRROR_EXAMPLE = "https://hf-mirror.com"
KEYRING_SERVICE = "lorasmith"
KEYRING_USER = "huggingface-token"
SETTINGS_FILE = "hub.json"
LIBRARY_NAME = "lorasmith"
REQUEST_TIMEOUT = 15.0

# model_type values (config.json) of decoder-only models that transformers
# implements natively and that 4-bit LoRA training works with.
SUPPORTED_MODEL_TYPES = frozenset({
    "llama", "mistral", "ministral", "mixtral", "qwen2", "qwen2_moe", "qwen3", "qwen3_moe",
    "gemma", "gemma2", "gemma3_text", "phi", "phi3", "smollm3", "granite", "olmo", "olmo2",
    "stablelm", "gpt_neox", "gpt2", "falcon", "starcoder2", "cohere", "glm4",
})

_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


class HubError(Exception):
    """A problem the user can act on. str() is the whole message: what happened and what to do."""

    def __init__(self, code: str, message: str, *, retry_after: int | None = None, url: str | None = None):
        super().__init__(message)
        self.code, self.message, self.retry_after, self.url = code, message, retry_after, url


class Cancelled(HubError):
    def __init__(self, message: str = "Download stopped. Start it again to continue where it left off."):
        super().__init__("cancelled", message)


# --- settings ------------------------------------------------------------------------------

@dataclass
class HubSettings:
    """Models folder, Hub endpoint (mirror) and offline mode. Empty strings mean the default."""

    models_dir: str = ""
    endpoint: str = ""
    offline: bool = False

    @classmethod
    def load(cls) -> "HubSettings":
        path = user_data_dir() / SETTINGS_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {k: data[k] for k in ("models_dir", "endpoint", "offline") if k in data}
        return cls(**known)

    def save(self) -> None:
        write_text_atomic(user_data_dir() / SETTINGS_FILE, json.dumps(asdict(self), indent=2))

    def resolved_endpoint(self) -> str:
        return resolve_endpoint(self.endpoint or None)

    def resolved_models_dir(self) -> Path:
        if not self.models_dir:
            return models_dir()
        path = Path(self.models_dir).expanduser()
        path.mkdir(parents=True, exist_ok=True)
        return path

    def is_offline(self) -> bool:
        from huggingface_hub import constants

        return self.offline or constants.is_offline_mode()


def resolve_endpoint(endpoint: str | None = None) -> str:
    """The given endpoint, else HF_ENDPOINT, else huggingface.co; without a trailing slash."""
    value = (endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).strip().rstrip("/")
    if not re.match(r"^https?://[^/\s]+", value):
        raise HubError("bad_endpoint", f"'{value}' is not a web address; a Hub endpoint looks like "
                                       f"{DEFAULT_ENDPOINT} or {MIRROR_EXAMPLE}")
    return value


def _endpoint_and_offline(endpoint: str | None, offline: bool) -> tuple[str, bool]:
    """An explicit endpoint, else the one in Settings (else HF_ENDPOINT / huggingface.co); offline if either says so."""
    if endpoint:
        return resolve_endpoint(endpoint), offline
    settings = HubSettings.load()
    return settings.resolved_endpoint(), offline or settings.offline


def normalise_repo_id(text: str) -> str:
    """Accept 'owner/name' or a pasted model page address; return 'owner/name'."""
    value = text.strip().rstrip("/")
    match = re.match(r"^https?://[^/]+/(.+)$", value)
    if match:
        value = "/".join(match.group(1).split("/")[:2])
    if not _REPO_ID.match(value) or ".." in value:
        raise HubError("bad_repo_id", f"'{text}' is not a model name; use the form owner/name as shown "
                                      "on the model page, for example Qwen/Qwen2.5-0.5B-Instruct")
    return value


def model_page(repo_id: str, endpoint: str | None = None) -> str:
    return f"{resolve_endpoint(endpoint)}/{repo_id}"


# --- access token ----------------------------------------------------------------------------

def get_token(explicit: str | None = None) -> str | None:
    """The token to send: an explicit one, else HF_TOKEN, else the one saved in the OS keyring."""
    if explicit:
        return explicit.strip()
    env = os.environ.get("HF_TOKEN", "").strip()
    if env:
        return env
    return _keyring_token()


def token_source() -> str | None:
    """'environment', 'keyring' or None: where get_token() would find a token (never the token)."""
    if os.environ.get("HF_TOKEN", "").strip():
        return "environment"
    return "keyring" if _keyring_token() else None


def save_token(token: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    token = token.strip()
    if not token:
        raise HubError("bad_token", "The access token is empty; paste the token from your Hugging Face "
                                    "account page (Settings > Access Tokens)")
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)
    except KeyringError:
        raise HubError("no_keyring", "This computer has no secure password store to keep the token in; "
                                     "set the HF_TOKEN environment variable instead") from None


def forget_token() -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, KEYRING_USER)
    except (PasswordDeleteError, KeyringError):
        pass


def _keyring_token() -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, KEYRING_USER) or None
    except Exception:  # a broken or missing keyring backend must not stop the app
        return None


def hf_headers(token: str | None) -> dict[str, str]:
    from huggingface_hub.utils import build_hf_headers

    # token=False: never fall back to a token huggingface_hub finds on its own.
    return build_hf_headers(token=token or False, library_name=LIBRARY_NAME)


# --- errors ---------------------------------------------------------------------------------------

def explain(exc: BaseException, *, repo_id: str | None, endpoint: str, had_token: bool,
            revision: str | None = None) -> HubError:
    """Turn a huggingface_hub / network / disk exception into a HubError that says what to do."""
    import httpx2
    from huggingface_hub import errors

    if isinstance(exc, HubError):
        return exc
    name = repo_id or "this model"
    page = f"{endpoint}/{repo_id}" if repo_id else endpoint
    if isinstance(exc, errors.OfflineModeIsEnabled):
        return HubError("offline_mode", "Offline mode is on, so Lorasmith does not contact the Hub. "
                                        "Turn it off in Settings (and unset HF_HUB_OFFLINE) to search or download.")
    if isinstance(exc, errors.GatedRepoError):
        if had_token:
            return HubError("gated", f"{name} is gated and your account has not been given access yet. Open {page}, "
                                     "sign in with the account the token belongs to and accept the licence; "
                                     "some publishers approve requests by hand, which can take a while.", url=page)
        return HubError("gated", f"{name} is gated: you must accept its licence first. Open {page}, sign in and "
                                 "accept it, then add your Hugging Face access token (Models > Access token, "
                                 "or the HF_TOKEN environment variable) and try again.", url=page)
    if isinstance(exc, errors.RevisionNotFoundError):
        return HubError("revision_not_found", f"{name} has no branch, tag or commit called '{revision}'; "
                                              f"check the revision on {page}", url=page)
    if isinstance(exc, errors.RemoteEntryNotFoundError):
        return HubError("file_not_found", f"A file of {name} is missing on the Hub; the model may have changed "
                                          "while downloading. Try again.", url=page)
    if isinstance(exc, errors.DisabledRepoError):
        return HubError("disabled", f"{name} has been disabled on the Hub and cannot be downloaded.", url=page)
    if isinstance(exc, errors.RepositoryNotFoundError):
        private = " If it is private, add an access token that can read it." if not had_token else ""
        return HubError("not_found", f"No model called '{name}' on {endpoint}. Check the spelling (owner/name, "
                                     f"as on the model page).{private}", url=page)
    if isinstance(exc, errors.HfHubHTTPError) and exc.response is not None:
        return _explain_status(exc.response, name=name, endpoint=endpoint, had_token=had_token, page=page)
    if isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError)):
        return HubError("offline", f"Cannot reach {endpoint}: check your internet connection and try again. "
                                   f"If the Hub is blocked where you are, set a mirror such as {MIRROR_EXAMPLE} "
                                   "as the Hub endpoint in Settings.")
    if isinstance(exc, json.JSONDecodeError):
        return HubError("bad_answer", f"{endpoint} did not answer like the Hugging Face Hub. Check the Hub endpoint "
                                      "address in Settings (for example https://huggingface.co).")
    if isinstance(exc, PermissionError):
        return HubError("no_permission", f"Lorasmith may not write to {exc.filename or 'the models folder'}. "
                                         "Choose a models folder you own in Settings, then try again.")
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return HubError("disk_full", f"The disk ran out of space while saving {name}: {exc.filename or ''}. "
                                     "Free up space or choose another models folder in Settings, then try again.")
    raise exc


def _explain_status(response, *, name: str, endpoint: str, had_token: bool, page: str) -> HubError:
    status = response.status_code
    if status == 401:
        if had_token:
            return HubError("token_rejected", "The Hub refused your access token (it is wrong or has expired). "
                                              f"Make a new read token at {endpoint}/settings/tokens and enter it "
                                              "again.")
        return HubError("token_needed", f"The Hub asks you to sign in to read {name}. Add an access token "
                                        f"(make one at {endpoint}/settings/tokens) and try again.", url=page)
    if status == 403:
        return HubError("forbidden", f"Your access token is not allowed to read {name}. Use a token with read "
                                     "access (a fine-grained token needs read access to this repository or to "
                                     f"public gated repositories); tokens are at {endpoint}/settings/tokens.",
                        url=page)
    if status == 429:
        wait = retry_after_seconds(response.headers)
        when = f"about {wait} seconds" if wait else "a few minutes"
        return HubError("rate_limited", f"The Hub is limiting requests from your connection. Wait {when} and try "
                                        "again; signing in with an access token raises the limit.", retry_after=wait)
    if status >= 500:
        return HubError("server_error", f"The Hub had a server error (HTTP {status}); try again in a few minutes.")
    return HubError("http_error", f"The Hub answered HTTP {status} for {name}; try again later.", url=page)


def retry_after_seconds(headers) -> int | None:
    value = (headers.get("Retry-After") or "").strip()
    if value.isdigit():
        return int(value)
    match = re.search(r"t\s*=\s*(\d+)", headers.get("RateLimit") or "")
    return int(match.group(1)) if match else None


def check_online(offline: bool) -> None:
    """Raise when the app's offline setting or HF_HUB_OFFLINE forbids contacting the Hub."""
    from huggingface_hub import constants

    if offline or constants.is_offline_mode():
        raise HubError("offline_mode", "Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in "
                                       "Settings (and unset HF_HUB_OFFLINE) to search or download.")


# --- recommended models ---------------------------------------------------------------------

@dataclass
class RecommendedModel:
    repo_id: str
    family: str
    parameters: int
    download_bytes: int
    size_exact: bool
    vram_tier_gb: int
    license: str
    gated: bool
    note: str = ""
    extra: dict = field(default_factory=dict)


def recommended_models() -> list[RecommendedModel]:
    data = json.loads((resources_dir() / "recommended_models.json").read_text(encoding="utf-8"))
    models = []
    for item in data["models"]:
        known = {k: item[k] for k in RecommendedModel.__dataclass_fields__ if k in item and k != "extra"}
        known["extra"] = {k: v for k, v in item.items() if k not in known}
        models.append(RecommendedModel(**known))
    return models


# --- search -----------------------------------------------------------------------------------

@dataclass
class SearchResult:
    repo_id: str
    downloads: int
    likes: int
    parameters: int | None
    gated: bool
    pipeline_tag: str | None
    library: str | None


SEARCH_FILTERS = ("safetensors", "transformers")


def search_models(text: str, *, limit: int = 30, endpoint: str | None = None, token: str | None = None,
                  offline: bool = False) -> list[SearchResult]:
    """Text-generation models with safetensors weights for transformers, most downloaded first.

    Makes the same single request HfApi.list_models would, but without its
    retry loop: list_models retries a refused connection for about 20 seconds.
    """
    from huggingface_hub.hf_api import ModelInfo
    from huggingface_hub.utils import get_session, hf_raise_for_status

    endpoint, offline = _endpoint_and_offline(endpoint, offline)
    check_online(offline)
    token = get_token(token)
    params: list[tuple[str, Any]] = [("search", text.strip()), ("pipeline_tag", "text-generation"),
                                     ("sort", "downloads"), ("direction", "-1"), ("limit", str(limit))]
    params += [("filter", f) for f in SEARCH_FILTERS]
    params += [("expand", e) for e in ("downloads", "likes", "gated", "pipeline_tag", "library_name",
                                       "safetensors")]
    try:
        response = get_session().get(f"{endpoint}/api/models", params=params, headers=hf_headers(token),
                                     timeout=REQUEST_TIMEOUT)
        hf_raise_for_status(response)
        items = response.json()
    except Exception as exc:
        raise explain(exc, repo_id=None, endpoint=endpoint, had_token=bool(token)) from None
    results = []
    for item in items[:limit]:
        item.setdefault("siblings", None)
        info = ModelInfo(**item)
        results.append(SearchResult(repo_id=info.id, downloads=info.downloads or 0, likes=info.likes or 0,
                                    parameters=info.safetensors.total if info.safetensors else None,
                                    gated=bool(info.gated), pipeline_tag=info.pipeline_tag,
                                    library=info.library_name))
    results.sort(key=lambda r: r.downloads, reverse=True)
    return results


# --- file selection ---------------------------------------------------------------------------

CONFIG_FILES = ("config.json", "generation_config.json")
TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json", "added_tokens.json",
                   "tokenizer.model", "spiece.model", "vocab.json", "merges.txt", "vocab.txt",
                   "chat_template.jinja", "chat_template.json")
SAFETENSORS_INDEX = "model.safetensors.index.json"
PICKLE_INDEX = "pytorch_model.bin.index.json"


@dataclass
class FileSelection:
    files: list[str]
    weights_format: str | None      # "safetensors", "pickle" or None
    problem: str | None = None      # why nothing usable can be fetched, in plain words


def select_files(paths: list[str], *, allow_pickle: bool = False, trust_remote_code: bool = False) -> FileSelection:
    """The files training needs: one copy of the weights, configs, tokenizer and chat template.

    Only files at the top of the repository: subfolders hold other formats
    (original/, onnx/, gguf/). Never both safetensors and .bin copies.
    """
    top = [p for p in paths if "/" not in p]
    wanted = [p for p in top if p in CONFIG_FILES or p in TOKENIZER_FILES or p.endswith(".tiktoken")]
    if trust_remote_code:
        wanted += [p for p in top if p.endswith(".py")]
    safetensors = [p for p in top if p.endswith(".safetensors") and not p.startswith("consolidated")]
    if safetensors:
        weights = _pick_weights(safetensors, SAFETENSORS_INDEX in top, "model", ".safetensors")
        if SAFETENSORS_INDEX in top:
            weights.append(SAFETENSORS_INDEX)
        return FileSelection(sorted(wanted + weights), "safetensors")
    pickles = [p for p in top if p.endswith(".bin") and p.startswith("pytorch_model")]
    if pickles:
        if not allow_pickle:
            return FileSelection(sorted(wanted), None, "This model only has pickle weights (.bin files), which can "
                                 "run code on your computer when loaded. Download it only if you trust the "
                                 "publisher, by allowing pickle weights.")
        weights = _pick_weights(pickles, PICKLE_INDEX in top, "pytorch_model", ".bin")
        if PICKLE_INDEX in top:
            weights.append(PICKLE_INDEX)
        return FileSelection(sorted(wanted + weights), "pickle")
    return FileSelection(sorted(wanted), None, "This repository has no model weights Lorasmith can use "
                         "(safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.")


def _pick_weights(candidates: list[str], has_index: bool, prefix: str, suffix: str) -> list[str]:
    shards = [p for p in candidates if re.fullmatch(rf"{prefix}-\d+-of-\d+{re.escape(suffix)}", p)]
    if has_index and shards:
        return shards
    single = prefix + suffix
    if single in candidates:
        return [single]
    return list(candidates)


def remote_code_reason(config: dict) -> str | None:
    """Why this model would need trust_remote_code, or None when transformers' own code loads it."""
    auto_map = config.get("auto_map") or {}
    model_type = config.get("model_type")
    if not auto_map or model_type in SUPPORTED_MODEL_TYPES:
        return None
    return (f"Its architecture ('{model_type or 'unknown'}') is defined by Python files in the model's repository, "
            "which would run on your computer with your permissions when the model loads. Allow custom code only "
            "for publishers you trust.")


# --- model details ----------------------------------------------------------------------------

@dataclass
class RemoteFile:
    path: str
    size: int | None
    sha256: str | None       # LFS files
    git_oid: str | None      # git blob id (sha1), for files kept in git itself


@dataclass
class ModelDetails:
    repo_id: str
    commit: str | None
    page: str
    architecture: str | None
    model_type: str | None
    parameters: int | None
    parameters_estimated: bool
    download_bytes: int
    files: list[RemoteFile]
    weights_format: str | None
    license: str | None
    gated: bool
    private: bool
    trainable: bool
    needs_remote_code: bool
    remote_code_reason: str | None
    problems: list[str]
    config: dict
    downloads: int = 0
    likes: int = 0


def fetch_config(repo_id: str, revision: str | None = None, endpoint: str | None = None,
                 token: str | None = None) -> dict:
    """config.json of a Hub model (or of a local model folder) as a dict. Raises HubError with what to do."""
    local = Path(repo_id).expanduser()
    if local.is_dir():
        try:
            return json.loads((local / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise HubError("bad_config", f"{local}: no readable config.json; is this a model folder?") from None
    repo_id = normalise_repo_id(repo_id)
    endpoint, offline = _endpoint_and_offline(endpoint, False)
    check_online(offline)
    token = get_token(token)
    return _fetch_json(repo_id, "config.json", revision or "main", endpoint, token)


def _fetch_json(repo_id: str, filename: str, revision: str, endpoint: str, token: str | None) -> dict:
    from huggingface_hub import hf_hub_url
    from huggingface_hub.utils import get_session, hf_raise_for_status

    url = hf_hub_url(repo_id, filename, revision=revision, endpoint=endpoint)
    try:
        response = get_session().get(url, headers=hf_headers(token), timeout=REQUEST_TIMEOUT)
        hf_raise_for_status(response)
    except Exception as exc:
        raise explain(exc, repo_id=repo_id, endpoint=endpoint, had_token=bool(token), revision=revision) from None
    try:
        data = json.loads(response.content)
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise HubError("bad_config", f"{filename} of {repo_id} is not a JSON object; the repository is broken.")
    return data


def remote_files(repo_id: str, revision: str | None, endpoint: str, token: str | None):
    """(ModelInfo, [RemoteFile]) with sizes and hashes, from one model-info request.

    Falls back to the file-tree listing for mirrors that leave sizes out.
    """
    from huggingface_hub import HfApi

    api = HfApi(endpoint=endpoint, token=token or False, library_name=LIBRARY_NAME)
    try:
        info = api.model_info(repo_id, revision=revision, files_metadata=True, timeout=REQUEST_TIMEOUT)
        siblings = info.siblings or []
        files = [RemoteFile(s.rfilename, s.size, s.lfs.sha256 if s.lfs else None, s.blob_id) for s in siblings]
        if any(f.size is None for f in files):
            tree = api.list_repo_tree(repo_id, revision=info.sha or revision, recursive=True)
            files = [RemoteFile(t.path, t.size, t.lfs.sha256 if t.lfs else None, t.blob_id)
                     for t in tree if hasattr(t, "blob_id")]
    except Exception as exc:
        raise explain(exc, repo_id=repo_id, endpoint=endpoint, had_token=bool(token), revision=revision) from None
    return info, files


def model_details(repo_id: str, revision: str | None = None, *, endpoint: str | None = None,
                  token: str | None = None, offline: bool = False, allow_pickle: bool = False,
                  trust_remote_code: bool = False) -> ModelDetails:
    repo_id = normalise_repo_id(repo_id)
    endpoint, offline = _endpoint_and_offline(endpoint, offline)
    check_online(offline)
    token = get_token(token)
    info, files = remote_files(repo_id, revision, endpoint, token)
    selection = select_files([f.path for f in files], allow_pickle=allow_pickle, trust_remote_code=trust_remote_code)
    chosen = [f for f in files if f.path in set(selection.files)]
    problems = [selection.problem] if selection.problem else []
    try:
        config = _fetch_json(repo_id, "config.json", info.sha or revision or "main", endpoint, token)
    except HubError as exc:
        if exc.code not in ("gated", "token_needed", "forbidden", "file_not_found"):
            raise
        config = dict(info.config or {})    # the Hub's public summary of config.json
    architectures = config.get("architectures") or []
    model_type = config.get("model_type")
    reason = remote_code_reason(config)
    trainable = model_type in SUPPORTED_MODEL_TYPES
    if not trainable:
        problems.append(f"Lorasmith cannot train this architecture ('{model_type or 'unknown'}'); it trains "
                        "decoder-only text models such as Llama, Qwen, Mistral, Gemma and Phi.")
    weight_bytes = sum(f.size or 0 for f in chosen if f.path.endswith((".safetensors", ".bin")))
    parameters, estimated = (info.safetensors.total, False) if info.safetensors else (None, True)
    if parameters is None and weight_bytes:
        parameters = weight_bytes // _bytes_per_parameter(config)
    return ModelDetails(
        repo_id=repo_id, commit=info.sha, page=f"{endpoint}/{repo_id}",
        architecture=architectures[0] if architectures else None, model_type=model_type,
        parameters=parameters, parameters_estimated=estimated and parameters is not None,
        download_bytes=sum(f.size or 0 for f in chosen), files=chosen, weights_format=selection.weights_format,
        license=_license(info), gated=bool(info.gated), private=bool(info.private), trainable=trainable,
        needs_remote_code=reason is not None, remote_code_reason=reason, problems=problems, config=config,
        downloads=info.downloads or 0, likes=info.likes or 0)


def _bytes_per_parameter(config: dict) -> int:
    dtype = str(config.get("torch_dtype") or config.get("dtype") or "bfloat16")
    return 4 if "32" in dtype else 1 if "8" in dtype else 2


def _license(info) -> str | None:
    card = getattr(info, "card_data", None)
    value = getattr(card, "license", None) if card is not None else None
    if value:
        return value if isinstance(value, str) else ", ".join(value)
    for tag in info.tags or []:
        if tag.startswith("license:"):
            return tag.split(":", 1)[1]
    return None


def format_bytes(n: int | None) -> str:
    if n is None:
        return "unknown size"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} bytes"


def format_parameters(n: int | None) -> str:
    if not n:
        return "unknown"
    return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.0f}M"
