"""Every dataset LLaMA-Factory ships opens on the Dataset screen with the right
kind and row count (the files are read from ../shared/compat, never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.views.dataset.view import DatasetView
from tests.desktop.waits import GUI_WAIT
from tests.locations import SHARED

COMPAT = SHARED / "compat" / "llamafactory"

EXPECTED_KINDS = {
    "alpaca_en_demo.json": "alpaca",
    "alpaca_zh_demo.json": "alpaca",
    "identity.json": "alpaca",
    "glaive_toolcall_en_demo.json": "sharegpt",
    "v1_sft_demo.jsonl": "openai",
    "c4_demo.jsonl": "text",
    "wiki_demo.txt": "raw",
}


def expected_rows(path: Path) -> int:
    """Counted here without our readers: list items, or non-blank lines."""
    if path.suffix == ".json":
        return len(json.loads(path.read_text(encoding="utf-8")))
    return sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())


@pytest.fixture(scope="module")
def view(qapp):
    if not COMPAT.is_dir():
        pytest.skip("the shared compat files are not beside this checkout")
    v = DatasetView(model_dir="")
    v.resize(1200, 800)
    v.show()
    yield v
    v.shutdown()
    v.deleteLater()


def test_every_compat_file_is_known():
    if not COMPAT.is_dir():
        pytest.skip("the shared compat files are not beside this checkout")
    assert {p.name for p in COMPAT.iterdir()} == set(EXPECTED_KINDS) | {"dataset_info.json"}


@pytest.mark.parametrize("name", sorted(EXPECTED_KINDS))
def test_compat_file_opens_with_its_kind_and_rows(qtbot, view, name):
    path = COMPAT / name
    assert view.open_path(path)
    qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)
    assert view.kind() == EXPECTED_KINDS[name]
    assert view.kind_combo.currentText().endswith(
        view.kind_combo.itemText(view.kind_combo.findData(EXPECTED_KINDS[name]))
    )  # "Automatic: <kind>"
    if name.endswith(".txt"):
        assert view.source_kind == "text"
        assert view.raw_text == path.read_text(encoding="utf-8").replace("\r\n", "\n")
        assert view.stack.currentWidget() is view.raw_view
    else:
        assert view.model.rowCount() == expected_rows(path)
        assert view.stack.currentWidget() is view.table
        assert "UTF-8" in view.details.text()
        assert f"{expected_rows(path):,}".replace(",", "") in view.details.text().replace(",", "")


def test_registry_file_is_refused_with_a_reason(qtbot, view):
    path = COMPAT / "dataset_info.json"
    view.open_path(path)
    qtbot.waitUntil(lambda: not view.loading, timeout=GUI_WAIT)
    assert view.model.rowCount() == 0
    assert "dataset_info.json" in view.empty.text() and "registry" in view.empty.text()
