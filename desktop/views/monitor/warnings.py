"""Plain words for the engine's warning and failure codes: what happened, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


# What each code means and what to do about it, marked for lupdate and translated only when asked,
# so the texts follow the language the app shows now.
_EXPLANATIONS: dict[str, tuple[str, str]] = {
    "loss_below_one": (
        QT_TRANSLATE_NOOP("Warnings", "Training loss fell below 1"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "The model may be starting to memorise your examples word for word. If its answers repeat "
            "your data, train for fewer epochs or with a lower learning rate.",
        ),
    ),
    "loss_zero": (
        QT_TRANSLATE_NOOP("Warnings", "Training loss is 0"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "Nothing real is being learned: usually the trained part of the examples is empty. Check in the "
            "Dataset screen that the answers are shown in the trained colour.",
        ),
    ),
    "nan": (
        QT_TRANSLATE_NOOP("Warnings", "A value became NaN or infinite"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "The run was stopped at that step and nothing broken was saved. The detail says which value "
            "broke and the likely cause. Resume from the last good checkpoint with a lower learning rate, or "
            "set the compute dtype to fp32 if the run used fp16.",
        ),
    ),
    # What runs recorded before grad norm, validation loss and weights were checked as well.
    "nan_loss": (
        QT_TRANSLATE_NOOP("Warnings", "Training loss is not a number (NaN)"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "The run became unstable and was stopped. Halve the learning rate and start again, or look for "
            "broken rows in the dataset.",
        ),
    ),
    "overfitting": (
        QT_TRANSLATE_NOOP("Warnings", "Overfitting: validation loss is rising"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "The model is memorising the training rows instead of learning from them. Stop now and use the "
            "adapter so far, or train for fewer epochs next time.",
        ),
    ),
    "oom": (
        QT_TRANSLATE_NOOP("Warnings", "Out of memory"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.",
        ),
    ),
    "truncated_examples": (
        QT_TRANSLATE_NOOP("Warnings", "Some examples are longer than the cutoff"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten "
            "those examples.",
        ),
    ),
    "bad_rows": (
        QT_TRANSLATE_NOOP("Warnings", "Some rows were left out"),
        QT_TRANSLATE_NOOP(
            "Warnings",
            "They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.",
        ),
    ),
    "bad_data": (
        QT_TRANSLATE_NOOP("Warnings", "The dataset could not be used"),
        QT_TRANSLATE_NOOP(
            "Warnings", "Open it in the Dataset screen to see the problems and fix them, then start again."
        ),
    ),
    "bad_config": (
        QT_TRANSLATE_NOOP("Warnings", "The settings have a problem"),
        QT_TRANSLATE_NOOP("Warnings", "Fix the settings marked in the Train screen, then start again."),
    ),
    "bad_model": (
        QT_TRANSLATE_NOOP("Warnings", "The base model could not be loaded"),
        QT_TRANSLATE_NOOP("Warnings", "Choose a model folder with safetensors weights, or download the model again."),
    ),
    "no_gpu": (
        QT_TRANSLATE_NOOP("Warnings", "No usable GPU"),
        QT_TRANSLATE_NOOP("Warnings", "Set Device to auto or cpu in the Train screen, or update the graphics driver."),
    ),
    "crash": (
        QT_TRANSLATE_NOOP("Warnings", "The training process crashed"),
        QT_TRANSLATE_NOOP(
            "Warnings", "This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report."
        ),
    ),
}


def explain(code: str) -> tuple[str, str] | None:
    """(title, what to do) for a code, in the user's language; None for a code we do not know."""
    texts = _EXPLANATIONS.get(code)
    if texts is None:
        return None
    title, advice = texts
    return translate("Warnings", title), translate("Warnings", advice)


def describe(event: dict) -> tuple[str, str, str]:
    """(title, what to do, the engine's own detail) for a warning or failed event."""
    code = str(event.get("code") or "")
    detail = str(event.get("message") or "")
    hint = str(event.get("hint") or "")
    known = explain(code)
    if known:
        return known[0], known[1], " ".join(part for part in (detail, hint) if part)
    return code or translate("Warnings", "Warning"), hint or detail, detail if hint else ""


def resume_offer(event: dict) -> tuple[int, float] | None:
    """(checkpoint step, learning rate) when a NaN failure can resume from its last good checkpoint
    with a lower learning rate; None otherwise."""
    step, rate = event.get("resume_from_step"), event.get("suggested_learning_rate")
    if event.get("type") != "failed" or event.get("code") != "nan":
        return None
    if isinstance(step, bool) or not isinstance(step, int) or not isinstance(rate, (int, float)) or rate <= 0:
        return None
    return step, float(rate)
