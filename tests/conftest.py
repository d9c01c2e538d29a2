"""Shared fixtures: paths to the bundled demo model, samples and the compat files."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
COMPAT = REPO.parent / "shared" / "compat"

# Tests never touch the real user data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("lorasmith-home")
    monkeypatch.setenv("LORASMITH_HOME", str(home))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return home


@pytest.fixture(scope="session")
def compat_dir() -> Path:
    if not COMPAT.is_dir():
        pytest.skip("the shared compat files are not beside this checkout")
    return COMPAT


@pytest.fixture(scope="session")
def demo_model() -> Path:
    return REPO / "resources" / "demo-model"


@pytest.fixture(scope="session")
def samples() -> Path:
    return REPO / "resources" / "samples"


@contextlib.contextmanager
def user_data_folder(home: Path):
    """LORASMITH_HOME set to `home` for a module- or session-scoped fixture, where monkeypatch cannot reach
    (training caches its tokenisation under the user data folder: keep that in the test's own folder)."""
    saved = os.environ.get("LORASMITH_HOME")
    os.environ["LORASMITH_HOME"] = str(home)
    try:
        yield home
    finally:
        if saved is None:
            os.environ.pop("LORASMITH_HOME", None)
        else:
            os.environ["LORASMITH_HOME"] = saved
