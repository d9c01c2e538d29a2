"""The files of a Hub model: each one's size and hash, and which of them training needs.

One copy of the weights (safetensors, or pickle .bin files only when the user allows them),
the configs, the tokenizer and the chat template; never the other formats a repository may
also hold. The names are importable from core/hub/search.py too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONFIG_FILES = ("config.json", "generation_config.json")
# Every file of a model folder that can change the token ids of a text or the chat template:
# what a pull takes, what the token cache keys on, what an export copies.
TOKENIZER_FILES = (
    "tokenizer.json",
    "tokenizer_config.json",
    "special_tokens_map.json",
    "added_tokens.json",
    "tokenizer.model",
    "spiece.model",
    "vocab.json",
    "merges.txt",
    "vocab.txt",
    "chat_template.jinja",
    "chat_template.json",
)
SAFETENSORS_INDEX = "model.safetensors.index.json"
PICKLE_INDEX = "pytorch_model.bin.index.json"


@dataclass
class RemoteFile:
    path: str
    size: int | None
    sha256: str | None  # LFS files
    git_oid: str | None  # git blob id (sha1), for files kept in git itself


@dataclass
class FileSelection:
    files: list[str]
    weights_format: str | None  # "safetensors", "pickle" or None
    problem: str | None = None  # why nothing usable can be fetched, in plain words


def select_files(paths: list[str], *, allow_pickle: bool = False, trust_remote_code: bool = False) -> FileSelection:
    """The files training needs: one copy of the weights, configs, tokenizer and chat template.

    Only files at the top of the repository: subfolders hold other formats
    (original/, onnx/, gguf/). Never both safetensors and .bin copies.
    """
    top = [p for p in paths if "/" not in p]
    wanted = [p for p in top if p in CONFIG_FILES or p in TOKENIZER_FILES or p.endswith(".tiktoken")]
    if trust_remote_code:
        wanted += [p for p in top if p.endswith(".py")]
    safetensors = [p for p in top if p.endswith(".safetensors") and not p.startswith("consolidated")]
    if safetensors:
        weights = _pick_weights(safetensors, SAFETENSORS_INDEX in top, "model", ".safetensors")
        if SAFETENSORS_INDEX in top:
            weights.append(SAFETENSORS_INDEX)
        return FileSelection(sorted(wanted + weights), "safetensors")
    pickles = [p for p in top if p.endswith(".bin") and p.startswith("pytorch_model")]
    if pickles:
        if not allow_pickle:
            return FileSelection(
                sorted(wanted),
                None,
                "This model only has pickle weights (.bin files), which can "
                "run code on your computer when loaded. Download it only if you trust the "
                "publisher, by allowing pickle weights.",
            )
        weights = _pick_weights(pickles, PICKLE_INDEX in top, "pytorch_model", ".bin")
        if PICKLE_INDEX in top:
            weights.append(PICKLE_INDEX)
        return FileSelection(sorted(wanted + weights), "pickle")
    return FileSelection(
        sorted(wanted),
        None,
        "This repository has no model weights Lorasmith can use "
        "(safetensors). It may hold only GGUF, ONNX or adapter files; pick the original model.",
    )


def _pick_weights(candidates: list[str], has_index: bool, prefix: str, suffix: str) -> list[str]:
    shards = [p for p in candidates if re.fullmatch(rf"{prefix}-\d+-of-\d+{re.escape(suffix)}", p)]
    if has_index and shards:
        return shards
    single = prefix + suffix
    if single in candidates:
        return [single]
    return list(candidates)
