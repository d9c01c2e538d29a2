"""The planner's reasons and messages, in the user's language.

core/planning/plan.py words its one-line reasons in English, with numbers in them. This
table matches each sentence the planner (and the estimator's notes) can write
and rebuilds it from a translatable template, so the wizard shows it in Chinese
too. A sentence that matches nothing (core changed its words) is shown as core
wrote it; a test runs the planner over many situations and checks that every
sentence is matched and that the English templates rebuild it exactly.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "WizardReasons"


def _t(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


# Sentences the planner writes without numbers: matched whole.
FIXED = (
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "4-bit (QLoRA) stores the base model in a quarter of the memory with almost no loss in quality.",
    ),
    QT_TRANSLATE_NOOP("WizardReasons", "Alpha at twice the rank is the usual, well-tested strength for the adapter."),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "8-bit AdamW keeps its state in a quarter of the memory and can spill to system memory in a spike.",
    ),
    QT_TRANSLATE_NOOP("WizardReasons", "Plain AdamW: the processor has no use for the 8-bit GPU optimizer."),
    QT_TRANSLATE_NOOP("WizardReasons", "One example at a time, the least possible."),
    QT_TRANSLATE_NOOP(
        "WizardReasons", "Adapters on every layer learn best (as the QLoRA paper found) and cost little extra memory."
    ),
    QT_TRANSLATE_NOOP("WizardReasons", "Adapters on the attention layers only, to fit in memory."),
    QT_TRANSLATE_NOOP("WizardReasons", "Adapters on two attention layers only, the smallest choice, to fit in memory."),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "Recomputes activations instead of storing them: about 30% slower, but it is what makes this fit.",
    ),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "There is room to keep the activations, so training runs about 30% faster without recomputing them.",
    ),
    QT_TRANSLATE_NOOP("WizardReasons", "Trains on your NVIDIA graphics card."),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "No usable NVIDIA graphics card, so training runs on the processor: slow, fine for small models.",
    ),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "Training stops with a clear out-of-memory message above this, instead of "
        "spilling into system memory and running ten times slower.",
    ),
    QT_TRANSLATE_NOOP("WizardReasons", "Too few examples to hold any back, so validation is off."),
    QT_TRANSLATE_NOOP("WizardReasons", "Memory is tight: the settings were reduced to fit (see the reasons)."),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "This mixture-of-experts model keeps its experts unquantised in this version "
        "of transformers, so 4-bit training needs far more memory than its size "
        "suggests.",
    ),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "The logits over the vocabulary are the largest part of the activations; a "
        "shorter cutoff or a smaller micro batch shrinks them.",
    ),
    QT_TRANSLATE_NOOP(
        "WizardReasons",
        "This model's attention softcapping needs eager attention, which stores a full "
        "attention matrix per head: long cutoffs cost much more memory than on other "
        "models.",
    ),
    QT_TRANSLATE_NOOP(
        "WizardReasons", "Eager attention stores a full attention matrix per head; sdpa needs far less for long texts."
    ),
)

# (pattern, template): the pattern's groups fill the template's {0}, {1}, ... in order.
N, NUM, PCT, GIB_ = r"(\d+)", r"([\d,]+)", r"(\d+%)", r"([\d.]+)"
PATTERNS = (
    (
        rf"{N} tokens suits typical examples; look at your dataset's lengths to cut fewer of them\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "{0} tokens suits typical examples; look at your dataset's lengths to cut fewer of them."
        ),
    ),
    (
        rf"{N} tokens covers {PCT} of your examples in full \(the longest has {NUM}\); longer ones are cut at the end\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} tokens covers {1} of your examples in full (the longest has {2}); longer ones are cut at the end.",
        ),
    ),
    (
        rf"{N} tokens fits every one of your examples in full \(the longest has {NUM}\)\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} tokens fits every one of your examples in full (the longest has {1})."),
    ),
    (
        rf"{N} tokens is the longest text this model was trained for\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} tokens is the longest text this model was trained for."),
    ),
    (
        rf"{N} tokens, shorter than your examples need \({N}\), so that training fits in memory\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "{0} tokens, shorter than your examples need ({1}), so that training fits in memory."
        ),
    ),
    (
        rf"Rank {N} gives the adapter room to take in new facts\.",
        QT_TRANSLATE_NOOP("WizardReasons", "Rank {0} gives the adapter room to take in new facts."),
    ),
    (
        rf"Rank {N} is plenty to learn a style or format; higher ranks mostly learn your examples by heart\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "Rank {0} is plenty to learn a style or format; higher ranks mostly learn your examples by heart.",
        ),
    ),
    (
        rf"Rank {N}, lower than ideal \({N}\), so that training fits in memory\.",
        QT_TRANSLATE_NOOP("WizardReasons", "Rank {0}, lower than ideal ({1}), so that training fits in memory."),
    ),
    (
        r"1 example at a time is the most that fits in (.+) at this cutoff\.",
        QT_TRANSLATE_NOOP("WizardReasons", "1 example at a time is the most that fits in {0} at this cutoff."),
    ),
    (
        rf"{N} examples at a time is the most that fits in (.+) at this cutoff\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} examples at a time is the most that fits in {1} at this cutoff."),
    ),
    (
        rf"The model learns from {N} examples per step \({N} at a time, 1 time\), which keeps learning smooth\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "The model learns from {0} examples per step ({1} at a time, 1 time), which keeps learning smooth.",
        ),
    ),
    (
        rf"The model learns from {N} examples per step \({N} at a time, {N} times\), which keeps learning smooth\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "The model learns from {0} examples per step ({1} at a time, {2} times), which keeps learning smooth.",
        ),
    ),
    (
        rf"{N} passes over your {NUM} examples: small datasets need more passes, and facts need repetition\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over your {1} examples: small datasets need more passes, and facts need repetition.",
        ),
    ),
    (
        rf"{N} passes over your {NUM} examples: small datasets need more passes, and a style is learnt quickly\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over your {1} examples: small datasets need more passes, and a style is learnt quickly.",
        ),
    ),
    (
        rf"{N} passes over your {NUM} examples: large datasets need fewer, and facts need repetition\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "{0} passes over your {1} examples: large datasets need fewer, and facts need repetition."
        ),
    ),
    (
        rf"{N} passes over your {NUM} examples: large datasets need fewer, and a style is learnt quickly\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over your {1} examples: large datasets need fewer, and a style is learnt quickly.",
        ),
    ),
    (
        rf"{N} passes over a typical dataset: small datasets need more passes, and facts need repetition\. Give a "
        r"dataset for a schedule fitted to it\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over a typical dataset: small datasets need more passes, and "
            "facts need repetition. Give a dataset for a schedule fitted to it.",
        ),
    ),
    (
        rf"{N} passes over a typical dataset: small datasets need more passes, and a style is learnt quickly\. Give a "
        r"dataset for a schedule fitted to it\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over a typical dataset: small datasets need more passes, and a "
            "style is learnt quickly. Give a dataset for a schedule fitted to it.",
        ),
    ),
    (
        rf"{N} passes over a typical dataset: large datasets need fewer, and facts need repetition\. Give a dataset for "
        r"a schedule fitted to it\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over a typical dataset: large datasets need fewer, and facts "
            "need repetition. Give a dataset for a schedule fitted to it.",
        ),
    ),
    (
        rf"{N} passes over a typical dataset: large datasets need fewer, and a style is learnt quickly\. Give a dataset "
        r"for a schedule fitted to it\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "{0} passes over a typical dataset: large datasets need fewer, and a style "
            "is learnt quickly. Give a dataset for a schedule fitted to it.",
        ),
    ),
    (
        r"([\d.]+e[-+]\d+) is the tested QLoRA rate\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} is the tested QLoRA rate."),
    ),
    (
        r"([\d.]+e[-+]\d+) is the tested QLoRA rate, a little lower for the smaller batch\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} is the tested QLoRA rate, a little lower for the smaller batch."),
    ),
    (
        r"([\d.]+e[-+]\d+) is the tested QLoRA rate for large models\.",
        QT_TRANSLATE_NOOP("WizardReasons", "{0} is the tested QLoRA rate for large models."),
    ),
    (
        r"([\d.]+e[-+]\d+) is the tested QLoRA rate for large models, a little lower for the smaller batch\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "{0} is the tested QLoRA rate for large models, a little lower for the smaller batch."
        ),
    ),
    (
        rf"The first {PCT} of the run raises the learning rate gently, so it starts stable\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "The first {0} of the run raises the learning rate gently, so it starts stable."
        ),
    ),
    (
        rf"{PCT} of the examples are held back to check that the model is not just memorising\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "{0} of the examples are held back to check that the model is not just memorising."
        ),
    ),
    (
        r"Validation loss is measured every 1 step, about ten times in the run\.",
        QT_TRANSLATE_NOOP("WizardReasons", "Validation loss is measured every 1 step, about ten times in the run."),
    ),
    (
        rf"Validation loss is measured every {N} steps, about ten times in the run\.",
        QT_TRANSLATE_NOOP("WizardReasons", "Validation loss is measured every {0} steps, about ten times in the run."),
    ),
    (
        rf"A checkpoint every {N} steps, so a crash or a stop loses little\.",
        QT_TRANSLATE_NOOP("WizardReasons", "A checkpoint every {0} steps, so a crash or a stop loses little."),
    ),
    (
        rf"Even the smallest settings need {GIB_} GiB, more than (.+)\. Choose a smaller model \(fewer billions of "
        r"parameters\) or a shorter cutoff length, or close other programs that use the graphics card\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "Even the smallest settings need {0} GiB, more than {1}. Choose a smaller "
            "model (fewer billions of parameters) or a shorter cutoff length, or close "
            "other programs that use the graphics card.",
        ),
    ),
    (
        r"LoRA targets not found in this architecture and left out of the estimate: (.+)",
        QT_TRANSLATE_NOOP(
            "WizardReasons", "LoRA targets not found in this architecture and left out of the estimate: {0}"
        ),
    ),
    (
        rf"The embeddings and output layer \({NUM} words\) are kept in fp32 for stable training: {GIB_} GiB\.",
        QT_TRANSLATE_NOOP(
            "WizardReasons",
            "The embeddings and output layer ({0} words) are kept in fp32 for stable training: {1} GiB.",
        ),
    ),
    # The budget phrases inside the sentences above.
    (rf"your {GIB_} GiB budget", QT_TRANSLATE_NOOP("WizardReasons", "your {0} GiB budget")),
    (rf"{GIB_} GiB of free memory", QT_TRANSLATE_NOOP("WizardReasons", "{0} GiB of free memory")),
)
_COMPILED = [(re.compile(pattern + r"\Z"), template) for pattern, template in PATTERNS]


def match(sentence: str) -> tuple[str, list[str]] | None:
    """(template, groups) for a sentence core wrote, or None when it is not in the table."""
    text = sentence.strip()
    if text in FIXED:
        return text, []
    for pattern, template in _COMPILED:
        found = pattern.match(text)
        if found:
            return template, list(found.groups())
    return None


def translate_reason(sentence: str) -> str:
    """The planner's sentence in the user's language (as written when it is not known here)."""
    found = match(sentence)
    if found is None:
        return sentence
    template, groups = found
    # A budget phrase inside a sentence ("your 10.3 GiB budget") is translated in turn.
    values = [translate_reason(g) if not re.fullmatch(r"[\d.,%e+-]+", g) else g for g in groups]
    return _t(template).format(*values)


def translate_all(sentences) -> list[str]:
    return [translate_reason(s) for s in sentences]
