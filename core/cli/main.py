"""lorasmith SUBCOMMAND: the command line over the same engine the app uses.

User mistakes (a UserError, see core/errors.py) print one plain line and exit 2;
only bugs show a traceback, which is also saved as a crash log to send with a report.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from core.cli.arguments import whole_number
from core.errors import UserError, run_command  # UserError stays importable from here too


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lorasmith", description="Fine-tune a language model with a 4-bit LoRA.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="train the bundled demo model on a sample dataset (CPU, under a minute)")
    demo.add_argument("--json", action="store_true", help="print events as JSON lines")
    demo.add_argument("--steps", type=whole_number(1), default=None, help="optimiser steps (default: the demo's own)")

    train = sub.add_parser("train", help="train with the settings in a run YAML file")
    train.add_argument("config", help="run.yaml (from the app's Save, or a run folder's run.yaml)")
    train.add_argument(
        "--resume", action="store_true", help="continue the run whose run.yaml this is from its last checkpoint"
    )
    train.add_argument("--json", action="store_true", help="print events as JSON lines")
    train.add_argument(
        "--name", help="name of the new run, kept as typed (its folder leaves out only what Windows forbids)"
    )

    data = sub.add_parser("data", help="look at a dataset as it will be trained")
    data_sub = data.add_subparsers(dest="data_command", metavar="ACTION")
    inspect = data_sub.add_parser("inspect", help="detect the format, check every row, show token lengths")
    inspect.add_argument("file")
    inspect.add_argument("--format", dest="format_file", help="a format file (%%key%% templates)")
    inspect.add_argument(
        "--model", help="model folder whose tokenizer and chat template to use (default: the demo model)"
    )
    inspect.add_argument(
        "--kind", choices=("alpaca", "sharegpt", "openai", "text", "raw", "custom"), help="override the detected kind"
    )
    inspect.add_argument("--cutoff", type=whole_number(1), default=512, help="cutoff length in tokens (default 512)")
    inspect.add_argument("--samples", type=whole_number(0), default=3, help="how many examples to show (default 3)")
    inspect.add_argument("--train-on-prompt", action="store_true")
    inspect.add_argument("--json", action="store_true", help="print one JSON object")

    sub.add_parser("plan", help="propose settings that fit your GPU (see lorasmith plan --help)", add_help=False)
    sub.add_parser("models", help="search, download and list base models (see lorasmith models --help)", add_help=False)
    sub.add_parser("generate", help="answer a prompt with a model, with or without a LoRA", add_help=False)
    sub.add_parser("eval", help="perplexity of a model, with or without a LoRA", add_help=False)
    sub.add_parser("export", help="export a run's LoRA: adapter, merged model or Ollama", add_help=False)
    return p


# Subcommands owned by their own modules, which parse their own arguments.
DELEGATED = {
    "plan": ("core.cli.plan", "plan_main"),
    "models": ("core.cli.models", "models_main"),
    "generate": ("core.cli.evaluate", "generate_main"),
    "eval": ("core.cli.evaluate", "eval_main"),
    "export": ("core.cli.evaluate", "export_main"),
}


def main(argv: list[str] | None = None) -> int:
    """Run one command. A user's mistake: one line, exit 2; Ctrl+C: 130; argparse's own errors: 2.
    A bug is saved to the crash log, then raised on with its traceback."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        return run_command(_command, argv)
    except BrokenPipeError:
        # The reader went away (`lorasmith data inspect --json | head`): not a bug, and nothing more to say.
        # Point stdout at nothing so the interpreter's own flush at exit does not fail again.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # the shell's status for a process ended by SIGPIPE
    except Exception:
        _log_bug()
        raise


def _log_bug() -> None:
    from core.crash_log import write_crash_log

    path = write_crash_log(*sys.exc_info())
    saved = f"; the details below are also saved in {path}" if path else ""
    print(
        f"lorasmith: this is a bug in Lorasmith, not a mistake of yours{saved}; please send them with a report",
        file=sys.stderr,
        flush=True,
    )


def _command(argv: list[str]) -> int:
    if argv and argv[0] in DELEGATED:
        import importlib

        module, func = DELEGATED[argv[0]]
        try:
            command = getattr(importlib.import_module(module), func)
        except ModuleNotFoundError as exc:
            if exc.name == module:
                raise UserError(f"'{argv[0]}' is not available in this build") from None
            raise
        return command(argv[1:])
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command == "demo":
        from core.cli.demo import run_demo

        return run_demo(json_events=args.json, steps=args.steps)
    if args.command == "train":
        return _train(args)
    if args.command == "data" and args.data_command == "inspect":
        return _inspect(args)
    parser.print_help()
    return 2


def _train(args) -> int:
    from core.paths import runs_dir
    from core.training import runs

    path = Path(args.config)
    if path.is_dir() and (path / runs.RUN_YAML).is_file():
        path = path / runs.RUN_YAML
    if not path.is_file():
        what = "a folder without a run.yaml" if path.is_dir() else "no such file"
        raise UserError(f"{path}: {what}; give the run YAML saved by the app or a run folder's run.yaml")
    from core.config import load_run_config

    config = load_run_config(path)
    problems = config.validate()
    if problems:
        raise UserError(f"{path}: " + "; ".join(problems))
    if args.resume:
        if path.name != runs.RUN_YAML or not (path.parent / runs.CHECKPOINTS).exists():
            raise UserError(f"{path}: --resume needs the run.yaml inside a run folder that has checkpoints")
        run_dir = path.parent
    else:
        run_dir = runs.create_run(config, runs_dir(), args.name)
        if args.name and not args.json:
            print(f"Run: {runs.run_name(run_dir)}", flush=True)
    from core.cli.inprocess import run_in_process

    return run_in_process(run_dir, resume=args.resume, json_events=args.json)


def _inspect(args) -> int:
    from core.config import RunConfig
    from core.data.pipeline import prepare_examples
    from core.data.tokenize import TextTokenizer, full_lengths, length_stats
    from core.paths import demo_model_dir

    path = Path(args.file)
    if not path.exists():
        raise UserError(f"{path}: no such file or folder")
    model = Path(args.model) if args.model else demo_model_dir()
    if not (model / "tokenizer.json").exists():
        raise UserError(
            f"{model}: not a model folder with a tokenizer.json; give --model the folder of a downloaded model"
        )
    tok = TextTokenizer.from_model_dir(model)
    config = RunConfig(
        model=str(model),
        dataset=str(path),
        cutoff_len=args.cutoff,
        format_file=args.format_file or "",
        train_on_prompt=args.train_on_prompt,
    )
    prepared = prepare_examples(config, tokenizer=tok, kind=args.kind)
    stats = length_stats(list(full_lengths(prepared.examples, tok)), args.cutoff)
    samples = _inspect_samples(prepared.examples[: args.samples], tok, args.cutoff)
    if args.json:
        print(json.dumps(_inspect_report(path, model, prepared, stats, samples), ensure_ascii=False))
    else:
        _print_inspection(path, prepared, stats, samples, args.cutoff)
    return 0


def _inspect_samples(shown, tok, cutoff: int) -> list[dict]:
    """The first examples as trained: their segments and token counts."""
    from core.data.tokenize import tokenize_example

    return [
        {
            "row": e.source_row,
            "segments": [s.to_json() for s in e.segments],
            "tokens": min(t.full_length, cutoff),
            "trained_tokens": t.trained_tokens,
        }
        for e, t in zip(shown, (tokenize_example(e, tok, None) for e in shown))
    ]


def _inspect_report(path: Path, model: Path, prepared, stats: dict, samples: list[dict]) -> dict:
    return {
        "path": str(path),
        "kind": prepared.kind,
        "detection": prepared.detection_reason,
        "encoding": prepared.encoding,
        "encoding_note": prepared.encoding_note,
        "rows": prepared.rows,
        "examples": len(prepared.examples),
        "rendering": prepared.rendering,
        "problems": [p.to_json() for p in prepared.problems],
        "samples": samples,
        "token_lengths": stats,
        "tokenizer": str(model),
    }


def _print_inspection(path: Path, prepared, stats: dict, samples: list[dict], cutoff: int) -> None:
    print(f"{path.name}: {prepared.kind} ({prepared.detection_reason})")
    print(f"  {prepared.encoding_note}")
    print(f"  {prepared.rows} rows -> {len(prepared.examples)} examples, rendered with {prepared.rendering}")
    print(
        f"  tokens: median {stats['p50']}, 95% under {stats['p95']}, longest {stats['max']}; "
        f"{stats['truncated']} ({stats['truncated_fraction']:.1%}) longer than the cutoff of {cutoff}"
    )
    for p in prepared.problems[:20]:
        print(f"  {p.severity}: {p}")
    if len(prepared.problems) > 20:
        print(f"  ... and {len(prepared.problems) - 20} more problems (use --json for all)")
    for s in samples:
        print(f"--- row {s['row']} ({s['tokens']} tokens, {s['trained_tokens']} trained; trained text in [[ ]])")
        print("".join(f"[[{seg['text']}]]" if seg["trained"] else seg["text"] for seg in s["segments"]))


if __name__ == "__main__":
    sys.exit(main())
