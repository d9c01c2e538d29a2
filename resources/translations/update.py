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
    """pyside6-<name> beside this Python (a virtual environment), in its scripts folder (Scripts\\ of a
    python.org install on Windows, where python.exe is one folder up), else on PATH."""
    import sysconfig

    folders = dict.fromkeys([Path(sys.executable).parent, Path(sysconfig.get_path("scripts"))])
    candidates = [folder / f"pyside6-{name}{suffix}" for folder in folders for suffix in ("", ".exe")]
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


def screen_tables() -> dict[tuple[str, str], tuple[str, str]]:
    """The translation tables screens keep beside their code (see desktop/translation_tables.py)."""
    sys.path.insert(0, str(REPO))
    from desktop.translation_tables import merged_tables

    return merged_tables()


def fill_from_tables(ts: Path, column: int, table: dict) -> int:
    """Fill entries of one .ts file from the screens' tables, which win over what the file
    holds (they are edited beside the code); returns how many entries changed."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            pair = table.get((name, message.findtext("source")))
            node = message.find("translation")
            if pair is None or node is None:
                continue
            forms = (
                (node.findall("numerusform") or [ET.SubElement(node, "numerusform")])
                if message.get("numerus") == "yes"
                else [node]
            )  # Chinese has one plural form
            if node.get("type") is None and all(f.text == pair[column] for f in forms):
                continue
            for form in forms:
                form.text = pair[column]
            node.attrib.pop("type", None)
            filled += 1
    if filled:
        ET.indent(tree, space="    ")
        with open(ts, "wb") as fh:
            fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
            tree.write(fh, encoding="utf-8", xml_declaration=False)
    return filled


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
        table = screen_tables()
        for column, ts in enumerate(ts_files()):
            print(f"{ts.name}: {fill_from_tables(ts, column, table)} entries set from the screens' tables")
    for path in compile_all():
        print(path)
