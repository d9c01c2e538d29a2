"""The lean loss gives transformers' causal LM loss and its gradients without the full logits."""

from __future__ import annotations

import pytest
import torch
from transformers.loss.loss_utils import ForCausalLMLoss

from core.training.lean_loss import causal_lm_loss, install, why_not_lean

VOCAB, HIDDEN = 301, 24


def plain_loss(hidden, weight, labels, softcap=None, **kwargs):
    """What transformers' forward computes: all the logits, then its ForCausalLMLoss."""
    logits = hidden @ weight.t()
    if softcap:
        logits = torch.tanh(logits / softcap) * softcap
    return ForCausalLMLoss(logits, labels, weight.shape[0], **kwargs)


def make_batch(dtype=torch.float32, batch=3, length=37, masked=0.4, seed=0):
    gen = torch.Generator().manual_seed(seed)
    hidden = torch.randn(batch, length, HIDDEN, generator=gen).mul(2).to(dtype).requires_grad_()
    weight = torch.randn(VOCAB, HIDDEN, generator=gen).mul(0.5).to(dtype)
    labels = torch.randint(0, VOCAB, (batch, length), generator=gen)
    labels[torch.rand(batch, length, generator=gen) < masked] = -100
    labels[0, -5:] = -100  # right padding
    return hidden, weight, labels


def grads(loss, *tensors):
    return torch.autograd.grad(loss, [t for t in tensors if t.requires_grad])


@pytest.mark.parametrize("chunk", [1, 7, 32, 10_000])  # 7 and 32 do not divide the token count
@pytest.mark.parametrize("num_items", [None, 150])
def test_fp32_loss_and_hidden_gradient_match_the_plain_path(chunk, num_items):
    hidden, weight, labels = make_batch()
    kw = {} if num_items is None else {"num_items_in_batch": torch.tensor(num_items)}
    want = plain_loss(hidden, weight, labels, **kw)
    got = causal_lm_loss(hidden, weight, labels, chunk_tokens=chunk, **kw)
    assert got.dtype == torch.float32
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(grads(got, hidden)[0], grads(want, hidden)[0], rtol=1e-5, atol=1e-7)


def test_the_labels_are_shifted_by_one_and_masked_tokens_cost_nothing():
    hidden, weight, labels = make_batch(masked=0.0)
    only_last = torch.full_like(labels, -100)
    only_last[:, -1] = labels[:, -1]
    # The last label of a row is predicted by the position before it, whose hidden state alone gets a gradient.
    loss = causal_lm_loss(hidden, weight, only_last, chunk_tokens=2)
    (g,) = grads(loss, hidden)
    assert g[:, -2].abs().sum() > 0
    assert g[:, :-2].abs().sum() == 0 and g[:, -1].abs().sum() == 0
    torch.testing.assert_close(loss, plain_loss(hidden, weight, only_last), rtol=1e-6, atol=1e-6)


def test_a_trainable_tied_weight_gets_both_gradients():
    """Tied embeddings: the head's weight is the embedding's, so its gradient sums both uses."""
    gen = torch.Generator().manual_seed(3)
    embed = torch.randn(VOCAB, HIDDEN, generator=gen).requires_grad_()
    ids = torch.randint(0, VOCAB, (2, 19), generator=gen)
    labels = ids.clone()
    labels[:, :4] = -100

    def run(loss_fn):
        hidden = torch.tanh(embed[ids] * 1.5)  # a stand-in for the decoder
        loss = loss_fn(hidden, embed, labels)
        return loss, grads(loss, embed)[0]

    want, want_g = run(plain_loss)
    got, got_g = run(lambda h, w, y: causal_lm_loss(h, w, y, chunk_tokens=5))
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6)
    torch.testing.assert_close(got_g, want_g, rtol=1e-5, atol=1e-7)


@pytest.mark.parametrize("softcap", [None, 3.0])
def test_soft_capped_logits_match(softcap):
    hidden, weight, labels = make_batch(seed=5)
    weight.requires_grad_()
    want = plain_loss(hidden, weight, labels, softcap=softcap)
    got = causal_lm_loss(hidden, weight, labels, softcap=softcap, chunk_tokens=9)
    torch.testing.assert_close(got, want, rtol=1e-6, atol=1e-6)
    for g, w in zip(grads(got, hidden, weight), grads(want, hidden, weight)):
        torch.testing.assert_close(g, w, rtol=1e-5, atol=1e-6)


def test_bf16_inputs_match_within_bf16_rounding():
    hidden, weight, labels = make_batch(dtype=torch.bfloat16, seed=7)
    want = plain_loss(hidden, weight, labels, num_items_in_batch=torch.tensor(90))
    got = causal_lm_loss(hidden, weight, labels, num_items_in_batch=torch.tensor(90), chunk_tokens=16)
    torch.testing.assert_close(got, want, rtol=1e-3, atol=1e-3)
    (g,), (w,) = grads(got, hidden), grads(want, hidden)
    assert g.dtype == torch.bfloat16
    torch.testing.assert_close(g.float(), w.float(), rtol=2e-2, atol=1e-3)


def test_under_no_grad_it_only_measures():
    hidden, weight, labels = make_batch()
    with torch.no_grad():
        got = causal_lm_loss(hidden, weight, labels, chunk_tokens=8)
    assert not got.requires_grad
    torch.testing.assert_close(got, plain_loss(hidden, weight, labels).detach(), rtol=1e-6, atol=1e-6)


def test_a_batch_with_nothing_trained_is_nan_like_the_plain_mean_and_zero_with_a_count():
    hidden, weight, labels = make_batch()
    labels[:] = -100
    assert torch.isnan(causal_lm_loss(hidden, weight, labels)) and torch.isnan(plain_loss(hidden, weight, labels))
    assert causal_lm_loss(hidden, weight, labels, num_items_in_batch=torch.tensor(4)) == 0


def tiny_model(model_type="llama", **extra):
    from transformers import AutoConfig, AutoModelForCausalLM

    config = AutoConfig.for_model(
        model_type,
        vocab_size=VOCAB,
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=8,
        max_position_embeddings=128,
        **extra,
    )
    torch.manual_seed(0)
    return AutoModelForCausalLM.from_config(config).float().eval()


@pytest.mark.parametrize(
    "model_type,extra", [("llama", {"tie_word_embeddings": True}), ("gemma2", {"final_logit_softcapping": 2.0})]
)
def test_an_installed_peft_model_gives_its_own_loss_and_lora_gradients(model_type, extra):
    from peft import LoraConfig, get_peft_model

    model = get_peft_model(
        tiny_model(model_type, **extra), LoraConfig(r=4, target_modules=["q_proj", "v_proj"], init_lora_weights=False)
    )
    ids = torch.randint(0, VOCAB, (2, 21), generator=torch.Generator().manual_seed(1))
    labels = ids.clone()
    labels[0, :6] = -100
    mask = torch.ones_like(ids)
    mask[1, -3:] = 0
    labels[1, -3:] = -100

    def step():
        model.zero_grad()
        out = model(input_ids=ids, attention_mask=mask, labels=labels, num_items_in_batch=torch.tensor(30))
        out.loss.backward()
        return out, {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}

    want, want_grads = step()
    assert why_not_lean(model) is None and install(model)
    got, got_grads = step()
    assert got.logits is None and want.logits is not None
    torch.testing.assert_close(got.loss, want.loss, rtol=1e-5, atol=1e-6)
    for name, g in want_grads.items():
        torch.testing.assert_close(got_grads[name], g, rtol=1e-4, atol=1e-7, msg=name)
    # Without labels (generation) the model's own forward still gives the logits.
    assert model(input_ids=ids).logits.shape == (2, 21, VOCAB)


def test_models_whose_forward_differs_keep_their_own_loss():
    assert "not one whose forward" in why_not_lean(tiny_model("gpt2", n_embd=32, n_layer=1, n_head=4))
    assert not install(tiny_model("gpt2", n_embd=32, n_layer=1, n_head=4))


@pytest.mark.slow
def test_a_4bit_demo_run_trains_and_validates_as_the_plain_path_does(tmp_path, demo_model, samples):
    from core.training import runs
    from tests.core.training.test_engine import events_of, small_config, train_in_process

    curves = {}
    for lean in (True, False):
        config = small_config(demo_model, samples, max_steps=4, eval_steps=2, save_steps=100, lean_loss=lean)
        run_dir = runs.create_run(config, tmp_path / str(lean))
        assert train_in_process(run_dir) == 0
        assert events_of(run_dir, "started")[0]["lean_loss"] is lean
        curves[lean] = (
            [(p["step"], p["loss"], p["grad_norm"]) for p in events_of(run_dir, "progress")],
            [(e["step"], e["eval_loss"]) for e in events_of(run_dir, "eval")],
        )
    (train, evals), (plain_train, plain_evals) = curves[True], curves[False]
    assert [s for s, *_ in train] == [s for s, *_ in plain_train] and len(evals) == len(plain_evals) == 2
    for (_, loss, norm), (_, plain_loss_, plain_norm) in zip(train, plain_train):
        assert loss == pytest.approx(plain_loss_, rel=1e-4) and norm == pytest.approx(plain_norm, rel=1e-3)
    for (_, loss), (_, plain_loss_) in zip(evals, plain_evals):
        assert loss == pytest.approx(plain_loss_, rel=1e-4)


def test_the_estimator_counts_one_chunk_of_logits_for_the_engine_and_the_old_recipe_on_request():
    from core.config import RunConfig
    from core.planning import estimate
    from core.training import lean_loss
    from tests.core.planning.test_estimate import LLAMA3

    assert estimate.LEAN_CHUNK_BYTES == lean_loss.CHUNK_BYTES
    run = RunConfig(micro_batch_size=4, cutoff_len=2048)
    lean = estimate.estimate_peak(LLAMA3, estimate.EstimateSettings.from_run_config(run))
    plain = estimate.estimate_peak(
        LLAMA3,
        estimate.EstimateSettings.from_run_config(RunConfig(micro_batch_size=4, cutoff_len=2048, lean_loss=False)),
    )
    # The old recipe: about 12 bytes per vocabulary entry per token, 4 x 2048 x 128,256 x 12 = 11.7 GiB.
    assert plain.components["logits"] > 11 * estimate.GIB
    assert lean.components["logits"] < 1 * estimate.GIB  # hidden states and their gradients, one chunk
    assert lean.total_bytes < plain.total_bytes - 7 * estimate.GIB  # the peak moves to recomputing a layer
    # The published calibration points measured transformers' own loss, so they keep that path.
    assert not estimate.EstimateSettings().lean_loss


@pytest.mark.slow
def test_bf16_keeps_the_frozen_weights_in_bf16_and_trains_like_the_fp32_copies(demo_model):
    from core.config import RunConfig
    from core.training import engine

    assert not engine.upcasts_frozen("cuda", torch.bfloat16)
    assert engine.upcasts_frozen("cuda", torch.float16) and engine.upcasts_frozen("cpu", torch.float32)
    config = RunConfig(model=str(demo_model), dataset="-", device="cpu", lora_rank=8, lora_dropout=0.0)
    ids = torch.randint(0, 4096, (2, 48), generator=torch.Generator().manual_seed(2))
    labels = ids.clone()
    labels[:, :16] = -100
    results = {}
    for upcast in (True, False):
        torch.manual_seed(0)
        model = engine.attach_lora(engine.load_model(config, "cpu", torch.bfloat16), config, upcast_frozen=upcast)
        model.config.use_cache = False
        assert install(model)
        model.train()
        base = model.get_base_model()
        assert base.model.embed_tokens.weight.dtype == (torch.float32 if upcast else torch.bfloat16)
        assert base.model.norm.weight.dtype == (torch.float32 if upcast else torch.bfloat16)
        lora = {n: p for n, p in model.named_parameters() if p.requires_grad}
        assert lora and all(p.dtype == torch.float32 for p in lora.values())
        loss = model(input_ids=ids, labels=labels).loss
        loss.backward()
        norm = torch.stack([p.grad.norm() for p in lora.values()]).norm()
        assert torch.isfinite(loss) and torch.isfinite(norm) and norm > 0
        results[upcast] = (loss.item(), norm.item())
    # bf16 rounds the residual stream: the same loss and gradient to a few parts in a hundred.
    assert results[False][0] == pytest.approx(results[True][0], rel=2e-2)
    assert results[False][1] == pytest.approx(results[True][1], rel=1e-1)
