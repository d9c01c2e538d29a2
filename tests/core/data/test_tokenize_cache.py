"""The tokenisation cache's key covers everything that changes the tokens, so a cached run never trains stale ids."""

from __future__ import annotations

import json
import shutil

import pytest

from core.config import RunConfig
from core.data.tokenize import TextTokenizer
from core.training.dataset import tokenize_cache_key


@pytest.fixture
def model(tmp_path, demo_model):
    folder = tmp_path / "model"
    shutil.copytree(demo_model, folder)
    return folder


def key_for(model, dataset, template="{{ messages }}", **settings) -> str:
    config = RunConfig(model=str(model), dataset=str(dataset), **settings)
    return tokenize_cache_key(config, TextTokenizer.from_model_dir(model), template)


def test_the_same_inputs_give_the_same_key_and_each_change_a_new_one(model, samples, tmp_path):
    dataset = tmp_path / "rows.json"
    shutil.copy(samples / "demo_persona.json", dataset)
    base = key_for(model, dataset)
    assert key_for(model, dataset) == base

    changed = {
        "the resolved template": key_for(model, dataset, template="{{ other }}"),
        "the cutoff": key_for(model, dataset, cutoff_len=64),
        "raw-text overlap": key_for(model, dataset, overlap_len=32),
        "train on prompt": key_for(model, dataset, train_on_prompt=True),
    }
    config_file = model / "tokenizer_config.json"
    tok_config = json.loads(config_file.read_text(encoding="utf-8"))
    tok_config["add_bos_token"] = not tok_config.get("add_bos_token", False)
    config_file.write_text(json.dumps(tok_config), encoding="utf-8")
    changed["add-bos in tokenizer_config.json"] = key_for(model, dataset)
    (model / "chat_template.jinja").write_text("{{ bos_token }}{{ messages }}", encoding="utf-8")
    changed["the model's chat_template.jinja"] = key_for(model, dataset)
    rows = json.loads(dataset.read_text(encoding="utf-8"))
    dataset.write_text(json.dumps(rows[:-1]), encoding="utf-8")
    changed["the dataset's content"] = key_for(model, dataset)
    keys = [base, *changed.values()]
    assert len(set(keys)) == len(keys), {name: key for name, key in changed.items() if keys.count(key) > 1}


def test_a_format_file_counts_by_its_content_not_its_name(model, samples, tmp_path):
    fmt = tmp_path / "format.json"
    fmt.write_text(json.dumps({"instruction,output": "Q: %instruction%\nA: %output%"}), encoding="utf-8")
    before = key_for(model, samples / "demo_persona.json", format_file=str(fmt))
    fmt.write_text(json.dumps({"instruction,output": "### Q: %instruction%\n### A: %output%"}), encoding="utf-8")
    assert key_for(model, samples / "demo_persona.json", format_file=str(fmt)) != before
