"""What was trained is what is tried and exported: the run's template, resolved once, saved, used everywhere.

The case that looked broken before: a base model with no chat template, trained
on Alpaca rows, trains in the Alpaca layout; the Test screen, `lorasmith generate`,
the merged model and the Ollama Modelfile must use that layout too, and answers
must stop where it ends a turn.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from core.config import RunConfig
from core.data import rendering as formats
from core.data.run_template import RunTemplate
from core.inference.trained_template import run_template
from core.training import runs
from tests.conftest import user_data_folder
from tests.core.inference.export.test_exporter import modelfile_prompt, parse_modelfile
from tests.core.training.test_engine import small_config, train_in_process

QUESTION = "How do I sharpen a knife?"
ALPACA_PROMPT = (
    "Below is an instruction that describes a task. Write a response that appropriately completes the "
    f"request.\n\n### Instruction:\n{QUESTION}\n\n### Response:\n"
)


@pytest.fixture(scope="module")
def bare_model(tmp_path_factory, demo_model) -> Path:
    """The demo model without any chat template: a base model, as most downloads of one are."""
    folder = tmp_path_factory.mktemp("bare") / "base-model"
    shutil.copytree(demo_model, folder)
    (folder / "chat_template.jinja").unlink()
    config_path = folder / "tokenizer_config.json"
    config = json.loads(config_path.read_text(encoding="utf-8"))
    config.pop("chat_template", None)
    config_path.write_text(json.dumps(config), encoding="utf-8")
    assert formats.load_chat_template(folder) is None
    return folder


@pytest.fixture(scope="module")
def alpaca_run(tmp_path_factory, bare_model, samples) -> Path:
    """The base model trained for 4 steps on Alpaca rows (demo_persona.json), through the real engine."""
    root = tmp_path_factory.mktemp("alpaca-runs")
    with user_data_folder(root / "home"):
        config = small_config(bare_model, samples, max_steps=4, cutoff_len=128, eval_steps=2, save_steps=2)
        run_dir = runs.create_run(config, root, "alpaca-on-base")
        assert train_in_process(run_dir) == 0
    return run_dir


@pytest.fixture(scope="module")
def session(bare_model):
    from core.inference.evaluate import ModelSession

    return ModelSession(bare_model, "16bit", device="cpu")


# --- with a trained run -------------------------------------------------------------------------------


@pytest.mark.slow
def test_the_run_saves_the_alpaca_template_it_trained_with(alpaca_run, samples):
    alpaca = formats.builtin_chat_template("alpaca")
    assert (alpaca_run / runs.TEMPLATE).read_text(encoding="utf-8") == alpaca
    info = json.loads((alpaca_run / runs.TEMPLATE_INFO).read_text(encoding="utf-8"))
    assert info["origin"] == "builtin:alpaca"
    assert info["end_of_turn"] == "<|endoftext|>" and info["stop"] == ["<|endoftext|>", "### Instruction:"]
    # It is the template the examples were written in: the first trained example's prompt is its rendering.
    sample = json.loads((alpaca_run / runs.SAMPLE).read_text(encoding="utf-8").splitlines()[0])
    row = json.loads((samples / "demo_persona.json").read_text(encoding="utf-8"))[sample["row"] - 1]
    prompt = "".join(seg["text"] for seg in sample["segments"] if not seg["trained"])
    assert prompt == formats.render_prompt(
        alpaca, [{"role": "user", "content": row["instruction"]}], eos_token="<|endoftext|>"
    )


@pytest.mark.slow
def test_generate_and_the_test_screen_prompt_in_the_alpaca_layout(alpaca_run, session, capsys):
    from core.cli.evaluate import generate_main
    from core.inference.evaluate import stream_reply
    from core.inference.generate import SamplingSettings
    from core.inference.generation_child import Child
    from core.inference.prompts import prompt_for

    config = RunConfig.load(alpaca_run / runs.RUN_YAML)
    template = run_template(alpaca_run)
    prompt = prompt_for(config, QUESTION, None, template)
    assert prompt == ALPACA_PROMPT and "<|im_start|>" not in prompt
    assert prompt_for(config, QUESTION, "Be brief.", template).startswith("Be brief.\n\n### Instruction:\n")
    settings = SamplingSettings(max_new_tokens=24)
    expected = stream_reply(session, alpaca_run / runs.ADAPTER, prompt, settings, stops=template.stops).text

    # lorasmith generate --run: the same prompt, the same answer.
    assert (
        generate_main(
            [
                "--run",
                str(alpaca_run),
                "--prompt",
                QUESTION,
                "--max-new-tokens",
                "24",
                "--quantization",
                "16bit",
                "--json",
            ]
        )
        == 0
    )
    assert json.loads(capsys.readouterr().out)["text"] == expected
    # The Test screen's generation process, asked a typed question about the run.
    events = io.StringIO()
    child = Child(events, io.StringIO())
    child.session = session
    child.do_generate(
        {
            "cmd": "generate",
            "run_dir": str(alpaca_run),
            "model": config.model,
            "question": QUESTION,
            "quantization": "16bit",
            "sides": [{"name": "adapter", "adapter": str(alpaca_run / "adapter")}],
            "settings": {"max_new_tokens": 24},
        },
        1,
        "q1",
    )
    done = [json.loads(line.split(" ", 1)[1]) for line in events.getvalue().splitlines() if "side_done" in line]
    assert done[0]["text"] == expected


@pytest.mark.slow
def test_generation_stops_at_a_stop_string_of_several_tokens(alpaca_run, session):
    from core.inference.evaluate import stream_reply
    from core.inference.generate import SamplingSettings, generate

    settings = SamplingSettings(max_new_tokens=30)
    with session.using(alpaca_run / runs.ADAPTER) as model:
        free = generate(model, session.model_dir, ALPACA_PROMPT, settings, stops=())
    assert len(free) >= 30, free
    stop = free[len(free) // 3 : len(free) // 3 + 8]  # several tokens, from the middle of what the model writes
    streamed: list[str] = []
    reply = stream_reply(
        session,
        alpaca_run / runs.ADAPTER,
        ALPACA_PROMPT,
        settings,
        on_text=streamed.append,
        stops=("### Instruction:", stop),
    )
    assert reply.text == free[: free.index(stop)].strip()
    assert reply.tokens < 30 and stop not in "".join(streamed) and "".join(streamed).strip() == reply.text
    with session.using(alpaca_run / runs.ADAPTER) as model:
        assert generate(model, session.model_dir, ALPACA_PROMPT, settings, stops=(stop,)) == reply.text


@pytest.mark.slow
def test_the_merged_model_carries_the_alpaca_template(alpaca_run, tmp_path):
    from transformers import AutoTokenizer

    from core.inference.export.exporter import export_run

    out = export_run(alpaca_run, "merged", tmp_path / "merged")
    alpaca = formats.builtin_chat_template("alpaca")
    assert (out / "chat_template.jinja").read_text(encoding="utf-8") == alpaca
    assert json.loads((out / "tokenizer_config.json").read_text(encoding="utf-8"))["chat_template"] == alpaca
    tokenizer = AutoTokenizer.from_pretrained(out)
    assert (
        tokenizer.apply_chat_template(
            [{"role": "user", "content": QUESTION}], tokenize=False, add_generation_prompt=True
        )
        == ALPACA_PROMPT
    )


@pytest.mark.slow
def test_the_ollama_modelfile_renders_the_prompts_it_trained_on(alpaca_run, tmp_path):
    from core.inference.export.exporter import export_run

    out = export_run(alpaca_run, "ollama", tmp_path / "ollama")
    instructions = parse_modelfile((out / "Modelfile").read_text(encoding="utf-8"))
    arguments = dict(instructions)
    assert arguments["SYSTEM"].startswith("Below is an instruction that describes a task.")
    assert ("PARAMETER", 'stop "### Instruction:"') in instructions
    alpaca = (alpaca_run / runs.TEMPLATE).read_text(encoding="utf-8")
    for messages in (
        [{"role": "user", "content": QUESTION}],
        [{"role": "system", "content": "Answer as Smithy."}, {"role": "user", "content": QUESTION}],
        [
            {"role": "user", "content": "Hi"},
            {"role": "assistant", "content": "Ho there!"},
            {"role": "user", "content": QUESTION},
        ],
    ):
        expected = formats.render_prompt(alpaca, messages, eos_token="<|endoftext|>")
        assert modelfile_prompt(instructions, messages) == expected
    assert modelfile_prompt(instructions, [{"role": "user", "content": QUESTION}]) == ALPACA_PROMPT


@pytest.mark.slow
def test_the_runs_screen_names_the_template(alpaca_run):
    from PySide6.QtWidgets import QApplication

    from desktop.views.runs.view import RunsView

    _app = QApplication.instance() or QApplication([])
    view = RunsView(root=alpaca_run.parent)
    assert "Chat template: Lorasmith's alpaca format, saved in template.jinja" in view._details(
        runs.summarize(alpaca_run)
    )


# --- without training ----------------------------------------------------------------------------------


def test_runs_from_before_the_template_was_saved_resolve_it_as_training_did(tmp_path, bare_model, demo_model, samples):
    from core.inference.prompts import prompt_for

    old = runs.create_run(RunConfig(model=str(bare_model), dataset=str(samples / "demo_persona.json")), tmp_path)
    template = run_template(old)
    assert template.origin == "builtin:alpaca" and template.stops == ("<|endoftext|>", "### Instruction:")
    assert template.prompt(QUESTION) == ALPACA_PROMPT
    # And from the settings alone, as `lorasmith generate` reads them.
    assert prompt_for(RunConfig.load(old / runs.RUN_YAML), QUESTION) == ALPACA_PROMPT
    chat = runs.create_run(RunConfig(model=str(bare_model), dataset=str(samples / "sharegpt_en.json")), tmp_path)
    assert run_template(chat).origin == "builtin:chatml"
    own = runs.create_run(RunConfig(model=str(demo_model), dataset=str(samples / "demo_persona.json")), tmp_path)
    assert run_template(own).origin == "model" and run_template(own).end_of_turn == "<|im_end|>"
    raw = runs.create_run(RunConfig(model=str(demo_model), dataset=str(samples / "raw_en.txt")), tmp_path)
    assert run_template(raw).template is None and run_template(raw).prompt("Once upon") == "Once upon"


def test_the_saved_template_is_read_back_and_wins_over_the_model_folder(tmp_path, demo_model, samples):
    from core.inference.prompts import quick_prompts

    # A run whose model has ChatML, but whose folder says it trained with a template of a user's own.
    run = runs.create_run(
        RunConfig(model=str(demo_model), dataset=str(samples / "demo_persona.json"), validation_split=0.2), tmp_path
    )
    mine = RunTemplate(
        "file:/somewhere/mine.jinja",
        "{% for m in messages %}<{{ m.role }}>{{ m.content }}\n"
        "{% endfor %}{% if add_generation_prompt %}<assistant>{% endif %}",
        ("<user>",),
        "mine",
    )
    runs.write_template(run, mine)
    assert sorted(p.name for p in run.iterdir()) == [runs.RUN_YAML, runs.TEMPLATE, runs.TEMPLATE_INFO]
    assert run_template(run) == mine
    prompt = quick_prompts(run)[0]
    assert prompt.prompt_text.startswith("<user>") and prompt.prompt_text.endswith("<assistant>")
    # A template.jinja deleted by hand: resolved from the settings again, not taken for plain text.
    (run / runs.TEMPLATE).unlink()
    assert run_template(run).origin == "model"
    # A plain-text run keeps no template.jinja.
    runs.write_template(run, RunTemplate("raw", None, (), "raw text"))
    assert not (run / runs.TEMPLATE).exists() and run_template(run).template is None


def test_a_format_file_run_is_prompted_in_its_layout(demo_model, samples):
    from core.data.pipeline import prepare_examples
    from core.data.tokenize import TextTokenizer
    from core.inference.prompts import _prompt_from_format_file

    config = RunConfig(model=str(demo_model), dataset=str(samples / "demo_persona.json"), format_file="alpaca")
    prepared = prepare_examples(config, tokenizer=TextTokenizer.from_model_dir(demo_model))
    template = prepared.template
    assert template.origin == "format_file" and template.format_file.endswith("alpaca.json")
    assert template.stops == ("<|endoftext|>", "### Instruction:")
    assert template.prompt(QUESTION) == _prompt_from_format_file(config, QUESTION) == ALPACA_PROMPT
    first = prepared.examples[0]
    assert first.segments[0].text == template.prompt("What is the capital of France?")


def test_the_stream_holds_back_what_could_start_a_stop_string(demo_model):
    import torch

    from core.data.tokenize import TextTokenizer
    from core.inference.evaluate import TextStream

    backend = TextTokenizer.from_model_dir(demo_model).backend
    shown: list[str] = []
    stream = TextStream(backend, shown.append, stops=("### Instruction:",))
    stream.put(torch.tensor([[0]]))  # generate() hands over the prompt first
    for token in backend.encode("Paris, my friend.\n\n### Instruction:\nMore", add_special_tokens=False).ids:
        stream.put(torch.tensor([token]))
        assert "###" not in "".join(shown)
    stream.end()
    assert stream.hit_stop and stream.text == "Paris, my friend." and "".join(shown).strip() == stream.text
