"""Which adapters a run has to try (its final adapter and checkpoints), and adapter or model folders
from what a user typed. Light: the GUI process lists them without loading a model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.data.problems import DataError
from core.training import runs


@dataclass(frozen=True)
class AdapterChoice:
    kind: str  # "final" | "checkpoint"
    step: int
    path: Path

    @property
    def label(self) -> str:
        return f"final adapter (step {self.step})" if self.kind == "final" else f"checkpoint at step {self.step}"


def adapter_choices(run_dir: Path) -> list[AdapterChoice]:
    """The run's final adapter first, then its checkpoints, newest first.

    A checkpoint saved at the same step as the final adapter holds the same
    weights, so it is left out.
    """
    from core.training import runs

    run_dir = Path(run_dir)
    found: list[AdapterChoice] = []
    final = run_dir / runs.ADAPTER
    final_step = None
    if (final / "adapter_config.json").is_file():
        final_step = runs.summarize(run_dir).steps
        found.append(AdapterChoice("final", final_step, final))
    for step, path in reversed(runs.checkpoints(run_dir)):
        if step != final_step and (path / "adapter_config.json").is_file():
            found.append(AdapterChoice("checkpoint", step, path))
    return found


def resolve_adapter(path: str | Path) -> Path:
    """An adapter folder from what a user typed: the folder itself, or a run folder (its final adapter)."""
    path = Path(path)
    if (path / "adapter_config.json").is_file():
        return path
    if (path / runs.ADAPTER / "adapter_config.json").is_file():
        return path / runs.ADAPTER
    raise DataError(
        f"{path}: no LoRA adapter here (adapter_config.json is missing); give a run folder, its "
        "adapter folder or one of its checkpoints/checkpoint-N folders"
    )


def check_model_dir(path: str | Path) -> Path:
    path = Path(path)
    if not (path / "config.json").is_file():
        raise DataError(
            f"{path}: not a model folder (config.json is missing); give the folder of a downloaded "
            "model, for example the one the run trained on"
        )
    return path
