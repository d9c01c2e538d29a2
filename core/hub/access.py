"""How Lorasmith reaches the Hugging Face Hub (or a mirror of it): the settings
(models folder, endpoint, offline mode), model names, the access token kept in
the OS keyring, request headers, and the errors, each turned into a message that
says what to do. Searching and sizing models is in core/hub/search.py; downloading in
core/hub/download.py.

huggingface_hub is imported inside functions: the GUI imports this module and
should not pay for it at start-up.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from core.atomic import write_text_atomic
from core.errors import UserError
from core.paths import models_dir, user_data_dir

DEFAULT_ENDPOINT = "https://huggingface.co"
MIRROR_EXAMPLE = "https://hf-mirror.com"
KEYRING_SERVICE = "lorasmith"
KEYRING_USER = "huggingface-token"
SETTINGS_FILE = "hub.json"
LIBRARY_NAME = "lorasmith"
REQUEST_TIMEOUT = 15.0

_REPO_ID = re.compile(r"^[A-Za-z0-9][\w.-]*(/[\w.-]+)?$")


class HubError(UserError):
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
        raise HubError(
            "bad_endpoint",
            f"'{value}' is not a web address; a Hub endpoint looks like {DEFAULT_ENDPOINT} or {MIRROR_EXAMPLE}",
        )
    return value


def endpoint_and_offline(endpoint: str | None, offline: bool) -> tuple[str, bool]:
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
        raise HubError(
            "bad_repo_id",
            f"'{text}' is not a model name; use the form owner/name as shown "
            "on the model page, for example Qwen/Qwen2.5-0.5B-Instruct",
        )
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
        raise HubError(
            "bad_token",
            "The access token is empty; paste the token from your Hugging Face account page (Settings > Access Tokens)",
        )
    try:
        keyring.set_password(KEYRING_SERVICE, KEYRING_USER, token)
    except KeyringError:
        raise HubError(
            "no_keyring",
            "This computer has no secure password store to keep the token in; "
            "set the HF_TOKEN environment variable instead",
        ) from None


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


def explain(
    exc: BaseException, *, repo_id: str | None, endpoint: str, had_token: bool, revision: str | None = None
) -> HubError:
    """Turn a huggingface_hub / network / disk exception into a HubError that says what to do."""
    if isinstance(exc, HubError):
        return exc
    name = repo_id or "this model"
    page = f"{endpoint}/{repo_id}" if repo_id else endpoint
    error = _explain_hub_answer(exc, name=name, endpoint=endpoint, had_token=had_token, revision=revision, page=page)
    if error is None:
        error = _explain_connection_or_disk(exc, name=name, endpoint=endpoint)
    if error is None:
        raise exc
    return error


def _explain_hub_answer(
    exc: BaseException, *, name: str, endpoint: str, had_token: bool, revision: str | None, page: str
) -> HubError | None:
    """huggingface_hub's own errors: offline mode, or what the Hub answered about this model."""
    from huggingface_hub import errors

    if isinstance(exc, errors.OfflineModeIsEnabled):
        return HubError(
            "offline_mode",
            "Offline mode is on, so Lorasmith does not contact the Hub. "
            "Turn it off in Settings (and unset HF_HUB_OFFLINE) to search or download.",
        )
    if isinstance(exc, errors.GatedRepoError):
        if had_token:
            return HubError(
                "gated",
                f"{name} is gated and your account has not been given access yet. Open {page}, "
                "sign in with the account the token belongs to and accept the licence; "
                "some publishers approve requests by hand, which can take a while.",
                url=page,
            )
        return HubError(
            "gated",
            f"{name} is gated: you must accept its licence first. Open {page}, sign in and "
            "accept it, then add your Hugging Face access token (Models > Access token, "
            "or the HF_TOKEN environment variable) and try again.",
            url=page,
        )
    if isinstance(exc, errors.RevisionNotFoundError):
        return HubError(
            "revision_not_found",
            f"{name} has no branch, tag or commit called '{revision}'; check the revision on {page}",
            url=page,
        )
    if isinstance(exc, errors.RemoteEntryNotFoundError):
        return HubError(
            "file_not_found",
            f"A file of {name} is missing on the Hub; the model may have changed while downloading. Try again.",
            url=page,
        )
    if isinstance(exc, errors.DisabledRepoError):
        return HubError("disabled", f"{name} has been disabled on the Hub and cannot be downloaded.", url=page)
    if isinstance(exc, errors.RepositoryNotFoundError):
        private = " If it is private, add an access token that can read it." if not had_token else ""
        return HubError(
            "not_found",
            f"No model called '{name}' on {endpoint}. Check the spelling (owner/name, as on the model page).{private}",
            url=page,
        )
    if isinstance(exc, errors.HfHubHTTPError) and exc.response is not None:
        return _explain_status(exc.response, name=name, endpoint=endpoint, had_token=had_token, page=page)
    return None


def _explain_connection_or_disk(exc: BaseException, *, name: str, endpoint: str) -> HubError | None:
    """No answer from the endpoint, an answer that is not the Hub's, or a models folder that cannot be written."""
    import httpx2

    if isinstance(exc, (httpx2.TransportError, ConnectionError, TimeoutError)):
        return HubError(
            "offline",
            f"Cannot reach {endpoint}: check your internet connection and try again. "
            f"If the Hub is blocked where you are, set a mirror such as {MIRROR_EXAMPLE} "
            "as the Hub endpoint in Settings.",
        )
    if isinstance(exc, json.JSONDecodeError):
        return HubError(
            "bad_answer",
            f"{endpoint} did not answer like the Hugging Face Hub. Check the Hub endpoint "
            "address in Settings (for example https://huggingface.co).",
        )
    if isinstance(exc, PermissionError):
        return HubError(
            "no_permission",
            f"Lorasmith may not write to {exc.filename or 'the models folder'}. "
            "Choose a models folder you own in Settings, then try again.",
        )
    if isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return HubError(
            "disk_full",
            f"The disk ran out of space while saving {name}: {exc.filename or ''}. "
            "Free up space or choose another models folder in Settings, then try again.",
        )
    return None


def _explain_status(response, *, name: str, endpoint: str, had_token: bool, page: str) -> HubError:
    status = response.status_code
    if status == 401:
        if had_token:
            return HubError(
                "token_rejected",
                "The Hub refused your access token (it is wrong or has expired). "
                f"Make a new read token at {endpoint}/settings/tokens and enter it "
                "again.",
            )
        return HubError(
            "token_needed",
            f"The Hub asks you to sign in to read {name}. Add an access token "
            f"(make one at {endpoint}/settings/tokens) and try again.",
            url=page,
        )
    if status == 403:
        return HubError(
            "forbidden",
            f"Your access token is not allowed to read {name}. Use a token with read "
            "access (a fine-grained token needs read access to this repository or to "
            f"public gated repositories); tokens are at {endpoint}/settings/tokens.",
            url=page,
        )
    if status == 429:
        wait = retry_after_seconds(response.headers)
        when = f"about {wait} seconds" if wait else "a few minutes"
        return HubError(
            "rate_limited",
            f"The Hub is limiting requests from your connection. Wait {when} and try "
            "again; signing in with an access token raises the limit.",
            retry_after=wait,
        )
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
        raise HubError(
            "offline_mode",
            "Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in "
            "Settings (and unset HF_HUB_OFFLINE) to search or download.",
        )
