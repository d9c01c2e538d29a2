"""Lorasmith --self-test: prove an installed app works end to end, in about a minute on a CPU.

1. trains the bundled demo model with a 4-bit LoRA for a few steps in the training
   child process, started exactly as the app starts it (the app's own executable
   when installed);
2. in a second child, imports every dependency, then loads the base model in
   4 bits with the saved adapter and generates a few tokens;
3. in this process, opens the main window offscreen, and checks that doing so
   imported none of the machine-learning libraries (the window must stay light).

Prints one line: "self-test passed: ..." and exits 0, or "self-test failed: WHY" and exits 1.
Everything is written to a temporary folder, never to the user's runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_STEPS = 4
CHILD_TIMEOUT_S = 900


class SelfTestFailure(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="Lorasmith --self-test", description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=DEFAULT_STEPS, help="training steps (default %(default)s)")
    parser.add_argument("--model", help="model folder to train instead of the bundled demo model")
    parser.add_argument("--report", help="also write the summary line to this file (a windowed app has no console)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder even when everything passed")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)

    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="lorasmith-selftest-"))
    # Children inherit this: the test's runs, logs and settings stay in the temporary folder.
    os.environ["LORASMITH_HOME"] = str(work / "home")
    try:
        summary = (
            "self-test passed: "
            + _run_checks(work, args.steps, args.model)
            + f"; total {time.monotonic() - started:.1f} s"
        )
        code = 0
    except SelfTestFailure as failure:
        summary = f"self-test failed: {failure} (files kept in {work})"
        code = 1
    except Exception as exc:  # noqa: BLE001 - any surprise is a failed self-test, said in one line
        summary = f"self-test failed: {type(exc).__name__}: {exc} (files kept in {work})"
        code = 1
    _say(summary, args.report)
    if code == 0 and not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return code


def _run_checks(work: Path, steps: int, model: str | None) -> str:
    from core.paths import demo_model_dir

    model_dir = Path(model) if model else demo_model_dir()
    if not (model_dir / "config.json").exists():
        raise SelfTestFailure(f"{model_dir}: the demo model is missing; the build did not include resources/demo-model")
    run_dir, train_text = _train_in_child(work, model_dir, steps)
    check_text = _check_in_child(run_dir, model_dir)
    window_text = _open_window()
    return "; ".join((train_text, check_text, window_text))


def _train_in_child(work: Path, model_dir: Path, steps: int) -> tuple[Path, str]:
    from core.launch import training_command
    from core.planning.demo import demo_config
    from core.training import runs

    config = demo_config(steps)
    config.model = str(model_dir)
    config.eval_steps = max(steps, 1)
    config.quantization = "4bit"
    run_dir = runs.create_run(config, work / "runs", "selftest")
    started = time.monotonic()
    output = _run_child(training_command(run_dir), "training")
    events = _events(run_dir / runs.METRICS)
    kinds = [e.get("type") for e in events]
    if "finished" not in kinds:
        failed = next((e for e in events if e.get("type") == "failed"), None)
        why = f"{failed.get('message')} {failed.get('hint', '')}".strip() if failed else "no 'finished' event"
        raise SelfTestFailure(f"training child did not finish: {why}; log: {run_dir / runs.LOG}\n{_tail(output)}")
    adapter = run_dir / runs.ADAPTER
    if not any(adapter.glob("adapter_model.*")):
        raise SelfTestFailure(f"{adapter}: training finished but saved no adapter")
    losses = [e["loss"] for e in events if e.get("type") == "progress" and "loss" in e]
    loss_text = f", loss {losses[0]:.2f} -> {losses[-1]:.2f}" if losses else ""
    return (
        run_dir,
        f"trained {steps} steps of a 4-bit LoRA in the child in {time.monotonic() - started:.1f} s{loss_text}",
    )


def _check_in_child(run_dir: Path, model_dir: Path) -> str:
    from core.inference.bundle_check import RESULT_PREFIX
    from core.launch import engine_command

    started = time.monotonic()
    output = _run_child(engine_command("core.inference.bundle_check", str(run_dir), str(model_dir)), "check")
    result = next(
        (json.loads(line[len(RESULT_PREFIX) :]) for line in output.splitlines() if line.startswith(RESULT_PREFIX)), None
    )
    if result is None:
        raise SelfTestFailure(f"the check child printed no result\n{_tail(output)}")
    if result.get("error"):
        raise SelfTestFailure(result["error"])
    return (
        f"imported {len(result['versions'])} dependencies (torch {result['versions'].get('torch')}), "
        f"4-bit works on {result.get('device', '?')}, reloaded the adapter and generated {result['new_tokens']} tokens in {time.monotonic() - started:.1f} s"
    )


def _open_window() -> str:
    # Offscreen: the check must work on a build server and must not flash a window at the user.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.monotonic()
    from desktop.application import create_application
    from desktop.main_window import MainWindow

    app = create_application("en")
    from desktop.fonts import FONT_FILES, fonts_dir, shipped

    if len(shipped()) != len(FONT_FILES):  # without them Chinese shows as boxes where no CJK font is installed
        raise SelfTestFailure(f"{fonts_dir()}: the Chinese UI fonts did not load; the build left out resources/fonts")
    window = MainWindow()
    window.show()
    app.processEvents()
    shown = window.isVisible()
    window.close()
    app.processEvents()
    if not shown:
        raise SelfTestFailure("the main window did not open")
    from desktop import GUI_FORBIDDEN_LIBRARIES

    loaded = [name for name in GUI_FORBIDDEN_LIBRARIES if name in sys.modules]
    if loaded:
        raise SelfTestFailure(f"opening the window imported {', '.join(loaded)}; the window process must stay light")
    return (
        f"opened the main window offscreen in {time.monotonic() - started:.1f} s "
        f"with its {len(FONT_FILES)} Chinese UI fonts"
    )


def _run_child(command: list[str], what: str) -> str:
    from core.launch import start_child

    try:
        # stdin stays an open pipe: the training child reads it for "stop" and must not see it end.
        process = start_child(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    except OSError as exc:
        raise SelfTestFailure(f"could not start the {what} child {command[0]}: {exc}") from exc
    try:
        output = process.stdout.read()
        code = process.wait(timeout=CHILD_TIMEOUT_S)
    except subprocess.TimeoutExpired as exc:
        process.kill()
        raise SelfTestFailure(f"the {what} child took more than {CHILD_TIMEOUT_S} s") from exc
    finally:
        process.stdin.close()
    if code != 0:
        raise SelfTestFailure(f"the {what} child exited with status {code}: {' '.join(command)}\n{_tail(output)}")
    return output


def _events(path: Path) -> list[dict]:
    if not path.exists():
        return []
    events = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        try:
            events.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return events


def _tail(text: str, lines: int = 20) -> str:
    return "\n".join(text.splitlines()[-lines:])


def _say(summary: str, report: str | None) -> None:
    first_line = summary.splitlines()[0] if summary else summary
    stream = sys.stdout if first_line.startswith("self-test passed") else sys.stderr
    print(summary if stream is sys.stderr else first_line, file=stream, flush=True)
    if report:
        Path(report).write_text(summary + "\n", encoding="utf-8")
