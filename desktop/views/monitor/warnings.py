"""Plain words for the engine's warning and failure codes: what happened, and what to do."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def explain(code: str) -> tuple[str, str] | None:
    """(title, what to do) for a code, in the user's language; None for a code we do not know."""
    texts = {
        "loss_below_one": (
            translate("Warnings", "Training loss fell below 1"),
            translate(
                "Warnings",
                "The model may be starting to memorise your examples word for word. If its answers repeat "
                "your data, train for fewer epochs or with a lower learning rate.",
            ),
        ),
        "loss_zero": (
            translate("Warnings", "Training loss is 0"),
            translate(
                "Warnings",
                "Nothing real is being learned: usually the trained part of the examples is empty. Check in the "
                "Dataset screen that the answers are shown in the trained colour.",
            ),
        ),
        "nan": (
            translate("Warnings", "A value became NaN or infinite"),
            translate(
                "Warnings",
                "The run was stopped at that step and nothing broken was saved. The detail says which value "
                "broke and the likely cause. Resume from the last good checkpoint with a lower learning rate, or "
                "set the compute dtype to fp32 if the run used fp16.",
            ),
        ),
        # What runs recorded before grad norm, validation loss and weights were checked as well.
        "nan_loss": (
            translate("Warnings", "Training loss is not a number (NaN)"),
            translate(
                "Warnings",
                "The run became unstable and was stopped. Halve the learning rate and start again, or look for "
                "broken rows in the dataset.",
            ),
        ),
        "overfitting": (
            translate("Warnings", "Overfitting: validation loss is rising"),
            translate(
                "Warnings",
                "The model is memorising the training rows instead of learning from them. Stop now and use the "
                "adapter so far, or train for fewer epochs next time.",
            ),
        ),
        "oom": (
            translate("Warnings", "Out of memory"),
            translate(
                "Warnings",
                "Lower the micro batch size or the cutoff length, or turn on gradient checkpointing, then start again.",
            ),
        ),
        "truncated_examples": (
            translate("Warnings", "Some examples are longer than the cutoff"),
            translate(
                "Warnings",
                "Their ends were cut off, so the model never learns them. Raise the cutoff length, or shorten "
                "those examples.",
            ),
        ),
        "bad_rows": (
            translate("Warnings", "Some rows were left out"),
            translate(
                "Warnings",
                "They have problems (the Log tab says which). Open the dataset in the Dataset screen and fix them.",
            ),
        ),
        "bad_data": (
            translate("Warnings", "The dataset could not be used"),
            translate("Warnings", "Open it in the Dataset screen to see the problems and fix them, then start again."),
        ),
        "bad_config": (
            translate("Warnings", "The settings have a problem"),
            translate("Warnings", "Fix the settings marked in the Train screen, then start again."),
        ),
        "bad_model": (
            translate("Warnings", "The base model could not be loaded"),
            translate("Warnings", "Choose a model folder with safetensors weights, or download the model again."),
        ),
        "no_gpu": (
            translate("Warnings", "No usable GPU"),
            translate("Warnings", "Set Device to auto or cpu in the Train screen, or update the graphics driver."),
        ),
        "crash": (
            translate("Warnings", "The training process crashed"),
            translate(
                "Warnings", "This is a bug in Lorasmith. Save the log (Log tab) and send it with a short report."
            ),
        ),
    }
    return texts.get(code)


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
