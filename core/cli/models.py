"""lorasmith models ...: find, download, list, import and delete base models from the command line.

User mistakes and Hub problems print one plain message and exit 2.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
import threading
from dataclasses import asdict

from core.errors import run_command
from core.hub.search import (
    HubError,
    HubSettings,
    forget_token,
    format_bytes,
    format_parameters,
    model_details,
    recommended_models,
    save_token,
    search_models,
    token_source,
)


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lorasmith models", description="Find, download and manage base models.")
    sub = p.add_subparsers(dest="action", metavar="ACTION")

    def endpoint(cmd):
        cmd.add_argument("--endpoint", help="Hub address or mirror, e.g. https://hf-mirror.com (default: Settings)")

    search = sub.add_parser("search", help="search the Hub for text-generation models with safetensors weights")
    search.add_argument("text")
    search.add_argument("--limit", type=int, default=20)
    search.add_argument("--json", action="store_true")
    endpoint(search)

    info = sub.add_parser("info", help="architecture, size, licence and trainability of a Hub model")
    info.add_argument("repo", help="owner/name, or the model page address")
    info.add_argument("--revision")
    info.add_argument("--json", action="store_true")
    endpoint(info)

    pull = sub.add_parser("pull", help="download a model into the models folder (resumes an unfinished download)")
    pull.add_argument("repo", help="owner/name, or the model page address")
    pull.add_argument("--revision", help="branch, tag or commit (default: main)")
    pull.add_argument(
        "--allow-pickle",
        action="store_true",
        help="accept .bin (pickle) weights when a model has no safetensors; pickle can run code",
    )
    pull.add_argument(
        "--trust-remote-code",
        action="store_true",
        help="accept models whose architecture is Python code in their repository",
    )
    endpoint(pull)

    listing = sub.add_parser("list", help="models in the models folder")
    listing.add_argument("--json", action="store_true")

    rec = sub.add_parser("recommended", help="the curated list of good first models")
    rec.add_argument("--json", action="store_true")

    imp = sub.add_parser("import", help="use a model folder you already have (it is left where it is)")
    imp.add_argument("folder")
    imp.add_argument("--name", help="name to show it under (default: the folder's name)")
    imp.add_argument("--allow-pickle", action="store_true")

    delete = sub.add_parser("delete", help="delete a downloaded model, or forget an imported one")
    delete.add_argument("name", help="name from 'lorasmith models list', or owner/name")

    token = sub.add_parser("token", help="the Hugging Face access token for gated and private models")
    token.add_argument(
        "token_action",
        choices=("set", "clear", "status"),
        help="set: read a token from the keyboard (or stdin) into the system keyring",
    )
    return p


def models_main(argv: list[str]) -> int:
    return run_command(_models, argv)


def _models(argv: list[str]) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not args.action:
        parser.print_help()
        return 2
    try:
        return ACTIONS[args.action](args)
    except HubError as exc:
        if exc.code != "cancelled":
            raise  # a mistake the user can fix: run_command's one line and exit 2
        print(f"lorasmith: {exc}", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print(
            "lorasmith: stopped. What was downloaded is kept; run the same command again to continue.", file=sys.stderr
        )
        return 130


def _settings(args) -> HubSettings:
    settings = HubSettings.load()
    if getattr(args, "endpoint", None):
        settings.endpoint = args.endpoint
    return settings


def _search(args) -> int:
    settings = _settings(args)
    results = search_models(
        args.text, limit=args.limit, endpoint=settings.resolved_endpoint(), offline=settings.offline
    )
    if args.json:
        print(json.dumps([asdict(r) for r in results]))
        return 0
    if not results:
        print(f"No text-generation models with safetensors weights match '{args.text}'.")
        return 0
    width = max(len(r.repo_id) for r in results)
    print(f"{'MODEL':<{width}}  {'SIZE':>7}  {'DOWNLOADS':>11}")
    for r in results:
        print(
            f"{r.repo_id:<{width}}  {format_parameters(r.parameters):>7}  {r.downloads:>11,}"
            f"{'  gated' if r.gated else ''}"
        )
    return 0


def _info(args) -> int:
    settings = _settings(args)
    d = model_details(args.repo, args.revision, endpoint=settings.resolved_endpoint(), offline=settings.offline)
    if args.json:
        data = asdict(d)
        data.pop("config")
        print(json.dumps(data))
        return 0
    about = "about " if d.parameters_estimated else ""
    print(f"{d.repo_id}  ({d.page})")
    print(f"  architecture: {d.architecture or 'unknown'} ({d.model_type or 'no model_type'})")
    print(f"  parameters:   {about}{format_parameters(d.parameters)}")
    print(
        f"  download:     {format_bytes(d.download_bytes)} in {len(d.files)} files ({d.weights_format or 'no weights'})"
    )
    print(
        f"  licence:      {d.license or 'not stated'}{'; gated: accept the licence on the model page' if d.gated else ''}"
    )
    print(f"  trainable:    {'yes' if d.trainable else 'no'}")
    if d.needs_remote_code:
        print(f"  custom code:  {d.remote_code_reason}")
    for problem in d.problems:
        print(f"  note: {problem}")
    return 0


def _pull(args) -> int:
    from core.hub.download import pull_model

    settings = _settings(args)
    printer = _ProgressPrinter()
    model = pull_model(
        args.repo,
        args.revision,
        settings=settings,
        allow_pickle=args.allow_pickle,
        trust_remote_code=args.trust_remote_code,
        progress=printer,
        cancel=threading.Event(),
    )
    printer.close()
    print(f"{model.display_name} is ready: {model.path} ({format_bytes(model.size_bytes)})")
    return 0


class _ProgressPrinter:
    """One line per file; on a terminal, also a live line with percent, speed and time left."""

    def __init__(self):
        self.file = None
        self.live = sys.stderr.isatty()

    def __call__(self, p) -> None:
        if p.stage == "done":
            return
        if p.file != self.file:
            self.file = p.file
            self._clear()
            print(
                f"[{p.file_index}/{p.file_count}] {p.file} ({format_bytes(p.file_size)})", file=sys.stderr, flush=True
            )
        if self.live and p.bytes_total:
            eta = f", {_duration(p.eta_seconds)} left" if p.eta_seconds else ""
            line = (
                f"  {p.bytes_done / p.bytes_total:6.1%} of {format_bytes(p.bytes_total)}"
                f" at {format_bytes(int(p.speed))}/s{eta}"
            )
            print(f"\r{line:<70}", end="", file=sys.stderr, flush=True)

    def _clear(self) -> None:
        if self.live:
            print("\r" + " " * 70 + "\r", end="", file=sys.stderr)

    def close(self) -> None:
        self._clear()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return (
        f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"
    )


def _list(args) -> int:
    from core.hub.download import list_local_models, models_root

    models = list_local_models()
    if args.json:
        print(
            json.dumps(
                [{**asdict(m), "path": str(m.path), "ready": m.ready, "display_name": m.display_name} for m in models],
                ensure_ascii=False,
            )
        )
        return 0
    if not models:
        print(f"No models in {models_root()} yet; 'lorasmith models pull OWNER/NAME' downloads one.")
        return 0
    width = max(len(m.display_name) for m in models)
    for m in models:
        size = format_bytes(m.size_bytes)
        if m.status == "incomplete" and m.total_bytes:
            size = f"{size} of {format_bytes(m.total_bytes)}"
        print(f"{m.display_name:<{width}}  {m.status:<10}  {size:<22}  {m.path}")
        for problem in m.problems:
            print(f"{'':<{width}}  {problem}")
    return 0


def _recommended(args) -> int:
    models = recommended_models()
    if args.json:
        print(json.dumps([asdict(m) for m in models]))
        return 0
    width = max(len(m.repo_id) for m in models)
    print(f"{'MODEL':<{width}}  {'SIZE':>6}  {'DOWNLOAD':>9}  {'VRAM':>6}  LICENCE")
    for m in models:
        print(
            f"{m.repo_id:<{width}}  {format_parameters(m.parameters):>6}  {format_bytes(m.download_bytes):>9}  "
            f"{m.vram_tier_gb:>3} GB  {m.license}{' (gated)' if m.gated else ''}"
        )
    return 0


def _import(args) -> int:
    from core.hub.download import import_model_folder

    model = import_model_folder(args.folder, args.name, allow_pickle=args.allow_pickle)
    print(f"Imported {model.path} as '{model.name}' ({format_bytes(model.size_bytes)}); the folder stays where it is.")
    return 0


def _delete(args) -> int:
    from core.hub.download import delete_local_model

    model = delete_local_model(args.name)
    if model.source == "import":
        print(f"Forgot '{model.name}'; its folder {model.path} was left alone.")
    else:
        print(f"Deleted '{model.display_name}' ({format_bytes(model.size_bytes)}).")
    return 0


def _token(args) -> int:
    if args.token_action == "status":
        source = token_source()
        print(
            {
                "environment": "A token is set in the HF_TOKEN environment variable.",
                "keyring": "A token is saved in the system keyring.",
            }.get(source, "No access token is set.")
        )
        return 0
    if args.token_action == "clear":
        forget_token()
        print("The saved token was removed from the system keyring.")
        return 0
    value = getpass.getpass("Hugging Face access token: ") if sys.stdin.isatty() else sys.stdin.readline()
    save_token(value)
    print("Token saved in the system keyring.")
    return 0


ACTIONS = {
    "search": _search,
    "info": _info,
    "pull": _pull,
    "list": _list,
    "recommended": _recommended,
    "import": _import,
    "delete": _delete,
    "token": _token,
}
