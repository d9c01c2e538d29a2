"""Tokenised training data: cached with the datasets library, batched with little padding."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from core.atomic import replace
from core.config import RunConfig
from core.data.example import Example
from core.data.tokenize import IGNORE_INDEX, TextTokenizer, length_stats, tokenize_example
from core.hub.files import TOKENIZER_FILES

# Bump when tokenisation changes meaning, so old caches are not reused.
CACHE_VERSION = 1


def tokenize_to_dataset(examples: list[Example], tok: TextTokenizer, cutoff_len: int):
    """A datasets.Dataset with input_ids, labels and length, plus length statistics."""
    from datasets import Dataset

    ids, labels, lengths, full = [], [], [], []
    for ex in examples:
        t = tokenize_example(ex, tok, cutoff_len)
        if not any(label != IGNORE_INDEX for label in t.labels):
            continue  # nothing to learn (e.g. the answer was cut off entirely)
        ids.append(t.input_ids)
        labels.append(t.labels)
        lengths.append(len(t.input_ids))
        full.append(t.full_length)
    ds = Dataset.from_dict({"input_ids": ids, "labels": labels, "length": lengths})
    return ds, length_stats(full, cutoff_len), len(examples) - len(ids)


def tokenize_cache_key(config: RunConfig, tok: TextTokenizer, template_text: str | None) -> str:
    """The tokenisation cache's key: everything that changes the tokens or the labels, and nothing else.

    The dataset and validation files and the format file by content; the model's
    tokenizer files; the chat template as resolved for this run (a model's
    template may come from several files, or from ours as a fallback); the special
    tokens as the tokenizer uses them; and every data setting.
    """
    from core.data.pipeline import fingerprint

    model = Path(config.model)
    settings = [
        config.cutoff_len,
        config.format_file,
        config.chat_template,
        config.train_on_prompt,
        config.dataset_kind,
        config.overlap_len,
        config.newline_cut_len,
        config.hard_cut,
        config.min_block_chars,
        config.add_eos,
        config.validation_split,
        config.seed,
    ]
    special = [tok.bos_id, tok.eos_id, tok.pad_id, tok.add_bos]
    return fingerprint(
        Path(config.dataset),
        Path(config.validation_file) if config.validation_file else "",
        *(model / name for name in TOKENIZER_FILES),
        Path(config.format_file) if config.format_file else "",
        template_text or "",
        special,
        settings,
    )


def cached_tokenize(examples: list[Example], tok: TextTokenizer, cutoff_len: int, key: str, cache_root: Path):
    """Reuse the Arrow files of an earlier run with the same file, tokenizer and settings."""
    from datasets import load_from_disk

    folder = Path(cache_root) / f"tok-v{CACHE_VERSION}-{key}"
    meta = folder / "lorasmith.json"
    if meta.exists():
        try:
            info = json.loads(meta.read_text(encoding="utf-8"))
            return load_from_disk(str(folder / "data")), info["stats"], info["dropped"], True
        except Exception:
            pass  # a damaged cache is rebuilt, never trusted
    ds, stats, dropped = tokenize_to_dataset(examples, tok, cutoff_len)
    staging = folder.with_name(folder.name + ".partial")
    import shutil

    shutil.rmtree(staging, ignore_errors=True)
    ds.save_to_disk(str(staging / "data"))
    (staging / "lorasmith.json").write_text(json.dumps({"stats": stats, "dropped": dropped}), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    replace(staging, folder)
    from datasets import load_from_disk as _load

    return _load(str(folder / "data")), stats, dropped, False


@dataclass
class PaddingMeter:
    real_tokens: int = 0
    slots: int = 0
    trained_tokens: int = 0

    @property
    def padded_fraction(self) -> float:
        return 0.0 if not self.slots else 1.0 - self.real_tokens / self.slots


class Collator:
    """Pads a micro batch to its longest example, or packs it into one row.

    Packing puts the examples end to end with position ids restarting at each,
    which transformers turns into a block-diagonal attention mask: no example
    attends to another, and no token is padding.
    """

    def __init__(self, pad_id: int, packing: bool, pad_to_multiple: int = 1):
        self.pad_id = pad_id
        self.packing = packing
        self.multiple = pad_to_multiple
        self.meter = PaddingMeter()

    def __call__(self, features: list[dict]) -> dict:
        import torch

        lengths = [len(f["input_ids"]) for f in features]
        self.meter.real_tokens += sum(lengths)
        self.meter.trained_tokens += sum(sum(1 for x in f["labels"] if x != IGNORE_INDEX) for f in features)
        if self.packing:
            ids = [t for f in features for t in f["input_ids"]]
            labels = []
            for f in features:
                # The first token of each example predicts nothing from its neighbour.
                labels.extend([IGNORE_INDEX] + list(f["labels"][1:]))
            positions = [p for n in lengths for p in range(n)]
            self.meter.slots += len(ids)
            # No KV cache: transformers only derives the block-diagonal mask from
            # position ids when no cache is passed.
            return {
                "input_ids": torch.tensor([ids]),
                "labels": torch.tensor([labels]),
                "position_ids": torch.tensor([positions]),
                "use_cache": False,
            }
        width = max(lengths)
        if self.multiple > 1:
            width = -(-width // self.multiple) * self.multiple
        self.meter.slots += width * len(features)
        ids = torch.full((len(features), width), self.pad_id, dtype=torch.long)
        labels = torch.full((len(features), width), IGNORE_INDEX, dtype=torch.long)
        mask = torch.zeros((len(features), width), dtype=torch.long)
        for i, f in enumerate(features):
            n = len(f["input_ids"])
            ids[i, :n] = torch.tensor(f["input_ids"])
            labels[i, :n] = torch.tensor(f["labels"])
            mask[i, :n] = 1
        return {"input_ids": ids, "labels": labels, "attention_mask": mask}


def write_dataset_sample(path: Path, examples: list[Example], tok: TextTokenizer, cutoff_len: int, n: int = 20) -> None:
    """The first examples exactly as trained: segments and token counts."""
    from core.atomic import write_text_atomic

    lines = []
    for ex in examples[:n]:
        t = tokenize_example(ex, tok, cutoff_len)
        record = ex.to_json()
        record["tokens"] = len(t.input_ids)
        record["trained_tokens"] = t.trained_tokens
        record["truncated"] = t.truncated
        lines.append(json.dumps(record, ensure_ascii=False))
    write_text_atomic(path, "\n".join(lines) + "\n")
