"""The fast length count that statistics use agrees with the full tokenisation training uses."""

from __future__ import annotations

import pytest

from core.config import RunConfig
from core.data.pipeline import prepare_examples
from core.data.tokenize import TextTokenizer, full_lengths, tokenize_example


@pytest.mark.parametrize(
    "name",
    [
        "alpaca_en.json",
        "alpaca_zh.json",
        "sharegpt_en.json",
        "openai_zh.jsonl",
        "text_en.jsonl",
        "raw_zh.txt",
        "demo_persona.json",
    ],
)
def test_full_lengths_match_tokenize_example(demo_model, samples, name):
    tok = TextTokenizer.from_model_dir(demo_model)
    config = RunConfig(model=str(demo_model), dataset=str(samples / name), cutoff_len=64, overlap_len=16)
    examples = prepare_examples(config, tokenizer=tok).examples
    assert examples
    expected = [tokenize_example(e, tok, None).full_length for e in examples]
    # A chunk smaller than the file checks that chunks join in order.
    assert list(full_lengths(examples, tok, chunk=7)) == expected
