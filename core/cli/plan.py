"""lorasmith plan: propose settings that fit this computer, or predict VRAM for given settings.

User mistakes print one plain message and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

from core.cli.arguments import whole_number
from core.errors import UserError, run_command
from core.planning.estimate import COMPONENTS, GIB, EstimateSettings, estimate_peak, model_parameter_count

CHARS_PER_TOKEN = 3.5
HUB_ID = re.compile(r"[A-Za-z0-9][\w.-]*/[\w.-]+")
EXPLICIT = ("micro_batch", "cutoff", "rank", "targets", "no_gradient_checkpointing", "optimizer", "quantization")


class PlanError(UserError):
    """A mistake in what `lorasmith plan` was given (model, settings, dataset)."""


def _budget(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of GiB, for example 11.5") from None
    if not 0 < value < 10000:
        raise argparse.ArgumentTypeError(f"{value} GiB is not a sensible budget")
    return value


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="lorasmith plan",
        description=(
            "Propose training settings that fit your graphics card, or, given settings, predict the VRAM they need."
        ),
    )
    p.add_argument(
        "--model", required=True, help="a model folder, its config.json, or a Hub id such as Qwen/Qwen2.5-7B"
    )
    p.add_argument(
        "--vram",
        type=_budget,
        metavar="GIB",
        help="VRAM budget in GiB (default: this computer's free VRAM minus a safety margin)",
    )
    p.add_argument("--dataset", help="your training data, to fit the cutoff, epochs and learning rate to it")
    p.add_argument(
        "--goal",
        choices=("style", "knowledge"),
        default="style",
        help="style: learn a style or format (default); knowledge: learn facts",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object")
    g = p.add_argument_group("predict for exactly these settings")
    g.add_argument("--micro-batch", type=whole_number(1), metavar="N")
    g.add_argument("--cutoff", type=whole_number(1), metavar="TOKENS")
    g.add_argument("--rank", type=whole_number(1), metavar="R")
    g.add_argument(
        "--targets",
        metavar="qv|attention|all-linear|NAMES",
        help="which layers get adapters; NAMES is a comma-separated list such as q_proj,v_proj",
    )
    g.add_argument("--no-gradient-checkpointing", action="store_true")
    g.add_argument(
        "--optimizer",
        choices=("paged_adamw_8bit", "adamw_8bit", "adamw_torch", "paged_adamw_32bit", "adafactor", "sgd"),
    )
    g.add_argument("--quantization", choices=("4bit", "8bit", "16bit"))
    return p


def plan_main(argv: list[str]) -> int:
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse has printed its message (or the help)
        return int(exc.code or 0)
    return run_command(_run, args, prog="lorasmith plan")


def _load_config(model: str) -> tuple[dict, Path | None]:
    """The config dict and, for local models, the folder holding the tokenizer."""
    from core.planning.estimate import load_model_config

    path = Path(model)
    if path.exists():
        try:
            config = load_model_config(path)
        except ValueError as exc:  # it says what is wrong with the user's config.json, naming it
            raise PlanError(str(exc)) from None
        return config, (path if path.is_dir() else path.parent)
    if HUB_ID.fullmatch(model) and not model.endswith(".json"):
        try:
            from core.hub import search as hub
        except ImportError:
            raise PlanError(
                f"{model}: looking up Hub ids is not available in this build yet; download the "
                "model and give its folder, or give its config.json"
            ) from None
        try:
            return hub.fetch_config(model), None
        except getattr(hub, "HubError", ()) as exc:
            raise PlanError(f"{model}: {exc}") from None
    raise PlanError(f"{model}: no such folder or file; give a model folder, its config.json or a Hub id")


def _dataset_stats(path: str, model_dir: Path | None, cutoff: int) -> tuple[dict, str]:
    if not Path(path).exists():
        raise PlanError(f"{path}: no such file or folder; give your dataset file")
    if model_dir is not None and (model_dir / "tokenizer.json").exists():
        try:
            from core.data.pipeline import dataset_statistics
        except ImportError:
            dataset_statistics = None
        if dataset_statistics is not None:
            return dataset_statistics(path, str(model_dir), cutoff), "token lengths from the model's tokenizer"
    return _estimated_stats(path, cutoff), (
        f"token lengths estimated as characters / {CHARS_PER_TOKEN} (no tokenizer next to the model)"
    )


def _estimated_stats(path: str, cutoff: int) -> dict:
    from core.data.sources import read_source
    from core.data.tokenize import length_stats

    source = read_source(path)
    if source.rows is None:  # raw text: chunks of the cutoff length
        tokens = len(source.text or "") / CHARS_PER_TOKEN
        lengths = [cutoff] * max(1, math.ceil(tokens / cutoff))
    else:
        lengths = [
            max(1, round(sum(len(str(v)) for v in row.values() if v is not None) / CHARS_PER_TOKEN))
            for row in source.rows
        ]
    stats = length_stats(lengths, cutoff)
    stats["rows"] = len(lengths)
    return stats


def _explicit_settings(args) -> EstimateSettings:
    s = EstimateSettings()
    changes: dict = {
        "optimizer": args.optimizer or s.optimizer,
        "quantization": args.quantization or s.quantization,
        "micro_batch_size": args.micro_batch or s.micro_batch_size,
        "seq_len": args.cutoff or s.seq_len,
        "lora_rank": args.rank or s.lora_rank,
        "gradient_checkpointing": not args.no_gradient_checkpointing,
    }
    if args.targets:
        if args.targets in ("qv", "attention", "all-linear"):
            changes["lora_targets"] = args.targets
        else:
            names = tuple(n.strip() for n in args.targets.split(",") if n.strip())
            if not names:
                raise PlanError("--targets is empty; give qv, attention, all-linear or module names like q_proj,v_proj")
            changes.update(lora_targets="custom", custom_targets=names)
    return s.replace(**changes)


def _estimate_given(config: dict, settings: EstimateSettings, targets: str | None):
    """The estimate for the user's own settings. argparse has checked each value alone; what only
    the model can refuse is --targets naming no layer it has, and that is the user's to fix."""
    try:
        return estimate_peak(config, settings)
    except ValueError as exc:
        if not targets:
            raise
        raise PlanError(f"--targets {targets}: {exc}") from None


def _run(args) -> int:
    config, model_dir = _load_config(args.model)
    try:
        params = model_parameter_count(config)
    except ValueError as exc:  # the config.json lacks what every text generation model has
        raise PlanError(f"{args.model}: {exc}") from None
    budget, device, where = _budget_and_device(args)
    stats, stats_note = (None, "")
    if args.dataset:
        stats, stats_note = _dataset_stats(args.dataset, model_dir, args.cutoff or 4096)
    if any(getattr(args, name) for name in EXPLICIT):
        report, reasons, messages = _prediction(args, config, params, device, budget)
    else:
        report, reasons, messages = _proposal(args, config, params, device, budget, stats)
    if stats is not None:
        report["dataset"] = {
            "path": args.dataset,
            "note": stats_note,
            **{k: stats.get(k) for k in ("rows", "p50", "p90", "p95", "p99", "max")},
        }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    _print_report(report, reasons, messages, where)
    return 0


def _budget_and_device(args) -> tuple[int, str, str]:
    """(budget in bytes, device, where: the budget in words), as given or as this computer has them."""
    from core.planning.hardware import detect_hardware

    if args.vram is not None:
        return int(args.vram * GIB), "cuda", f"{args.vram:g} GiB budget (given)"
    hardware = detect_hardware()
    if hardware.device == "cuda":
        budget = hardware.vram_budget_bytes()
        where = f"{budget / GIB:.1f} GiB budget ({hardware.gpu.name}, {hardware.gpu.free_gib:.1f} GiB free)"
    else:
        budget = hardware.ram_budget_bytes()
        where = f"{budget / GIB:.1f} GiB of free system memory (no usable NVIDIA card: training on the CPU)"
    return budget, hardware.device, where


def _prediction(args, config: dict, params: int, device: str, budget: int) -> tuple[dict, dict, list[str]]:
    """The report for the user's own settings: (report, reasons, messages)."""
    settings = _explicit_settings(args)
    if device == "cpu":
        settings = settings.replace(
            compute_dtype="fp32", cuda_context_bytes=0, optimizer=args.optimizer or "adamw_torch"
        )
    est = _estimate_given(config, settings, args.targets)
    report = {
        "mode": "prediction",
        "model": args.model,
        "parameters": params,
        "device": device,
        "budget_gib": round(budget / GIB, 2),
        "fits": est.total_bytes <= budget,
        "settings": {
            "micro_batch_size": settings.micro_batch_size,
            "cutoff_len": settings.seq_len,
            "lora_rank": settings.lora_rank,
            "lora_targets": settings.lora_targets,
            "custom_targets": list(settings.custom_targets),
            "gradient_checkpointing": settings.gradient_checkpointing,
            "optimizer": settings.optimizer,
            "quantization": settings.quantization,
        },
        **est.to_json(),
    }
    return report, {}, list(est.notes)


def _proposal(args, config: dict, params: int, device: str, budget: int, stats) -> tuple[dict, dict, list[str]]:
    """The report for the planner's settings: (report, reasons, messages)."""
    from core.planning.plan import propose

    gflops = None
    if device == "cpu":
        from core.planning.hardware import measure_cpu_gflops

        gflops = measure_cpu_gflops()
    plan = propose(config, budget, dataset_stats=stats, goal=args.goal, device=device, cpu_gflops=gflops)
    report = {"mode": "proposal", "model": args.model, "parameters": params, **plan.to_json()}
    return report, plan.reasons, plan.messages


def _print_report(report: dict, reasons: dict, messages: list[str], where: str) -> None:
    title = "Proposed settings" if report["mode"] == "proposal" else "Settings"
    print(f"Model: {report['model']} ({report['parameters'] / 1e9:.2f} billion parameters); {where}")
    if "dataset" in report:
        d = report["dataset"]
        print(
            f"Dataset: {d['rows']:,} examples, median {d['p50']} tokens, 95% under {d['p95']}, "
            f"longest {d['max']} ({d['note']})"
        )
    print(f"{title}:")
    for name, value in report["settings"].items():
        if name == "custom_targets" and not value:
            continue
        line = f"  {name:<24} {value!s:<18}"
        print((line + " " + reasons[name]) if name in reasons else line.rstrip())
    verdict = "fits" if report["fits"] else "does NOT fit"
    print(f"Predicted peak: {report['predicted_peak_gib']:.1f} GiB of {report['budget_gib']:.1f} GiB: {verdict}")
    for name, gib in report["breakdown_gib"].items():
        if gib >= 0.005:
            print(f"  {gib:6.2f} GiB  {COMPONENTS[name]}")
    for message in messages:
        print(f"Note: {message}")
