"""Build Lorasmith for this platform: the PyInstaller one-folder bundle, then on Windows the installer.

    python installer/build.py                 bundle in dist/Lorasmith (+ dist/installer/*.exe on Windows)
    python installer/build.py --self-test     ... then run the built app's self-test
    python installer/build.py --no-installer  only the bundle

A bundle is reused when nothing it is made of changed (our sources, resources,
the installed packages and Python): the fingerprint of those is stored beside it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "lorasmith.spec"
ISS = ROOT / "installer" / "lorasmith.iss"
APP = "Lorasmith"
FINGERPRINT_FILE = "build-fingerprint.txt"
# What the bundle is made of; a change to any of these means a rebuild.
SOURCE_FOLDERS = ("core", "desktop", "installer", "resources")
ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe")


def app_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def bundle_executable(dist: Path) -> Path:
    return dist / APP / (APP + ".exe" if sys.platform == "win32" else APP)


def source_fingerprint(console: bool = False) -> str:
    digest = hashlib.sha256()
    digest.update(f"{sys.version}|{sys.platform}|console={console}\n".encode())
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc":
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in metadata.distributions() if d.metadata["Name"])
    digest.update("\n".join(packages).encode())
    return digest.hexdigest()


def build_bundle(dist: Path, work: Path, *, console: bool = False, reuse: bool = True) -> tuple[Path, bool]:
    """Build (or reuse) the one-folder bundle in dist/Lorasmith; returns (executable, rebuilt)."""
    executable = bundle_executable(dist)
    stamp = dist / FINGERPRINT_FILE
    fingerprint = source_fingerprint(console)
    if reuse and executable.exists() and stamp.exists() and stamp.read_text().strip() == fingerprint:
        return executable, False
    stamp.unlink(missing_ok=True)
    env = dict(os.environ, LORASMITH_CONSOLE="1" if console else "0", QT_QPA_PLATFORM="offscreen")
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, cwd=ROOT, env=env, check=True)
    if not executable.exists():
        raise SystemExit(f"PyInstaller finished but {executable} is missing")
    stamp.write_text(fingerprint + "\n")
    return executable, True


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def find_iscc() -> Path | None:
    found = shutil.which("ISCC") or shutil.which("iscc")
    if found:
        return Path(found)
    return next((Path(p) for p in ISCC_PLACES if Path(p).exists()), None)


def build_installer(dist: Path) -> Path:
    """Windows only: compile installer/lorasmith.iss with Inno Setup over the built bundle."""
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "Inno Setup 6 is not installed (ISCC.exe not found); get it from jrsoftware.org or run with --no-installer"
        )
    out = dist / "installer"
    subprocess.run(
        [
            str(iscc),
            f"/DAppVersion={app_version()}",
            f"/DSourceDir={dist / APP}",
            f"/DOutputDir={out}",
            f"/DRepoRoot={ROOT}",
            str(ISS),
        ],
        check=True,
    )
    return out


def run_self_test(executable: Path, report: Path) -> int:
    # A windowed app has no console on Windows: the summary comes back through --report.
    report.unlink(missing_ok=True)
    code = subprocess.run([str(executable), "--self-test", "--report", str(report)]).returncode
    if report.exists():
        print(report.read_text(encoding="utf-8").strip())
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller", help="PyInstaller's work folder")
    parser.add_argument("--console", action="store_true", help="console build, for debugging start-up problems")
    parser.add_argument("--rebuild", action="store_true", help="build even when the sources are unchanged")
    parser.add_argument("--no-installer", action="store_true", help="skip Inno Setup (it only exists on Windows)")
    parser.add_argument("--self-test", action="store_true", help="run the built app's self-test afterwards")
    args = parser.parse_args(argv)

    started = time.monotonic()
    executable, rebuilt = build_bundle(
        args.dist.resolve(), args.work.resolve(), console=args.console, reuse=not args.rebuild
    )
    size = folder_size(executable.parent)
    verb = "built" if rebuilt else "unchanged, reused"
    print(f"bundle {verb}: {executable} ({size / 2**30:.2f} GiB) in {time.monotonic() - started:.0f} s", flush=True)
    if sys.platform == "win32" and not args.no_installer:
        print(f"installer: {build_installer(args.dist.resolve())}", flush=True)
    if args.self_test:
        return run_self_test(executable, args.dist.resolve() / "self-test.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
