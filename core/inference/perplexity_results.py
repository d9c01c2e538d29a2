"""A perplexity measurement's rows and their CSV in the run folder. Light: the Try-out screen reads
a saved measurement without loading a model."""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path


@dataclass
class PerplexityRow:
    label: str  # "base model", "final adapter (step 60)", "checkpoint at step 20", or a path
    step: int | None  # None for the base model
    adapter: str  # adapter folder, "" for the base model
    tokens: int  # tokens scored
    loss: float  # mean negative log-likelihood per token (nats)

    @property
    def perplexity(self) -> float:
        return math.exp(self.loss) if self.loss < 700 else math.inf

    def to_json(self) -> dict:
        return {
            "label": self.label,
            "step": self.step,
            "adapter": self.adapter,
            "tokens": self.tokens,
            "loss": self.loss,
            "perplexity": self.perplexity,
        }


def perplexity_csv(rows: list[PerplexityRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["model", "step", "adapter", "tokens", "mean_loss", "perplexity"])
    for row in rows:
        writer.writerow(
            [
                row.label,
                "" if row.step is None else row.step,
                row.adapter,
                row.tokens,
                f"{row.loss:.6f}",
                f"{row.perplexity:.4f}",
            ]
        )
    return out.getvalue()


def save_perplexity_csv(run_dir: Path, source: str, rows: list[PerplexityRow]) -> Path:
    """perplexity-<source>.csv in the run folder (replaced by a newer measurement of the same source)."""
    import re

    from core.atomic import write_text_atomic

    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", source).strip("-.") or "text"
    path = Path(run_dir) / f"perplexity-{safe}.csv"
    write_text_atomic(path, perplexity_csv(rows))
    return path


def read_perplexity_csv(path: Path) -> list[PerplexityRow]:
    rows = []
    with open(path, encoding="utf-8", newline="") as fh:
        for record in csv.DictReader(fh):
            rows.append(
                PerplexityRow(
                    record["model"],
                    int(record["step"]) if record["step"] else None,
                    record["adapter"],
                    int(record["tokens"]),
                    float(record["mean_loss"]),
                )
            )
    return rows
