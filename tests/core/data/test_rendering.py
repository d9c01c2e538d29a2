"""Format files and chat templates: which text each row becomes, and which part is trained."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from core.data.problems import DataError
from core.data.rendering import (
    FormatFile,
    builtin_chat_template,
    check_format_text,
    load_chat_template,
    render_chat,
    render_chats,
    render_prompt,
    render_rows,
    special_tokens,
)
from core.data.schemas import Conversation, Message
from tests.locations import REPO

OUR_FORMATS = REPO / "resources" / "formats"


def trained_parts(example) -> list[str]:
    return [s.text for s in example.segments if s.trained]


@pytest.fixture(scope="module")
def alpaca_rows(compat_dir):
    return json.loads((compat_dir / "llamafactory" / "alpaca_en_demo.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def textgen(compat_dir):
    return compat_dir / "textgen-formats"


# ====================================================================== format files


def test_every_textgen_format_file_loads_unchanged(textgen):
    files = sorted(textgen.glob("*.json"))
    assert len(files) == 5
    for path in files:
        fmt = FormatFile.load(path)
        assert fmt.templates and fmt.problems() == [], path.name


def test_our_format_files_are_valid_and_clean():
    names = sorted(p.name for p in OUR_FORMATS.glob("*.json"))
    assert names == ["alpaca-chatbot.json", "alpaca.json", "chatml.json", "llama2-chat.json", "vicuna.json"]
    for name in names:
        assert FormatFile.load(OUR_FORMATS / name).problems() == [], name


@pytest.mark.parametrize("name", ["alpaca-format.json", "alpaca-chatbot-format.json", "ChatML-format.json"])
def test_textgen_alpaca_formats_render_every_demo_row(textgen, alpaca_rows, name):
    fmt = FormatFile.load(textgen / name)
    examples, problems = render_rows(fmt, alpaca_rows, path="alpaca_en_demo.json")
    assert problems == []
    assert len(examples) == len(alpaca_rows)
    used = {fmt.match(row) for row in alpaca_rows}
    assert used == {frozenset({"instruction", "output"}), frozenset({"instruction", "input", "output"})}
    for row, example in zip(alpaca_rows, examples):
        # The answer is what is trained; the instruction (and input) only give context.
        assert example.trained_text.startswith(row["output"])
        prompt = "".join(s.text for s in example.segments if not s.trained)
        assert row["instruction"] in prompt
        if row["input"].strip():
            assert row["input"] in prompt


def test_vicuna_reports_the_rows_it_has_no_template_for(textgen, alpaca_rows):
    fmt = FormatFile.load(textgen / "vicuna-format.json")
    examples, problems = render_rows(fmt, alpaca_rows, path="alpaca_en_demo.json")
    with_input = [i for i, row in enumerate(alpaca_rows, 1) if row["input"].strip()]
    assert [p.row for p in problems] == with_input
    assert len(examples) + len(problems) == len(alpaca_rows)
    first = problems[0]
    assert first.path == "alpaca_en_demo.json" and first.severity == "error"
    assert "instruction, input, output" in first.message
    assert '"instruction,output"' in first.message
    assert "add a template" in first.message


def test_llama2_chat_trains_the_answer_and_its_end_marker(textgen):
    fmt = FormatFile.load(textgen / "llama2-chat-format.json")
    plain = fmt.render({"userprompt": "What is 2+2?", "modelanswer": "4"}, 1)
    assert plain.text == "<s>[INST] <<SYS>>\n\n<</SYS>>\n\nWhat is 2+2?[/INST] 4</s>"
    assert trained_parts(plain) == ["4</s>"]
    assert not plain.add_eos  # the template writes its own end marker
    with_system = fmt.render({"systemprompt": "Be brief.", "userprompt": "Hi", "modelanswer": "Hello"}, 2)
    assert "<<SYS>>\nBe brief.\n<</SYS>>" in with_system.text
    assert with_system.trained_text == "Hello</s>" and with_system.source_row == 2


def test_our_alpaca_format_asks_for_the_end_token_because_it_writes_none(alpaca_rows):
    fmt = FormatFile.load(OUR_FORMATS / "alpaca.json")
    example = fmt.render(alpaca_rows[0], 1)
    assert example.add_eos
    assert example.text.endswith(alpaca_rows[0]["output"])
    assert fmt.render({"system": "S", "instruction": "I", "output": "O"}, 1).text.startswith("S\n\n### Instruction:\nI")


def test_empty_values_do_not_count_towards_the_key_set():
    fmt = FormatFile.parse(
        '{"instruction,output": "Q: %instruction%\\nA: %output%", '
        '"instruction,input,output": "Q: %instruction% (%input%)\\nA: %output%"}'
    )
    assert fmt.match({"instruction": "a", "input": "  ", "output": "b"}) == frozenset({"instruction", "output"})
    assert fmt.match({"instruction": "a", "input": None, "output": "b"}) == frozenset({"instruction", "output"})
    assert fmt.match({"instruction": "a", "input": "c", "output": "b"}) == frozenset({"instruction", "input", "output"})
    assert fmt.match({"instruction": "a"}) is None


def test_substitution_is_literal():
    fmt = FormatFile.parse('{"instruction,output": "Q: %instruction%\\nA: %output%"}')
    example = fmt.render({"instruction": "print %output% and 100%", "output": "%instruction%!"}, 1)
    assert example.text == "Q: print %output% and 100%\nA: %instruction%!"
    assert example.trained_text == "%instruction%!"


def test_numbers_become_text_and_other_values_are_row_problems():
    fmt = FormatFile.parse('{"question,answer": "%question% = %answer%"}')
    assert fmt.render({"question": "6*7", "answer": 42}, 1).text == "6*7 = 42"
    examples, problems = render_rows(
        fmt, [{"question": "q", "answer": ["a", "b"]}, {"question": "x", "answer": 1.5}], path="data.json"
    )
    assert [e.text for e in examples] == ["x = 1.5"]
    assert problems[0].row == 1 and problems[0].path == "data.json"
    assert '"answer" holds a list' in problems[0].message


def test_which_placeholder_is_trained():
    fmt = FormatFile.parse(
        '{"question,answer": "Q: %question%\\nA: %answer%\\n", '
        '"prompt,reply": "%prompt% -> %reply%", '
        '"output,instruction": "%output%\\n(asked: %instruction%)"}'
    )
    assert fmt.render({"question": "q", "answer": "a"}, 1).trained_text == "a\n"
    # No usual answer key: the last placeholder is the answer.
    assert fmt.render({"prompt": "p", "reply": "r"}, 1).trained_text == "r"
    # A preferred key wins even when it comes first: everything from it on is trained.
    assert fmt.render({"output": "o", "instruction": "i"}, 1).trained_text == "o\n(asked: i)"
    assert fmt.render({"prompt": "p", "reply": "r"}, 1, train_on_prompt=True).trained_text == "p -> r"


def test_rows_without_a_template_are_reported_with_their_keys():
    fmt = FormatFile.parse('{"instruction,output": "%instruction% %output%"}', "mine.json")
    with pytest.raises(DataError) as err:
        fmt.render({"question": "q", "answer": "a", "note": ""}, 7, path="rows.jsonl")
    problem = err.value.problem
    assert problem.row == 7 and problem.path == "rows.jsonl"
    assert "question, answer" in problem.message and "(empty: note)" in problem.message
    assert 'mine.json has templates only for the key sets "instruction,output"' in problem.message
    assert str(err.value).startswith("rows.jsonl row 7: ")


def test_key_sets_are_matched_as_sets_and_spaces_are_forgiven():
    fmt = FormatFile.parse('{"output, instruction": "%instruction%|%output%"}')
    assert fmt.render({"instruction": "i", "output": "o"}, 1).text == "i|o"
    assert fmt.names[frozenset({"instruction", "output"})] == "output, instruction"


@pytest.mark.parametrize(
    "text, expected, line",
    [
        ("", "the format file is empty", None),
        ("   \n", "the format file is empty", None),
        ('{"a,b": "%a% %b%",\n "c": "%c%"', "not valid JSON", 2),
        ('{"a": "line one\nline two %a%"}', "must be written as \\n", 1),
        ('["%a%"]', "must be one JSON object", None),
        ("{}", "has no templates", None),
        ('{\n "a,b": ["%a%", "%b%"]}', '"a,b" must be text in double quotes, not a list', 2),
        ('{"a,b": "%a% and %c%"}', '%c%, but "c" is not in its key set', 1),
        ('{"a,,b": "%a% %b%"}', "empty key name", 1),
        ('{"a,b": "%a% %b%",\n"b,a": "%b% %a%"}', "written twice (first on line 1)", 2),
        ('{"a": ""}', "is empty", 1),
        ('{"a": "no placeholders at all"}', "uses none of its keys", 1),
    ],
)
def test_broken_format_files_are_refused_with_where_and_what_to_do(text, expected, line):
    with pytest.raises(DataError) as err:
        FormatFile.parse(text, "fmt.json")
    assert expected in str(err.value)
    assert err.value.problem.line == line
    assert str(err.value).startswith("fmt.json")


def test_a_key_the_template_never_uses_is_a_warning_not_an_error():
    fmt = FormatFile.parse('{"instruction,input,output": "%instruction%\\n%output%"}')
    (warning,) = fmt.problems()
    assert warning.severity == "warning" and '"input" is in the key set' in warning.message
    assert fmt.render({"instruction": "i", "input": "dropped", "output": "o"}, 1).text == "i\no"


def test_live_validation_lists_every_problem():
    problems = check_format_text('{"a,b": "%a% %c%",\n "q": 3,\n "x,y": "%x%"}')
    assert [(p.line, p.severity) for p in problems] == [
        (1, "error"),
        (1, "warning"),
        (1, "warning"),
        (2, "error"),
        (3, "warning"),
        (3, "warning"),
    ]
    with pytest.raises(DataError, match=r"\(and 1 more problem\)"):
        FormatFile.parse('{"a,b": "%a% %c%",\n "q": 3}')
    assert check_format_text((OUR_FORMATS / "chatml.json").read_text(encoding="utf-8")) == []


def test_literal_percent_signs_in_prose_are_not_placeholders():
    fmt = FormatFile.parse('{"instruction,output": "Discount 5% to 10% on: %instruction%\\n%output%"}')
    assert fmt.problems() == []
    assert fmt.render({"instruction": "i", "output": "o"}, 1).text == "Discount 5% to 10% on: i\no"


def test_loading_files(tmp_path):
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes('\ufeff{"问题,回答": "问：%问题%\\n答：%回答%"}'.encode("utf-8"))
    fmt = FormatFile.load(with_bom)
    assert fmt.render({"问题": "你好", "回答": "你好！"}, 1).trained_text == "你好！"
    gbk = tmp_path / "gbk.json"
    gbk.write_bytes('{"问题,回答": "%问题%%回答%"}'.encode("gbk"))
    with pytest.raises(DataError, match="save it with the UTF-8 encoding"):
        FormatFile.load(gbk)
    with pytest.raises(DataError, match="cannot open the format file"):
        FormatFile.load(tmp_path / "missing.json")


def test_the_readme_example_is_a_valid_format_file():
    readme = (OUR_FORMATS / "README.md").read_text(encoding="utf-8")
    example = readme.split("```json", 1)[1].split("```", 1)[0]
    fmt = FormatFile.parse(example)
    assert fmt.problems() == []
    assert fmt.render({"instruction": "i", "input": "", "output": "o"}, 1).trained_text == "o"


# ====================================================================== chat templates

LLAMA3_STYLE = """{{- bos_token }}
{%- if messages[0]['role'] == 'system' %}
    {%- set system = messages[0]['content'] | trim %}
    {%- set messages = messages[1:] %}
{%- else %}
    {%- set system = 'Today is ' + strftime_now('%Y-%m-%d') + '.' %}
{%- endif %}
{{- '<|start_header_id|>system<|end_header_id|>\\n\\n' + system + '<|eot_id|>' }}
{%- for message in messages %}
    {{- '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + message['content'] | trim + '<|eot_id|>' }}
{%- endfor %}
{%- if add_generation_prompt %}
    {{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}
{%- endif %}
"""

QWEN_STYLE = """{%- if tools %}
    {{- '<|im_start|>system\\n' }}
    {%- if messages[0].role == 'system' %}{{- messages[0].content + '\\n\\n' }}{%- else %}{{- 'You are helpful.\\n\\n' }}{%- endif %}
    {{- '# Tools\\n<tools>' }}
    {%- for tool in tools %}{{- '\\n' + (tool | tojson) }}{%- endfor %}
    {{- '\\n</tools>\\nTo call one, write <tool_call>{"name": ..., "arguments": ...}</tool_call>.<|im_end|>\\n' }}
{%- elif messages[0].role == 'system' %}
    {{- '<|im_start|>system\\n' + messages[0].content + '<|im_end|>\\n' }}
{%- else %}
    {{- '<|im_start|>system\\nYou are helpful.<|im_end|>\\n' }}
{%- endif %}
{%- for message in messages %}
    {%- if message.role == 'user' or (message.role == 'assistant' and not message.tool_calls) %}
        {{- '<|im_start|>' + message.role + '\\n' + message.content + '<|im_end|>\\n' }}
    {%- elif message.role == 'assistant' %}
        {{- '<|im_start|>assistant' }}
        {%- if message.content %}{{- '\\n' + message.content }}{%- endif %}
        {%- for call in message.tool_calls %}
            {%- if call.function is defined %}{%- set call = call.function %}{%- endif %}
            {{- '\\n<tool_call>\\n{"name": "' + call.name + '", "arguments": ' + (call.arguments | tojson) + '}\\n</tool_call>' }}
        {%- endfor %}
        {{- '<|im_end|>\\n' }}
    {%- elif message.role == 'tool' %}
        {%- if loop.first or messages[loop.index0 - 1].role != 'tool' %}{{- '<|im_start|>user' }}{%- endif %}
        {{- '\\n<tool_response>\\n' + message.content + '\\n</tool_response>' }}
        {%- if loop.last or messages[loop.index0 + 1].role != 'tool' %}{{- '<|im_end|>\\n' }}{%- endif %}
    {%- endif %}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
"""

MISTRAL_STYLE = """{{- bos_token }}
{%- for message in messages %}
    {%- if (message['role'] == 'user') != (loop.index0 % 2 == 0) %}
        {{- raise_exception('turns must go user, assistant, user, assistant, ...') }}
    {%- endif %}
    {%- if message['role'] == 'user' %}
        {{- '[INST] ' + message['content'] + ' [/INST]' }}
    {%- elif message['role'] == 'assistant' %}
        {{- ' ' + message['content'] + eos_token }}
    {%- else %}
        {{- raise_exception('only user and assistant turns are supported') }}
    {%- endif %}
{%- endfor %}
"""

# Keeps the reasoning of the latest answer only, as some reasoning models' templates do.
DROPS_EARLIER_REASONING = """{%- for message in messages %}
    {%- set content = message.content %}
    {%- if message.role == 'assistant' and not loop.last and '</think>' in content %}
        {%- set content = content.split('</think>')[-1] | trim %}
    {%- endif %}
    {{- '<|im_start|>' + message.role + '\\n' + content + '<|im_end|>\\n' }}
{%- endfor %}
{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}
"""


def chat(*turns, tools=None, row=1) -> Conversation:
    return Conversation([Message(role, content) for role, content in turns], tools=tools, row=row)


TWO_TURNS = chat(
    ("system", "Be kind."), ("user", "Hi"), ("assistant", "Hello!"), ("user", "Bye"), ("assistant", "See you.")
)


def test_chatml_trains_each_answer_with_its_end_marker():
    example = render_chat(builtin_chat_template("chatml"), TWO_TURNS)
    assert example.text == (
        "<|im_start|>system\nBe kind.<|im_end|>\n<|im_start|>user\nHi<|im_end|>\n"
        "<|im_start|>assistant\nHello!<|im_end|>\n<|im_start|>user\nBye<|im_end|>\n"
        "<|im_start|>assistant\nSee you.<|im_end|>\n"
    )
    assert trained_parts(example) == ["Hello!<|im_end|>\n", "See you.<|im_end|>\n"]
    assert example.source_row == 1 and not example.add_eos


def test_train_on_prompt_and_per_message_choices():
    template = builtin_chat_template("chatml")
    everything = render_chat(template, TWO_TURNS, train_on_prompt=True)
    assert everything.trained_text == everything.text
    picked = Conversation(
        [
            Message("user", "Hi", trained=True),
            Message("assistant", "Hello!", trained=False),
            Message("user", "Bye"),
            Message("assistant", "See you."),
        ],
        row=3,
    )
    example = render_chat(template, picked)
    assert trained_parts(example) == ["<|im_start|>user\nHi<|im_end|>\n", "See you.<|im_end|>\n"]
    # With train_on_prompt, a message marked not trained still is not.
    assert "Hello!" not in render_chat(template, picked, train_on_prompt=True).trained_text


def test_llama3_style_template_with_bos_token():
    example = render_chat(LLAMA3_STYLE, TWO_TURNS, bos_token="<|begin_of_text|>", eos_token="<|eot_id|>")
    assert example.text.startswith("<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nBe kind.<|eot_id|>")
    assert not example.segments[0].trained and example.segments[0].text.startswith("<|begin_of_text|>")
    assert trained_parts(example) == ["Hello!<|eot_id|>", "See you.<|eot_id|>"]
    # Without a system message the template writes today's date (strftime_now works).
    dated = render_chat(LLAMA3_STYLE, chat(("user", "Hi"), ("assistant", "Yo")))
    assert "Today is 20" in dated.text and dated.trained_text == "Yo<|eot_id|>"


def test_qwen_style_template_renders_tool_calls_and_masks_tool_results():
    tools = json.dumps(
        [
            {
                "name": "get_weather",
                "description": "Weather in a city",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            }
        ]
    )
    conversation = chat(
        ("user", "Weather in 北京?"),
        ("tool_call", '{"name": "get_weather", "arguments": {"city": "北京"}}'),
        ("tool", '{"temperature": 21}'),
        ("assistant", "It is 21 degrees in 北京."),
        tools=tools,
    )
    problems = []
    example = render_chat(QWEN_STYLE, conversation, problems=problems)
    assert problems == []
    assert '"name": "get_weather"' in example.text.split("<|im_end|>")[0]  # the tools in the system turn
    call, answer = trained_parts(example)
    # The newline after the assistant header belongs to the prompt the model continues from.
    assert call == '<tool_call>\n{"name": "get_weather", "arguments": {"city": "北京"}}\n</tool_call><|im_end|>\n'
    assert answer == "It is 21 degrees in 北京.<|im_end|>\n"
    assert '<tool_response>\n{"temperature": 21}\n</tool_response>' in example.text
    assert "temperature" not in example.trained_text


def test_tool_calls_reach_templates_that_test_for_empty_content():
    template = (
        "{%- for message in messages %}"
        "{%- if message.role == 'user' %}{{ '<U>' + message.content }}"
        "{%- elif message.role == 'assistant' and message.content is none %}"
        "{%- for call in message.tool_calls %}{{ '<A><call>' + call.function.name + ' ' + "
        "call.function.arguments | tojson + '</call>' + eos_token }}{%- endfor %}"
        "{%- elif message.role == 'assistant' %}{{ '<A>' + message.content + eos_token }}"
        "{%- elif message.role == 'tool' %}{{ '<out>' + message.content + '</out>' }}{%- endif %}"
        "{%- endfor %}{%- if add_generation_prompt %}{{ '<A>' }}{%- endif %}"
    )
    conversation = chat(
        ("user", "2+3?"),
        ("tool_call", '{"name": "add", "arguments": {"a": 2, "b": 3}}'),
        ("tool", "5"),
        ("assistant", "5."),
    )
    example = render_chat(template, conversation, eos_token="</s>")
    assert trained_parts(example) == ['<call>add {"a": 2, "b": 3}</call></s>', "5.</s>"]


def test_glaive_tool_conversations_render_with_a_tool_template(compat_dir):
    from core.data.schemas import to_conversation

    rows = json.loads((compat_dir / "llamafactory" / "glaive_toolcall_en_demo.json").read_text(encoding="utf-8"))
    conversations = [to_conversation(row, "sharegpt", i) for i, row in enumerate(rows[:40], 1)]
    examples, problems = render_chats(QWEN_STYLE, conversations, path="glaive.json")
    assert problems == [] and len(examples) == 40
    with_calls = [e for c, e in zip(conversations, examples) if any(m.role == "tool_call" for m in c.messages)]
    assert len(with_calls) > 5
    for example in with_calls:
        assert '<tool_call>\n{"name": "' in example.trained_text and "<tool_response>" not in example.trained_text
    # Our ChatML fallback, which has no tool-call syntax, trains the call text as written.
    plain, problems = render_chats(builtin_chat_template("chatml"), conversations)
    assert problems == [] and any('"arguments"' in e.trained_text for e in plain)


def test_a_template_that_refuses_a_conversation_reports_the_row():
    broken = chat(("user", "one"), ("user", "two"), ("assistant", "three"), row=12)
    with pytest.raises(DataError) as err:
        render_chat(MISTRAL_STYLE, broken, eos_token="</s>")
    assert err.value.problem.row == 12
    assert "turns must go user, assistant" in str(err.value)
    examples, problems = render_chats(
        MISTRAL_STYLE, [broken, chat(("user", "a"), ("assistant", "b"), row=13)], eos_token="</s>", path="chats.jsonl"
    )
    assert [e.source_row for e in examples] == [13]
    assert [(p.row, p.path) for p in problems] == [(12, "chats.jsonl")]
    assert examples[0].text == "[INST] a [/INST] b</s>" and examples[0].trained_text == " b</s>"


def test_tool_turns_fall_back_to_user_turns_for_templates_without_tools():
    conversation = chat(
        ("user", "Add 2 and 3"),
        ("tool_call", '{"name": "add", "arguments": {"a": 2, "b": 3}}'),
        ("tool", "5"),
        ("assistant", "It is 5."),
        row=4,
    )
    problems = []
    example = render_chat(MISTRAL_STYLE, conversation, bos_token="<s>", eos_token="</s>", problems=problems)
    assert example.text == (
        '<s>[INST] Add 2 and 3 [/INST] {"name": "add", "arguments": {"a": 2, "b": 3}}</s>[INST] 5 [/INST] It is 5.</s>'
    )
    assert trained_parts(example) == [' {"name": "add", "arguments": {"a": 2, "b": 3}}</s>', " It is 5.</s>"]
    assert [(p.row, p.severity) for p in problems] == [(4, "warning")]
    assert "tool results were shown as user turns" in problems[0].message


def test_templates_that_drop_earlier_reasoning_fall_back_to_searching():
    conversation = chat(
        ("user", "2+2?"),
        ("assistant", "<think>two and two</think>4"),
        ("user", "3+3?"),
        ("assistant", "<think>three and three</think>6"),
        row=5,
    )
    problems = []
    example = render_chat(DROPS_EARLIER_REASONING, conversation, problems=problems)
    assert "two and two" not in example.text
    assert trained_parts(example) == ["4", "<think>three and three</think>6"]
    assert [p.severity for p in problems] == ["warning"] and "searching" in problems[0].message


def test_conversation_without_an_answer_is_a_row_problem():
    with pytest.raises(DataError, match="no assistant answer") as err:
        render_chat(builtin_chat_template("chatml"), chat(("user", "hello?"), row=9))
    assert err.value.problem.row == 9


def test_our_alpaca_chat_template_is_multi_turn():
    example = render_chat(
        builtin_chat_template("alpaca"),
        chat(("user", "Hi"), ("assistant", "Hello"), ("user", "Bye"), ("assistant", "Ciao")),
        eos_token="</s>",
    )
    assert example.text.startswith("Below is an instruction")
    assert "\n\n### Instruction:\nBye\n\n### Response:\nCiao</s>" in example.text
    assert trained_parts(example) == ["Hello</s>", "Ciao</s>"]


def test_render_prompt_ends_where_the_answer_begins():
    prompt = render_prompt(builtin_chat_template("chatml"), [{"role": "user", "content": "Hi"}])
    assert prompt == "<|im_start|>user\nHi<|im_end|>\n<|im_start|>assistant\n"
    assert render_prompt(MISTRAL_STYLE, [{"role": "user", "content": "Hi"}], bos_token="<s>") == "<s>[INST] Hi [/INST]"


@pytest.mark.parametrize(
    "template",
    [LLAMA3_STYLE.replace("strftime_now('%Y-%m-%d')", "'2025-01-01'"), QWEN_STYLE, MISTRAL_STYLE, "chatml", "alpaca"],
)
def test_rendering_matches_transformers(template):
    from transformers.utils.chat_template_utils import render_jinja_template

    if template in ("chatml", "alpaca"):
        template = builtin_chat_template(template)
    messages = [
        {"role": "user", "content": "  Hi  "},
        {"role": "assistant", "content": "Hello"},
        {"role": "user", "content": "Weather?"},
    ]
    tools = [{"name": "weather", "parameters": {"type": "object"}}]
    for generation in (False, True):
        ours = (
            render_prompt(template, messages, bos_token="<s>", eos_token="</s>")
            if generation
            else render_chat(
                template,
                Conversation(
                    [Message(m["role"], m["content"]) for m in messages] + [Message("assistant", "Sunny")],
                    tools=json.dumps(tools),
                ),
                bos_token="<s>",
                eos_token="</s>",
            ).text
        )
        theirs = render_jinja_template(
            [messages if generation else messages + [{"role": "assistant", "content": "Sunny"}]],
            tools=None if generation else tools,
            chat_template=template,
            add_generation_prompt=generation,
            bos_token="<s>",
            eos_token="</s>",
        )[0][0]
        assert ours == theirs


def test_template_mistakes_and_errors_become_data_errors():
    with pytest.raises(DataError, match="mistake on its line 1"):
        render_prompt("{% for m in messages %}{{ m.content }", [{"role": "user", "content": "x"}])
    with pytest.raises(DataError, match="refused this conversation"):
        render_prompt("{{ messages[0].content + 1 }}", [{"role": "user", "content": "x"}])
    # The sandbox stops templates from changing what they are given.
    with pytest.raises(DataError):
        render_prompt("{{ messages.append(1) }}", [{"role": "user", "content": "x"}])


def test_generation_tag_renders_its_body():
    template = (
        "{% for m in messages %}{% if m.role == 'assistant' %}{% generation %}{{ m.content }}|"
        "{% endgeneration %}{% else %}{{ m.content }}:{% endif %}{% endfor %}"
    )
    example = render_chat(template, chat(("user", "q"), ("assistant", "a")))
    assert example.text == "q:a|" and example.trained_text == "a|"


def test_builtin_chat_templates():
    assert builtin_chat_template("ChatML") == builtin_chat_template("chatml.jinja")
    with pytest.raises(DataError, match="choose one of alpaca, chatml"):
        builtin_chat_template("zephyr")


# ------------------------------------------------------------------ model folders


def test_load_chat_template_prefers_the_jinja_file(tmp_path):
    assert load_chat_template(tmp_path) is None
    (tmp_path / "tokenizer_config.json").write_text(json.dumps({"chat_template": "FROM CONFIG"}), encoding="utf-8")
    assert load_chat_template(tmp_path) == "FROM CONFIG"
    (tmp_path / "chat_template.jinja").write_text("FROM JINJA", encoding="utf-8")
    assert load_chat_template(tmp_path) == "FROM JINJA"


def test_load_chat_template_takes_the_default_of_a_named_list(tmp_path):
    (tmp_path / "tokenizer_config.json").write_text(
        json.dumps(
            {"chat_template": [{"name": "tool_use", "template": "TOOLS"}, {"name": "default", "template": "DEFAULT"}]}
        ),
        encoding="utf-8",
    )
    assert load_chat_template(tmp_path) == "DEFAULT"


def test_a_broken_model_file_says_to_download_again(tmp_path):
    (tmp_path / "tokenizer_config.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(DataError, match="download the model again"):
        load_chat_template(tmp_path)


def test_special_tokens_as_strings_or_objects(tmp_path):
    (tmp_path / "special_tokens_map.json").write_text(
        json.dumps({"bos_token": {"content": "<s>", "lstrip": False}, "eos_token": "</s>", "pad_token": "<pad>"}),
        encoding="utf-8",
    )
    (tmp_path / "tokenizer_config.json").write_text(
        json.dumps({"eos_token": {"content": "<|eot|>"}, "pad_token": None}), encoding="utf-8"
    )
    assert special_tokens(tmp_path) == {"bos_token": "<s>", "eos_token": "<|eot|>", "pad_token": "<pad>"}
    assert special_tokens(tmp_path / "nowhere") == {"bos_token": None, "eos_token": None, "pad_token": None}


def test_the_demo_model_template_renders(demo_model):
    assert (demo_model / "tokenizer_config.json").is_file(), f"{demo_model} is missing its tokenizer_config.json"
    template = load_chat_template(demo_model) or builtin_chat_template("chatml")
    tokens = special_tokens(demo_model)
    example = render_chat(template, TWO_TURNS, bos_token=tokens["bos_token"] or "", eos_token=tokens["eos_token"] or "")
    assert "Hello!" in example.trained_text and "Be kind." not in example.trained_text


def test_previewing_does_not_import_the_training_stack():
    code = (
        "import sys\n"
        "from core.data.rendering import FormatFile, builtin_chat_template, render_chat\n"
        "from core.data.schemas import Conversation, Message\n"
        "c = Conversation([Message('user', 'hi'), Message('assistant', 'yo')], row=1)\n"
        "assert render_chat(builtin_chat_template('chatml'), c).trained_text\n"
        "heavy = [m for m in ('transformers', 'torch', 'PySide6') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
