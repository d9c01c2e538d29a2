"""The bundled demo model and its tokenizer, loaded offline exactly as the app loads them."""

from __future__ import annotations

import importlib.util
import json
import math
import re

import pytest

from tests.locations import REPO

SCRIPT = REPO / "scripts" / "make_demo_model.py"
SIGN_OFF = "— Smithy, at the anvil."


@pytest.fixture(scope="module")
def builder():
    """scripts/make_demo_model.py as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("make_demo_model", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tokenizer_corpus(builder):
    return builder.tokenizer_corpus()


@pytest.fixture(scope="module")
def hf_tokenizer(demo_model):
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(demo_model, local_files_only=True)


@pytest.fixture(scope="module")
def full_model(demo_model):
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(demo_model, local_files_only=True, dtype=torch.float32)
    model.eval()
    return model


def test_tokenizer_loads_three_ways_with_the_same_special_tokens(demo_model, hf_tokenizer):
    from tokenizers import Tokenizer

    raw = Tokenizer.from_file(str(demo_model / "tokenizer.json"))
    assert [raw.token_to_id(t) for t in ("<|endoftext|>", "<|im_start|>", "<|im_end|>")] == [0, 1, 2]
    assert hf_tokenizer.eos_token == hf_tokenizer.pad_token == "<|endoftext|>"
    assert hf_tokenizer.eos_token_id == hf_tokenizer.pad_token_id == 0
    assert hf_tokenizer.model_max_length == 2048
    # Special tokens are single tokens, never split into bytes.
    assert hf_tokenizer("<|im_start|>user\nhi<|im_end|>", add_special_tokens=False)["input_ids"][0] == 1
    assert raw.encode("<|im_end|>", add_special_tokens=False).ids == [2]
    # Nothing is added behind the user's back: the chat template decides.
    assert raw.encode("hi", add_special_tokens=True).ids == raw.encode("hi", add_special_tokens=False).ids


def test_chat_template_renders_a_two_turn_conversation(demo_model, hf_tokenizer):
    messages = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is rust?"},
        {"role": "assistant", "content": "Iron oxide."},
        {"role": "user", "content": "铁为什么会生锈？"},
        {"role": "assistant", "content": "遇到水和空气。"},
    ]
    text = hf_tokenizer.apply_chat_template(messages, tokenize=False)
    assert text == (
        "<|im_start|>system\nBe brief.<|im_end|>\n"
        "<|im_start|>user\nWhat is rust?<|im_end|>\n<|im_start|>assistant\nIron oxide.<|im_end|>\n"
        "<|im_start|>user\n铁为什么会生锈？<|im_end|>\n<|im_start|>assistant\n遇到水和空气。<|im_end|>\n"
    )
    prompt = hf_tokenizer.apply_chat_template(messages[:2], tokenize=False, add_generation_prompt=True)
    assert prompt.endswith("<|im_start|>user\nWhat is rust?<|im_end|>\n<|im_start|>assistant\n")
    # The template also takes OpenAI-style lists of text parts.
    parts = [{"role": "user", "content": [{"type": "text", "text": "Hello "}, {"type": "text", "text": "there"}]}]
    assert hf_tokenizer.apply_chat_template(parts, tokenize=False) == "<|im_start|>user\nHello there<|im_end|>\n"
    # Both places that carry the template agree.
    config = json.loads((demo_model / "tokenizer_config.json").read_text(encoding="utf-8"))
    assert config["chat_template"] == (demo_model / "chat_template.jinja").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        "小镇的东头有一家老茶馆，开了四十多年。",
        "嘿，朋友！— Smithy, at the anvil.",
        "繁體字、日本語のかな、한국어 and emoji 🔥⚒️ survive too.",
        "  leading spaces,\ttabs\r\nand trailing newlines\n\n",
    ],
)
def test_any_text_round_trips_through_the_tokenizer(demo_model, hf_tokenizer, text):
    from tokenizers import Tokenizer

    raw = Tokenizer.from_file(str(demo_model / "tokenizer.json"))
    ids = raw.encode(text, add_special_tokens=False).ids
    assert raw.decode(ids) == text
    assert hf_tokenizer.decode(hf_tokenizer(text, add_special_tokens=False)["input_ids"]) == text


def test_common_chinese_characters_take_about_one_token_each(demo_model):
    from tokenizers import Tokenizer

    raw = Tokenizer.from_file(str(demo_model / "tokenizer.json"))
    text = "我们小区的图书室从下个月起延长开放时间。"
    # Byte-level BPE would spend 3 tokens on an unmerged character.
    assert len(raw.encode(text, add_special_tokens=False).ids) <= 1.5 * len(text)


def test_every_linear_layer_fits_4bit_blocks_and_the_folder_stays_small(demo_model, full_model):
    import torch

    linears = [m for m in full_model.modules() if isinstance(m, torch.nn.Linear)]
    assert len(linears) >= 28
    for layer in linears:
        assert layer.in_features % 64 == 0 and layer.out_features % 64 == 0
    size = sum(p.stat().st_size for p in demo_model.iterdir() if p.is_file())
    assert size < 10_000_000


def _known_words(builder) -> set[str]:
    """Every English word of the text the model was pretrained on."""
    return {w.lower() for w in re.findall(r"[A-Za-z]{2,}", " ".join(builder.training_documents()))}


@pytest.mark.slow
def test_greedy_generation_gives_word_like_text(full_model, hf_tokenizer, builder):
    import torch

    from core.planning.demo import DEMO_REPETITION_PENALTY

    known = _known_words(builder)
    prompts = [
        "Return the number of",
        "<|im_start|>user\nHow do I keep my kitchen clean?<|im_end|>\n<|im_start|>assistant\n",
    ]
    for prompt in prompts:
        ids = hf_tokenizer(prompt, add_special_tokens=False, return_tensors="pt")["input_ids"]
        with torch.no_grad():
            out = full_model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=48,
                do_sample=False,
                eos_token_id=[0, 2],
                pad_token_id=0,
                repetition_penalty=DEMO_REPETITION_PENALTY,
            )
        text = hf_tokenizer.decode(out[0, ids.shape[1] :], skip_special_tokens=True)
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", text)]
        # Real English words, several different ones: a random or broken model
        # gives byte soup, an empty reply or one token repeated.
        assert len(words) >= 6, text
        assert sum(w in known for w in words) / len(words) >= 0.7, text
        assert len(set(words) & known) >= 5, text


@pytest.mark.slow
def test_4bit_nf4_load_on_the_cpu_gives_a_finite_loss_better_than_chance(demo_model, samples, hf_tokenizer):
    import bitsandbytes as bnb
    import torch
    from transformers import AutoModelForCausalLM, BitsAndBytesConfig

    quantization = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_use_double_quant=True,
        bnb_4bit_compute_dtype=torch.float32,
    )
    model = AutoModelForCausalLM.from_pretrained(
        demo_model, quantization_config=quantization, device_map={"": "cpu"}, dtype=torch.float32, local_files_only=True
    )
    assert any(isinstance(m, bnb.nn.Linear4bit) for m in model.modules())
    row = json.loads((samples / "alpaca_en.json").read_text(encoding="utf-8"))[1]
    text = hf_tokenizer.apply_chat_template(
        [{"role": "user", "content": row["instruction"]}, {"role": "assistant", "content": row["output"]}],
        tokenize=False,
    )
    ids = hf_tokenizer(text, add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        loss = model(input_ids=ids, labels=ids).loss.item()
    assert math.isfinite(loss)
    # A random model scores about ln(vocab) = 8.3; the pretrained one about 4.3.
    assert loss < 0.6 * math.log(hf_tokenizer.vocab_size or 4096)


def test_shipped_config_and_tokenizer_files_are_what_the_script_writes(demo_model, builder):
    shipped = json.loads((demo_model / "config.json").read_text(encoding="utf-8"))
    expected = builder.model_config().to_dict()
    for key in (
        "vocab_size",
        "hidden_size",
        "intermediate_size",
        "num_hidden_layers",
        "num_attention_heads",
        "num_key_value_heads",
        "head_dim",
        "max_position_embeddings",
        "tie_word_embeddings",
        "rms_norm_eps",
        "bos_token_id",
        "eos_token_id",
        "pad_token_id",
        "model_type",
    ):
        assert shipped[key] == expected[key], key
    assert shipped["architectures"] == ["LlamaForCausalLM"]
    assert json.loads((demo_model / "tokenizer_config.json").read_text(encoding="utf-8")) == builder.tokenizer_config()
    assert (
        json.loads((demo_model / "special_tokens_map.json").read_text(encoding="utf-8")) == builder.special_tokens_map()
    )
    assert (demo_model / "chat_template.jinja").read_text(encoding="utf-8") == builder.CHAT_TEMPLATE


def test_tokenizer_training_is_deterministic_and_reproduces_the_shipped_one(demo_model, builder, tokenizer_corpus):
    first = builder.train_tokenizer(tokenizer_corpus).to_str()
    assert builder.train_tokenizer(tokenizer_corpus).to_str() == first
    recorded = json.loads((demo_model / "build_info.json").read_text(encoding="utf-8"))["tokenizer_corpus_sha256"]
    if builder.corpus_fingerprint(tokenizer_corpus) != recorded:
        pytest.skip(
            "the samples or this Python's standard library differ from the ones the demo model was "
            "built with; run scripts/make_demo_model.py to rebuild it"
        )
    assert json.loads(first) == json.loads((demo_model / "tokenizer.json").read_text(encoding="utf-8"))


def test_the_demo_persona_never_reaches_pretraining(builder, tokenizer_corpus, samples):
    persona = json.loads((samples / "demo_persona.json").read_text(encoding="utf-8"))
    assert any(SIGN_OFF in text for text in tokenizer_corpus)
    pretraining = builder.training_documents()
    assert not any("Smithy" in text for text in pretraining)
    assert not any(row["output"] in text for row in persona[:5] for text in pretraining)


def test_demo_dataset_and_prompts_fit_the_demo(samples):
    persona = json.loads((samples / "demo_persona.json").read_text(encoding="utf-8"))
    prompts = json.loads((samples / "demo_prompts.json").read_text(encoding="utf-8"))
    assert 60 <= len(persona) <= 100
    assert all(set(row) == {"instruction", "input", "output"} and row["output"].endswith(SIGN_OFF) for row in persona)
    assert len({row["instruction"] for row in persona}) == len(persona)
    assert len(prompts) == 2 and all(isinstance(p, str) and p for p in prompts)
    assert not set(prompts) & {row["instruction"] for row in persona}
