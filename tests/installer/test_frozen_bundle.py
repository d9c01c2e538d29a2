"""The installed app, built for real.

This builds the PyInstaller bundle for this platform (reused while the
sources and installed packages are unchanged) and runs its --self-test, which
catches missing hidden imports and data files before a user does.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.locations import REPO

ROOT = REPO
BUNDLE_DIR = ROOT / "build" / "test-bundle"


@pytest.mark.slow
def test_built_bundle_passes_its_self_test(tmp_path):
    if not (ROOT / "resources" / "demo-model" / "config.json").exists():
        pytest.fail("resources/demo-model is missing: the bundle's self-test trains it")
    dist = BUNDLE_DIR / "dist"
    build = subprocess.run(
        [
            sys.executable,
            str(ROOT / "installer" / "build.py"),
            "--no-installer",
            "--dist",
            str(dist),
            "--work",
            str(BUNDLE_DIR / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    executable = dist / "Lorasmith" / ("Lorasmith.exe" if sys.platform == "win32" else "Lorasmith")
    report = tmp_path / "self-test.txt"
    result = subprocess.run(
        [str(executable), "--self-test", "--report", str(report)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
        env={**_clean_env(), "QT_QPA_PLATFORM": "offscreen"},
    )
    summary = report.read_text(encoding="utf-8") if report.exists() else "(no report)"
    assert result.returncode == 0, f"{summary}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    assert summary.startswith("self-test passed:"), summary
    assert "trained" in summary and "reloaded the adapter" in summary and "main window" in summary


def _clean_env() -> dict:
    # The bundle must not lean on this checkout's Python: no PYTHONPATH, no virtualenv.
    import os

    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
