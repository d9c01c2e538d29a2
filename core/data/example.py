"""The one structure that preview, masking and statistics all come from.

A dataset row becomes an `Example`: ordered text segments, each marked trained
(carries loss) or not trained (context only). The dataset editor colours these
segments, the tokenizer turns them into labels, and `dataset_sample.jsonl`
records them, so what a user sees is exactly what is trained.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Segment:
    text: str
    trained: bool

    def to_json(self) -> dict:
        return {"text": self.text, "trained": self.trained}


@dataclass
class Example:
    segments: list[Segment]
    # 1-based row (or raw-text block) number in the source, as an editor shows it.
    source_row: int | None = None
    # Whether the tokenizer should append its end-of-sequence token, trained.
    # Chat templates and most format files write their own end markers.
    add_eos: bool = False

    @property
    def text(self) -> str:
        return "".join(s.text for s in self.segments)

    @property
    def trained_text(self) -> str:
        return "".join(s.text for s in self.segments if s.trained)

    def char_spans(self) -> list[tuple[int, int, bool]]:
        """(start, end, trained) character ranges of the segments in `text`."""
        spans, pos = [], 0
        for seg in self.segments:
            spans.append((pos, pos + len(seg.text), seg.trained))
            pos += len(seg.text)
        return spans

    def to_json(self) -> dict:
        out: dict = {"segments": [s.to_json() for s in self.segments]}
        if self.source_row is not None:
            out["row"] = self.source_row
        return out

    @classmethod
    def build(cls, parts: list[tuple[str, bool]], source_row: int | None = None, add_eos: bool = False) -> "Example":
        """Make an Example from (text, trained) parts, merging neighbours of the
        same kind and dropping empty ones, so segments are canonical."""
        merged: list[Segment] = []
        for text, trained in parts:
            if not text:
                continue
            if merged and merged[-1].trained == trained:
                merged[-1] = Segment(merged[-1].text + text, trained)
            else:
                merged.append(Segment(text, trained))
        return cls(merged, source_row=source_row, add_eos=add_eos)
