"""Examples -> input_ids and labels, length statistics, padding accounting.

Tokenizing uses the `tokenizers` library directly (tokenizer.json), not
transformers, so the GUI can count tokens and colour the preview in its own
process; the training child uses exactly the same code, which is what makes
the preview's colours the tokens that carry loss.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from core.data.example import Example
from core.data.problems import DataError

IGNORE_INDEX = -100


def _token_text(value) -> str | None:
    if isinstance(value, dict):
        return value.get("content")
    return value if isinstance(value, str) and value else None


class TextTokenizer:
    """The model's fast tokenizer plus the special tokens we need."""

    def __init__(
        self,
        backend,
        *,
        bos_token: str | None,
        eos_token: str | None,
        pad_token: str | None,
        add_bos: bool,
        chat_template: str | None = None,
        source: str = "",
    ):
        self.backend = backend
        self.bos_token, self.eos_token, self.pad_token = bos_token, eos_token, pad_token
        self.bos_id = backend.token_to_id(bos_token) if bos_token else None
        self.eos_id = backend.token_to_id(eos_token) if eos_token else None
        pad_id = backend.token_to_id(pad_token) if pad_token else None
        self.pad_id = pad_id if pad_id is not None else (self.eos_id if self.eos_id is not None else 0)
        self.add_bos = add_bos and self.bos_id is not None
        self.chat_template = chat_template
        self.source = source

    @classmethod
    def from_model_dir(cls, model_dir: str | Path) -> "TextTokenizer":
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        tok_file = model_dir / "tokenizer.json"
        if not tok_file.exists():
            raise DataError(
                f"{model_dir}: no tokenizer.json in the model folder; download the model again with its tokenizer files"
            )
        backend = Tokenizer.from_file(str(tok_file))
        config: dict = {}
        for name in ("special_tokens_map.json", "tokenizer_config.json"):
            path = model_dir / name
            if path.exists():
                try:
                    config.update(
                        {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items() if v is not None}
                    )
                except (OSError, json.JSONDecodeError) as exc:
                    raise DataError(f"{path}: cannot be read ({exc}); download the model again") from None
        bos, eos, pad = (_token_text(config.get(k)) for k in ("bos_token", "eos_token", "pad_token"))
        # Llama-style tokenizers add BOS in their post-processor; honour what the
        # tokenizer itself would do rather than guessing from the model type.
        probe = backend.encode("", add_special_tokens=True).ids
        add_bos = bool(bos) and bool(probe) and probe[0] == backend.token_to_id(bos)
        if "add_bos_token" in config:
            add_bos = bool(config["add_bos_token"]) and bool(bos)
        template = None
        jinja = model_dir / "chat_template.jinja"
        if jinja.exists():
            template = jinja.read_text(encoding="utf-8")
        elif isinstance(config.get("chat_template"), str):
            template = config["chat_template"]
        elif isinstance(config.get("chat_template"), list):
            named = {t.get("name"): t.get("template") for t in config["chat_template"] if isinstance(t, dict)}
            template = named.get("default")
        return cls(
            backend,
            bos_token=bos,
            eos_token=eos,
            pad_token=pad,
            add_bos=add_bos,
            chat_template=template,
            source=str(model_dir),
        )

    # ------------------------------------------------------------------
    def encode_offsets(self, text: str) -> list[tuple[int, int]]:
        """Character (start, end) of each token; the raw-text chunker uses this."""
        return list(self.backend.encode(text, add_special_tokens=False).offsets)

    def count(self, text: str) -> int:
        return len(self.backend.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: list[int]) -> str:
        return self.backend.decode(ids, skip_special_tokens=False)


@dataclass
class TokenizedExample:
    input_ids: list[int]
    labels: list[int]
    full_length: int  # tokens before the cutoff was applied
    # (start, end, trained) character span of each kept token in example.text;
    # (-1, -1) for tokens added around the text (BOS, EOS).
    spans: list[tuple[int, int, bool]]

    @property
    def truncated(self) -> bool:
        return self.full_length > len(self.input_ids)

    @property
    def trained_tokens(self) -> int:
        return sum(1 for label in self.labels if label != IGNORE_INDEX)


def tokenize_example(example: Example, tok: TextTokenizer, cutoff_len: int | None) -> TokenizedExample:
    text = example.text
    enc = tok.backend.encode(text, add_special_tokens=False)
    seg_spans = example.char_spans()
    ids: list[int] = []
    labels: list[int] = []
    spans: list[tuple[int, int, bool]] = []
    if tok.add_bos and not (tok.bos_token and text.startswith(tok.bos_token)):
        ids.append(tok.bos_id)
        labels.append(IGNORE_INDEX)
        spans.append((-1, -1, False))
    seg = 0
    for token_id, (start, end) in zip(enc.ids, enc.offsets):
        # A token belongs to the segment its first character lies in.
        while seg < len(seg_spans) - 1 and start >= seg_spans[seg][1]:
            seg += 1
        trained = bool(seg_spans) and seg_spans[seg][2]
        ids.append(token_id)
        labels.append(token_id if trained else IGNORE_INDEX)
        spans.append((start, end, trained))
    if example.add_eos and tok.eos_id is not None:
        ids.append(tok.eos_id)
        labels.append(tok.eos_id)
        spans.append((-1, -1, True))
    full = len(ids)
    if cutoff_len and full > cutoff_len:
        ids, labels, spans = ids[:cutoff_len], labels[:cutoff_len], spans[:cutoff_len]
    return TokenizedExample(ids, labels, full, spans)


def full_lengths(examples, tok: TextTokenizer, chunk: int = 512) -> Iterator[int]:
    """tokenize_example(e, tok, None).full_length for each example, without the per-token
    label and span work: statistics only need lengths, and the tokenizer's batch call
    runs on every core. Yields lengths in order, a chunk of examples at a time."""
    examples = list(examples)
    for first in range(0, len(examples), chunk):
        part = examples[first : first + chunk]
        encoded = tok.backend.encode_batch([e.text for e in part], add_special_tokens=False)
        for example, enc in zip(part, encoded):
            extra = int(bool(tok.add_bos and not (tok.bos_token and example.text.startswith(tok.bos_token))))
            extra += int(bool(example.add_eos and tok.eos_id is not None))
            yield len(enc.ids) + extra


def length_stats(lengths: list[int], cutoff_len: int | None, bins: int = 30) -> dict:
    """Token-length distribution and how many examples the cutoff truncates."""
    if not lengths:
        return {
            "count": 0,
            "min": 0,
            "max": 0,
            "mean": 0.0,
            "p50": 0,
            "p90": 0,
            "p95": 0,
            "p99": 0,
            "truncated": 0,
            "truncated_fraction": 0.0,
            "cutoff": cutoff_len,
            "histogram": {"edges": [], "counts": []},
            "total_tokens": 0,
        }
    ordered = sorted(lengths)
    n = len(ordered)

    def pct(p: float) -> int:
        return ordered[min(n - 1, int(round(p / 100 * (n - 1))))]

    truncated = sum(1 for x in ordered if cutoff_len and x > cutoff_len)
    lo, hi = ordered[0], ordered[-1]
    width = max(1, -(-(hi - lo + 1) // bins))
    edges = [lo + i * width for i in range(bins + 1)]
    counts = [0] * bins
    for x in ordered:
        counts[min(bins - 1, (x - lo) // width)] += 1
    while counts and counts[-1] == 0:
        counts.pop()
        edges.pop()
    return {
        "count": n,
        "min": lo,
        "max": hi,
        "mean": round(sum(ordered) / n, 2),
        "p50": pct(50),
        "p90": pct(90),
        "p95": pct(95),
        "p99": pct(99),
        "truncated": truncated,
        "truncated_fraction": round(truncated / n, 4),
        "cutoff": cutoff_len,
        "total_tokens": sum(ordered),
        "histogram": {"edges": edges, "counts": counts},
    }


def padded_fraction(batches: list[list[int]]) -> float:
    """Share of token slots that are padding when each batch pads to its longest."""
    slots = sum(max(b) * len(b) for b in batches if b)
    real = sum(sum(b) for b in batches)
    return 0.0 if not slots else 1.0 - real / slots
