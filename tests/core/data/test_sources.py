"""Reading dataset files: types, encodings, bad input, large files, the compat files."""

import csv
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from core.data.problems import DataError
from core.data.sources import StreamedRows, detect_encoding, iter_rows, natural_key, read_source

SIMPLIFIED = [
    {
        "instruction": "把这句话翻译成英文",
        "input": "今天天气很好，我们一起去公园散步吧。",
        "output": "The weather is nice today, let's walk in the park together.",
    },
    {
        "instruction": "解释什么是机器学习",
        "input": "",
        "output": "机器学习是人工智能的一个分支，让计算机从数据中学习规律，而不是依靠人写好的规则。",
    },
    {"instruction": "写一句关于春天的话", "input": "", "output": "春天来了，花都开了，小鸟在树上唱歌。"},
]
TRADITIONAL = [
    {
        "instruction": "把這句話翻譯成英文",
        "input": "今天天氣很好，我們一起去公園散步吧。",
        "output": "The weather is nice today, let's walk in the park together.",
    },
    {
        "instruction": "解釋什麼是機器學習",
        "input": "",
        "output": "機器學習是人工智慧的一個分支，讓電腦從資料中學習規律，而不是依靠人寫好的規則。",
    },
    {"instruction": "寫一句關於春天的話", "input": "", "output": "春天來了，花都開了，小鳥在樹上唱歌。"},
]


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def error_of(path, **kwargs) -> str:
    with pytest.raises(DataError) as info:
        read_source(path, **kwargs)
    return str(info.value)


# ---------------------------------------------------------------- file types


def test_json_array_rows_and_the_line_each_row_starts_on(tmp_path):
    path = write(tmp_path, "a.json", json.dumps(SIMPLIFIED, ensure_ascii=False, indent=2))
    source = read_source(path)
    assert (source.file_type, source.encoding) == ("json", "utf-8")
    assert source.rows == SIMPLIFIED
    assert source.row_lines == [2, 7, 12]
    assert source.text is None and source.problems == []


def test_jsonl_keeps_values_as_read(tmp_path):
    rows = [{"text": "a", "n": 1, "tags": ["x"]}, {"text": "b", "n": 2.5, "tags": None}]
    path = write(tmp_path, "a.jsonl", "\n".join(json.dumps(r) for r in rows) + "\n")
    source = read_source(path)
    assert source.file_type == "jsonl" and source.rows == rows and source.row_lines == [1, 2]


def test_csv_cells_are_strings_and_multiline_cells_keep_their_row_line(tmp_path):
    path = write(tmp_path, "a.csv", 'instruction,output\n"two\nlines",好\n"say ""hi""",42\n')
    source = read_source(path)
    assert source.rows == [{"instruction": "two\nlines", "output": "好"}, {"instruction": 'say "hi"', "output": "42"}]
    assert source.row_lines == [2, 4]


def test_csv_with_semicolons_and_tsv(tmp_path):
    assert read_source(write(tmp_path, "semi.csv", "q;a\n1;2\n")).rows == [{"q": "1", "a": "2"}]
    assert read_source(write(tmp_path, "t.tsv", "q\ta\n1,5\t2\n")).rows == [{"q": "1,5", "a": "2"}]


def test_parquet(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "a.parquet"
    pq.write_table(pa.Table.from_pylist(SIMPLIFIED), path)
    source = read_source(path)
    assert (source.file_type, source.encoding) == ("parquet", "binary")
    assert source.rows == SIMPLIFIED and source.row_lines is None


def test_plain_text_normalises_line_endings(tmp_path):
    source = read_source(write(tmp_path, "book.txt", "第一章\r\n正文。\r\n"))
    assert (source.file_type, source.rows, source.text) == ("txt", None, "第一章\n正文。\n")


def test_folder_of_text_files_in_natural_order_joined_by_a_hard_cut(tmp_path):
    folder = tmp_path / "book"
    folder.mkdir()
    for name in ("part10.txt", "part2.txt", "Part3.txt", "part1.txt"):
        (folder / name).write_text(f"{name}\n", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.docx").write_bytes(b"ignored")
    source = read_source(folder)
    assert source.file_type == "txt-folder"
    assert [Path(f).name for f in source.files] == ["part1.txt", "part2.txt", "Part3.txt", "part10.txt"]
    assert source.text == "part1.txt\n\n\npart2.txt\n\n\nPart3.txt\n\n\npart10.txt"
    assert any("empty.txt" in str(p) and "skipped" in str(p) for p in source.problems)
    assert sorted(["file10", "file2", "file1"], key=natural_key) == ["file1", "file2", "file10"]


def test_folder_files_in_different_encodings_are_each_decoded_and_named(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "1.txt").write_bytes(
        "今天天气很好，我们一起去公园散步吧。机器学习是人工智能的一个分支。".encode("gb18030")
    )
    (folder / "2.txt").write_bytes("plain".encode("utf-8"))
    source = read_source(folder)
    assert source.text.startswith("今天天气很好") and source.text.endswith("\n\n\nplain")
    assert source.encoding == "mixed"
    assert "1.txt as GB18030" in source.encoding_note and "2.txt as UTF-8" in source.encoding_note


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    "codec, rows, expected, words",
    [
        ("utf-8", SIMPLIFIED, "utf-8", "UTF-8"),
        ("utf-8-sig", SIMPLIFIED, "utf-8-sig", "byte-order mark"),
        ("utf-16-le-bom", SIMPLIFIED, "utf-16", "UTF-16 little-endian"),
        ("utf-16-be-bom", SIMPLIFIED, "utf-16", "UTF-16 big-endian"),
        (
            "gb18030",
            SIMPLIFIED,
            "gb18030",
            "GB18030 (Simplified Chinese legacy encoding), detected with high confidence",
        ),
        ("big5", TRADITIONAL, "big5", "Big5 (Traditional Chinese legacy encoding), detected with high confidence"),
        # Traditional characters saved by a Simplified Chinese Windows (GBK) are still GB18030.
        ("gb18030", TRADITIONAL, "gb18030", "GB18030"),
    ],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl", ".csv"])
def test_every_encoding_is_read_and_named(tmp_path, codec, rows, expected, words, suffix):
    if suffix == ".json":
        text = json.dumps(rows, ensure_ascii=False, indent=2)
    elif suffix == ".jsonl":
        text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
    else:
        out = io.StringIO()
        writer = csv.DictWriter(out, list(rows[0]), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)
        text = out.getvalue()
    if codec == "utf-16-le-bom":
        data = b"\xff\xfe" + text.encode("utf-16-le")
    elif codec == "utf-16-be-bom":
        data = b"\xfe\xff" + text.encode("utf-16-be")
    else:
        data = text.encode(codec)
    source = read_source(write(tmp_path, "data" + suffix, data))
    assert source.rows == rows
    assert source.encoding == expected
    assert words in source.encoding_note


def test_short_legacy_text_is_decoded_but_the_note_admits_doubt(tmp_path):
    trad = read_source(write(tmp_path, "t.txt", "機器學習".encode("big5")))
    simp = read_source(write(tmp_path, "s.txt", "机器学习".encode("gb18030")))
    assert (trad.text, trad.encoding) == ("機器學習", "big5")
    assert (simp.text, simp.encoding) == ("机器学习", "gb18030")
    for source in (trad, simp):
        assert "medium confidence" in source.encoding_note and "re-save the file as UTF-8" in source.encoding_note


def test_detect_encoding_on_bytes():
    assert detect_encoding("plain ascii".encode()) == ("utf-8", "Read as UTF-8.")
    codec, note = detect_encoding("今天天氣很好，我們一起去公園散步吧。這個資料集用於訓練語言模型。".encode("big5"))
    assert codec == "big5" and "Big5" in note
    codec, note = detect_encoding("今天天气很好，我们一起去公园散步吧。这个数据集用于训练语言模型。".encode("gb18030"))
    assert codec == "gb18030" and "GB18030" in note


def test_utf16_without_a_byte_order_mark_is_worked_out_and_said_so(tmp_path):
    source = read_source(write(tmp_path, "n.jsonl", '{"text": "你好"}\n'.encode("utf-16-le")))
    assert source.rows == [{"text": "你好"}]
    assert "no byte-order mark" in source.encoding_note


def test_a_damaged_byte_in_utf8_is_replaced_and_located(tmp_path):
    good = "机器学习是人工智能的一个分支。\n".encode() * 5
    source = read_source(write(tmp_path, "d.txt", good + b"bad \xff byte\n"))
    assert source.encoding == "utf-8"
    assert "\ufffd" in source.text and "line 6" in source.encoding_note


def test_western_legacy_text_falls_back_to_a_guess_that_says_so(tmp_path):
    source = read_source(write(tmp_path, "fr.txt", "Café crème brûlée à la française. ".encode("cp1252") * 4))
    assert source.text.startswith("Café crème brûlée")
    assert "low confidence" in source.encoding_note


# ---------------------------------------------------------------- bad input


def test_empty_and_blank_files(tmp_path):
    for name, data in (("e.json", b""), ("b.jsonl", b"  \n\n"), ("h.csv", b"a,b\n"), ("w.txt", b"\n \n")):
        message = error_of(write(tmp_path, name, data))
        assert message.startswith(f"{name}: the file is empty") and "save your examples" in message


def test_invalid_json_names_line_and_column_and_what_to_fix(tmp_path):
    message = error_of(write(tmp_path, "bad.json", '[\n  {"a": 1},\n  {"a": 2}\n  {"a": 3}\n]'))
    assert message.startswith("bad.json:4:3:") and "comma" in message
    message = error_of(write(tmp_path, "bad2.json", '[\n  {"a": 1,}\n]'))
    assert message.startswith("bad2.json:2:11:") and "double quotes" in message


def test_a_file_cut_short_says_so(tmp_path):
    assert "cut short" in error_of(write(tmp_path, "cut.json", '[\n {"a": 1},\n {"a": "unfinish'))
    message = error_of(write(tmp_path, "cut.jsonl", '{"a": 1}\n{"a": 2\n'))
    assert message.startswith("cut.jsonl:2:") and "cut short" in message and "fix or delete this line" in message


def test_jsonl_line_that_is_not_an_object(tmp_path):
    message = error_of(write(tmp_path, "l.jsonl", '{"a": 1}\n\n[1, 2]\n'))
    assert message.startswith("l.jsonl:3:") and "row 2 is a list" in message and "one object" in message


def test_non_object_rows_in_a_json_list(tmp_path):
    message = error_of(write(tmp_path, "s.json", '[\n "just text",\n "more"\n]'))
    assert message.startswith("s.json:2:") and "row 1 is a text" in message and '{"text": "..."}' in message
    assert "row 2 is a number" in error_of(write(tmp_path, "n.json", '[{"a": 1}, 7]'))


def test_a_single_object_is_not_a_list_of_rows(tmp_path):
    message = error_of(write(tmp_path, "one.json", '{"instruction": "x", "output": "y"}'))
    assert "a single object, not a list of rows" in message and "[ {...}, {...} ]" in message
    message = error_of(write(tmp_path, "two.json", '{"train": [{"a": 1}], "test": [{"a": 2}]}'))
    assert "several lists (train, test)" in message


def test_a_list_wrapped_in_an_object_is_used_with_a_warning(tmp_path):
    path = write(tmp_path, "w.json", '{"version": 2,\n "data": [\n  {"a": 1},\n  {"a": 2}\n ]\n}')
    source = read_source(path)
    assert source.rows == [{"a": 1}, {"a": 2}] and source.row_lines == [3, 4]
    assert [p.severity for p in source.problems] == ["warning"]
    assert '"data" list' in str(source.problems[0])


def test_jsonl_saved_as_json_and_a_json_list_saved_as_jsonl(tmp_path):
    source = read_source(write(tmp_path, "lines.json", '{"a": 1}\n{"a": 2}\n'))
    assert source.rows == [{"a": 1}, {"a": 2}] and "JSON Lines" in str(source.problems[0])
    source = read_source(write(tmp_path, "list.jsonl", '[{"a": 1},\n {"a": 2}]'))
    assert source.rows == [{"a": 1}, {"a": 2}] and "JSON list" in str(source.problems[0])


def test_trailing_comma_and_blank_lines_are_warnings(tmp_path):
    source = read_source(write(tmp_path, "t.json", '[\n {"a": 1},\n {"a": 2},\n]'))
    assert source.rows == [{"a": 1}, {"a": 2}] and str(source.problems[0]).startswith("t.json:4:")
    source = read_source(write(tmp_path, "b.jsonl", '{"a": 1}\n\n{"a": 2}\n\n\n'))
    assert source.rows == [{"a": 1}, {"a": 2}] and source.row_lines == [1, 3]
    # Only the blank line between rows is worth a word; trailing ones are harmless.
    assert [str(p) for p in source.problems] == ["b.jsonl:2: 1 blank line was skipped (line 2)"]


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("archive.json", b"PK\x03\x04" + bytes(200), "ZIP archive"),
        ("model.jsonl", bytes(range(256)) * 8, "not a text file"),
        ("table.csv", b"\xd0\xcf\x11\xe0" + bytes(200), "old Microsoft Office file"),
        ("notes.txt", b"PAR1" + bytes(100), "rename it to end in .parquet"),
    ],
)
def test_binary_files_are_refused_with_advice(tmp_path, name, data, words):
    message = error_of(write(tmp_path, name, data))
    assert message.startswith(f"{name}: this is not a text file") and words in message


def test_unsupported_extensions_list_what_is_supported(tmp_path):
    message = error_of(write(tmp_path, "sheet.xlsx", b"PK"))
    assert "Save As" in message and "CSV UTF-8" in message and ".jsonl" in message and ".parquet" in message
    message = error_of(write(tmp_path, "weights.bin", b"\x00"))
    assert message.startswith("weights.bin: files ending in .bin cannot be read") and "folder of .txt" in message
    assert "was not found" in error_of(tmp_path / "missing.json")
    assert "not a readable Parquet file" in error_of(write(tmp_path, "x.parquet", b"not parquet at all"))


def test_csv_header_and_cell_problems(tmp_path):
    assert "column 2 of the header row has no name" in error_of(write(tmp_path, "a.csv", "q,,a\n1,2,3\n"))
    assert 'column name "q" appears twice' in error_of(write(tmp_path, "b.csv", "q,q\n1,2\n"))
    source = read_source(write(tmp_path, "c.csv", "q,a\nshort\n1,2,extra\n3,4,\n"))
    assert source.rows == [{"q": "short", "a": ""}, {"q": "1", "a": "2"}, {"q": "3", "a": "4"}]
    assert [str(p) for p in source.problems] == [
        "c.csv:2: this row has 1 cell but the header names 2 columns; missing cells are read as empty",
        "c.csv:3: this row has 3 cells but the header names 2 columns; the extra cells are ignored "
        "(is there an unquoted comma in a cell?)",
    ]


def test_duplicate_rows_are_warned_with_both_rows_and_kept(tmp_path):
    rows = [{"t": "a"}, {"t": "b"}, {"t": "a"}, {"t": "c"}, {"t": "b"}]
    source = read_source(write(tmp_path, "d.jsonl", "\n".join(json.dumps(r) for r in rows)))
    assert source.rows == rows
    assert [str(p) for p in source.problems] == [
        "d.jsonl:3: row 3 repeats row 1 (line 1) exactly; repeats are kept, but they make the model memorise "
        "that row, so delete one if it was not on purpose",
        "d.jsonl:5: row 5 repeats row 2 (line 2) exactly; repeats are kept, but they make the model memorise "
        "that row, so delete one if it was not on purpose",
    ]
    assert all(p.severity == "warning" for p in source.problems)


def test_many_duplicates_are_summarised(tmp_path):
    source = read_source(write(tmp_path, "many.jsonl", '{"t": "same"}\n' * 50))
    assert len(source.rows) == 50 and len(source.problems) == 21
    assert "29 more rows repeat earlier rows" in str(source.problems[-1])


# ---------------------------------------------------------------- large files


def big_rows(n):
    return [
        {
            "instruction": f"问题 {i}: " + "请解释。" * (i % 7),
            "input": "",
            "output": f"回答 {i}\n" + "这是一个很长的回答。" * 40,
        }
        for i in range(n)
    ]


def test_iter_rows_reads_as_it_goes(tmp_path):
    # Rows appended after the first row was handed out still arrive: nothing was read ahead whole.
    path = tmp_path / "grow.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in big_rows(3000)), encoding="utf-8")
    rows = iter_rows(path)
    assert next(rows)[0] == 1
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"instruction": "appended", "output": "late"}) + "\n")
    last = None
    for last in rows:
        pass
    assert last == (3001, {"instruction": "appended", "output": "late"})


def test_iter_rows_on_a_json_list_does_not_load_the_file_whole(tmp_path):
    path = tmp_path / "big.json"
    path.write_text(json.dumps(big_rows(4000), ensure_ascii=False, indent=1), encoding="utf-8")
    rows = iter_rows(path)
    assert next(rows)[1]["instruction"] == "问题 0: "
    # Break the end of the file: a reader that loaded everything up front would never notice.
    with open(path, "r+b") as fh:
        fh.seek(-40, 2)
        fh.write(b"}}} not json at all, the file is damaged")
    with pytest.raises(DataError) as info:
        for _ in rows:
            pass
    assert "big.json:" in str(info.value)


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in big_rows(12000)), encoding="utf-8")
    return path


def peak_memory(work):
    tracemalloc.start()
    try:
        result = work()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_streaming_memory_stays_far_below_the_file_size(big_jsonl):
    size = big_jsonl.stat().st_size
    count, peak = peak_memory(lambda: sum(1 for _ in iter_rows(big_jsonl)))
    assert count == 12000
    assert peak < size / 4, (peak, size)


def test_reading_a_file_over_the_memory_budget_stays_within_it(big_jsonl):
    budget = big_jsonl.stat().st_size // 3
    source, peak = peak_memory(lambda: read_source(big_jsonl, memory_budget_bytes=budget))
    assert source.streamed and len(source.rows) == 12000
    assert peak < budget, (peak, budget)
    assert source.rows[11999]["instruction"].startswith("问题 11999")


def rows_file_text(name: str, rows: list[dict], indent: int) -> str:
    """The rows as the text of a .jsonl, .json or .csv file, by the name's suffix."""
    if name.endswith(".jsonl"):
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if name.endswith(".json"):
        return json.dumps(rows, ensure_ascii=False, indent=indent)
    out = io.StringIO()
    writer = csv.DictWriter(out, list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


@pytest.mark.parametrize(
    "name, codec",
    [
        ("big.jsonl", "utf-8"),
        ("big.json", "utf-8"),
        ("big.csv", "utf-8-sig"),
        ("big_gb.json", "gb18030"),
        ("big_u16.jsonl", "utf-16"),
    ],
)
def test_a_file_over_the_memory_budget_is_indexed_and_read_on_demand(tmp_path, name, codec):
    rows = big_rows(1500)
    text = rows_file_text(name, rows, indent=2)
    path = tmp_path / name
    path.write_bytes(text.encode(codec))
    source = read_source(path, memory_budget_bytes=path.stat().st_size // 2)
    assert isinstance(source.rows, StreamedRows) and source.streamed
    assert len(source.rows) == 1500
    assert source.rows[0] == rows[0] and source.rows[-1] == rows[-1]
    assert source.rows[1234] == rows[1234] and source.rows[700:703] == rows[700:703]
    assert list(source.rows) == rows
    in_memory = read_source(path)
    assert not in_memory.streamed and list(source.row_lines) == in_memory.row_lines


def test_a_large_parquet_file_is_read_a_row_group_at_a_time(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = big_rows(500)
    path = tmp_path / "big.parquet"
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=64)
    source = read_source(path, memory_budget_bytes=1)
    assert source.streamed and len(source.rows) == 500
    assert source.rows[0] == rows[0] and source.rows[333] == rows[333] and source.rows[-1] == rows[-1]
    assert [r for _, r in iter_rows(path)] == rows


def test_a_wrapped_json_list_over_the_budget_cannot_be_streamed_and_says_what_to_do(tmp_path):
    path = write(tmp_path, "w.json", json.dumps({"data": big_rows(50)}, ensure_ascii=False))
    message = error_of(path, memory_budget_bytes=1000)
    assert "too large to read at once" in message and "JSON Lines" in message
    assert [n for n, _ in iter_rows(path)] == list(range(1, 51))  # small enough to read whole


# ---------------------------------------------------------------- pathological input (found by the properties)


@pytest.mark.parametrize(
    "name, text, where",
    [
        ("brackets.json", "[" * 300_000, "brackets.json:1:2:"),
        ("closed.json", "[" * 300_000 + "]" * 300_000, "closed.json:1:2:"),
        ("objects.json", '{"a": ' * 300_000 + "1" + "}" * 300_000, "objects.json:1:1:"),
        ("row.json", '[{"text": "a"},\n {"text": ' + "[" * 500 + "]" * 500 + "}]", "row.json:2"),
        ("line.jsonl", '{"text": "a"}\n{"text": ' + "[" * 200_000 + "]" * 200_000 + "}\n", "line.jsonl:2"),
        ("shallow.jsonl", '{"text": "a"}\n{"text": ' + "[" * 101 + "]" * 101 + "}\n", "shallow.jsonl:2"),
    ],
)
def test_deeply_nested_json_is_a_data_error_naming_the_place(tmp_path, name, text, where):
    # Python's JSON decoder recurses and raised RecursionError past ~1000 levels; rows between 100
    # and 1000 levels deep then overflowed the stack wherever they were copied, compared or saved.
    path = write(tmp_path, name, text)
    for read in (read_source, lambda p: list(iter_rows(p))):
        with pytest.raises(DataError) as info:
            read(path)
        message = str(info.value)
        assert message.startswith(where) and "nested more than 100 levels deep" in message
    with pytest.raises(DataError) as info:  # indexed to be read on demand (or too large to, for an object)
        list(read_source(path, memory_budget_bytes=1).rows)
    assert str(info.value).startswith(name)


def test_rows_nested_up_to_the_limit_are_read(tmp_path):
    source = read_source(write(tmp_path, "ok.jsonl", '{"text": ' + "[" * 99 + "]" * 99 + "}\n"))
    assert len(source.rows) == 1


@pytest.mark.parametrize(
    "name, text",
    [
        ("n.json", '[{"text": "a", "n": ' + "7" * 5000 + "}]"),
        ("n.jsonl", '{"text": "a"}\n{"text": "b", "n": ' + "7" * 5000 + "}\n"),
    ],
)
def test_a_number_too_long_for_python_is_a_data_error_naming_the_place(tmp_path, name, text):
    # Python reads at most 4300 digits of an integer and raised a bare ValueError past that.
    message = error_of(write(tmp_path, name, text))
    assert message.startswith(name) and "number here is too long to read" in message
    assert ":2" in message if name.endswith(".jsonl") else ":1:2:" in message


@pytest.mark.parametrize(
    "name, text",
    [
        (
            "half.json",
            '[{"instruction": "a\\ud83d", "output": "b"},\n {"instruction": "\\ud83d\\ude00", "output": "c"}]',
        ),
        (
            "half.jsonl",
            '{"instruction": "a\\ud83d", "output": "b"}\n{"instruction": "\\ud83d\\ude00", "output": "c"}\n',
        ),
    ],
)
def test_half_of_a_surrogate_pair_is_replaced_and_said_so(tmp_path, name, text):
    # A lone \ud83d could not be tokenized (TypeError in tokenizers) or written as UTF-8.
    source = read_source(write(tmp_path, name, text))
    assert source.rows[0]["instruction"] == "a\ufffd" and source.rows[1]["instruction"] == "😀"
    assert [p.row for p in source.problems] == [1] and "half of a character" in str(source.problems[0])
    assert list(read_source(write(tmp_path, name, text), memory_budget_bytes=1).rows) == source.rows
    from core.data.tokenize import TextTokenizer
    from core.paths import demo_model_dir

    assert TextTokenizer.from_model_dir(demo_model_dir()).count(source.rows[0]["instruction"]) > 0


def test_a_parquet_file_damaged_past_its_header_is_a_data_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "damaged.parquet"
    pq.write_table(pa.Table.from_pylist([{"text": f"row {i}"} for i in range(10)]), path)
    data = bytearray(path.read_bytes())
    data[4:12] = b"\xff" * 8  # the first page header; the footer still opens
    path.write_bytes(bytes(data))
    for read in (read_source, lambda p: list(iter_rows(p)), lambda p: list(read_source(p, memory_budget_bytes=1).rows)):
        with pytest.raises(DataError) as info:
            read(path)
        assert str(info.value).startswith("damaged.parquet: this Parquet file is damaged")


@pytest.mark.parametrize("name", ["damaged.jsonl", "damaged.json", "damaged.csv"])
def test_damaged_utf8_bytes_keep_the_rows_of_an_indexed_file_in_place(tmp_path, name):
    # Bytes replaced by U+FFFD re-encode to a different length, so the byte offsets of a file
    # read on demand drifted: rows came back wrong, or a KeyError escaped.
    rows = [
        {"instruction": f"问题 {i}：今天天气很好，我们一起去公园散步吧。", "output": f"回答 {i}"} for i in range(40)
    ]
    text = rows_file_text(name, rows, indent=1)
    data = text.encode("utf-8").replace("问题 3：".encode(), "问题 3：".encode() + b"\xbb\x99\xbb")
    path = write(tmp_path, name, data)
    whole = read_source(path)
    assert "replacing bytes" in whole.encoding_note
    assert whole.rows[3]["instruction"].startswith("问题 3：\ufffd") and whole.rows[4] == rows[4]
    indexed = read_source(path, memory_budget_bytes=1).rows
    assert [indexed[i] for i in reversed(range(len(indexed)))] == whole.rows[::-1]
    assert list(indexed) == whole.rows == [r for _, r in iter_rows(path)]


# ---------------------------------------------------------------- real files from other tools


@pytest.mark.parametrize(
    "name, file_type, count",
    [
        ("alpaca_en_demo.json", "json", 999),
        ("alpaca_zh_demo.json", "json", 1000),
        ("identity.json", "json", 91),
        ("glaive_toolcall_en_demo.json", "json", 300),
        ("v1_sft_demo.jsonl", "jsonl", 500),
        ("c4_demo.jsonl", "jsonl", 300),
    ],
)
def test_compat_datasets_read_with_their_row_counts(compat_dir, name, file_type, count):
    path = compat_dir / "llamafactory" / name
    source = read_source(path)
    assert (source.file_type, source.encoding, len(source.rows)) == (file_type, "utf-8", count)
    assert len(source.row_lines) == count and source.row_lines == sorted(source.row_lines)
    assert all(p.severity == "warning" for p in source.problems)
    assert sum(1 for _ in iter_rows(path)) == count


def test_compat_raw_text(compat_dir):
    path = compat_dir / "llamafactory" / "wiki_demo.txt"
    source = read_source(path)
    expected = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    assert (source.file_type, source.rows, source.text) == ("txt", None, expected)
    assert len(source.text) > 1_000_000


def test_compat_dataset_registry_is_explained(compat_dir):
    message = error_of(compat_dir / "llamafactory" / "dataset_info.json")
    assert message.startswith("dataset_info.json: this is LLaMA-Factory's dataset registry")
    assert "drop the data file it names instead" in message and "alpaca_en_demo.json" in message
