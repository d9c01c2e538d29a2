"""Perplexity of a text or a run's validation rows, for the base model and each adapter.

A sliding window (window and stride in tokens) scores texts longer than the model
can read at once; only trained tokens are scored, as in training. Cheap to import:
torch is imported inside the functions that run a model.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError
from core.inference.evaluate import GenerationStopped, ModelSession
from core.inference.perplexity_results import PerplexityRow

DEFAULT_WINDOW = 1024
DEFAULT_STRIDE = 512


@dataclass
class Sequence:
    input_ids: list[int]
    labels: list[int]  # -100 where a token is context only


def sliding_windows(n_tokens: int, window: int, stride: int) -> list[tuple[int, int, int]]:
    """(begin, end, first_target) of each window over a sequence of n_tokens.

    A window feeds tokens begin..end-1 to the model and scores the predictions
    of tokens first_target..end-1, each from the tokens before it. Every token
    but the first (which nothing precedes) is scored exactly once; the first
    window scores all it holds, and each later one moves on by `stride` and
    scores only the new tokens, with at least window - stride tokens of context.
    """
    if window < 2:
        raise ValueError(f"the window is {window} tokens; it must be at least 2")
    if not 1 <= stride <= window:
        raise ValueError(f"the stride is {stride}; it must be between 1 and the window ({window} tokens)")
    # A scored token needs the token before it inside its window, so a window can score at most window - 1.
    step = min(stride, window - 1)
    found = []
    start, end = 1, min(window, n_tokens)
    while start < n_tokens:
        found.append((max(0, end - window), end, start))
        start, end = end, min(end + step, n_tokens)
    return found


def sequences_from_text(text: str, tok) -> list[Sequence]:
    ids = tok.backend.encode(text, add_special_tokens=False).ids
    if tok.add_bos:
        ids = [tok.bos_id] + ids
    return [Sequence(ids, list(ids))] if len(ids) > 1 else []


def sequences_from_examples(examples: list[Example], tok) -> list[Sequence]:
    """Examples as training sees them: only their trained tokens are scored."""
    from core.data.tokenize import tokenize_example

    found = []
    for example in examples:
        t = tokenize_example(example, tok, None)
        if any(label != -100 for label in t.labels[1:]):
            found.append(Sequence(t.input_ids, t.labels))
    return found


def load_sequences(model_dir: str, data: str | None = None, run_dir: Path | None = None) -> tuple[list[Sequence], str]:
    """What to measure: a .txt file as one text, a dataset file's trained text, or a run's validation rows.

    Returns the sequences and a short name for the source (used in the CSV's name).
    """
    from core.data.tokenize import TextTokenizer
    from core.inference.trained_template import config_for_trying

    tok = TextTokenizer.from_model_dir(model_dir)
    if data:
        path = Path(data)
        if not path.exists():
            raise DataError(f"{path}: no such file; give a .txt file or a dataset file")
        if path.suffix.lower() == ".txt":
            from core.data.sources import read_source

            sequences = sequences_from_text(read_source(path).text or "", tok)
        else:
            from core.data.pipeline import prepare_examples

            # With a run, its rows are rendered with the template it trained with (template.jinja).
            config = config_for_trying(Path(run_dir)) if run_dir else RunConfig(model=model_dir)
            config.model, config.dataset = model_dir, str(path)
            sequences = sequences_from_examples(prepare_examples(config, tokenizer=tok).examples, tok)
        if not sequences:
            raise DataError(f"{path}: there is no text to measure in this file")
        return sequences, path.stem
    if run_dir is None:
        raise ValueError("give a file to measure, or a run whose validation rows to use")
    from core.data.pipeline import load_split

    config = config_for_trying(Path(run_dir))
    _prepared, _train, held_out, _problems = load_split(config, tok)
    if not held_out:
        raise DataError(
            f"{Path(run_dir).name}: this run held out no validation rows (validation_split is 0); "
            "measure on a text file instead"
        )
    return sequences_from_examples(held_out, tok), "validation"


def sequence_loss(
    model, sequence: Sequence, window: int, stride: int, should_stop: Callable[[], bool] = lambda: False
) -> tuple[float, int]:
    """Summed negative log-likelihood (nats) and number of scored tokens of one sequence."""
    import torch
    import torch.nn.functional as F

    total, count = 0.0, 0
    n = len(sequence.input_ids)
    for begin, end, first_target in sliding_windows(n, window, stride):
        if should_stop():
            raise GenerationStopped()
        labels = list(sequence.labels[begin:end])
        for i in range(first_target - begin):
            labels[i] = -100
        targets = torch.tensor(labels[1:], device=model.device)
        if not bool((targets != -100).any()):
            continue
        ids = torch.tensor([sequence.input_ids[begin:end]], device=model.device)
        with torch.no_grad():
            logits = model(input_ids=ids).logits[0, :-1].float()
        total += float(F.cross_entropy(logits, targets, ignore_index=-100, reduction="sum"))
        count += int((targets != -100).sum())
    return total, count


def measure(
    model,
    sequences: list[Sequence],
    window: int,
    stride: int,
    progress: Callable[[int, int], None] = lambda _d, _t: None,
    should_stop: Callable[[], bool] = lambda: False,
) -> tuple[float, int]:
    """Mean loss per scored token over all sequences, and how many tokens were scored."""
    total, count = 0.0, 0
    for i, sequence in enumerate(sequences, 1):
        nll, n = sequence_loss(model, sequence, window, stride, should_stop)
        total, count = total + nll, count + n
        progress(i, len(sequences))
    if count == 0:
        raise DataError("there were no tokens to score; the text is shorter than two tokens")
    return total / count, count


def perplexity_table(
    session: ModelSession,
    adapters: list[tuple[str, int | None, Path]],
    sequences: list[Sequence],
    window: int,
    stride: int,
    progress: Callable[[str, int, int], None] = lambda _l, _d, _t: None,
    should_stop: Callable[[], bool] = lambda: False,
    on_row: Callable[[PerplexityRow], None] = lambda _r: None,
) -> list[PerplexityRow]:
    """The base model first, then each (label, step, adapter folder), all on the same sequences."""
    rows = []
    for label, step, folder in [("base model", None, None)] + list(adapters):
        with session.using(folder) as model:
            loss, count = measure(
                model,
                sequences,
                window,
                stride,
                lambda done, total, label=label: progress(label, done, total),
                should_stop,
            )
        row = PerplexityRow(label, step, str(folder or ""), count, loss)
        rows.append(row)
        on_row(row)
    return rows
