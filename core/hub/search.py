"""Find and size base models on the Hugging Face Hub (or a mirror of it).

Recommended models, search, model details and config fetching live here. The
settings, the access token and the error messages they share are in
core/hub/access.py, the choice of files training needs in core/hub/files.py
(both importable from here too); downloading is in core/hub/download.py and the
local models folder in core/hub/local.py.

huggingface_hub is imported inside functions: the GUI imports this module and
should not pay for it at start-up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# Re-exported: callers import the settings, token and error names from core.hub.search.
from core.hub.access import (  # noqa: F401
    DEFAULT_ENDPOINT,
    KEYRING_SERVICE,
    KEYRING_USER,
    LIBRARY_NAME,
    MIRROR_EXAMPLE,
    REQUEST_TIMEOUT,
    SETTINGS_FILE,
    Cancelled,
    HubError,
    HubSettings,
    check_online,
    endpoint_and_offline,
    explain,
    forget_token,
    get_token,
    hf_headers,
    model_page,
    normalise_repo_id,
    resolve_endpoint,
    retry_after_seconds,
    save_token,
    token_source,
)

# Re-exported: callers import the file-selection names from core.hub.search.
from core.hub.files import (  # noqa: F401
    CONFIG_FILES,
    PICKLE_INDEX,
    SAFETENSORS_INDEX,
    TOKENIZER_FILES,
    FileSelection,
    RemoteFile,
    select_files,
)
from core.paths import (
    resources_dir,
    user_data_dir,  # noqa: F401  (tests reach it as hub.user_data_dir)
)

# model_type values (config.json) of decoder-only models that transformers
# implements natively and that 4-bit LoRA training works with.
SUPPORTED_MODEL_TYPES = frozenset(
    {
        "llama",
        "mistral",
        "ministral",
        "mixtral",
        "qwen2",
        "qwen2_moe",
        "qwen3",
        "qwen3_moe",
        "gemma",
        "gemma2",
        "gemma3_text",
        "phi",
        "phi3",
        "smollm3",
        "granite",
        "olmo",
        "olmo2",
        "stablelm",
        "gpt_neox",
        "gpt2",
        "falcon",
        "starcoder2",
        "cohere",
        "glm4",
    }
)


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


def search_models(
    text: str, *, limit: int = 30, endpoint: str | None = None, token: str | None = None, offline: bool = False
) -> list[SearchResult]:
    """Text-generation models with safetensors weights for transformers, most downloaded first.

    Makes the same single request HfApi.list_models would, but without its
    retry loop: list_models retries a refused connection for about 20 seconds.
    """
    from huggingface_hub.hf_api import ModelInfo
    from huggingface_hub.utils import get_session, hf_raise_for_status

    endpoint, offline = endpoint_and_offline(endpoint, offline)
    check_online(offline)
    token = get_token(token)
    params: list[tuple[str, Any]] = [
        ("search", text.strip()),
        ("pipeline_tag", "text-generation"),
        ("sort", "downloads"),
        ("direction", "-1"),
        ("limit", str(limit)),
    ]
    params += [("filter", f) for f in SEARCH_FILTERS]
    params += [("expand", e) for e in ("downloads", "likes", "gated", "pipeline_tag", "library_name", "safetensors")]
    try:
        response = get_session().get(
            f"{endpoint}/api/models", params=params, headers=hf_headers(token), timeout=REQUEST_TIMEOUT
        )
        hf_raise_for_status(response)
        items = response.json()
    except Exception as exc:
        raise explain(exc, repo_id=None, endpoint=endpoint, had_token=bool(token)) from None
    results = []
    for item in items[:limit]:
        item.setdefault("siblings", None)
        info = ModelInfo(**item)
        results.append(
            SearchResult(
                repo_id=info.id,
                downloads=info.downloads or 0,
                likes=info.likes or 0,
                parameters=info.safetensors.total if info.safetensors else None,
                gated=bool(info.gated),
                pipeline_tag=info.pipeline_tag,
                library=info.library_name,
            )
        )
    results.sort(key=lambda r: r.downloads, reverse=True)
    return results


# --- model details ----------------------------------------------------------------------------


def remote_code_reason(config: dict) -> str | None:
    """Why this model would need trust_remote_code, or None when transformers' own code loads it."""
    auto_map = config.get("auto_map") or {}
    model_type = config.get("model_type")
    if not auto_map or model_type in SUPPORTED_MODEL_TYPES:
        return None
    return (
        f"Its architecture ('{model_type or 'unknown'}') is defined by Python files in the model's repository, "
        "which would run on your computer with your permissions when the model loads. Allow custom code only "
        "for publishers you trust."
    )


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


def fetch_config(
    repo_id: str, revision: str | None = None, endpoint: str | None = None, token: str | None = None
) -> dict:
    """config.json of a Hub model (or of a local model folder) as a dict. Raises HubError with what to do."""
    local = Path(repo_id).expanduser()
    if local.is_dir():
        try:
            return json.loads((local / "config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            raise HubError("bad_config", f"{local}: no readable config.json; is this a model folder?") from None
    repo_id = normalise_repo_id(repo_id)
    endpoint, offline = endpoint_and_offline(endpoint, False)
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
            files = [
                RemoteFile(t.path, t.size, t.lfs.sha256 if t.lfs else None, t.blob_id)
                for t in tree
                if hasattr(t, "blob_id")
            ]
    except Exception as exc:
        raise explain(exc, repo_id=repo_id, endpoint=endpoint, had_token=bool(token), revision=revision) from None
    return info, files


def model_details(
    repo_id: str,
    revision: str | None = None,
    *,
    endpoint: str | None = None,
    token: str | None = None,
    offline: bool = False,
    allow_pickle: bool = False,
    trust_remote_code: bool = False,
) -> ModelDetails:
    repo_id = normalise_repo_id(repo_id)
    endpoint, offline = endpoint_and_offline(endpoint, offline)
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
        config = dict(info.config or {})  # the Hub's public summary of config.json
    architectures = config.get("architectures") or []
    model_type = config.get("model_type")
    reason = remote_code_reason(config)
    trainable = model_type in SUPPORTED_MODEL_TYPES
    if not trainable:
        problems.append(
            f"Lorasmith cannot train this architecture ('{model_type or 'unknown'}'); it trains "
            "decoder-only text models such as Llama, Qwen, Mistral, Gemma and Phi."
        )
    weight_bytes = sum(f.size or 0 for f in chosen if f.path.endswith((".safetensors", ".bin")))
    parameters, estimated = (info.safetensors.total, False) if info.safetensors else (None, True)
    if parameters is None and weight_bytes:
        parameters = weight_bytes // _bytes_per_parameter(config)
    return ModelDetails(
        repo_id=repo_id,
        commit=info.sha,
        page=f"{endpoint}/{repo_id}",
        architecture=architectures[0] if architectures else None,
        model_type=model_type,
        parameters=parameters,
        parameters_estimated=estimated and parameters is not None,
        download_bytes=sum(f.size or 0 for f in chosen),
        files=chosen,
        weights_format=selection.weights_format,
        license=_license(info),
        gated=bool(info.gated),
        private=bool(info.private),
        trainable=trainable,
        needs_remote_code=reason is not None,
        remote_code_reason=reason,
        problems=problems,
        config=config,
        downloads=info.downloads or 0,
        likes=info.likes or 0,
    )


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
