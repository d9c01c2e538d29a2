"""What the Models screen's panels share: the user's Hub settings, plain numbers and error messages.

Errors from core.hub.search* carry a code; here each code becomes a message in the
user's language that says what happened and what to do. A code we have no
words for shows core's own (English) message, which says the same.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from core.hub.search import MIRROR_EXAMPLE, HubSettings, format_bytes
from desktop import settings as app_settings
from desktop import theme

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

ALLOW_PICKLE_KEY = "models/allow_pickle"


# --- settings -----------------------------------------------------------------------------------


def load_settings() -> HubSettings:
    return HubSettings.load()


def allow_pickle() -> bool:
    return str(app_settings.value(ALLOW_PICKLE_KEY, "false")).lower() in ("true", "1")


def set_allow_pickle(allowed: bool) -> None:
    app_settings.set_value(ALLOW_PICKLE_KEY, "true" if allowed else "false")


def models_folder(settings: HubSettings) -> Path | None:
    try:
        return settings.resolved_models_dir()
    except OSError:
        return None


def free_space(folder: Path | None) -> int | None:
    try:
        return shutil.disk_usage(folder).free if folder else None
    except OSError:
        return None


# --- numbers ------------------------------------------------------------------------------------


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return translate("ModelsText", "estimating…")
    seconds = int(seconds)
    if seconds < 60:
        return translate("ModelsText", "{0} s left").format(max(1, seconds))
    if seconds < 3600:
        return translate("ModelsText", "{0} min left").format((seconds + 59) // 60)
    return translate("ModelsText", "{0} h {1} min left").format(seconds // 3600, seconds % 3600 // 60)


def speed_text(bytes_per_second: float) -> str:
    return translate("ModelsText", "{0}/s").format(format_bytes(int(bytes_per_second)))


def count_text(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1e6:.1f}M"
    if n >= 10_000:
        return f"{n / 1e3:.0f}k"
    return str(n)


def set_status(label: QLabel, text: str, kind: str = "") -> None:
    """Show `text` in `label`; kind 'error' or 'ok' colours it."""
    label.setText(text)
    colour = {"error": "error_text", "ok": "ok_text", "muted": "muted_text"}.get(kind)
    label.setStyleSheet(f"color: {theme.color_css(colour)};" if colour else "")
    label.setVisible(bool(text))


# --- errors -------------------------------------------------------------------------------------


def error_text(error, repo_id: str = "", settings: HubSettings | None = None) -> str:
    """A HubError (or any exception) as a message in the user's language that says what to do."""
    failure = _Failure(
        error=error,
        repo_id=repo_id,
        name=repo_id or translate("ModelsErrors", "this model"),
        had_token=bool(getattr(error, "had_token", False)),
        settings=settings or load_settings(),
    )
    message = _MESSAGES.get(getattr(error, "code", ""))
    return message(failure) if message is not None else str(error)


@dataclass(frozen=True)
class _Failure:
    """What a message may name: the error, the model (its id, or "this model") and the Hub settings."""

    error: object
    repo_id: str
    name: str
    had_token: bool
    settings: HubSettings


def _gated_text(f: _Failure) -> str:
    if f.had_token:
        return translate(
            "ModelsErrors",
            "{0} is gated and your account has not been given access yet. Open the "
            "model page, sign in with the account your token belongs to and accept the "
            "licence. Some publishers approve requests by hand, which can take a "
            "while.",
        ).format(f.name)
    return translate(
        "ModelsErrors",
        "{0} is gated: open the model page, sign in and accept the licence, then "
        "save your Hugging Face access token in the Settings tab and try "
        "again.",
    ).format(f.name)


def _not_found_text(f: _Failure) -> str:
    text = translate(
        "ModelsErrors",
        "There is no model called {0} on {1}. Check the spelling (owner/name, as on the model page).",
    ).format(f.name, _endpoint(f.settings))
    if not f.had_token:
        text += " " + translate("ModelsErrors", "If it is private, save an access token that can read it.")
    return text


def _rate_limited_text(f: _Failure) -> str:
    wait = getattr(f.error, "retry_after", None)
    if wait:
        return translate(
            "ModelsErrors",
            "The Hub is limiting requests from your connection. Wait about {0} "
            "seconds and try again; signing in with an access token raises the "
            "limit.",
        ).format(wait)
    return translate(
        "ModelsErrors",
        "The Hub is limiting requests from your connection. Wait a few minutes and "
        "try again; signing in with an access token raises the limit.",
    )


def _disk_space_text(f: _Failure) -> str:
    folder = models_folder(f.settings)
    free = free_space(folder)
    return translate(
        "ModelsErrors",
        "There is not enough free disk space in {0} for {1} (only {2} free; "
        "Lorasmith also keeps 1 GB spare). Free up space or choose another models "
        "folder in the Settings tab.",
    ).format(folder, f.name, format_bytes(free))


# Each error code of core.hub.search* and the message it becomes; a code not here shows core's own.
_MESSAGES: dict[str, Callable[[_Failure], str]] = {
    "offline_mode": lambda f: translate(
        "ModelsErrors",
        "Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in "
        "the Settings tab (and unset HF_HUB_OFFLINE) to search or download.",
    ),
    "offline": lambda f: translate(
        "ModelsErrors",
        "Cannot reach the Hub. Check your internet connection and try again. If the "
        "Hub is blocked where you are, set a mirror such as {0} as the Hub endpoint "
        "in the Settings tab.",
    ).format(MIRROR_EXAMPLE),
    "gated": _gated_text,
    "token_needed": lambda f: translate(
        "ModelsErrors",
        "The Hub asks you to sign in to read {0}. Save a Hugging Face access token in the Settings tab and try again.",
    ).format(f.name),
    "token_rejected": lambda f: translate(
        "ModelsErrors",
        "The Hub refused your access token: it is wrong or has expired. Make a new "
        "read token on the Hub (your account's Settings > Access Tokens) and save "
        "it in the Settings tab.",
    ),
    "forbidden": lambda f: translate(
        "ModelsErrors",
        "Your access token may not read {0}. Use a token with read access (a "
        "fine-grained token needs read access to this repository or to public gated "
        "repositories).",
    ).format(f.name),
    "not_found": _not_found_text,
    "revision_not_found": lambda f: translate(
        "ModelsErrors", "{0} has no such branch, tag or commit; check the revision on the model page."
    ).format(f.name),
    "rate_limited": _rate_limited_text,
    "server_error": lambda f: translate("ModelsErrors", "The Hub had a server error. Try again in a few minutes."),
    "disk_space": _disk_space_text,
    "disk_full": lambda f: translate(
        "ModelsErrors",
        "The disk ran out of space while saving {0}. Free up space or choose another "
        "models folder in the Settings tab, then resume the download.",
    ).format(f.name),
    "no_permission": lambda f: translate(
        "ModelsErrors",
        "Lorasmith may not write to the models folder. Choose a folder you own in the Settings tab, then try again.",
    ),
    "network": lambda f: translate(
        "ModelsErrors",
        "The connection to the Hub was lost and did not come back. What was "
        "downloaded is kept: press Resume to continue.",
    ),
    "cancelled": lambda f: translate("ModelsErrors", "Stopped. Press Resume to continue where it left off."),
    "remote_code": lambda f: translate(
        "ModelsErrors",
        "{0} needs custom code to load: its architecture is defined by Python files "
        "in its repository, which would run on your computer with your permissions. "
        "Allow custom code in the details pane only if you trust the "
        "publisher.",
    ).format(f.name),
    "pickle_only": lambda f: pickle_text(f.name),
    "no_weights": lambda f: translate(
        "ModelsErrors",
        "{0} has no weights Lorasmith can use (safetensors). It may hold only GGUF, "
        "ONNX or adapter files; pick the original model.",
    ).format(f.name),
    "corrupt": lambda f: translate(
        "ModelsErrors",
        "A file of {0} arrived damaged and was deleted. Try again; if it keeps "
        "happening, your connection or mirror is altering files.",
    ).format(f.name),
    "busy": lambda f: translate(
        "ModelsErrors",
        "{0} is being downloaded (here, in another window or by a command). Wait for it to finish or stop it there.",
    ).format(f.name),
    "bad_endpoint": lambda f: translate(
        "ModelsErrors",
        "The Hub endpoint is not a web address. It looks like https://huggingface.co or a mirror such as {0}.",
    ).format(MIRROR_EXAMPLE),
    "bad_repo_id": lambda f: translate(
        "ModelsErrors",
        "'{0}' is not a model name; use the form owner/name as shown on the model "
        "page, for example Qwen/Qwen2.5-0.5B-Instruct.",
    ).format(f.repo_id),
    "no_keyring": lambda f: translate(
        "ModelsErrors",
        "This computer has no secure password store to keep the token in. Set the "
        "HF_TOKEN environment variable instead.",
    ),
    "bad_token": lambda f: translate(
        "ModelsErrors",
        "The access token is empty: paste the token from your Hugging Face account page (Settings > Access Tokens).",
    ),
}


def pickle_text(name: str) -> str:
    return translate(
        "ModelsErrors",
        "{0} only has pickle weights (.bin files), which can run code on your computer "
        "when loaded. Allow pickle weights in the Settings tab only if you trust the "
        "publisher.",
    ).format(name)


def _endpoint(settings: HubSettings) -> str:
    try:
        return settings.resolved_endpoint()
    except Exception:  # noqa: BLE001 - a bad endpoint is reported on its own
        return settings.endpoint
