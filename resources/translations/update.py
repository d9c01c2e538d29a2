"""Refresh the translation sources from the code, then compile them.

    python resources/translations/update.py          # lupdate + lrelease
    python resources/translations/update.py --compile-only

lupdate (from PySide6) collects every tr()/translate()/QT_TRANSLATE_NOOP string
of desktop/ into lorasmith_<lang>.ts, keeping the translations already there;
translate the new entries with pyside6-linguist (or any .ts editor), then run
this again so lrelease writes the .qm files the app loads.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
LANGUAGES = ("zh_CN", "zh_TW")


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (a virtual environment), else on PATH."""
    candidates = [Path(sys.executable).with_name(f"pyside6-{name}"),
                  Path(sys.executable).with_name(f"pyside6-{name}.exe")]
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6 in this environment")
    return found


def ts_files() -> list[Path]:
    return [HERE / f"lorasmith_{lang}.ts" for lang in LANGUAGES]


def update_sources() -> None:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop").rglob("*.py"))
    subprocess.run([tool("lupdate"), *sources, "-no-obsolete", "-ts", *map(str, ts_files())], cwd=REPO, check=True)


def compile_all(out_dir: Path = HERE) -> list[Path]:
    written = []
    for ts in ts_files():
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


if __name__ == "__main__":
    if "--compile-only" not in sys.argv:
        update_sources()
    for path in compile_all():
        print(path)
