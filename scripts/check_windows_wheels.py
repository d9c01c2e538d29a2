"""Does the pinned dependency set install on Windows? Resolves it for win_amd64 without a Windows machine.

    python scripts/check_windows_wheels.py [--python 3.11 3.12]

Needs uv (`pip install uv`): pip's own `--platform` evaluates environment
markers for the machine it runs on, so a Linux pip resolves Linux-only
dependencies (torch's CUDA wheels) into a "Windows" install; uv evaluates them
for the target. For each Python version, the project's dependencies
(pyproject.toml, dev extra included) are resolved under constraints.txt for
x86_64 Windows, wheels only, reading metadata only. It reports:

- a pin with no Windows wheel for that Python (the install would fail there);
- a package Windows needs that constraints.txt does not pin (it would float).

Exit status 0 when both lists are empty. Not part of the test suite: it needs the
package index, and its answer changes only when the pins do. The CUDA build of
torch comes from PyTorch's own index (installer/README.md); PyPI's Windows torch
is the CPU build with the same version and dependencies, which is what this checks.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def requirements() -> list[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return list(project["dependencies"]) + list(project.get("optional-dependencies", {}).get("dev", []))


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            found[canonical(name.split(";")[0])] = version.split(";")[0].strip()
    return found


def find_uv() -> str | None:
    beside = Path(sys.executable).with_name("uv.exe" if os.name == "nt" else "uv")
    return str(beside) if beside.is_file() else shutil.which("uv")


def resolve(
    uv: str,
    python_version: str,
    reqs: list[str],
    out: Path,
    constraints: bool = True,
) -> subprocess.CompletedProcess:
    source = out.with_suffix(".in")
    source.write_text("\n".join(reqs) + "\n", encoding="utf-8")
    command = [
        uv,
        "pip",
        "compile",
        str(source),
        "--output-file",
        str(out),
        "--quiet",
        "--no-header",
        "--python-platform",
        "x86_64-pc-windows-msvc",
        "--python-version",
        python_version,
        "--only-binary",
        ":all:",
    ]
    if constraints:
        command += ["--constraint", str(ROOT / "constraints.txt")]
    return subprocess.run(command, capture_output=True, text=True)


def check(uv: str, python_version: str) -> list[str]:
    problems = []
    pinned = pins()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "windows.txt"
        result = resolve(uv, python_version, requirements(), out)
        if result.returncode != 0:
            problems.append("the pinned set does not resolve: " + " ".join(result.stderr.split())[-800:])
            # One pin at a time, to name the ones without a Windows wheel.
            for name, version in pinned.items():
                if (
                    resolve(
                        uv, python_version, [f"{name}=={version}"], Path(tmp) / "one.txt", constraints=False
                    ).returncode
                    != 0
                ):
                    problems.append(f"{name}=={version} has no wheel for win_amd64 / Python {python_version}")
            return problems
        chosen = {}
        for line in out.read_text(encoding="utf-8").splitlines():
            if "==" in line and not line.lstrip().startswith("#"):
                name, version = line.strip().split("==", 1)
                chosen[canonical(name)] = version.split()[0]
    for name, version in sorted(chosen.items()):
        if name not in pinned:
            problems.append(f"{name} {version} is needed on Windows but not pinned in constraints.txt")
        elif pinned[name] != version:
            problems.append(f"{name} resolves to {version} on Windows, not the pinned {pinned[name]}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", nargs="+", default=["3.11", "3.12"], help="Python versions to check")
    args = parser.parse_args(argv)
    uv = find_uv()
    if uv is None:
        print("This check needs uv: python -m pip install uv", file=sys.stderr)
        return 2
    failed = False
    for version in args.python:
        problems = check(uv, version)
        print(f"Python {version}, win_amd64: " + ("every pin has a wheel; nothing unpinned" if not problems else ""))
        for problem in problems:
            print(f"  {problem}")
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
