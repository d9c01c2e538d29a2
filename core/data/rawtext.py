"""Raw text training: cut a long text into overlapping chunks of at most N tokens.

The options are the ones text-generation-webui users know: a hard-cut string
splits the text into blocks no chunk crosses, chunks overlap so no passage is
only ever seen cut in half, and chunk edges move to a nearby newline so chunks
start and end on whole lines. Every character of a kept block lands in some
chunk (apart from whitespace at a cut).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Callable

from core.data.example import Example
from core.data.problems import DataError

EncodeOffsets = Callable[[str], list[tuple[int, int]]]


@dataclass(frozen=True)
class RawChunk:
    block: int  # 1-based number of the block among the kept blocks
    start: int  # character offsets of the chunk in the whole text
    end: int
    last: bool  # the block's last chunk: it gets the end-of-text token


def split_blocks(text: str, hard_cut: str, min_block_chars: int) -> list[tuple[int, str]]:
    """(offset in text, block) for each block between hard cuts, whitespace at its
    edges removed; blocks of min_block_chars characters or fewer are dropped."""
    pieces = text.split(hard_cut) if hard_cut else [text]
    blocks, pos = [], 0
    for piece in pieces:
        stripped = piece.strip()
        if stripped and len(stripped) > min_block_chars:
            blocks.append((pos + len(piece) - len(piece.lstrip()), stripped))
        pos += len(piece) + len(hard_cut)
    return blocks


def plan_chunks(
    text: str,
    encode_offsets: EncodeOffsets,
    *,
    cutoff_len: int,
    overlap_len: int,
    newline_cut_len: int,
    hard_cut: str = "\n\n\n",
    min_block_chars: int = 0,
    add_eos: bool = True,
    special_tokens: int = 0,
) -> list[RawChunk]:
    """Where each chunk starts and ends in `text`.

    special_tokens: tokens the tokenizer adds to every chunk (a BOS token), kept
    free so no chunk is truncated when it is tokenized for training.
    """
    budget = cutoff_len - special_tokens
    eos_slot = 1 if add_eos else 0
    if min(cutoff_len, overlap_len, newline_cut_len, min_block_chars, special_tokens) < 0:
        raise DataError(
            "raw text settings cannot be negative; check cutoff_len, overlap_len, newline_cut_len and min_block_chars"
        )
    if budget - eos_slot < 1:
        raise DataError(f"cutoff_len {cutoff_len} is too small to hold any text; raise it")
    if overlap_len >= budget:
        raise DataError(
            f"the overlap ({overlap_len} tokens) must be smaller than the chunk length "
            f"({budget} tokens); lower overlap_len or raise cutoff_len"
        )
    blocks = split_blocks(text, hard_cut, min_block_chars)
    if not blocks:
        if min_block_chars > 0:
            raise DataError(
                f"the text file has no text after removing blocks of {min_block_chars} characters "
                "or fewer; lower the minimum block length, or choose a file with longer texts"
            )
        raise DataError("the text file has no text; choose a file that contains text")
    chunks = []
    for number, (offset, block) in enumerate(blocks, 1):
        for start, end, last in _block_chunks(block, encode_offsets, budget, overlap_len, newline_cut_len, eos_slot):
            chunks.append(RawChunk(number, offset + start, offset + end, last))
    return chunks


def chunk_raw_text(
    text: str,
    encode_offsets: EncodeOffsets,
    *,
    cutoff_len: int,
    overlap_len: int,
    newline_cut_len: int,
    hard_cut: str = "\n\n\n",
    min_block_chars: int = 0,
    add_eos: bool = True,
    special_tokens: int = 0,
) -> list[Example]:
    """One fully trained Example per chunk; source_row is the 1-based block number."""
    chunks = plan_chunks(
        text,
        encode_offsets,
        cutoff_len=cutoff_len,
        overlap_len=overlap_len,
        newline_cut_len=newline_cut_len,
        hard_cut=hard_cut,
        min_block_chars=min_block_chars,
        add_eos=add_eos,
        special_tokens=special_tokens,
    )
    return [
        Example.build([(text[c.start : c.end], True)], source_row=c.block, add_eos=add_eos and c.last) for c in chunks
    ]


def _block_chunks(
    block: str, encode: EncodeOffsets, budget: int, overlap: int, newline_cut: int, eos_slot: int
) -> list[tuple[int, int, bool]]:
    cutter = _BlockCutter(block, encode, budget, overlap, newline_cut, eos_slot)
    out: list[tuple[int, int, bool]] = []
    start = 0
    while True:
        first = min(bisect_right(cutter.ends, start), cutter.n - 1)  # first token reaching past `start`
        end, last = cutter.shrink_to_fit(start, *cutter.chunk_end(start, first))
        out.append((start, end, last))
        if last:
            return out
        nxt = cutter.next_start(start, end, first)
        if nxt >= len(block):
            # No token left to start another chunk with: this one ends the block.
            out[-1] = (start, len(block), True)
            return out
        start = nxt


class _BlockCutter:
    """One block's token spans and where a chunk of it may end and the next one start."""

    def __init__(self, block: str, encode: EncodeOffsets, budget: int, overlap: int, newline_cut: int, eos_slot: int):
        self.block, self.encode = block, encode
        self.budget, self.overlap, self.newline_cut, self.eos_slot = budget, overlap, newline_cut, eos_slot
        tokens = sorted((max(0, s), min(len(block), e)) for s, e in encode(block))
        tokens = [(s, e) for s, e in tokens if e > s] or [(0, len(block))]
        self.starts = [s for s, _ in tokens]
        self.ends: list[int] = []  # the furthest any token up to this one reaches
        furthest = 0
        for _, e in tokens:
            furthest = max(furthest, e)
            self.ends.append(furthest)
        self.n = len(tokens)

    def fits(self, start: int, end: int, last: bool) -> bool:
        # Counted again on the chunk's own text: that is what training tokenizes.
        return len(self.encode(self.block[start:end])) + (self.eos_slot if last else 0) <= self.budget

    def trim_end(self, start: int, end: int) -> int:
        while end > start + 1 and self.block[end - 1].isspace():
            end -= 1
        return end

    def chunk_end(self, start: int, first: int) -> tuple[int, bool]:
        """(end, whether the block ends there) of the longest chunk from `start` by the first tokenization."""
        if self.n - first + self.eos_slot <= self.budget:
            return len(self.block), True
        ends = self.ends
        end = ends[first + self.budget - 1]
        if end >= ends[-1]:
            # The text would end here with no room for the end-of-text token: leave the
            # last token to the next chunk, so that token has text before it.
            earlier = bisect_left(ends, ends[-1]) - 1
            if earlier >= first:
                end = ends[earlier]
        if self.newline_cut:
            # Prefer ending on a whole line, just before a newline within reach.
            cut = self.block.rfind("\n", max(start + 1, end - self.newline_cut), end + 1)
            if cut > start and self.block[start:cut].strip():
                end = cut
        return self.trim_end(start, end), False

    def shrink_to_fit(self, start: int, end: int, last: bool) -> tuple[int, bool]:
        """The chunk shortened a token at a time until its own text fits the budget."""
        ends = self.ends
        while not self.fits(start, end, last):
            shorter = ends[bisect_left(ends, end) - 1] if bisect_left(ends, end) > 0 else start
            if shorter <= start:
                break  # one token that re-tokenizes longer: keep it rather than lose text
            end, last = self.trim_end(start, shorter), False
        return end, last

    def next_start(self, start: int, end: int, first: int) -> int:
        """Where the chunk after start..end begins; len(block) when no token is left for one."""
        block, starts, n = self.block, self.starts, self.n
        # The next chunk starts `overlap` tokens before this one ended, and always moves on.
        through = bisect_right(self.ends, end) - 1
        nxt = starts[min(max(first + 1, through + 1 - self.overlap), n - 1)]
        if self.newline_cut and nxt > 0:
            # Prefer starting on a whole line; a newline just past `end` is still in reach.
            cut = block.find("\n", nxt - 1, min(nxt + self.newline_cut, end + 1))
            if cut >= 0:
                nxt = cut + 1
        if nxt <= start:
            later = bisect_right(starts, start)
            nxt = starts[later] if later < n else len(block)
        while nxt < len(block) and block[nxt].isspace():
            nxt += 1
        return nxt
