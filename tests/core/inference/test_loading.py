"""A model is tried as its run trained it: the same quantisation, and its code only when the user allowed it."""

from __future__ import annotations

import json
import shutil

from core.config import RunConfig
from core.inference.evaluate import ModelSession

CUSTOM_CODE = """from transformers import LlamaForCausalLM


class MarkedForCausalLM(LlamaForCausalLM):
    ran_the_models_own_code = True
"""


def model_with_its_own_code(demo_model, folder):
    shutil.copytree(demo_model, folder)
    config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    config["auto_map"] = {"AutoModelForCausalLM": "marked.MarkedForCausalLM"}
    (folder / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (folder / "marked.py").write_text(CUSTOM_CODE, encoding="utf-8")
    return folder


def test_a_models_own_code_runs_only_when_the_run_trusts_it(demo_model, tmp_path):
    model = model_with_its_own_code(demo_model, tmp_path / "marked-model")
    untrusted = ModelSession(model, "16bit", device="cpu", config=RunConfig(model=str(model)))
    assert not getattr(untrusted.base, "ran_the_models_own_code", False)
    assert ModelSession(model, "16bit", device="cpu").base.__class__.__name__ == "LlamaForCausalLM"
    trusted = ModelSession(model, "16bit", device="cpu", config=RunConfig(model=str(model), trust_remote_code=True))
    assert trusted.base.ran_the_models_own_code is True
    assert not untrusted.matches(model, "16bit", RunConfig(model=str(model), trust_remote_code=True))


def test_the_base_is_quantised_with_the_runs_double_quantisation(demo_model):
    single = ModelSession(demo_model, "4bit", device="cpu", config=RunConfig(model=str(demo_model), double_quant=False))
    assert single.base.config.quantization_config.bnb_4bit_use_double_quant is False
    default = ModelSession(demo_model, "4bit", device="cpu")
    assert default.base.config.quantization_config.bnb_4bit_use_double_quant is True
