"""lorasmith generate / eval / export: try a LoRA, measure it and take it elsewhere from the command line.

    lorasmith generate --model M [--adapter A] --prompt TEXT [--max-new-tokens N] [--temperature T] [--seed S]
    lorasmith generate --run RUN [--adapter best|last] --prompt TEXT
    lorasmith eval perplexity --model M [--adapter A] --data FILE [--stride N] [--json]
    lorasmith eval perplexity --run RUN [--adapter best|last] [--data FILE]   (default: the base and every
                                                                              checkpoint; CSV into the run)
    lorasmith export RUN --to adapter|merged|ollama --out DIR [--checkpoint STEP | --adapter best|last]

best: the checkpoint with the lowest validation loss; last: what the run ended with.

User mistakes print one plain line and exit 2; only bugs show a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.errors import UserError, run_command


class UsageError(UserError):
    """A mistake on the command line; printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own usage errors: one line, exit 2
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _run(main, argv: list[str]) -> int:
    try:
        return run_command(main, list(argv))
    except SystemExit as exc:  # --help
        return int(exc.code or 0)


def _quantization_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quantization",
        choices=("auto", "4bit", "16bit"),
        default="auto",
        help="how to load the base: auto (4-bit on a GPU as in training, unquantised on the CPU, "
        "which is faster there), 4bit, or 16bit",
    )


ADAPTER_PICKS = ("best", "last")
PICK_HELP = "best (the checkpoint with the lowest validation loss) or last (what the run ended with)"


def _picked_adapter(run_dir: Path | None, which: str) -> tuple[int, Path]:
    """(step, folder) of a run's best or last adapter, as --adapter best|last asks."""
    from core.training import runs

    if run_dir is None:
        raise UsageError(f"--adapter {which} chooses among a run's adapters: give --run RUN too")
    picked = runs.pick_adapter(run_dir, which)
    if picked is None:
        raise UsageError(
            f"{run_dir.name}: no {which} adapter; "
            + (
                "the run measured no validation loss at a saved checkpoint (set a validation split)"
                if which == "best"
                else "the run has saved no adapter or checkpoint yet"
            )
        )
    return picked


def _load_session(model: str, quantization: str, run_config=None):
    """The model loaded for trying; with a run's config, as that run trained it (trust and quantisation)."""
    from core.inference.adapters import check_model_dir
    from core.inference.evaluate import ModelSession, choose_quantization

    check_model_dir(model)
    return ModelSession(
        model,
        choose_quantization("4bit") if quantization == "auto" else quantization,
        config=run_config if run_config is not None and run_config.model == model else None,
    )


# --- generate --------------------------------------------------------------------------------------


def generate_main(argv: list[str]) -> int:
    return _run(_generate, argv)


def _generate(argv: list[str]) -> int:
    args = _generate_parser().parse_args(argv)
    _check_sampling(args)

    from core.config import load_run_config
    from core.inference.adapters import check_model_dir
    from core.inference.evaluate import stream_reply
    from core.inference.export.folders import find_run
    from core.inference.generate import SamplingSettings
    from core.inference.prompts import prompt_for
    from core.training import runs

    run_dir = find_run(args.run) if args.run else None
    run_config = load_run_config(run_dir / runs.RUN_YAML) if run_dir else None
    args.model = args.model or (run_config.model if run_config else None)
    if not args.model:
        raise UsageError("lorasmith generate: give --model, or --run")
    check_model_dir(args.model)
    adapter = _generate_adapter(args.adapter, run_dir)
    trained, template = _trained_template(args.model, run_dir, run_config, adapter)
    prompt = args.prompt if args.raw else prompt_for(trained, args.prompt, args.system, template)
    session = _load_session(args.model, args.quantization, run_config)
    settings = SamplingSettings(
        max_new_tokens=args.max_new_tokens,
        temperature=args.temperature,
        top_p=args.top_p,
        seed=args.seed,
        repetition_penalty=args.repetition_penalty,
    )
    stream = None if args.json else (lambda text: print(text, end="", flush=True))
    reply = stream_reply(
        session,
        adapter,
        prompt,
        settings,
        on_text=stream or (lambda _t: None),
        stops=template.stops if template is not None else None,
    )
    if args.json:
        print(
            json.dumps(
                {
                    "model": args.model,
                    "adapter": str(adapter or ""),
                    "prompt": args.prompt,
                    "text": reply.text,
                    "tokens": reply.tokens,
                    "seconds": round(reply.seconds, 3),
                },
                ensure_ascii=False,
            )
        )
    else:
        print(flush=True)
    return 0


def _trained_template(model: str, run_dir: Path | None, run_config, adapter: Path | None):
    """(the config the prompt is written for, its template): a run's prompt is put in the template it
    trained with (template.jinja), and stops where that ends answers."""
    from core.config import RunConfig
    from core.inference.trained_template import run_template, template_for_adapter

    trained = run_config if run_config and run_config.model == model else RunConfig(model=model)
    template = (
        run_template(run_dir, run_config)
        if trained is run_config
        else (template_for_adapter(adapter) if adapter else None)
    )
    return trained, template


def _generate_parser() -> _Parser:
    p = _Parser(prog="lorasmith generate", description="Answer one prompt with a model, with or without a LoRA.")
    p.add_argument("--model", help="the base model folder (default: the run's, with --run)")
    p.add_argument("--run", help="a run folder or name: its base model, and its last adapter unless --adapter says")
    p.add_argument(
        "--adapter",
        help=f"a LoRA adapter folder, a run folder (its final adapter) or a checkpoint folder; with --run, {PICK_HELP}",
    )
    p.add_argument("--prompt", required=True, help="what to ask; it is put in the model's chat template")
    p.add_argument("--system", help="a system message to put before the prompt")
    p.add_argument("--raw", action="store_true", help="send the prompt as it is, without the chat template")
    p.add_argument("--max-new-tokens", type=int, default=128, help="longest reply in tokens (default 128)")
    p.add_argument("--temperature", type=float, default=0.0, help="0 (default) always picks the likeliest token")
    p.add_argument(
        "--top-p", type=float, default=1.0, help="sample only from the likeliest tokens making up this share"
    )
    p.add_argument("--seed", type=int, default=0, help="random seed for sampling (default 0)")
    p.add_argument(
        "--repetition-penalty",
        type=float,
        default=1.0,
        help="above 1 discourages repeating earlier words; 1.1-1.3 helps small models (default 1)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON object instead of streaming the text")
    _quantization_arg(p)
    return p


def _check_sampling(args) -> None:
    if args.max_new_tokens < 1:
        raise UsageError("--max-new-tokens must be at least 1")
    if args.temperature < 0 or not 0 < args.top_p <= 1:
        raise UsageError("--temperature must be 0 or more and --top-p between 0 and 1")
    if args.repetition_penalty < 1:
        raise UsageError("--repetition-penalty must be 1 or more")


def _generate_adapter(wanted: str | None, run_dir: Path | None) -> Path | None:
    """The adapter --adapter names: a pick among the run's (its last by default), a folder, or none."""
    from core.inference.adapters import resolve_adapter

    if wanted in ADAPTER_PICKS or (run_dir and not wanted):
        return _picked_adapter(run_dir, wanted or "last")[1]
    return resolve_adapter(wanted) if wanted else None


# --- eval ----------------------------------------------------------------------------------------------


def eval_main(argv: list[str]) -> int:
    return _run(_eval, argv)


def _eval(argv: list[str]) -> int:
    from core.inference.perplexity import DEFAULT_STRIDE, DEFAULT_WINDOW

    p = _Parser(prog="lorasmith eval", description="Measure a model with and without a LoRA.")
    sub = p.add_subparsers(dest="what", metavar="MEASURE", parser_class=_Parser)
    ppl = sub.add_parser("perplexity", help="how well the model predicts a text (lower is better)")
    ppl.add_argument("--model", help="the base model folder (default: the run's)")
    ppl.add_argument(
        "--adapter",
        help=f"a LoRA adapter folder, run folder or checkpoint folder to compare with; with --run, {PICK_HELP}",
    )
    ppl.add_argument("--run", help="a run folder or name: measure the base and every checkpoint, save a CSV in it")
    ppl.add_argument(
        "--data",
        help="a .txt file (measured as one text) or a dataset file (its answers); "
        "with --run the default is the run's validation rows",
    )
    ppl.add_argument(
        "--window",
        type=int,
        default=DEFAULT_WINDOW,
        help=f"tokens the model sees at once (default {DEFAULT_WINDOW}, at most the model's context)",
    )
    ppl.add_argument(
        "--stride",
        type=int,
        default=DEFAULT_STRIDE,
        help=f"tokens the window moves each time; smaller is slower and gives more context (default {DEFAULT_STRIDE})",
    )
    ppl.add_argument("--json", action="store_true", help="print one JSON object")
    _quantization_arg(ppl)
    args = p.parse_args(argv)
    if args.what != "perplexity":
        p.print_help(sys.stderr)
        return 2
    return _perplexity(args)


def _perplexity(args) -> int:
    from core.config import load_run_config
    from core.inference.adapters import adapter_choices, resolve_adapter
    from core.inference.export.folders import find_run
    from core.inference.perplexity import load_sequences, perplexity_table
    from core.inference.perplexity_results import save_perplexity_csv
    from core.training import runs

    run_dir = find_run(args.run) if args.run else None
    run_config = load_run_config(run_dir / runs.RUN_YAML) if run_dir else None
    model = args.model or (run_config.model if run_config else None)
    if not model:
        raise UsageError("lorasmith eval perplexity: give --model (and --data), or --run")
    if not run_dir and not args.data:
        raise UsageError("lorasmith eval perplexity: give --data FILE to measure (or --run to use its validation rows)")
    window = _window(model, args.window)
    if not 1 <= args.stride <= window:
        raise UsageError(f"--stride must be between 1 and the window ({window} tokens)")
    sequences, source = load_sequences(model, args.data, run_dir)
    adapters = []
    if args.adapter in ADAPTER_PICKS:
        step, folder = _picked_adapter(run_dir, args.adapter)
        adapters.append((f"{args.adapter} (step {step})", step, folder))
    elif args.adapter:
        folder = resolve_adapter(args.adapter)
        adapters.append((str(folder), None, folder))
    elif run_dir:
        adapters = [(c.label, c.step, c.path) for c in sorted(adapter_choices(run_dir), key=lambda c: c.step)]
    session = _load_session(model, args.quantization, run_config)

    def progress(label: str, done: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    rows = perplexity_table(session, adapters, sequences, window, args.stride, progress=progress)
    csv_path = save_perplexity_csv(run_dir, source, rows) if run_dir else None
    if args.json:
        print(
            json.dumps(
                {
                    "model": model,
                    "data": args.data or "validation",
                    "window": window,
                    "stride": args.stride,
                    "results": [r.to_json() for r in rows],
                    "csv": str(csv_path or ""),
                },
                ensure_ascii=False,
            )
        )
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    width = max(len(r.label) for r in rows)
    print(f"{'model':<{width}}  {'perplexity':>10}  {'mean loss':>9}  {'tokens':>7}")
    for r in rows:
        print(f"{r.label:<{width}}  {r.perplexity:>10.3f}  {r.loss:>9.4f}  {r.tokens:>7}")
    if csv_path:
        print(f"Saved {csv_path}")
    return 0


def _window(model: str, wanted: int) -> int:
    """The window, capped at the model's context length."""
    try:
        config = json.loads((Path(model) / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        config = {}
    context = config.get("max_position_embeddings") or config.get("n_positions") or wanted
    window = min(wanted, int(context))
    if window < 2:
        raise UsageError("--window must be at least 2 tokens")
    return window


# --- export ----------------------------------------------------------------------------------------------


def export_main(argv: list[str]) -> int:
    return _run(_export, argv)


def _export(argv: list[str]) -> int:
    from core.inference.export.exporter import export_run
    from core.inference.export.folders import KINDS, find_run, ollama_model_name

    p = _Parser(prog="lorasmith export", description="Save a run's LoRA for use in other tools.")
    p.add_argument("run", help="a run folder, or a run's name as the Runs screen shows it")
    p.add_argument(
        "--to",
        required=True,
        choices=KINDS,
        help="adapter: the LoRA folder with a README; merged: a full 16-bit model with the LoRA "
        "merged in; ollama: a Modelfile with instructions for ollama create",
    )
    p.add_argument("--out", required=True, help="a new folder to write (it must not exist or be empty)")
    p.add_argument("--checkpoint", type=int, help="export the checkpoint at this step instead of the final adapter")
    p.add_argument("--adapter", choices=ADAPTER_PICKS, help=f"export the run's {PICK_HELP}")
    args = p.parse_args(argv)
    run_dir = find_run(args.run)
    if args.adapter and args.checkpoint is not None:
        raise UsageError("lorasmith export: give --checkpoint or --adapter, not both")
    if args.adapter:
        from core.training import runs

        step, folder = _picked_adapter(run_dir, args.adapter)
        args.checkpoint = None if folder.name == runs.ADAPTER else step
    last = [""]

    def progress(stage: str, fraction: float) -> None:
        if stage != last[0]:
            last[0] = stage
            print(f"{fraction:4.0%}  {stage}", flush=True)

    out = export_run(run_dir, args.to, Path(args.out), checkpoint=args.checkpoint, progress=progress)
    print(f"Exported to {out}")
    if args.to == "ollama":
        # Quoted, so a folder under "张 伟" or "My Documents" pastes into cmd, PowerShell or bash as it is.
        print(
            f'Next: cd "{out}" && ollama create {ollama_model_name(run_dir.name)} -f Modelfile  (see README.md there)'
        )
    return 0
