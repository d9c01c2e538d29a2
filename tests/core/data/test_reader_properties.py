"""Whatever file a user drops, reading it ends in rows (with their problems listed) or in one
DataError that names the file: never in another exception.

Each property feeds the path `lorasmith data inspect` takes (read the file, detect its kind,
build the examples of every kind, tokenize them) with damaged copies of valid files, random
bytes, mixed encodings, wrong extensions, NUL bytes, huge lines and deep or wide nesting.
The runs are derandomized and keep no example database, so CI sees the same cases every time.
"""

from __future__ import annotations

import csv
import functools
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.config import RunConfig
from core.data.pipeline import prepare_examples
from core.data.problems import DataError, Problem
from core.data.schemas import KINDS, detect_kind
from core.data.sources import iter_rows, read_source
from core.data.tokenize import TextTokenizer, full_lengths, tokenize_example
from core.paths import demo_model_dir, samples_dir

PROFILE = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)
EXTENSIONS = (".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".parquet", ".txt")
CODECS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "big5")
TRADITIONAL = "今天天氣很好，我們一起去公園散步吧。這個資料集用於訓練語言模型。"


# ---------------------------------------------------------------- the path under test


@functools.lru_cache(maxsize=1)
def tokenizer() -> TextTokenizer:
    return TextTokenizer.from_model_dir(demo_model_dir())


def assert_names_the_file(exc: DataError, path: Path) -> None:
    assert path.name in str(exc), f"the message does not name the file: {exc}"
    assert isinstance(exc.problem, Problem)


def inspect_outcome(path: Path) -> str:
    """What `lorasmith data inspect` does with `path`, without printing: "rows", "text" or "refused"."""
    tok = tokenizer()
    config = RunConfig(model=str(demo_model_dir()), dataset=str(path), cutoff_len=256)
    try:
        source = read_source(path)
        detect_kind(source)
        if source.rows is not None:
            assert all(isinstance(row, dict) for row in source.rows)
            compare_streamed_reads(path, source.rows)
        assert all(isinstance(p, Problem) for p in source.problems)
    except DataError as exc:
        assert_names_the_file(exc, path)
        return "refused"
    for kind in (None, *KINDS):  # the detected kind, then each one --kind can ask for
        try:
            prepared = prepare_examples(config, path=str(path), tokenizer=tok, kind=kind)
        except DataError as exc:
            assert_names_the_file(exc, path)
            continue
        if kind is None:  # inspect tokenizes what it shows; the other kinds need only be built
            assert len(list(full_lengths(prepared.examples, tok))) == len(prepared.examples)
            for e in prepared.examples[:3]:
                tokenize_example(e, tok, config.cutoff_len)
        # --json prints every problem and sample: all of it must be writable as UTF-8.
        json.dumps(
            [p.to_json() for p in prepared.problems] + [s.to_json() for e in prepared.examples[:3] for s in e.segments],
            ensure_ascii=False,
        ).encode("utf-8")
    return "rows" if source.rows is not None else "text"


def compare_streamed_reads(path: Path, rows) -> None:
    """A file too large for memory (indexed, read on demand) and a streamed preview give the same rows."""
    expected = [repr(r) for r in rows]
    try:
        indexed = read_source(path, memory_budget_bytes=1).rows
    except DataError as exc:  # a JSON document that is not a plain list cannot be indexed
        assert_names_the_file(exc, path)
    else:
        assert [repr(r) for r in indexed] == expected
        assert [repr(indexed[i]) for i in reversed(range(len(indexed)))] == expected[::-1]
    assert [repr(r) for _, r in iter_rows(path)] == expected


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("reader-properties")


def write(folder: Path, suffix: str, data: bytes) -> Path:
    path = folder / f"dropped{suffix}"
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- valid files to start from


def _csv_text(rows: list[dict], delimiter: str = ",") -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]), delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _parquet_bytes(rows: list[dict]) -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), out, row_group_size=2)
    return out.getvalue()


@functools.lru_cache(maxsize=1)
def seeds() -> dict[str, tuple[str, bytes]]:
    """name -> (extension, bytes): small valid files of every type, kind and encoding."""
    folder = samples_dir()
    alpaca = json.loads((folder / "alpaca_en.json").read_text(encoding="utf-8"))[:3]
    alpaca_zh = json.loads((folder / "alpaca_zh.json").read_text(encoding="utf-8"))[:3]
    sharegpt = json.loads((folder / "sharegpt_en.json").read_text(encoding="utf-8"))[:2]
    lines = {
        name: "".join((folder / name).read_text(encoding="utf-8").splitlines(keepends=True)[:3])
        for name in ("openai_zh.jsonl", "text_en.jsonl", "custom_qa.jsonl")
    }
    raw = (folder / "raw_zh.txt").read_text(encoding="utf-8")[:300]
    flat = [{k: v for k, v in r.items() if isinstance(v, str)} for r in alpaca]
    tools = {
        "messages": [
            {"role": "user", "content": "Weather in Oslo?"},
            {"role": "assistant", "tool_calls": [{"function": {"name": "weather", "arguments": '{"city": "Oslo"}'}}]},
            {"role": "tool", "content": '{"c": 4}'},
            {"role": "assistant", "content": "4 degrees."},
        ],
        "tools": '[{"name": "weather", "parameters": {"city": "string"}}]',
    }
    traditional = [{"instruction": TRADITIONAL[:9], "output": TRADITIONAL[9:]}]
    found = {
        "alpaca.json": (".json", json.dumps(alpaca, indent=2).encode()),
        "alpaca_zh.json": (".json", json.dumps(alpaca_zh, ensure_ascii=False, indent=2).encode()),
        "sharegpt.json": (".json", json.dumps(sharegpt, ensure_ascii=False).encode()),
        "wrapped.json": (".json", json.dumps({"version": 1, "data": alpaca}).encode()),
        "tools.jsonl": (".jsonl", (json.dumps(tools) + "\n").encode()),
        "alpaca.csv": (".csv", _csv_text(flat).encode()),
        "alpaca.tsv": (".tsv", _csv_text(flat, "\t").encode()),
        "alpaca_semicolon.csv": (".csv", _csv_text(flat, ";").encode("utf-8-sig")),
        "alpaca.parquet": (".parquet", _parquet_bytes(flat)),
        "raw.txt": (".txt", raw.encode()),
        "alpaca_zh.utf16.json": (".json", json.dumps(alpaca_zh, ensure_ascii=False).encode("utf-16")),
        "alpaca_zh.utf16le.jsonl": (
            ".jsonl",
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in alpaca_zh).encode("utf-16-le"),
        ),
        "alpaca_zh.gb18030.csv": (".csv", _csv_text(alpaca_zh).encode("gb18030")),
        "traditional.big5.json": (".json", json.dumps(traditional, ensure_ascii=False).encode("big5")),
        "raw.gb18030.txt": (".txt", raw.encode("gb18030")),
    }
    found.update({name: (Path(name).suffix, text.encode()) for name, text in lines.items()})
    return found


@st.composite
def damaged_files(draw):
    """A valid file cut short, spliced with another, overwritten, repeated, or holding NUL bytes,
    and now and then saved under another file type's extension."""
    names = sorted(seeds())
    suffix, data = seeds()[draw(st.sampled_from(names))]
    at = draw(st.integers(0, len(data)))
    how = draw(st.sampled_from(("cut", "splice", "overwrite", "insert", "nul", "repeat", "drop")))
    if how == "cut":
        data = data[:at]
    elif how == "splice":
        other = seeds()[draw(st.sampled_from(names))][1]
        data = data[:at] + other[draw(st.integers(0, len(other))) :]
    elif how == "overwrite":
        noise = draw(st.binary(min_size=1, max_size=16))
        data = data[:at] + noise + data[at + len(noise) :]
    elif how == "insert":
        data = (
            data[:at]
            + draw(
                st.sampled_from(
                    (
                        b"[",
                        b"{",
                        b"]",
                        b"}",
                        b",",
                        b'"',
                        b"\\",
                        b"\n",
                        b"\r",
                        b";",
                        b"\xef\xbb\xbf",
                        b"\xff\xfe",
                        b"\\ud800",
                        b"1" * 5000,
                    )
                )
            )
            + data[at:]
        )
    elif how == "nul":
        data = data[:at] + b"\x00" * draw(st.integers(1, 4)) + data[at:]
    elif how == "repeat":
        data = data[:at] + data[at // 2 : at] * draw(st.integers(2, 5)) + data[at:]
    else:
        data = data[: at // 2] + data[at:]
    if draw(st.integers(0, 3)) == 0:
        suffix = draw(st.sampled_from(EXTENSIONS))
    return suffix, data


# ---------------------------------------------------------------- properties


@settings(PROFILE, max_examples=220)
@given(damaged_files())
def test_damaged_and_mislabelled_files_give_rows_or_a_data_error_naming_the_file(folder, file):
    suffix, data = file
    inspect_outcome(write(folder, suffix, data))


@settings(PROFILE, max_examples=80)
@given(
    st.sampled_from(EXTENSIONS + ("", ".xlsx")),
    st.sampled_from((b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"PAR1", b"[", b"{")),
    st.binary(max_size=400),
)
@example(".json", b"", b"\x00" * 64)
@example(".parquet", b"", b"just some text\n")
@example(".csv", b"", b"a,b\n\x00,\x00\n")
def test_random_bytes_give_rows_or_a_data_error_naming_the_file(folder, suffix, start, data):
    inspect_outcome(write(folder, suffix, start + data))


@settings(PROFILE, max_examples=40)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(CODECS),
            st.sampled_from(("plain ascii", "机器学习是人工智能的一个分支", TRADITIONAL, "café ünïcödé", "😀 emoji")),
        ),
        min_size=1,
        max_size=6,
    ),
    st.sampled_from((".jsonl", ".csv", ".txt", ".json")),
)
def test_rows_in_different_encodings_in_one_file(folder, parts, suffix):
    lines = [b"text" if suffix == ".csv" else b""]
    for codec, text in parts:
        try:
            encoded = json.dumps({"text": text}, ensure_ascii=False) if suffix in (".jsonl", ".json") else text
            lines.append(encoded.encode(codec))
        except UnicodeEncodeError:  # Big5 has no simplified characters: that row stays UTF-8
            lines.append(encoded.encode("utf-8"))
    body = b"\n".join(line for line in lines if line)
    if suffix == ".json":
        body = b"[" + body.replace(b"\n", b",\n") + b"]"
    inspect_outcome(write(folder, suffix, body))


def _nested(depth: int, style: str, closed: bool) -> str:
    opener, closer = {"list": ("[", "]"), "object": ('{"k": ', "}"), "mixed": ('[{"k": ', "}]")}[style]
    return opener * depth + ("1" + closer * depth if closed else "")


NESTED_PLACES = {
    "the whole file": (".json", lambda n: n),
    "a row of a list": (".json", lambda n: f'[{{"text": "a"}}, {n}]'),
    "a value in a row": (".json", lambda n: f'[{{"instruction": "a", "output": "b", "input": {n}}}]'),
    "the list of a wrapped file": (".json", lambda n: f'{{"data": [{{"text": "a"}}], "meta": {n}}}'),
    "a JSON Lines row": (".jsonl", lambda n: f'{{"text": "a"}}\n{{"text": {n}}}\n'),
    "tools written as text": (
        ".jsonl",
        lambda n: (
            json.dumps(
                {"messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}], "tools": n}
            )
            + "\n"
        ),
    ),
    "tool-call arguments written as text": (
        ".jsonl",
        lambda n: (
            json.dumps(
                {
                    "messages": [
                        {"role": "user", "content": "q"},
                        {"role": "assistant", "tool_calls": [{"function": {"name": "f", "arguments": n}}]},
                    ]
                }
            )
            + "\n"
        ),
    ),
    "a ShareGPT function call": (
        ".json",
        lambda n: json.dumps(
            [
                {
                    "conversations": [
                        {"from": "human", "value": "q"},
                        {"from": "function_call", "value": n},
                        {"from": "observation", "value": "r"},
                        {"from": "gpt", "value": "a"},
                    ]
                }
            ]
        ),
    ),
    "a CSV cell": (".csv", lambda n: "instruction,output\n" + f'"{n.replace(chr(34), chr(34) * 2)}",b\n'),
}


@settings(PROFILE, max_examples=60)
@given(
    st.sampled_from(sorted(NESTED_PLACES)),
    st.integers(1, 3000),
    st.sampled_from(("list", "object", "mixed")),
    st.booleans(),
)
@example("the whole file", 300_000, "list", False)
@example("the whole file", 300_000, "object", True)
@example("a JSON Lines row", 20_000, "object", True)
@example("a value in a row", 950, "list", True)  # just under what Python's JSON decoder reads
@example("tools written as text", 20_000, "list", True)
@example("tool-call arguments written as text", 20_000, "object", True)
def test_deep_nesting_anywhere_gives_rows_or_a_data_error_naming_the_file(folder, place, depth, style, closed):
    suffix, build = NESTED_PLACES[place]
    outcome = inspect_outcome(write(folder, suffix, build(_nested(depth, style, closed)).encode()))
    if place in ("the whole file", "a JSON Lines row", "a value in a row") and closed and depth > 100:
        assert outcome == "refused"


@settings(PROFILE, max_examples=10)
@given(st.sampled_from(("keys", "list", "line", "cell", "text")), st.integers(1, 20_000))
@example("line", 300_000)  # longer than the reader's chunk of 256 KiB
@example("cell", 300_000)
@example("keys", 20_000)
@example("list", 100_000)
def test_very_wide_rows_and_huge_lines(folder, shape, width):
    if shape == "keys":
        data = json.dumps([{"instruction": "a", "output": "b", **{f"k{i}": i for i in range(width)}}])
        suffix = ".json"
    elif shape == "list":
        data = json.dumps({"text": "a", "tags": list(range(width))}) + "\n"
        suffix = ".jsonl"
    elif shape == "line":
        data = json.dumps({"instruction": "a", "output": "x" * width}) + "\n"
        suffix = ".jsonl"
    elif shape == "cell":
        data = "instruction,output\na," + "y" * width + "\n"
        suffix = ".csv"
    else:
        data = "z" * width
        suffix = ".txt"
    inspect_outcome(write(folder, suffix, data.encode()))


# Every code point, halves of surrogate pairs too: a JSON \u escape can hold any of them.
any_text = st.text(st.characters(blacklist_categories=()), max_size=16)


def _row_of_kind(kind: str, texts: list[str]) -> dict:
    a, b, c, d = texts
    if kind == "alpaca":
        return {"instruction": a, "input": b, "output": c, "system": d}
    if kind == "sharegpt":
        return {
            "conversations": [
                {"from": "system", "value": a},
                {"from": "human", "value": b},
                {"from": "gpt", "value": c},
            ],
            "tools": d,
        }
    if kind == "openai":
        return {
            "messages": [
                {"role": "user", "content": [{"type": "text", "text": a}, b]},
                {"role": "assistant", "content": c, "loss_weight": 1},
            ],
            "tools": d,
        }
    return {"text": a + b + c + d}


@settings(PROFILE, max_examples=80)
@given(
    st.sampled_from(("alpaca", "sharegpt", "openai", "text")),
    st.lists(any_text, min_size=4, max_size=4),
    st.sampled_from((".json", ".jsonl")),
    st.booleans(),
    st.integers(1, 6000),
)
@example("alpaca", ["a", "b", "c\ud83d", ""], ".jsonl", True, 1)
@example("text", ["a", "", "", ""], ".json", True, 5000)
def test_any_text_and_any_number_in_rows_of_every_kind(folder, kind, texts, suffix, ascii_only, digits):
    rows = [_row_of_kind(kind, texts), _row_of_kind(kind, ["q", "r", "s", "t"])]
    # A number is written as it stands in the file; Python reads only so many digits of one.
    text = [json.dumps(r, ensure_ascii=ascii_only)[:-1] + f', "n": {"7" * digits}}}' for r in rows]
    data = "[" + ",\n".join(text) + "]" if suffix == ".json" else "\n".join(text) + "\n"
    outcome = inspect_outcome(write(folder, suffix, data.encode("utf-8", "backslashreplace")))
    assert outcome in ("rows", "refused")


KEYS = (
    "instruction",
    "input",
    "output",
    "system",
    "history",
    "conversations",
    "messages",
    "from",
    "value",
    "role",
    "content",
    "tools",
    "text",
    "loss_weight",
    "weight",
    "tool_calls",
    "function",
    "arguments",
    "name",
    "type",
)
ROLES = ("human", "gpt", "system", "user", "assistant", "tool", "function_call", "observation", "robot", "")
json_scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.sampled_from(ROLES)
    | st.text(max_size=12)
    | st.just("\ud800 half")
    | st.just('{"name": "f", "arguments": "{}"}')
)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=4), inner, max_size=5)
    ),
    max_leaves=25,
)


@settings(PROFILE, max_examples=150)
@given(
    st.lists(st.dictionaries(st.sampled_from(KEYS), json_values, max_size=6), min_size=1, max_size=4),
    st.sampled_from((".json", ".jsonl")),
)
def test_rows_of_any_shape_give_examples_or_listed_problems(folder, rows, suffix):
    if suffix == ".json":
        text = json.dumps(rows, ensure_ascii=False)
    else:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    # A lone surrogate cannot be written as UTF-8; JSON's \u escape is how it reaches a file.
    data = text.encode("utf-8", "backslashreplace")
    assert inspect_outcome(write(folder, suffix, data)) in ("rows", "refused")
