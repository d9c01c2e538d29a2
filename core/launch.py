"""Running as an installed (PyInstaller) app: child commands, missing consoles, crash logs.

An installed app has no python.exe, so it starts its child processes with its own
executable: `Lorasmith.exe --engine training RUN_DIR`. From a source checkout
the same child is `python -m core.training RUN_DIR`. Every place that starts a
child builds the command here, so both cases stay in one table.

No Qt here and nothing heavy at import time: the GUI process imports this module.
"""
from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

# --engine NAME -> the module whose main(argv) runs that child.
ENGINES = {
    "training": "core.training.__main__",
    "generate": "core.inference.generation_child",
    "inspect": "desktop.workers.inspect_worker",
    "selftest-check": "desktop.selftest",
}
ENGINE_FLAG = "--engine"
SELF_TEST_FLAG = "--self-test"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def engine_command(engine: str, *args: str) -> list[str]:
    """The command line that runs child `engine` with `args`, frozen or not."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; known: {', '.join(sorted(ENGINES))}")
    if is_frozen():
        return [sys.executable, ENGINE_FLAG, engine, *args]
    return [sys.executable, "-m", ENGINES[engine].removesuffix(".__main__"), *args]


def training_command(run_dir: str | Path, resume: bool = False) -> list[str]:
    return engine_command("training", str(run_dir), *(["--resume"] if resume else []))


def generation_command() -> list[str]:
    return engine_command("generate")


def run_engine(engine: str, argv: list[str]) -> int:
    if engine not in ENGINES:
        print(f"unknown engine {engine!r}; known: {', '.join(sorted(ENGINES))}", file=sys.stderr)
        return 2
    module = importlib.import_module(ENGINES[engine])
    entry = getattr(module, "engine_main", None) or module.main
    return int(entry(argv) or 0)


def dispatch(argv: list[str]) -> int | None:
    """Handle `--engine NAME ...` and `--self-test`; None means "not ours, open the app"."""
    if argv and argv[0] == ENGINE_FLAG:
        if len(argv) < 2:
            print(f"usage: {ENGINE_FLAG} {{{','.join(sorted(ENGINES))}}} ARGS...", file=sys.stderr)
            return 2
        return run_engine(argv[1], argv[2:])
    if argv and argv[0] == SELF_TEST_FLAG:
        from desktop.selftest import main as self_test_main
        return self_test_main(argv[1:])
    return None


def ensure_std_streams() -> Path | None:
    """Give a windowed app somewhere to write: its sys.stdout/sys.stderr are None.

    Libraries print progress bars and warnings unconditionally; writing to None
    raises AttributeError deep inside them. Returns the log file used, if any.
    """
    if sys.stdout is not None and sys.stderr is not None:
        return None
    path = _logs_dir() / "app.log"
    try:
        if path.exists() and path.stat().st_size > 5 << 20:
            path.replace(path.with_suffix(".old.log"))
        log = open(path, "a", encoding="utf-8", buffering=1, errors="replace")
    except OSError:
        import os
        log = open(os.devnull, "w", encoding="utf-8")
        path = None
    if sys.stdout is None:
        sys.stdout = log
    if sys.stderr is None:
        sys.stderr = log
    return path


def write_crash_log(exc_type, exc, tb) -> Path | None:
    """Write the traceback to logs/crash-DATE.log in the user data folder; return its path."""
    try:
        path = _logs_dir() / f"crash-{time.strftime('%Y%m%d-%H%M%S')}.log"
    except OSError:
        return None
    from core.paths import app_version
    version = app_version()
    text = (f"Lorasmith {version} crashed at {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
            f"python {sys.version.split()[0]} on {sys.platform}, frozen={is_frozen()}\n"
            f"command: {sys.argv!r}\n\n" + "".join(traceback.format_exception(exc_type, exc, tb)))
    try:
        path.write_text(text, encoding="utf-8")
    except OSError:
        return None
    return path


def install_crash_handler(on_crash=None) -> None:
    """Log uncaught exceptions to a crash file, then call on_crash(path) (the GUI offers to open it)."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb):
        path = write_crash_log(exc_type, exc, tb)
        if on_crash is not None and path is not None:
            try:
                on_crash(path)
                return
            except Exception:  # noqa: BLE001
                pass
        previous(exc_type, exc, tb)

    sys.excepthook = hook


def _logs_dir() -> Path:
    from core.paths import logs_dir
    return logs_dir()
