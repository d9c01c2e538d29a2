"""Atomic writes and renames, including Windows' brief refusals while another program has the file open."""

from __future__ import annotations

import os

import pytest

from core import atomic


def refuse_first(monkeypatch, times: int):
    """os.replace fails like Windows does while an antivirus scanner holds the file, `times` times."""
    real = os.replace
    calls = []

    def flaky(src, dst):
        calls.append((src, dst))
        if len(calls) <= times:
            raise PermissionError(32, "The process cannot access the file because it is being used by another process")
        real(src, dst)

    monkeypatch.setattr(atomic.os, "replace", flaky)
    return calls


def test_a_folder_replaced_while_a_scanner_holds_it_briefly_still_lands(tmp_path, monkeypatch):
    final, staging = tmp_path / "adapter", tmp_path / "adapter.partial"
    final.mkdir()
    (final / "weights").write_text("old")
    staging.mkdir()
    (staging / "weights").write_text("new")
    calls = refuse_first(monkeypatch, 3)
    atomic.replace_dir_atomic(staging, final)
    assert (final / "weights").read_text() == "new" and not staging.exists()
    assert not (tmp_path / "adapter.old").exists() and len(calls) == 5  # 3 refusals, then both renames


def test_a_file_written_while_a_scanner_holds_it_briefly_still_lands(tmp_path, monkeypatch):
    refuse_first(monkeypatch, 2)
    atomic.write_text_atomic(tmp_path / "run.yaml", "lora_rank: 8\n")
    assert (tmp_path / "run.yaml").read_text() == "lora_rank: 8\n"
    assert [p.name for p in tmp_path.iterdir()] == ["run.yaml"]  # no temporary file left behind


def test_a_lasting_refusal_is_reported_and_leaves_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "run.yaml"
    target.write_text("old")
    refuse_first(monkeypatch, 10_000)
    monkeypatch.setattr(atomic, "RENAME_RETRY_SECONDS", 0.2)
    with pytest.raises(PermissionError):
        atomic.replace(tmp_path / "missing", target, retry_seconds=0.2)
    with pytest.raises(PermissionError):
        atomic.write_text_atomic(target, "new")
    assert target.read_text() == "old" and [p.name for p in tmp_path.iterdir()] == ["run.yaml"]
