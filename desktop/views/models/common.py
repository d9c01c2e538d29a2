"""What the Models screen's panels share: the user's Hub settings, plain numbers and error messages.

Errors from core.hub.search* carry a code; here each code becomes a message in the
user's language that says what happened and what to do. A code we have no
words for shows core's own (English) message, which says the same.
"""

from __future__ import annotations

import shutil
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
    code = getattr(error, "code", "")
    name = repo_id or translate("ModelsErrors", "this model")
    had_token = bool(getattr(error, "had_token", False))
    settings = settings or load_settings()
    if code == "offline_mode":
        return translate(
            "ModelsErrors",
            "Offline mode is on, so Lorasmith does not contact the Hub. Turn it off in "
            "the Settings tab (and unset HF_HUB_OFFLINE) to search or download.",
        )
    if code == "offline":
        return translate(
            "ModelsErrors",
            "Cannot reach the Hub. Check your internet connection and try again. If the "
            "Hub is blocked where you are, set a mirror such as {0} as the Hub endpoint "
            "in the Settings tab.",
        ).format(MIRROR_EXAMPLE)
    if code == "gated" and had_token:
        return translate(
            "ModelsErrors",
            "{0} is gated and your account has not been given access yet. Open the "
            "model page, sign in with the account your token belongs to and accept the "
            "licence. Some publishers approve requests by hand, which can take a "
            "while.",
        ).format(name)
    if code == "gated":
        return translate(
            "ModelsErrors",
            "{0} is gated: open the model page, sign in and accept the licence, then "
            "save your Hugging Face access token in the Settings tab and try "
            "again.",
        ).format(name)
    if code == "token_needed":
        return translate(
            "ModelsErrors",
            "The Hub asks you to sign in to read {0}. Save a Hugging Face access token "
            "in the Settings tab and try again.",
        ).format(name)
    if code == "token_rejected":
        return translate(
            "ModelsErrors",
            "The Hub refused your access token: it is wrong or has expired. Make a new "
            "read token on the Hub (your account's Settings > Access Tokens) and save "
            "it in the Settings tab.",
        )
    if code == "forbidden":
        return translate(
            "ModelsErrors",
            "Your access token may not read {0}. Use a token with read access (a "
            "fine-grained token needs read access to this repository or to public gated "
            "repositories).",
        ).format(name)
    if code == "not_found":
        text = translate(
            "ModelsErrors",
            "There is no model called {0} on {1}. Check the spelling (owner/name, as on the model page).",
        ).format(name, _endpoint(settings))
        if not had_token:
            text += " " + translate("ModelsErrors", "If it is private, save an access token that can read it.")
        return text
    if code == "revision_not_found":
        return translate(
            "ModelsErrors", "{0} has no such branch, tag or commit; check the revision on the model page."
        ).format(name)
    if code == "rate_limited":
        wait = getattr(error, "retry_after", None)
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
    if code == "server_error":
        return translate("ModelsErrors", "The Hub had a server error. Try again in a few minutes.")
    if code == "disk_space":
        folder = models_folder(settings)
        free = free_space(folder)
        return translate(
            "ModelsErrors",
            "There is not enough free disk space in {0} for {1} (only {2} free; "
            "Lorasmith also keeps 1 GB spare). Free up space or choose another models "
            "folder in the Settings tab.",
        ).format(folder, name, format_bytes(free))
    if code == "disk_full":
        return translate(
            "ModelsErrors",
            "The disk ran out of space while saving {0}. Free up space or choose another "
            "models folder in the Settings tab, then resume the download.",
        ).format(name)
    if code == "no_permission":
        return translate(
            "ModelsErrors",
            "Lorasmith may not write to the models folder. Choose a folder you own in "
            "the Settings tab, then try again.",
        )
    if code == "network":
        return translate(
            "ModelsErrors",
            "The connection to the Hub was lost and did not come back. What was "
            "downloaded is kept: press Resume to continue.",
        )
    if code == "cancelled":
        return translate("ModelsErrors", "Stopped. Press Resume to continue where it left off.")
    if code == "remote_code":
        return translate(
            "ModelsErrors",
            "{0} needs custom code to load: its architecture is defined by Python files "
            "in its repository, which would run on your computer with your permissions. "
            "Allow custom code in the details pane only if you trust the "
            "publisher.",
        ).format(name)
    if code == "pickle_only":
        return pickle_text(name)
    if code == "no_weights":
        return translate(
            "ModelsErrors",
            "{0} has no weights Lorasmith can use (safetensors). It may hold only GGUF, "
            "ONNX or adapter files; pick the original model.",
        ).format(name)
    if code == "corrupt":
        return translate(
            "ModelsErrors",
            "A file of {0} arrived damaged and was deleted. Try again; if it keeps "
            "happening, your connection or mirror is altering files.",
        ).format(name)
    if code == "busy":
        return translate(
            "ModelsErrors",
            "{0} is being downloaded (here, in another window or by a command). Wait "
            "for it to finish or stop it there.",
        ).format(name)
    if code == "bad_endpoint":
        return translate(
            "ModelsErrors",
            "The Hub endpoint is not a web address. It looks like https://huggingface.co or a mirror such as {0}.",
        ).format(MIRROR_EXAMPLE)
    if code == "bad_repo_id":
        return translate(
            "ModelsErrors",
            "'{0}' is not a model name; use the form owner/name as shown on the model "
            "page, for example Qwen/Qwen2.5-0.5B-Instruct.",
        ).format(repo_id)
    if code == "no_keyring":
        return translate(
            "ModelsErrors",
            "This computer has no secure password store to keep the token in. Set the "
            "HF_TOKEN environment variable instead.",
        )
    if code == "bad_token":
        return translate(
            "ModelsErrors",
            "The access token is empty: paste the token from your Hugging Face account "
            "page (Settings > Access Tokens).",
        )
    return str(error)


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
