"""The causal LM loss without the [tokens, vocabulary] logits.

The usual recipe computes the logits of every position (for one 2048-token row over a
152k vocabulary: 1.2 GB in fp32), upcasts them, keeps a log-softmax of the same size for
the backward pass and then a gradient of the same size again. Here the head and the
cross-entropy are one autograd function that works through the trained tokens a chunk at
a time: each chunk's logits exist only while that chunk is processed. Since the loss is a
scalar, the gradient of each chunk is formed right away in the forward pass (softmax minus
one-hot) and multiplied back through the head, so what survives is a gradient per hidden
state ([tokens, hidden], small) and no matmul is ever repeated; the backward pass only
scales it. Tokens with label -100 (prompts, padding) are dropped before any matmul.

Pure PyTorch, so it runs the same on the CPU, CUDA and in the frozen app. The ideas come
from Liger Kernel's fused linear cross-entropy and Apple's cut cross-entropy; the code is ours.

`install(model)` routes a peft-wrapped causal LM's forward with labels through it; the
result (loss, and no logits) is what transformers' own forward would return.
"""

from __future__ import annotations

import functools

IGNORE_INDEX = -100
CHUNK_BYTES = 128 * 2**20  # fp32 logits of one chunk; a few times this is the loss's whole transient memory

# Model types whose causal LM forward is exactly decoder -> lm_head (-> final soft-capping) ->
# transformers' ForCausalLMLoss; anything else (extra scaling, auxiliary router losses, biases)
# keeps the library's own forward.
LEAN_MODEL_TYPES = ("llama", "mistral", "qwen2", "qwen3", "gemma", "gemma2", "gemma3_text", "phi3")


def chunk_tokens_for(vocab_size: int, budget_bytes: int = CHUNK_BYTES) -> int:
    return max(32, budget_bytes // (4 * vocab_size) // 32 * 32)


def causal_lm_loss(
    hidden,
    weight,
    labels,
    *,
    num_items_in_batch=None,
    softcap: float | None = None,
    chunk_tokens: int | None = None,
    shift_labels=None,
    ignore_index: int = IGNORE_INDEX,
):
    """transformers' ForCausalLMLoss of `hidden @ weight.T`, without the full logits.

    As there: position i predicts label i+1 (or `shift_labels[i]` when given); the summed
    cross-entropy is divided by `num_items_in_batch` when given (gradient accumulation
    normalises over the whole accumulated batch), else by this batch's unmasked tokens.
    """
    import torch
    import torch.nn.functional as F

    if shift_labels is None:
        shift_labels = F.pad(labels, (0, 1), value=ignore_index)[..., 1:]
    flat = hidden.reshape(-1, hidden.shape[-1])
    targets = shift_labels.reshape(-1).to(flat.device)
    kept = (targets != ignore_index).nonzero().squeeze(1)
    needs_grad = torch.is_grad_enabled() and (hidden.requires_grad or weight.requires_grad)
    total = _function().apply(
        flat.index_select(0, kept),
        weight,
        targets.index_select(0, kept),
        softcap,
        chunk_tokens or chunk_tokens_for(weight.shape[0]),
        needs_grad,
    )
    if num_items_in_batch is None:
        return total / kept.numel()  # 0/0 = NaN for a batch with nothing trained, as F.cross_entropy gives
    if torch.is_tensor(num_items_in_batch):
        num_items_in_batch = num_items_in_batch.to(total.device)
    return total / num_items_in_batch


def _compute_dtype(hidden, weight):
    """The dtype nn.Linear would multiply in here: autocast's when it is on, else the wider input's."""
    import torch

    device = hidden.device.type
    if torch.is_autocast_enabled(device):
        return torch.get_autocast_dtype(device)
    return torch.promote_types(hidden.dtype, weight.dtype)


def _make_function():
    import torch

    class LinearCrossEntropy(torch.autograd.Function):
        """Sum over tokens of cross_entropy(h @ W.T, target); h holds only trained tokens."""

        @staticmethod
        def forward(ctx, hidden, weight, targets, softcap, chunk, needs_grad):
            dtype = _compute_dtype(hidden, weight)
            w = weight.to(dtype)
            want_h = needs_grad and ctx.needs_input_grad[0]
            want_w = needs_grad and ctx.needs_input_grad[1]
            grad_h = torch.empty(hidden.shape, dtype=torch.float32, device=hidden.device) if want_h else None
            grad_w = torch.zeros(weight.shape, dtype=torch.float32, device=weight.device) if want_w else None
            total = torch.zeros((), dtype=torch.float32, device=hidden.device)
            with torch.autocast(hidden.device.type, enabled=False):
                for start in range(0, hidden.shape[0], chunk):
                    h = hidden[start : start + chunk].to(dtype)
                    t = targets[start : start + chunk]
                    # Rounded to the compute dtype first, then upcast: what the plain path sees.
                    z = (h @ w.t()).float()
                    if softcap:
                        z = torch.tanh(z / softcap) * softcap
                    lse = torch.logsumexp(z, dim=-1)
                    total += (lse - z.gather(1, t[:, None]).squeeze(1)).sum()
                    if not (want_h or want_w):
                        continue
                    rows = torch.arange(t.shape[0], device=t.device)
                    # d(lse - z_t)/dz = softmax(z) - onehot(t), formed in place over z.
                    if softcap:
                        cap_slope = 1 - (z / softcap) ** 2  # d(c*tanh(x/c))/dx, from the capped value
                    g = z.sub_(lse[:, None]).exp_()
                    g[rows, t] -= 1
                    if softcap:
                        g.mul_(cap_slope)
                        del cap_slope
                    g = g.to(dtype)
                    if want_h:
                        grad_h[start : start + chunk] = g @ w
                    if want_w:
                        grad_w.addmm_(g.t().float(), h.float())
                    del z, g
            ctx.save_for_backward(grad_h if want_h else None, grad_w if want_w else None)
            ctx.dtypes = (hidden.dtype, weight.dtype)
            return total

        @staticmethod
        def backward(ctx, grad_total):
            grad_h, grad_w = ctx.saved_tensors
            h_dtype, w_dtype = ctx.dtypes
            out_h = (grad_h * grad_total).to(h_dtype) if grad_h is not None else None
            out_w = (grad_w * grad_total).to(w_dtype) if grad_w is not None else None
            return out_h, out_w, None, None, None, None

    return LinearCrossEntropy


@functools.cache
def _function():
    """The autograd class, built on first use so that importing this module does not import torch."""
    return _make_function()


# --- wiring into a peft model ---------------------------------------------------------------


def why_not_lean(model) -> str | None:
    """Why this model keeps transformers' own loss, or None when the lean loss applies."""
    import torch.nn as nn

    causal = _causal_lm(model)
    config = getattr(causal, "config", None)
    model_type = getattr(config, "model_type", "")
    if model_type not in LEAN_MODEL_TYPES:
        return f"model type {model_type or 'unknown'} is not one whose forward we reproduce"
    head = getattr(causal, "lm_head", None)
    if type(head) is not nn.Linear or head.bias is not None:
        return "its output head is not a plain linear layer without bias"
    if not isinstance(getattr(causal, "model", None), nn.Module):
        return "its decoder is not at .model"
    if getattr(config, "output_router_logits", False):
        return "it adds a router loss"
    return None


def install(model) -> bool:
    """Route the model's forward with labels through the lean loss; False when it does not apply.

    The causal LM (under peft's PeftModelForCausalLM -> LoraModel) gets an instance forward
    that runs its decoder, then the loss on the last hidden states, and returns
    CausalLMOutputWithPast(loss=..., logits=None). Without labels (generation) the original
    forward runs. Going through the model's own forward keeps everything that hooks it
    (the Trainer's loss normalisation, our NaN watch, evaluation) working unchanged.
    """
    if why_not_lean(model) is not None:
        return False
    causal = _causal_lm(model)
    original = causal.forward

    @functools.wraps(original)
    def forward(
        input_ids=None,
        attention_mask=None,
        position_ids=None,
        past_key_values=None,
        inputs_embeds=None,
        labels=None,
        use_cache=None,
        logits_to_keep=0,
        **kwargs,
    ):
        if labels is None:
            return original(
                input_ids=input_ids,
                attention_mask=attention_mask,
                position_ids=position_ids,
                past_key_values=past_key_values,
                inputs_embeds=inputs_embeds,
                use_cache=use_cache,
                logits_to_keep=logits_to_keep,
                **kwargs,
            )
        return lean_forward(
            causal, input_ids, attention_mask, position_ids, past_key_values, inputs_embeds, labels, use_cache, **kwargs
        )

    forward.lean_loss = True
    causal.forward = forward
    return True


def lean_forward(
    causal, input_ids, attention_mask, position_ids, past_key_values, inputs_embeds, labels, use_cache, **kwargs
):
    from transformers.modeling_outputs import CausalLMOutputWithPast

    num_items = kwargs.pop("num_items_in_batch", None)
    shift_labels = kwargs.pop("shift_labels", None)
    return_dict = kwargs.pop("return_dict", None)
    outputs = causal.model(
        input_ids=input_ids,
        attention_mask=attention_mask,
        position_ids=position_ids,
        past_key_values=past_key_values,
        inputs_embeds=inputs_embeds,
        use_cache=use_cache,
        **kwargs,
    )
    loss = causal_lm_loss(
        outputs.last_hidden_state,
        causal.lm_head.weight,
        labels,
        num_items_in_batch=num_items,
        shift_labels=shift_labels,
        softcap=getattr(causal.config, "final_logit_softcapping", None),
    )
    result = CausalLMOutputWithPast(
        loss=loss,
        logits=None,
        past_key_values=outputs.past_key_values,
        hidden_states=outputs.hidden_states,
        attentions=outputs.attentions,
    )
    return result.to_tuple() if return_dict is False else result


def _causal_lm(model):
    """The transformers causal LM inside peft's wrappers (or the model itself)."""
    get_base = getattr(model, "get_base_model", None)
    return get_base() if callable(get_base) else model
