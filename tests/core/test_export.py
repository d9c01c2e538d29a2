"""Exports: the adapter folder, a merged model that generates like base + adapter, an Ollama Modelfile."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from core.config import RunConfig
from core.data import formats
from core.export import ExportError, check_disk, check_memory, export_run, ollama_template
from core.training import runs
from tests.core.test_evaluate import demo_run_config, shared_demo_run

PROMPTS = ["What is the capital of France?", "Tell me a joke.", "怎么煮米饭？", "What should I cook for dinner tonight?",
           "Why is the sky blue?"]

# Our own Llama-3-style chat template: a header per turn, the text trimmed, <|eot_id|> after it.
LLAMA3_STYLE = (
    "{{- bos_token }}{%- for m in messages %}"
    "{{- '<|start_header_id|>' + m['role'] + '<|end_header_id|>\\n\\n' + m['content'] | trim + '<|eot_id|>' }}"
    "{%- endfor %}{%- if add_generation_prompt %}{{- '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}"
    "{%- endif %}")


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, demo_model, samples) -> Path:
    return shared_demo_run(tmp_path_factory, demo_model, samples)


# --- a small reader for the part of Go's text/template our Ollama templates use -------------------------

def go_render(template: str, messages: list[dict], system: str = "") -> str:
    """Render an Ollama template the way Ollama does for a chat: system messages stay in .Messages and
    their text is also .System. Supports text, {{- -}} trimming, range/if/else/end, eq/ne, fields and
    $variables; anything else fails the test."""
    pieces = re.split(r"(\{\{-? .*? -?\}\})", template, flags=re.S)
    tokens: list = []
    for piece in pieces:
        match = re.fullmatch(r"\{\{(-?) (.*?) (-?)\}\}", piece, flags=re.S)
        if match:
            if match.group(1) and tokens and tokens[-1][0] == "text":
                tokens[-1] = ("text", tokens[-1][1].rstrip())
            tokens.append(("action", match.group(2).strip(), bool(match.group(3))))
        else:
            if tokens and tokens[-1][0] == "action" and tokens[-1][2]:
                piece = piece.lstrip()
            tokens.append(("text", piece))

    def parse(i: int, stops: tuple) -> tuple[list, int, str]:
        nodes = []
        while i < len(tokens):
            kind, body = tokens[i][0], tokens[i][1]
            if kind == "text":
                nodes.append(("text", body))
                i += 1
            elif body in stops:
                return nodes, i, body
            elif body.startswith(("range ", "if ")):
                inner, i, stop = parse(i + 1, ("end", "else"))
                other = []
                if stop == "else":
                    other, i, _ = parse(i + 1, ("end",))
                nodes.append((body.split()[0], body.split(None, 1)[1], inner, other))
                i += 1
            else:
                nodes.append(("action", body))
                i += 1
        return nodes, i, ""

    variables: dict = {}

    def value(expr: str, dot):
        expr = expr.strip()
        if expr.startswith('"'):
            return json.loads(expr)
        if expr.startswith("$"):
            return variables[expr]
        if expr.startswith("."):
            return dot[expr[1:]]
        parts = re.findall(r'"[^"]*"|\S+', expr)
        if parts[0] in ("eq", "ne"):
            same = value(parts[1], dot) == value(parts[2], dot)
            return same if parts[0] == "eq" else not same
        raise AssertionError(f"unsupported template expression {expr!r}")

    def run(nodes, dot) -> str:
        out = []
        for node in nodes:
            if node[0] == "text":
                out.append(node[1])
            elif node[0] == "range":
                out.extend(run(node[2], item) for item in value(node[1], dot))
            elif node[0] == "if":
                out.append(run(node[2] if value(node[1], dot) else node[3], dot))
            elif ":=" in node[1] or " = " in node[1]:
                name, expr = re.split(r"\s*:?=\s*", node[1], maxsplit=1)
                variables[name] = value(expr, dot)
            else:
                out.append(str(value(node[1], dot)))
        return "".join(out)

    tree, _, _ = parse(0, ())
    data = {"Messages": [{"Role": m["role"], "Content": m["content"]} for m in messages],
            "System": "\n\n".join(m["content"] for m in messages if m["role"] == "system") or system}
    return run(tree, data)


def parse_modelfile(text: str) -> list[tuple[str, str]]:
    """(INSTRUCTION, argument) pairs; a triple-quoted argument may span lines."""
    found, lines, i = [], text.splitlines(), 0
    while i < len(lines):
        line = lines[i].strip()
        i += 1
        if not line or line.startswith("#"):
            continue
        instruction, _, argument = line.partition(" ")
        assert instruction.isupper() and instruction.isalpha(), f"not an instruction: {line!r}"
        if argument.startswith('"""'):
            body = argument[3:]
            while '"""' not in body:
                assert i < len(lines), "unclosed triple quote"
                body += "\n" + lines[i]
                i += 1
            body, _, after = body.partition('"""')
            assert not after.strip()
            argument = body
        found.append((instruction, argument))
    return found


CONVERSATIONS = [
    [{"role": "user", "content": "Hello there"}],
    [{"role": "system", "content": "You are Smithy."}, {"role": "user", "content": "怎么煮米饭？"}],
    [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Ho there, friend!"},
     {"role": "user", "content": "What is rust?"}],
]


@pytest.mark.parametrize("name", ["demo model", "builtin chatml", "llama3 style"])
def test_ollama_templates_render_conversations_like_the_chat_template(name, demo_model):
    jinja = {"demo model": lambda: formats.load_chat_template(demo_model),
             "builtin chatml": lambda: formats.builtin_chat_template("chatml"),
             "llama3 style": lambda: LLAMA3_STYLE}[name]()
    style, go_template, stops = ollama_template(jinja)
    assert style == ("llama3" if name == "llama3 style" else "chatml")
    for messages in CONVERSATIONS:
        # Ollama adds the tokenizer's BOS itself, so the Jinja side renders without one.
        expected = formats.render_prompt(jinja, messages, bos_token="", eos_token="")
        assert go_render(go_template, messages) == expected, messages
    assert all(stop in jinja for stop in stops)


def test_gemma_template_opens_the_first_user_turn_with_the_system_text():
    style, go_template, stops = ollama_template("... <start_of_turn>user ...")
    assert style == "gemma" and "<end_of_turn>" in stops
    rendered = go_render(go_template, CONVERSATIONS[1])
    assert rendered == "<start_of_turn>user\nYou are Smithy.\n\n怎么煮米饭？<end_of_turn>\n<start_of_turn>model\n"
    rendered = go_render(go_template, CONVERSATIONS[2])
    assert rendered.count("<start_of_turn>model\n") == 2 and "You are" not in rendered


def test_unknown_templates_are_not_guessed():
    assert ollama_template("{{ messages[0].content }}") is None and ollama_template(None) is None


# --- checks before writing ---------------------------------------------------------------------------

def test_short_disk_space_and_memory_are_refused_with_a_plain_message(tmp_path):
    free = shutil.disk_usage(tmp_path).free
    with pytest.raises(ExportError, match="Not enough free disk space"):
        check_disk(tmp_path / "new" / "folder", needed=free * 2)
    check_disk(tmp_path / "new" / "folder", needed=1024)

    import psutil
    with pytest.raises(ExportError, match="Not enough memory to merge"):
        check_memory(psutil.virtual_memory().total * 4)


def test_runs_without_an_adapter_and_used_folders_are_refused(tmp_path, demo_model, samples):
    run_dir = runs.create_run(demo_run_config(demo_model, samples), tmp_path / "runs")
    with pytest.raises(ExportError, match="no final adapter yet"):
        export_run(run_dir, "adapter", tmp_path / "out")
    with pytest.raises(ExportError, match="not a run folder"):
        export_run(tmp_path, "ollama", tmp_path / "out")
    with pytest.raises(ExportError, match="unknown export"):
        export_run(run_dir, "gguf", tmp_path / "out")
    assert not (tmp_path / "out").exists() and not (tmp_path / "out.partial").exists()


# --- the exports -------------------------------------------------------------------------------------

@pytest.mark.slow
def test_adapter_export_is_a_peft_folder_with_a_readme(tmp_path, demo_run):
    used = tmp_path / "used"
    used.mkdir()
    (used / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="not empty"):
        export_run(demo_run, "adapter", used)
    assert (used / "keep.txt").read_text() == "mine"

    stages = []
    out = export_run(demo_run, "adapter", tmp_path / "persona-adapter",
                     progress=lambda stage, fraction: stages.append((stage, fraction)))
    assert sorted(p.name for p in out.iterdir()) == ["README.md", "adapter_config.json", "adapter_model.safetensors",
                                                    "training_settings.yaml"]
    assert stages[-1] == ("done", 1.0) and [f for _, f in stages] == sorted(f for _, f in stages)
    assert (out / "adapter_model.safetensors").read_bytes() == (demo_run / "adapter" / "adapter_model.safetensors").read_bytes()
    config = json.loads((out / "adapter_config.json").read_text())
    model = RunConfig.load(demo_run / runs.RUN_YAML).model
    assert config["base_model_name_or_path"] == Path(model).name and config["r"] == 16
    readme = (out / "README.md").read_text(encoding="utf-8")
    for words in ("demo_persona.json", "rank 16", f"Steps: 40", "Base model:", "PeftModel.from_pretrained"):
        assert words in readme, words
    assert RunConfig.load(out / "training_settings.yaml") == RunConfig.load(demo_run / runs.RUN_YAML)

    # A checkpoint can be exported instead of the final adapter.
    early = export_run(demo_run, "adapter", tmp_path / "step-20", checkpoint=20)
    assert (early / "adapter_model.safetensors").read_bytes() == \
        (demo_run / "checkpoints" / "checkpoint-20" / "adapter_model.safetensors").read_bytes()
    with pytest.raises(ExportError, match="no checkpoint at step 7; its checkpoints are at steps 20, 40"):
        export_run(demo_run, "adapter", tmp_path / "step-7", checkpoint=7)


@pytest.mark.slow
def test_ollama_export_writes_a_well_formed_modelfile(tmp_path, demo_run, demo_model):
    out = export_run(demo_run, "ollama", tmp_path / "persona-ollama")
    text = (out / "Modelfile").read_text(encoding="utf-8")
    instructions = parse_modelfile(text)
    names = [name for name, _ in instructions]
    assert names[:3] == ["FROM", "ADAPTER", "TEMPLATE"] and set(names[3:]) == {"PARAMETER"}
    arguments = dict(instructions[:3])
    base = Path(arguments["FROM"].strip('"'))
    assert base.is_absolute() and base == Path(demo_model).resolve() and (base / "config.json").is_file()
    adapter = out / arguments["ADAPTER"]
    assert (adapter / "adapter_model.safetensors").is_file() and (adapter / "adapter_config.json").is_file()
    stops = [argument for name, argument in instructions if name == "PARAMETER"]
    assert all(re.fullmatch(r'stop "[^"]+"', s) for s in stops) and 'stop "<|im_end|>"' in stops
    # The template renders like the chat template the run trained with.
    jinja = formats.load_chat_template(demo_model)
    for messages in CONVERSATIONS:
        assert go_render(arguments["TEMPLATE"], messages) == formats.render_prompt(jinja, messages)
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "ollama create persona -f Modelfile" in readme and "ollama run persona" in readme


@pytest.mark.slow
def test_merged_export_generates_the_same_tokens_as_base_plus_adapter(tmp_path, demo_run, demo_model):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from core.evaluate import prompt_for

    stages = []
    out = export_run(demo_run, "merged", tmp_path / "persona-merged",
                     progress=lambda stage, fraction: stages.append(stage))
    assert stages[0] == "checking disk space and memory" and stages[-1] == "done"
    for name in ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
                 "chat_template.jinja", "README.md"):
        assert (out / name).is_file(), name
    assert not list(out.glob("adapter_*")), "a merged model needs no adapter"
    assert json.loads((out / "config.json").read_text())["dtype"] == "float16"

    # Compared in fp32 on the CPU: base (unquantised) + the LoRA applied at run time, against the merged
    # weights. The merged weights were rounded once to fp16 when saved (relative error about 5e-4), so the
    # logits agree closely, not exactly, and greedy decoding picks the same tokens unless two candidates
    # are closer than that rounding, which these prompts never are.
    merged = AutoModelForCausalLM.from_pretrained(out, dtype=torch.float32).eval()
    base = AutoModelForCausalLM.from_pretrained(demo_model, dtype=torch.float32)
    tuned = PeftModel.from_pretrained(base, str(demo_run / runs.ADAPTER)).eval()
    tokenizer = AutoTokenizer.from_pretrained(out)
    config = RunConfig.load(demo_run / runs.RUN_YAML)
    stop = [tokenizer.convert_tokens_to_ids("<|im_end|>"), tokenizer.eos_token_id]
    worst = 0.0
    for prompt in PROMPTS:
        text = prompt_for(config, prompt)
        # The merged folder's own chat template renders the same prompt.
        assert tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                             add_generation_prompt=True) == text
        ids = tokenizer(text, return_tensors="pt", add_special_tokens=False).input_ids
        with torch.no_grad():
            a = merged.generate(ids, max_new_tokens=40, do_sample=False, eos_token_id=stop, pad_token_id=0)
            b = tuned.generate(input_ids=ids, max_new_tokens=40, do_sample=False, eos_token_id=stop, pad_token_id=0)
            worst = max(worst, float((merged(ids).logits - tuned(input_ids=ids).logits).abs().max()))
        assert a[0].tolist() == b[0].tolist(), prompt
    print(f"largest logit difference, merged vs base + adapter: {worst:.2e}")
    assert worst < 0.05


@pytest.mark.slow
def test_cli_export(capsys, tmp_path, demo_run):
    from core.eval_cli import export_main

    assert export_main([str(demo_run), "--to", "ollama", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "Exported to" in out and "ollama create persona -f Modelfile" in out
    assert (tmp_path / "o" / "Modelfile").is_file()
    assert export_main([str(demo_run), "--to", "adapter", "--out", str(tmp_path / "o")]) == 2
    assert "not empty" in capsys.readouterr().err
