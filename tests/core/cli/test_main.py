"""The command line: what users and scripts see."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.cli.main import main
from tests.locations import REPO


def inspect_json(capsys, *args) -> dict:
    assert main(["data", "inspect", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    "name, kind, rows",
    [
        ("alpaca_en_demo.json", "alpaca", 999),
        ("alpaca_zh_demo.json", "alpaca", 1000),
        ("identity.json", "alpaca", 91),
        ("glaive_toolcall_en_demo.json", "sharegpt", 300),
        ("v1_sft_demo.jsonl", "openai", 500),
        ("c4_demo.jsonl", "text", 300),
    ],
)
def test_inspect_reads_every_llamafactory_dataset(capsys, compat_dir, name, kind, rows):
    report = inspect_json(capsys, str(compat_dir / "llamafactory" / name), "--cutoff", "256")
    assert report["kind"] == kind and report["rows"] == rows
    assert report["encoding"].startswith("utf-8")
    assert set(report) >= {"path", "kind", "encoding", "rows", "problems", "samples", "token_lengths"}
    sample = report["samples"][0]
    assert sample["tokens"] > 0 and sample["segments"]
    assert any(seg["trained"] for seg in sample["segments"])
    stats = report["token_lengths"]
    assert stats["count"] == report["examples"] and stats["cutoff"] == 256
    assert 0 <= stats["truncated"] <= stats["count"]


def test_inspect_raw_text_chunks_with_the_models_tokenizer(capsys, compat_dir):
    report = inspect_json(capsys, str(compat_dir / "llamafactory" / "wiki_demo.txt"), "--cutoff", "256")
    assert report["kind"] == "raw" and report["examples"] > 10
    assert report["token_lengths"]["max"] <= 256 + 1  # a chunk plus its end-of-text token
    assert all(seg["trained"] for s in report["samples"] for seg in s["segments"])


def test_inspect_with_a_textgen_format_file(capsys, compat_dir):
    report = inspect_json(
        capsys,
        str(compat_dir / "llamafactory" / "alpaca_en_demo.json"),
        "--format",
        str(compat_dir / "textgen-formats" / "alpaca-format.json"),
    )
    first = report["samples"][0]["segments"]
    assert first[0]["text"].startswith("Below is an instruction") and not first[0]["trained"]
    assert first[-1]["trained"]


def test_problem_rows_are_numbered_as_an_editor_shows_them(capsys, tmp_path):
    data = tmp_path / "mine.json"
    data.write_text(
        json.dumps([{"instruction": "a", "output": "b"}, {"instruction": "c", "output": ""}], indent=2),
        encoding="utf-8",
    )
    report = inspect_json(capsys, str(data))
    problem = [p for p in report["problems"] if p["severity"] == "error"][0]
    assert problem["row"] == 2 and "output" in problem["message"]
    assert report["examples"] == 1


@pytest.mark.parametrize(
    "content, words",
    [
        (b"", "empty"),
        (b'[{"instruction": "a", "output": "b"},\n {"instruction": "c" "output": "d"}]', "2"),
        (b"\x00\x01\x02PK\x03\x04" * 50, "not a text file"),
        (b"[" * 300_000, "nested more than 100 levels deep"),  # was a RecursionError traceback
        (b'{"a": ' * 300_000 + b"1" + b"}" * 300_000, "nested more than 100 levels deep"),
    ],
)
def test_bad_files_exit_2_with_one_plain_line_and_no_traceback(tmp_path, content, words):
    data = tmp_path / "bad.json"
    data.write_bytes(content)
    out = subprocess.run(
        [sys.executable, "-m", "core.cli.main", "data", "inspect", str(data)], cwd=REPO, capture_output=True, text=True
    )
    assert out.returncode == 2
    assert "Traceback" not in out.stderr
    assert "bad.json" in out.stderr and words in out.stderr.lower()


def test_missing_file_and_bad_yaml_exit_2(tmp_path):
    assert main(["data", "inspect", str(tmp_path / "nope.json")]) == 2
    bad = tmp_path / "run.yaml"
    bad.write_text("lora_rank: lots\n", encoding="utf-8")
    assert main(["train", str(bad)]) == 2


def test_json_written_as_text_inside_rows_may_be_nested_any_depth(capsys, tmp_path):
    # Tool definitions and call arguments are JSON inside a text; parsing them recursed without a limit.
    deep = "[" * 200_000 + "]" * 200_000
    row = {
        "messages": [
            {"role": "user", "content": "Weather?"},
            {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": deep}}]},
            {"role": "tool", "content": "4"},
            {"role": "assistant", "content": "4 degrees."},
        ],
        "tools": deep,
    }
    data = tmp_path / "tools.jsonl"
    data.write_text(json.dumps(row) + "\n", encoding="utf-8")
    report = inspect_json(capsys, str(data))
    assert report["kind"] == "openai" and report["examples"] == 1
    assert any("not valid JSON" in p["message"] for p in report["problems"])
