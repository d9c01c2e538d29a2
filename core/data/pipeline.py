"""File -> rows -> Examples -> tokens: the one path the GUI, the CLI and training share."""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from core.config import RunConfig
from core.data.example import Example
from core.data.problems import DataError, Problem
from core.data.run_template import RunTemplate

CHAT_KINDS = ("alpaca", "sharegpt", "openai")


@dataclass
class PreparedData:
    path: str
    kind: str
    detection_reason: str
    encoding: str
    encoding_note: str
    rows: int  # rows (or raw-text blocks) read
    examples: list[Example]
    problems: list[Problem]
    rendering: str  # how rows became text, for the user
    keys: list[str] = field(default_factory=list)
    template: RunTemplate | None = None  # what the run saves as template.jinja; tried and exported with it

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _approximate_offsets(text: str) -> list[tuple[int, int]]:
    # Without a tokenizer, words and single symbols stand in for tokens so the
    # chunk preview is close; training always uses the model's tokenizer.
    return [m.span() for m in re.finditer(r"\w{1,4}|[^\w\s]|\s+", text)]


def _resolve_format_file(path: str):
    from core.data.rendering import FormatFile
    from core.paths import resources_dir

    candidate = Path(path)
    if not candidate.exists():
        ours = resources_dir() / "formats" / (path if path.endswith(".json") else path + ".json")
        if ours.exists():
            candidate = ours
        else:
            raise DataError(
                f"format file {path} not found; choose one of ours in resources/formats "
                "or a .json format file of your own"
            )
    return FormatFile.load(candidate)


def prepare_examples(
    config: RunConfig, *, path: str | None = None, tokenizer=None, kind: str | None = None
) -> PreparedData:
    """Read a dataset file and turn every row into an Example as training will see it.

    Bad rows are reported in `problems` and left out; a file that cannot be
    used at all raises DataError. Its `template` is the one the rows were written in.
    """
    from core.data import schemas, sources

    path = str(path or config.dataset)
    source = sources.read_source(path)
    problems: list[Problem] = list(source.problems)
    detection = schemas.detect_kind(source)
    chosen = kind or (config.dataset_kind if config.dataset_kind != "auto" else detection.kind)
    if chosen == "raw":
        return _prepare_raw(config, path, source, detection, tokenizer, problems)

    rows = source.rows
    if rows is None:
        # A .txt file whose user asked for rows: each non-empty line is one text row.
        rows = [{"text": line} for line in (source.text or "").splitlines() if line.strip()]
    problems += schemas.check_rows(rows, chosen, path=path, row_lines=source.row_lines)
    bad_rows = {p.row for p in problems if p.severity == "error" and p.row is not None}
    examples, rendering, chosen_template = _render_rows(
        config, tokenizer, chosen, rows, bad_rows, path, problems, detection.keys
    )
    return PreparedData(
        path,
        chosen,
        detection.reason,
        source.encoding,
        source.encoding_note,
        len(rows),
        examples,
        problems,
        rendering,
        detection.keys,
        chosen_template,
    )


def _prepare_raw(config: RunConfig, path: str, source, detection, tokenizer, problems: list[Problem]) -> PreparedData:
    """A text file (or folder) cut into overlapping chunks, each trained whole."""
    from core.data import rawtext, run_template

    if source.text is None:
        raise DataError(
            f"{path}: raw text training needs a .txt file or a folder of .txt files; "
            f"this file holds {detection.kind} rows"
        )
    encode = tokenizer.encode_offsets if tokenizer is not None else _approximate_offsets
    examples = rawtext.chunk_raw_text(
        source.text,
        encode,
        cutoff_len=config.cutoff_len,
        overlap_len=config.overlap_len,
        newline_cut_len=config.newline_cut_len,
        hard_cut=config.hard_cut,
        min_block_chars=config.min_block_chars,
        add_eos=config.add_eos,
        special_tokens=1 if tokenizer is not None and tokenizer.add_bos else 0,
    )
    rendering = "raw text cut into chunks" + ("" if tokenizer else " (approximate until a model is chosen)")
    return PreparedData(
        path,
        "raw",
        detection.reason,
        source.encoding,
        source.encoding_note,
        len(examples),
        examples,
        problems,
        rendering,
        [],
        run_template.plain(rendering),
    )


def _render_rows(
    config: RunConfig, tokenizer, chosen: str, rows, bad_rows: set, path: str, problems: list[Problem], keys
) -> tuple[list[Example], str, RunTemplate]:
    """(examples, how rows became text, the template they were written in); rows that fail become problems."""
    from core.data import run_template

    if config.format_file:
        fmt = _resolve_format_file(config.format_file)
        skip = bad_rows if chosen != "custom" else set()
        examples = _render_with_format(fmt, rows, skip, config.train_on_prompt, path, problems)
        rendering = f"format file {Path(fmt.path or config.format_file).name}"
        return examples, rendering, run_template.from_format_file(fmt, _special_tokens(config, tokenizer)[1])
    if chosen == "text":
        examples = [
            Example.build([(str(row.get("text", "")), True)], source_row=i, add_eos=config.add_eos)
            for i, row in enumerate(rows, 1)
            if i not in bad_rows
        ]
        rendering = "whole text of each row trained"
        return examples, rendering, run_template.plain(rendering)
    if chosen in CHAT_KINDS:
        return _render_chat(config, tokenizer, chosen, rows, bad_rows, path, problems)
    shown = ", ".join(keys) or "none"
    raise DataError(
        f"{Path(path).name}: rows have the keys {shown}, which is not a format Lorasmith knows; "
        "choose a format file whose key sets match them (see resources/formats/README.md)"
    )


def _render_chat(
    config: RunConfig, tokenizer, chosen: str, rows, bad_rows: set, path: str, problems: list[Problem]
) -> tuple[list[Example], str, RunTemplate]:
    """Chat rows written in the run's chat template, trained where the assistant speaks."""
    from core.data import rendering as formats
    from core.data import run_template, schemas

    bos, eos = _special_tokens(config, tokenizer)
    chosen_template = run_template.resolve_chat(config, tokenizer, chosen, bos=bos, eos=eos)
    template = chosen_template.template
    examples: list[Example] = []
    for i, row in enumerate(rows, 1):
        if i in bad_rows:
            continue
        try:
            conversation = schemas.to_conversation(row, chosen, i, path=path)
            examples.append(
                formats.render_chat(
                    template, conversation, bos_token=bos, eos_token=eos, train_on_prompt=config.train_on_prompt
                )
            )
        except DataError as exc:
            problems.append(exc.problem if exc.problem.row else Problem(str(exc), path=path, row=i))
    return examples, chosen_template.description, chosen_template


def _special_tokens(config: RunConfig, tokenizer) -> tuple[str, str]:
    """(bos, eos) as text: the tokenizer's, else the model folder's."""
    from core.data import rendering as formats

    bos = getattr(tokenizer, "bos_token", None) or ""
    eos = getattr(tokenizer, "eos_token", None) or ""
    if config.model and not (bos or eos) and Path(config.model).is_dir():
        special = formats.special_tokens(config.model)
        bos, eos = special.get("bos_token") or "", special.get("eos_token") or ""
    return bos, eos


def _render_with_format(
    fmt, rows, skip: set, train_on_prompt: bool, path: str, problems: list[Problem]
) -> list[Example]:
    examples = []
    for i, row in enumerate(rows, 1):
        if i in skip:
            continue
        try:
            examples.append(fmt.render(row, i, train_on_prompt=train_on_prompt, path=path))
        except DataError as exc:
            problems.append(exc.problem if exc.problem.row else Problem(str(exc), path=path, row=i))
    return examples


def split_validation(
    examples: list[Example], fraction: float, seed: int, by_source: bool = False
) -> tuple[list[Example], list[Example]]:
    """Hold out a seeded random fraction; at least one example each side when possible.

    With by_source (raw-text chunks, which overlap their neighbours) no passage may
    land on both sides, or validation loss would measure memorised text: whole
    source blocks are held out, and a single block is split into a contiguous
    tail, the chunk at the seam (which overlaps both sides) given to neither.
    """
    if fraction <= 0 or len(examples) < 2:
        return examples, []
    n_eval = min(len(examples) - 1, max(1, round(len(examples) * fraction)))
    if by_source:
        return _split_by_source(examples, n_eval, seed)
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    held = set(order[:n_eval])
    train = [e for i, e in enumerate(examples) if i not in held]
    evals = [e for i, e in enumerate(examples) if i in held]
    return train, evals


def _split_by_source(examples: list[Example], n_eval: int, seed: int) -> tuple[list[Example], list[Example]]:
    blocks = sorted({e.source_row for e in examples}, key=lambda b: (b is None, b or 0))
    if len(blocks) >= 2:
        random.Random(seed).shuffle(blocks)
        held: set = set()
        count = 0
        for block in blocks[:-1]:  # at least one block stays for training
            if count >= n_eval:
                break
            held.add(block)
            count += sum(1 for e in examples if e.source_row == block)
        return ([e for e in examples if e.source_row not in held], [e for e in examples if e.source_row in held])
    if len(examples) < 3:
        return examples, []  # a seam chunk, one each side: too few to split
    n_eval = min(n_eval, len(examples) - 2)
    return examples[: -n_eval - 1], examples[-n_eval:]


def fingerprint(*parts) -> str:
    """A stable hash of files and settings, for the tokenisation cache."""
    h = hashlib.sha256()
    for part in parts:
        if isinstance(part, Path):
            if part.is_dir():
                for child in sorted(part.rglob("*")):
                    if child.is_file():
                        h.update(str(child.relative_to(part)).encode())
                        h.update(child.read_bytes())
            elif part.exists():
                with open(part, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        h.update(block)
        else:
            h.update(json.dumps(part, sort_keys=True, default=str).encode())
        h.update(b"\x00")
    return h.hexdigest()[:24]


def dataset_statistics(path: str, model_dir: str, cutoff_len: int, config: RunConfig | None = None) -> dict:
    """Rows and token-length statistics of a dataset as the given model would see it."""
    from core.data.tokenize import TextTokenizer, full_lengths, length_stats

    config = config or RunConfig(model=model_dir, dataset=path, cutoff_len=cutoff_len)
    tok = TextTokenizer.from_model_dir(model_dir)
    prepared = prepare_examples(config, path=path, tokenizer=tok)
    stats = length_stats(list(full_lengths(prepared.examples, tok)), cutoff_len)
    stats["rows"] = prepared.rows
    stats["kind"] = prepared.kind
    return stats


def load_split(config: RunConfig, tok):
    """Train and validation Examples, plus the problems found, for a run (`tok`: its TextTokenizer)."""
    prepared = prepare_examples(config, tokenizer=tok)
    problems = list(prepared.problems)
    if config.validation_file:
        train = prepared.examples
        held = prepare_examples(config, path=config.validation_file, tokenizer=tok)
        evals = held.examples
        problems += held.problems
    else:
        train, evals = split_validation(
            prepared.examples, config.validation_split, config.seed, by_source=prepared.kind == "raw"
        )
    return prepared, train, evals, problems
