"""Exports: the adapter folder, a merged model that generates like base + adapter, an Ollama Modelfile."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from core.config import RunConfig
from core.data import rendering as formats
from core.inference.export.exporter import export_run
from core.inference.export.folders import ExportError, check_disk, check_memory
from core.inference.export.go_template import ollama_prompt
from core.inference.export.ollama import adapter_config_for_other_tools
from core.training import runs
from tests.core.inference.test_evaluate import demo_run_config, shared_demo_run

PROMPTS = [
    "What is the capital of France?",
    "Tell me a joke.",
    "怎么煮米饭？",
    "What should I cook for dinner tonight?",
    "Why is the sky blue?",
]


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, demo_model, samples) -> Path:
    return shared_demo_run(tmp_path_factory, demo_model, samples)


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
    [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Ho there, friend!"},
        {"role": "user", "content": "What is rust?"},
    ],
]


def modelfile_prompt(instructions: list[tuple[str, str]], messages: list[dict]) -> str:
    """The prompt Ollama builds from this Modelfile's TEMPLATE and SYSTEM for a chat."""
    arguments = dict(instructions)
    return ollama_prompt(arguments["TEMPLATE"], messages, arguments.get("SYSTEM", ""))


# --- what other tools can apply ------------------------------------------------------------------------


def test_rslora_is_folded_into_alpha_and_dora_is_refused_for_other_tools():
    plain = {"r": 16, "lora_alpha": 32, "use_rslora": False, "use_dora": False}
    assert adapter_config_for_other_tools(plain) == plain
    folded = adapter_config_for_other_tools({**plain, "use_rslora": True})
    # rsLoRA scales by alpha / sqrt(r); tools that apply alpha / r get the same with alpha * sqrt(r).
    assert folded["lora_alpha"] == 128 and folded["use_rslora"] is False and 128 / 16 == 32 / 16**0.5
    with pytest.raises(ExportError, match="rsLoRA.*alpha of 45.255.*merged model"):
        adapter_config_for_other_tools({**plain, "r": 8, "lora_alpha": 16, "use_rslora": True})
    with pytest.raises(ExportError, match="DoRA.*export the merged model instead"):
        adapter_config_for_other_tools({**plain, "use_dora": True})


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
    out = export_run(
        demo_run,
        "adapter",
        tmp_path / "persona-adapter",
        progress=lambda stage, fraction: stages.append((stage, fraction)),
    )
    assert sorted(p.name for p in out.iterdir()) == [
        "README.md",
        "adapter_config.json",
        "adapter_model.safetensors",
        "chat_template.jinja",
        "training_settings.yaml",
    ]
    # The template it trained with travels with it (an adapter has no tokenizer to carry it).
    assert (out / "chat_template.jinja").read_text(encoding="utf-8") == (demo_run / runs.TEMPLATE).read_text(
        encoding="utf-8"
    )
    assert stages[-1] == ("done", 1.0) and [f for _, f in stages] == sorted(f for _, f in stages)
    assert (out / "adapter_model.safetensors").read_bytes() == (
        demo_run / "adapter" / "adapter_model.safetensors"
    ).read_bytes()
    config = json.loads((out / "adapter_config.json").read_text())
    model = RunConfig.load(demo_run / runs.RUN_YAML).model
    assert config["base_model_name_or_path"] == Path(model).name and config["r"] == 16
    readme = (out / "README.md").read_text(encoding="utf-8")
    for words in (
        "demo_persona.json",
        "rank 16",
        "Steps: 40",
        "Base model:",
        "PeftModel.from_pretrained",
        "Chat template: the model's own chat template",
        "`<|im_end|>`",
    ):
        assert words in readme, words
    assert RunConfig.load(out / "training_settings.yaml") == RunConfig.load(demo_run / runs.RUN_YAML)

    # A checkpoint can be exported instead of the final adapter.
    early = export_run(demo_run, "adapter", tmp_path / "step-20", checkpoint=20)
    assert (early / "adapter_model.safetensors").read_bytes() == (
        demo_run / "checkpoints" / "checkpoint-20" / "adapter_model.safetensors"
    ).read_bytes()
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
    assert stops == ['stop "<|im_end|>"', 'stop "<|im_start|>user"']
    # The template renders like the chat template the run trained with (its template.jinja).
    jinja = (demo_run / runs.TEMPLATE).read_text(encoding="utf-8")
    for messages in CONVERSATIONS:
        assert modelfile_prompt(instructions, messages) == formats.render_prompt(jinja, messages)
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "ollama create persona -f Modelfile" in readme and "ollama run persona" in readme
    assert "checked to give the same prompts" in readme


def _variant(demo_run: Path, root: Path, **adapter_settings) -> Path:
    """A copy of the demo run whose adapter_config.json and run.yaml say it was trained with these settings."""
    run = root / demo_run.name
    shutil.copytree(demo_run, run)
    path = run / runs.ADAPTER / "adapter_config.json"
    path.write_text(json.dumps({**json.loads(path.read_text()), **adapter_settings}), encoding="utf-8")
    config = RunConfig.load(run / runs.RUN_YAML)
    for key, value in adapter_settings.items():
        setattr(config, key, value)
    config.save(run / runs.RUN_YAML)
    return run


@pytest.mark.slow
def test_ollama_gets_an_rslora_adapter_at_its_trained_strength(tmp_path, demo_run, demo_model):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    run = _variant(demo_run, tmp_path / "runs", use_rslora=True)
    out = export_run(run, "ollama", tmp_path / "rslora-ollama")
    config = json.loads((out / "adapter" / "adapter_config.json").read_text())
    assert config["lora_alpha"] == 32 * 4 and config["use_rslora"] is False and config["r"] == 16
    assert "rsLoRA" in (out / "README.md").read_text(encoding="utf-8")
    # peft applies the run's adapter (alpha / sqrt(r)) and the exported one (alpha' / r) alike.
    ids = torch.tensor([[1, 2, 3, 4, 5]])
    logits = []
    for folder in (run / runs.ADAPTER, out / "adapter"):
        base = AutoModelForCausalLM.from_pretrained(demo_model, dtype=torch.float32)
        with torch.no_grad():
            logits.append(PeftModel.from_pretrained(base, str(folder)).eval()(input_ids=ids).logits)
    assert torch.allclose(logits[0], logits[1], atol=1e-5)

    dora = _variant(demo_run, tmp_path / "dora", use_dora=True)
    with pytest.raises(ExportError, match="DoRA.*merged"):
        export_run(dora, "ollama", tmp_path / "dora-ollama")
    assert not (tmp_path / "dora-ollama").exists()


@pytest.mark.slow
def test_merged_export_generates_the_same_tokens_as_base_plus_adapter(tmp_path, demo_run, demo_model):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from core.inference.prompts import prompt_for

    stages = []
    out = export_run(
        demo_run, "merged", tmp_path / "persona-merged", progress=lambda stage, fraction: stages.append(stage)
    )
    assert stages[0] == "checking disk space and memory" and stages[-1] == "done"
    for name in (
        "config.json",
        "model.safetensors",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.jinja",
        "README.md",
        "Modelfile",
    ):
        assert (out / name).is_file(), name
    trained = (demo_run / runs.TEMPLATE).read_text(encoding="utf-8")
    assert (out / "chat_template.jinja").read_text(encoding="utf-8") == trained
    assert json.loads((out / "tokenizer_config.json").read_text(encoding="utf-8"))["chat_template"] == trained
    assert parse_modelfile((out / "Modelfile").read_text(encoding="utf-8"))[0] == ("FROM", ".")
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
        assert (
            tokenizer.apply_chat_template(
                [{"role": "user", "content": prompt}], tokenize=False, add_generation_prompt=True
            )
            == text
        )
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
    from core.cli.evaluate import export_main

    assert export_main([str(demo_run), "--to", "ollama", "--out", str(tmp_path / "o")]) == 0
    out = capsys.readouterr().out
    assert "Exported to" in out and "ollama create persona -f Modelfile" in out
    assert (tmp_path / "o" / "Modelfile").is_file()
    assert export_main([str(demo_run), "--to", "adapter", "--out", str(tmp_path / "o")]) == 2
    assert "not empty" in capsys.readouterr().err
