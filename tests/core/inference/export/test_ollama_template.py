"""The Modelfile's TEMPLATE, SYSTEM and stop lines give Ollama the prompt the run trained with.

Each family's Jinja chat template (test copies in tests/data/chat_templates) is
translated and then rendered both ways: the Jinja template through our renderer,
the Go template the way Ollama fills it in for a chat (core/inference/export/go_template.py).
"""

from __future__ import annotations

import re

import pytest

from core.data import rendering as formats
from core.data.problems import DataError
from core.data.run_template import RunTemplate, stop_strings
from core.inference.export.go_template import GoTemplateError, ollama_prompt, render
from core.inference.export.ollama_template import OllamaTemplateError, ollama_template
from tests.locations import TEST_DATA

TEMPLATES = TEST_DATA / "chat_templates"
# family: (template file or our own, BOS, EOS as the family's tokenizer has them)
FAMILIES = {
    "llama-3.1": ("llama-3.1-instruct.jinja", "<|begin_of_text|>", "<|eot_id|>"),
    "llama-3.2": ("llama-3.2-instruct.jinja", "<|begin_of_text|>", "<|eot_id|>"),
    "qwen2.5": ("qwen2.5-instruct.jinja", "", "<|im_end|>"),
    "qwen3": ("qwen3-instruct-2507.jinja", "", "<|im_end|>"),
    "mistral": ("mistral-7b-instruct-v0.3.jinja", "<s>", "</s>"),
    "gemma-2": ("gemma-2-it.jinja", "<bos>", "<eos>"),
    "gemma-3": ("gemma-3-it.jinja", "<bos>", "<eos>"),
    "phi-3.5": ("phi-3.5-mini-instruct.jinja", "<s>", "<|endoftext|>"),
    "phi-4": ("phi-4.jinja", "<|endoftext|>", "<|endoftext|>"),
    "chatml": ("builtin:chatml", "<|endoftext|>", "<|endoftext|>"),
    "alpaca": ("builtin:alpaca", "<|endoftext|>", "<|endoftext|>"),
}
SYSTEM = {"role": "system", "content": "You are Smithy, who answers like a blacksmith."}
CONVERSATIONS = {
    "one turn": [{"role": "user", "content": "How do I temper steel?"}],
    "one turn with a system prompt": [SYSTEM, {"role": "user", "content": "怎么煮米饭？"}],
    "several turns": [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Ho there, friend!"},
        {"role": "user", "content": "What is rust?"},
        {"role": "assistant", "content": "Iron's rot."},
        {"role": "user", "content": "And bronze?"},
    ],
    "several turns with a system prompt": [
        SYSTEM,
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Ho there!"},
        {"role": "user", "content": "Name a metal.\nOne word."},
    ],
}


def family_template(name: str) -> tuple[str, str, str]:
    source, bos, eos = FAMILIES[name]
    text = (
        formats.builtin_chat_template(source[8:])
        if source.startswith("builtin:")
        else (TEMPLATES / source).read_text(encoding="utf-8")
    )
    return text, bos, eos


def translated(name: str):
    text, bos, eos = family_template(name)
    return ollama_template(RunTemplate("model", text, stop_strings(text, bos, eos)), bos, eos)


def jinja_prompt(name: str, messages) -> str | None:
    """The prompt training's renderer gives, without the BOS Ollama's tokenizer adds itself; None if refused."""
    text, bos, eos = family_template(name)
    try:
        rendered = formats.render_prompt(text, messages, bos_token=bos, eos_token=eos)
    except DataError:
        return None
    return rendered[len(bos) :] if bos and rendered.startswith(bos) else rendered


@pytest.mark.parametrize("conversation", CONVERSATIONS)
@pytest.mark.parametrize("family", FAMILIES)
def test_ollama_renders_what_the_chat_template_renders(family, conversation):
    ollama = translated(family)
    messages = CONVERSATIONS[conversation]
    expected = jinja_prompt(family, messages)
    if expected is None:
        assert family == "gemma-2" and messages[0]["role"] == "system"  # its template refuses a system prompt
        return
    assert ollama_prompt(ollama.template, messages, ollama.system) == expected


def test_family_details_are_kept():
    llama = translated("llama-3.1")
    assert "Cutting Knowledge Date: December 2023\nToday Date: 26 Jul 2024\n\n{{ .System }}<|eot_id|>" in llama.template
    assert llama.stops == ("<|eot_id|>", "<|start_header_id|>user<|end_header_id|>")
    assert any("today's date" in note for note in translated("llama-3.2").notes)
    qwen = translated("qwen2.5")
    assert qwen.system == "You are Qwen, created by Alibaba Cloud. You are a helpful assistant."
    assert qwen.stops[0] == "<|im_end|>" and translated("qwen3").system == ""
    assert translated("mistral").stops == ("</s>", "[INST]")
    assert translated("phi-3.5").stops == ("<|end|>", "<|user|>")
    assert translated("phi-4").stops == ("<|im_end|>", "<|im_start|>user<|im_sep|>")
    alpaca = translated("alpaca")
    assert alpaca.system.startswith("Below is an instruction") and alpaca.stops == ("<|endoftext|>", "### Instruction:")


def test_gemma_folds_the_system_prompt_into_the_first_user_turn():
    for family in ("gemma-2", "gemma-3"):
        ollama = translated(family)
        rendered = ollama_prompt(ollama.template, CONVERSATIONS["several turns with a system prompt"])
        assert rendered.startswith(
            "<start_of_turn>user\nYou are Smithy, who answers like a blacksmith.\n\nHi"
            "<end_of_turn>\n<start_of_turn>model\n"
        ), family
        assert rendered.count("You are Smithy") == 1 and rendered.endswith("<start_of_turn>model\n")


def test_mistral_puts_the_system_prompt_in_the_last_user_turn():
    ollama = translated("mistral")
    rendered = ollama_prompt(ollama.template, CONVERSATIONS["several turns with a system prompt"])
    assert rendered == (
        "[INST] Hi[/INST] Ho there!</s>[INST] You are Smithy, who answers like a blacksmith.\n\n"
        "Name a metal.\nOne word.[/INST]"
    )


def test_plain_text_runs_send_the_prompt_as_it_is():
    ollama = ollama_template(RunTemplate("raw", None))
    assert ollama.template == "{{ .Prompt }}" and ollama.stops == () and ollama.system == ""
    assert ollama_prompt(ollama.template, [{"role": "user", "content": "Once upon a time"}]) == "Once upon a time"


@pytest.mark.parametrize(
    "template, why",
    [
        # Numbered turns: a Go template would need a counter.
        (
            "{% for m in messages %}Turn {{ loop.index }} {{ m.role }}: {{ m.content }}\n{% endfor %}"
            "{% if add_generation_prompt %}Turn {{ messages|length + 1 }} assistant:{% endif %}",
            "not written the same way",
        ),
        # The system prompt after the first question.
        (
            "{% for m in messages if m.role != 'system' %}<u>{{ m.content }}</u>{% if loop.first %}"
            "{% for s in messages if s.role == 'system' %}<s>{{ s.content }}</s>{% endfor %}{% endif %}{% endfor %}"
            "{% if add_generation_prompt %}<a>{% endif %}",
            "system prompt somewhere",
        ),
        # Questions marked by their text: the probe passes, the check's real conversations do not.
        (
            "{% for m in messages %}<{{ m.role }}>{% if '?' in m.content %}Q: {% endif %}{{ m.content }}</{{ m.role }}>"
            "{% endfor %}{% if add_generation_prompt %}<assistant>{% endif %}",
            "for one turn without a system prompt it "
            "writes '<user>What is the capital of France?' where training wrote '<user>Q: What is the capital",
        ),
    ],
)
def test_a_template_that_cannot_be_written_exactly_is_refused(template, why):
    with pytest.raises(OllamaTemplateError, match=re.escape(why)):
        ollama_template(RunTemplate("model", template, stop_strings(template)))


def test_the_go_renderer_is_strict_and_follows_go():
    data = {"System": "S", "Messages": [{"Role": "user", "Content": "a"}], "Tools": None}
    assert render("{{- if and .System (eq (len .Messages) 1) }}  {{ .System }}  {{- end }}", data) == "  S"
    assert render("{{ range $i, $m := .Messages }}{{ $i }}={{ $m.Content }}{{ else }}none{{ end }}", data) == "0=a"
    assert render('{{ $x := "" }}{{ range .Messages }}{{ $x = .Content }}{{ end }}[{{ $x }}]', data) == "[a]"
    assert render('{{ if eq .System "T" "S" }}yes{{ else if .Tools }}tools{{ else }}no{{ end }}', data) == "yes"
    for bad in (
        "{{ .Missing }}",
        '{{ printf "%s" .System }}',
        "{{ with .System }}x{{ end }}",
        "{{ if .System }}",
        "{{ .System | len }}",
        '{{ template "x" }}',
    ):
        with pytest.raises(GoTemplateError):
            render(bad, data)


def test_ollama_fills_in_a_chat_as_it_documents():
    # The Modelfile's SYSTEM comes first when the chat has no system message; turns of one role are joined;
    # system messages stay in .Messages and are also .System.
    template = "[{{ .System }}]{{ range .Messages }}<{{ .Role }}:{{ .Content }}>{{ end }}"
    messages = [{"role": "user", "content": "a"}, {"role": "user", "content": "b"}]
    assert ollama_prompt(template, messages, "S") == "[S]<system:S><user:a\n\nb>"
    assert ollama_prompt(template, [{"role": "system", "content": "T"}] + messages, "S") == "[T]<system:T><user:a\n\nb>"
    # Without .Messages the template is filled in per exchange, the last one cut after .Response.
    legacy = "{{ if .System }}{{ .System }}|{{ end }}U:{{ .Prompt }}|A:{{ .Response }}|"
    chat = [{"role": "user", "content": "1"}, {"role": "assistant", "content": "2"}, {"role": "user", "content": "3"}]
    assert ollama_prompt(legacy, chat, "S") == "S|U:1|A:2|U:3|A:"
