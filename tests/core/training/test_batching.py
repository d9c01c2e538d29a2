"""Batches waste little on padding, and packing never lets examples see each other."""

from __future__ import annotations

import pytest

from core.config import RunConfig
from core.data.pipeline import prepare_examples
from core.data.tokenize import TextTokenizer, tokenize_example
from core.training.dataset import Collator


@pytest.fixture(scope="module")
def tokenized(demo_model, samples):
    tok = TextTokenizer.from_model_dir(demo_model)
    config = RunConfig(model=str(demo_model), dataset=str(samples / "demo_persona.json"))
    prepared = prepare_examples(config, tokenizer=tok)
    return tok, [tokenize_example(e, tok, 256) for e in prepared.examples[:6]]


def test_packed_batch_gives_the_same_loss_as_the_padded_batch(tokenized, demo_model):
    import torch
    from transformers import AutoModelForCausalLM

    tok, items = tokenized
    features = [{"input_ids": t.input_ids, "labels": t.labels} for t in items]
    model = AutoModelForCausalLM.from_pretrained(demo_model, dtype=torch.float32)
    model.eval()
    with torch.no_grad():
        padded = model(**Collator(tok.pad_id, packing=False)(features)).loss
        packed_collator = Collator(tok.pad_id, packing=True)
        packed = model(**packed_collator(features)).loss
    # Identical only if no example attends to another.
    assert packed.item() == pytest.approx(padded.item(), rel=1e-4)
    assert packed_collator.meter.padded_fraction == 0.0


def test_padding_meter_counts_the_pad_slots(tokenized):
    tok, items = tokenized
    features = [{"input_ids": t.input_ids, "labels": t.labels} for t in items[:2]]
    collator = Collator(tok.pad_id, packing=False)
    batch = collator(features)
    lengths = [len(f["input_ids"]) for f in features]
    assert batch["input_ids"].shape == (2, max(lengths))
    expected = 1 - sum(lengths) / (2 * max(lengths))
    assert collator.meter.padded_fraction == pytest.approx(expected)
    assert (batch["labels"][batch["attention_mask"] == 0] == -100).all()
