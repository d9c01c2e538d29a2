"""Detecting the kind of a dataset, normalising chat rows, and per-row problems."""

import json

import pytest

from core.data.problems import DataError
from core.data.schemas import Conversation, Message, check_rows, detect_kind, to_conversation
from core.data.sources import read_source


def roles(conversation: Conversation) -> list[tuple[str, str, bool | None]]:
    return [(m.role, m.content, m.trained) for m in conversation.messages]


# ---------------------------------------------------------------- real files from other tools


@pytest.mark.parametrize(
    "name, kind, count",
    [
        ("alpaca_en_demo.json", "alpaca", 999),
        ("alpaca_zh_demo.json", "alpaca", 1000),
        ("identity.json", "alpaca", 91),
        ("glaive_toolcall_en_demo.json", "sharegpt", 300),
        ("v1_sft_demo.jsonl", "openai", 500),
        ("c4_demo.jsonl", "text", 300),
    ],
)
def test_compat_datasets_are_detected_and_every_row_is_usable(compat_dir, name, kind, count):
    source = read_source(compat_dir / "llamafactory" / name)
    detection = detect_kind(source)
    assert detection.kind == kind and detection.reason.startswith("Every row has")
    assert len(source.rows) == count
    assert check_rows(source.rows, kind, path=source.path, row_lines=source.row_lines) == []
    if kind in ("alpaca", "sharegpt", "openai"):
        conversations = [to_conversation(row, kind, i) for i, row in enumerate(source.rows, 1)]
        assert all(c.messages[-1].role == "assistant" for c in conversations)
        assert conversations[-1].row == count


def test_compat_tool_calls_keep_their_tools_and_roles(compat_dir):
    source = read_source(compat_dir / "llamafactory" / "glaive_toolcall_en_demo.json")
    detection = detect_kind(source)
    assert detection.keys == ["conversations", "tools"] and 'tool definitions in "tools"' in detection.reason
    conversation = to_conversation(source.rows[0], "sharegpt", 1)
    assert json.loads(conversation.tools)[0]["name"] == "search_recipes"
    assert [m.role for m in conversation.messages][:6] == [
        "user",
        "assistant",
        "user",
        "tool_call",
        "tool",
        "assistant",
    ]
    assert json.loads(conversation.messages[3].content)["name"] == "search_recipes"


def test_compat_content_parts_and_loss_weights(compat_dir):
    source = read_source(compat_dir / "llamafactory" / "v1_sft_demo.jsonl")
    assert 'per-message "loss_weight"' in detect_kind(source).reason
    assert roles(to_conversation(source.rows[0], "openai", 1)) == [
        ("user", "hi", False),
        (
            "assistant",
            "Hello! I am {{name}}, an AI assistant developed by {{author}}. How can I assist you today?",
            True,
        ),
    ]


def test_compat_raw_text_and_registry(compat_dir):
    detection = detect_kind(read_source(compat_dir / "llamafactory" / "wiki_demo.txt"))
    assert detection.kind == "raw" and detection.keys == []
    with pytest.raises(DataError, match="dataset registry"):
        read_source(compat_dir / "llamafactory" / "dataset_info.json")


# ---------------------------------------------------------------- detection


def test_custom_keys_are_listed_in_first_seen_order():
    detection = detect_kind([{"prompt": "a", "completion": "b"}, {"prompt": "c", "completion": "d", "id": 3}])
    assert detection.kind == "custom" and detection.keys == ["prompt", "completion", "id"]
    assert '"prompt", "completion", "id"' in detection.reason and "format file" in detection.reason


def test_dolly_style_rows_are_not_mistaken_for_alpaca():
    assert detect_kind([{"instruction": "a", "context": "", "response": "b"}]).kind == "custom"


def test_a_folder_of_text_is_raw(tmp_path):
    (tmp_path / "1.txt").write_text("some text", encoding="utf-8")
    detection = detect_kind(read_source(tmp_path))
    assert detection.kind == "raw" and "folder" in detection.reason


def test_mixed_kinds_are_detected_by_majority_and_the_minority_rows_reported():
    rows = [{"instruction": f"q{i}", "output": f"a{i}"} for i in range(8)]
    rows[2] = {"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "hello"}]}
    rows[6] = {"text": "a plain text row"}
    detection = detect_kind(rows)
    assert detection.kind == "alpaca" and detection.reason.startswith("Most rows (6 of the 8 checked)")
    problems = check_rows(rows, "alpaca", path="mix.json", row_lines=[2 + 4 * i for i in range(8)])
    summary, *per_row = problems
    assert summary.severity == "warning" and "2 of 8 rows" in str(summary) and "(rows 3, 7)" in str(summary)
    assert [(p.row, p.line, p.severity) for p in per_row] == [(3, 10, "error"), (7, 26, "error")]
    assert str(per_row[0]).startswith("mix.json:10: this row looks like ShareGPT data")


def test_the_sample_limits_what_detection_reads():
    rows = [{"text": "t"}] * 3 + [{"messages": []}] * 10
    assert detect_kind(rows, sample=3).kind == "text"
    assert detect_kind(rows).kind == "openai"


# ---------------------------------------------------------------- alpaca


def test_alpaca_with_system_history_and_input():
    row = {
        "instruction": "Translate",
        "input": "你好",
        "output": "Hello",
        "system": "Be brief.",
        "history": [["Hi", "Hey!"], ["Who are you?", "A helper."]],
    }
    assert roles(to_conversation(row, "alpaca", 1)) == [
        ("system", "Be brief.", None),
        ("user", "Hi", None),
        ("assistant", "Hey!", None),
        ("user", "Who are you?", None),
        ("assistant", "A helper.", None),
        ("user", "Translate\n\n你好", None),
        ("assistant", "Hello", None),
    ]
    plain = to_conversation({"instruction": "Say hi", "input": "", "output": "hi"}, "alpaca", 2)
    assert roles(plain) == [("user", "Say hi", None), ("assistant", "hi", None)] and plain.tools is None


def test_empty_output_names_the_file_line_and_what_to_do():
    rows = [{"instruction": "a", "output": "b"}, {"instruction": "c", "output": ""}]
    problems = check_rows(rows, "alpaca", path="data/alpaca.json", row_lines=[2, 812])
    assert [str(p) for p in problems] == ['alpaca.json:812: "output" is empty; fill it in or delete the row']
    problems = check_rows(rows, "alpaca", path="data/alpaca.json")
    assert [str(p) for p in problems] == ['alpaca.json row 2: "output" is empty; fill it in or delete the row']


@pytest.mark.parametrize(
    "row, message, severity",
    [
        ({"instruction": "a"}, '"output" is missing; add it or delete the row', "error"),
        (
            {"instruction": "", "input": "", "output": "b"},
            '"instruction" is empty; fill it in or delete the row',
            "error",
        ),
        ({"instruction": "a", "output": ["b", "c"]}, '"output" is a list, but text was expected', "error"),
        ({"instruction": "a", "output": None}, '"output" is empty', "error"),
        ({"instruction": "a", "output": 42}, '"output" is a number, not text; it is used as the text "42"', "warning"),
        (
            {"instruction": "a", "output": "b", "history": "x"},
            '"history" must be a list of [question, answer] pairs',
            "error",
        ),
    ],
)
def test_alpaca_row_problems(row, message, severity):
    problems = check_rows([row], "alpaca", path="a.json")
    assert [(p.severity, p.row) for p in problems] == [(severity, 1)]
    assert message in problems[0].message


def test_an_instruction_left_empty_is_fine_when_the_input_holds_the_question():
    conversation = to_conversation({"instruction": "", "input": "What is 2+2?", "output": "4"}, "alpaca", 1)
    assert roles(conversation)[0] == ("user", "What is 2+2?", None)


def test_to_conversation_raises_naming_the_row():
    with pytest.raises(DataError) as info:
        to_conversation({"instruction": "a", "output": " "}, "alpaca", 5, path="x/a.json")
    assert str(info.value) == 'a.json row 5: "output" is empty; fill it in or delete the row'
    with pytest.raises(ValueError):
        to_conversation({"text": "a"}, "text", 1)


# ---------------------------------------------------------------- sharegpt


def test_sharegpt_roles_system_column_and_tools_as_json_text():
    row = {
        "system": "You are kind.",
        "tools": [{"name": "clock"}],
        "conversations": [
            {"from": "human", "value": "time?"},
            {"from": "function_call", "value": '{"name": "clock"}'},
            {"from": "observation", "value": "12:00"},
            {"from": "gpt", "value": "Noon."},
        ],
    }
    conversation = to_conversation(row, "sharegpt", 1)
    assert [m.role for m in conversation.messages] == ["system", "user", "tool_call", "tool", "assistant"]
    assert json.loads(conversation.tools) == [{"name": "clock"}]
    assert [m.is_trained for m in conversation.messages] == [False, False, True, False, True]


def test_sharegpt_accepts_role_and_content_keys_inside_conversations():
    row = {"conversations": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}
    assert roles(to_conversation(row, "sharegpt", 1)) == [("user", "hi", None), ("assistant", "hello", None)]


def test_unknown_role_lists_the_roles_allowed():
    row = {"conversations": [{"from": "human", "value": "hi"}, {"from": "bot", "value": "hello"}]}
    problems = check_rows([row], "sharegpt", path="s.json", row_lines=[7])
    messages = [str(p) for p in problems]
    assert messages[0] == (
        's.json:7: message 2 of "conversations" has the role "bot", which is not a role '
        "Lorasmith knows; use human, gpt, system, function_call or observation (or user, "
        "assistant, tool)"
    )


@pytest.mark.parametrize(
    "row, words",
    [
        ({"conversations": [{"from": "human", "value": "hi"}]}, 'no reply from the assistant ("gpt")'),
        ({"conversations": []}, '"conversations" is empty; fill it in or delete the row'),
        ({"conversations": "hi"}, '"conversations" is a text, but a list of messages was expected'),
        (
            {"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": ""}]},
            'message 2 ("gpt") of "conversations" is empty; fill it in or delete the row',
        ),
        ({"conversations": ["hi"]}, 'message 1 of "conversations" is a text, not an object'),
    ],
)
def test_sharegpt_row_errors(row, words):
    problems = check_rows([row], "sharegpt")
    assert any(words in p.message and p.severity == "error" for p in problems), problems


def test_an_empty_user_turn_is_only_a_warning():
    row = {"conversations": [{"from": "human", "value": ""}, {"from": "gpt", "value": "ok"}]}
    assert [p.severity for p in check_rows([row], "sharegpt")] == ["warning"]


# ---------------------------------------------------------------- openai


def test_openai_content_parts_in_both_spellings_and_loss_weight():
    row = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "Hello, "}, {"type": "text", "value": "you"}]},
            {"role": "assistant", "content": "Hi.", "loss_weight": 0.0},
            {"role": "user", "content": "Again"},
            {"role": "assistant", "content": "Hi again.", "loss_weight": 2},
        ]
    }
    assert roles(to_conversation(row, "openai", 1)) == [
        ("system", "Be brief.", None),
        ("user", "Hello, you", None),
        ("assistant", "Hi.", False),
        ("user", "Again", None),
        ("assistant", "Hi again.", True),
    ]


def test_openai_tool_calls_become_a_tool_call_turn():
    row = {
        "tools": [{"type": "function", "function": {"name": "add"}}],
        "messages": [
            {"role": "user", "content": "1+2?"},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [{"type": "function", "function": {"name": "add", "arguments": '{"a": 1, "b": 2}'}}],
            },
            {"role": "tool", "content": "3"},
            {"role": "assistant", "content": "3"},
        ],
    }
    conversation = to_conversation(row, "openai", 1)
    assert [m.role for m in conversation.messages] == ["user", "tool_call", "tool", "assistant"]
    assert json.loads(conversation.messages[1].content) == {"name": "add", "arguments": {"a": 1, "b": 2}}
    assert json.loads(conversation.tools)[0]["function"]["name"] == "add"


@pytest.mark.parametrize(
    "row, words",
    [
        (
            {
                "messages": [
                    {"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]},
                    {"role": "assistant", "content": "a cat"},
                ]
            },
            'has a part of type "image_url"',
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": "hi", "loss_weight": 0},
                    {"role": "assistant", "content": "yo", "loss_weight": 0},
                ]
            },
            'every message has a "loss_weight" of 0',
        ),
        (
            {
                "messages": [
                    {"role": "user", "content": "hi"},
                    {"role": "assistant", "content": "yo", "loss_weight": "yes"},
                ]
            },
            'has a "loss_weight" of "yes"; use a number',
        ),
        ({"messages": [{"role": "narrator", "content": "x"}]}, "use system, user, assistant or tool"),
        ({"conversations": []}, "looks like ShareGPT data"),
    ],
)
def test_openai_row_errors(row, words):
    problems = check_rows([row], "openai")
    assert any(words in p.message and p.severity == "error" for p in problems), problems


# ---------------------------------------------------------------- text and custom


def test_text_rows():
    rows = [{"text": "fine"}, {"text": "  "}, {"text": 7}, {"text": {"a": 1}}, {"body": "x"}]
    problems = check_rows(rows, "text", path="t.jsonl", row_lines=[1, 2, 3, 4, 5])
    assert [str(p) for p in problems] == [
        't.jsonl:2: "text" is empty; fill it in or delete the row',
        't.jsonl:3: "text" is a number, not text; it is used as the text "7"',
        't.jsonl:4: "text" is an object, but text was expected; write it as one text in quotes',
        't.jsonl:5: "text" is missing; add it or delete the row',
    ]
    assert [p.severity for p in problems] == ["error", "warning", "error", "error"]


def test_custom_and_raw_rows_are_left_to_their_format():
    assert check_rows([{"prompt": "a"}, {}], "custom", path="c.json")[0].row == 2
    assert check_rows([], "raw") == []
    with pytest.raises(ValueError):
        check_rows([], "chatml")


def test_message_training_defaults_follow_the_role():
    assert Message("assistant", "x").is_trained and Message("tool_call", "x").is_trained
    assert not Message("user", "x").is_trained and Message("user", "x", trained=True).is_trained
