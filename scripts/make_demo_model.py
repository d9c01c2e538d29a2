"""Build resources/demo-model: a tiny Llama-style chat model with its own tokenizer.

    python scripts/make_demo_model.py [--out DIR] [--steps N]

The model exists so that `lorasmith demo` and the test suite can run a real
4-bit LoRA on a CPU in about a minute. A LoRA on random weights barely moves
the loss, so the model is pretrained briefly here on text we wrote ourselves
(resources/samples, minus the demo persona), the sample chats rendered in
ChatML (so it knows the chat shape) and the docstrings of Python's standard
library (read from the source files, never imported).

Everything is seeded and read in a fixed order: two runs give the same
tokenizer.json anywhere, and the same weights on the same machine with the same
Python and torch versions (the stdlib docstrings come from the running Python).
"""

from __future__ import annotations

import argparse
import ast
import functools
import hashlib
import json
import math
import random
import sys
import sysconfig
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "resources" / "samples"
OUT = REPO / "resources" / "demo-model"

SEED = 20240611
VOCAB_SIZE = 4096
EOS, IM_START, IM_END = "<|endoftext|>", "<|im_start|>", "<|im_end|>"
SPECIAL_TOKENS = [EOS, IM_START, IM_END]  # ids 0, 1, 2
MAX_POSITIONS = 2048

# Pretraining schedule: about 6-7 minutes on two CPU cores.
SEQ_LEN = 256
BATCH = 16
STEPS = 420
PEAK_LR = 3e-3
WARMUP = 30
# Our own texts are small next to the docstrings; repeating them keeps the
# chat shape and the Chinese text from being drowned out.
OWN_TEXT_REPEATS = 4
CHAT_REPEATS = 6


# ChatML, written for this project. String content or a list of text parts.
CHAT_TEMPLATE = (
    "{%- for message in messages -%}\n"
    "{{- '<|im_start|>' + message['role'] + '\\n' -}}\n"
    "{%- if message['content'] is string -%}\n"
    "{{- message['content'] -}}\n"
    "{%- else -%}\n"
    "{%- for part in message['content'] -%}\n"
    "{%- if part['type'] == 'text' -%}{{- part['text'] -}}{%- endif -%}\n"
    "{%- endfor -%}\n"
    "{%- endif -%}\n"
    "{{- '<|im_end|>\\n' -}}\n"
    "{%- endfor -%}\n"
    "{%- if add_generation_prompt -%}\n"
    "{{- '<|im_start|>assistant\\n' -}}\n"
    "{%- endif -%}\n"
)


# ---------------------------------------------------------------- corpus


def render_chatml(messages: list[dict]) -> str:
    """Same text the chat template produces; kept in plain Python so no jinja is needed here."""
    return "".join(f"{IM_START}{m['role']}\n{m['content']}{IM_END}\n" for m in messages)


def _alpaca_messages(row: dict) -> list[dict]:
    messages = [{"role": "system", "content": row["system"]}] if row.get("system") else []
    for prompt, answer in row.get("history") or []:
        messages += [{"role": "user", "content": prompt}, {"role": "assistant", "content": answer}]
    prompt = row["instruction"] + (f"\n\n{row['input']}" if row.get("input") else "")
    return messages + [{"role": "user", "content": prompt}, {"role": "assistant", "content": row["output"]}]


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sample_chats(samples: Path = SAMPLES, include_persona: bool = False) -> list[list[dict]]:
    """Every sample conversation as role/content messages, in a fixed order."""
    sharegpt_roles = {"system": "system", "human": "user", "gpt": "assistant"}
    chats = [_alpaca_messages(r) for r in json.loads((samples / "alpaca_en.json").read_text(encoding="utf-8"))]
    chats += [_alpaca_messages(r) for r in json.loads((samples / "alpaca_zh.json").read_text(encoding="utf-8"))]
    for row in json.loads((samples / "sharegpt_en.json").read_text(encoding="utf-8")):
        chats.append([{"role": sharegpt_roles[t["from"]], "content": t["value"]} for t in row["conversations"]])
    chats += [row["messages"] for row in _read_jsonl(samples / "openai_zh.jsonl")]
    chats += [
        [{"role": "user", "content": r["question"]}, {"role": "assistant", "content": r["answer"]}]
        for r in _read_jsonl(samples / "custom_qa.jsonl")
    ]
    if include_persona:
        chats += [_alpaca_messages(r) for r in json.loads((samples / "demo_persona.json").read_text(encoding="utf-8"))]
    return chats


def sample_texts(samples: Path = SAMPLES) -> list[str]:
    """Our own prose: raw text blocks (split at three newlines) and text rows."""
    texts: list[str] = []
    raw_files = [samples / "raw_en.txt", samples / "raw_zh.txt"]
    raw_files += sorted((samples / "raw_folder").glob("*.txt"), key=lambda p: p.name)
    for path in raw_files:
        texts += [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n\n") if block.strip()]
    texts += [row["text"] for row in _read_jsonl(samples / "text_en.jsonl")]
    return texts


def corpus_fingerprint(corpus: list[str]) -> str:
    h = hashlib.sha256()
    for text in corpus:
        h.update(text.encode("utf-8") + b"\x00")
    return h.hexdigest()


@functools.lru_cache(maxsize=1)
def stdlib_docstrings(min_chars: int = 80) -> tuple[str, ...]:
    """Docstrings of the standard library, parsed from source (importing would run code)."""
    root = Path(sysconfig.get_paths()["stdlib"])
    skip = {"site-packages", "test", "tests", "idlelib", "lib2to3", "tkinter", "turtledemo", "ensurepip"}
    docs = []
    for path in sorted(root.rglob("*.py"), key=lambda p: p.relative_to(root).as_posix()):
        if skip & set(path.relative_to(root).parts):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                doc = ast.get_docstring(node)
                if doc and len(doc) >= min_chars:
                    docs.append(doc)
    return tuple(docs)


def training_documents(include_persona: bool = False) -> list[str]:
    """The pretraining documents in a fixed order (shuffled later with a seed)."""
    docs = list(stdlib_docstrings())
    docs += sample_texts() * OWN_TEXT_REPEATS
    docs += [render_chatml(c) for c in sample_chats(include_persona=include_persona)] * CHAT_REPEATS
    return docs


def tokenizer_corpus() -> list[str]:
    """What the tokenizer learns from: the pretraining documents plus the persona.

    The persona is included so that its words get tokens of their own (the
    model itself never trains on it).
    """
    return training_documents(include_persona=True)


# ---------------------------------------------------------------- tokenizer


def train_tokenizer(corpus: list[str]):
    """Byte-level BPE: every string, Chinese included, encodes and decodes exactly."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=VOCAB_SIZE,
        min_frequency=2,
        special_tokens=SPECIAL_TOKENS,
        show_progress=False,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
    )
    tokenizer.train_from_iterator(corpus, trainer=trainer)
    return tokenizer


def tokenizer_config() -> dict:
    return {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "bos_token": EOS,
        "eos_token": EOS,
        "pad_token": EOS,
        "unk_token": None,
        "additional_special_tokens": [IM_START, IM_END],
        "add_bos_token": False,
        "add_eos_token": False,
        "clean_up_tokenization_spaces": False,
        "model_max_length": MAX_POSITIONS,
        "padding_side": "right",
        "chat_template": CHAT_TEMPLATE,
    }


def special_tokens_map() -> dict:
    return {"bos_token": EOS, "eos_token": EOS, "pad_token": EOS, "additional_special_tokens": [IM_START, IM_END]}


def write_tokenizer(tokenizer, out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tokenizer.save(str(out / "tokenizer.json"))
    (out / "tokenizer_config.json").write_text(
        json.dumps(tokenizer_config(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (out / "special_tokens_map.json").write_text(json.dumps(special_tokens_map(), indent=2) + "\n", encoding="utf-8")
    (out / "chat_template.jinja").write_text(CHAT_TEMPLATE, encoding="utf-8")


# ---------------------------------------------------------------- model


def model_config():
    """Every Linear dimension is a multiple of 64, the bitsandbytes 4-bit block size."""
    from transformers import LlamaConfig

    return LlamaConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=256,
        intermediate_size=640,
        num_hidden_layers=4,
        num_attention_heads=4,
        num_key_value_heads=2,
        head_dim=64,
        max_position_embeddings=MAX_POSITIONS,
        rms_norm_eps=1e-5,
        rope_theta=10000.0,
        tie_word_embeddings=True,
        hidden_act="silu",
        attention_bias=False,
        mlp_bias=False,
        initializer_range=0.02,
        bos_token_id=0,
        eos_token_id=0,
        pad_token_id=0,
    )


def token_stream(tokenizer, seed: int) -> list[int]:
    """The pretraining documents in a seeded order, each followed by <|endoftext|>."""
    docs = training_documents()
    random.Random(seed).shuffle(docs)
    eos_id = tokenizer.token_to_id(EOS)
    ids: list[int] = []
    for encoding in tokenizer.encode_batch(docs, add_special_tokens=False):
        ids += encoding.ids
        ids.append(eos_id)
    return ids


def learning_rate(step: int, total: int) -> float:
    if step < WARMUP:
        return PEAK_LR * (step + 1) / WARMUP
    progress = (step - WARMUP) / max(1, total - WARMUP)
    return PEAK_LR * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * progress)))


def pretrain(tokenizer, steps: int, log=print) -> tuple:
    import torch
    from transformers import LlamaForCausalLM

    torch.manual_seed(SEED)
    model = LlamaForCausalLM(model_config())
    model.train()
    stream = torch.tensor(token_stream(tokenizer, SEED), dtype=torch.long)
    windows = stream[: len(stream) // SEQ_LEN * SEQ_LEN].view(-1, SEQ_LEN)
    log(
        f"corpus: {len(stream):,} tokens, {len(windows):,} windows of {SEQ_LEN}; "
        f"{steps} steps of {BATCH} ({steps * BATCH / len(windows):.1f} passes)"
    )

    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    optimizer = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=PEAK_LR,
        betas=(0.9, 0.95),
        eps=1e-8,
    )
    order_rng = random.Random(SEED + 1)
    order: list[int] = []
    losses: list[float] = []
    started = time.monotonic()
    for step in range(steps):
        if len(order) < BATCH:
            fresh = list(range(len(windows)))
            order_rng.shuffle(fresh)
            order += fresh
        batch = windows[order[:BATCH]]
        del order[:BATCH]
        for group in optimizer.param_groups:
            group["lr"] = learning_rate(step, steps)
        loss = model(input_ids=batch, labels=batch).loss
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        losses.append(loss.item())
        if step % 20 == 0 or step < 5 or step == steps - 1:
            recent = sum(losses[-20:]) / len(losses[-20:])
            log(
                f"step {step + 1:4d}/{steps}  loss {recent:.3f}  lr {learning_rate(step, steps):.2e}  "
                f"{time.monotonic() - started:.0f} s"
            )
    final = sum(losses[-20:]) / len(losses[-20:])
    return model, losses, final, time.monotonic() - started


def save_model(model, out: Path) -> None:
    import torch
    from transformers import GenerationConfig

    model.config.use_cache = True
    model.to(torch.float16).save_pretrained(out)
    # Chat replies end with <|im_end|>; stop there as well as at <|endoftext|>.
    GenerationConfig(bos_token_id=0, eos_token_id=[0, 2], pad_token_id=0, do_sample=False).save_pretrained(out)


def sample_reply(model, tokenizer, prompt: str, max_new_tokens: int = 40) -> str:
    import torch

    ids = tokenizer.encode(
        render_chatml([{"role": "user", "content": prompt}]) + f"{IM_START}assistant\n", add_special_tokens=False
    ).ids
    with torch.no_grad():
        out = model.generate(
            torch.tensor([ids]), max_new_tokens=max_new_tokens, do_sample=False, eos_token_id=[0, 2], pad_token_id=0
        )
    return tokenizer.decode(out[0, len(ids) :].tolist(), skip_special_tokens=True)


def write_model_card(out: Path, info: dict) -> None:
    card = f"""# Lorasmith demo model

A tiny Llama-architecture causal language model with its own tokenizer, made for
`lorasmith demo` and the test suite: a real 4-bit LoRA of it trains on a CPU in
about a minute. It writes word-like English and knows the ChatML chat shape; it
knows almost nothing else. Do not use it for anything but demos and tests.

| | |
| --- | --- |
| architecture | LlamaForCausalLM, {info["layers"]} layers, hidden {info["hidden"]}, {info["heads"]} heads ({info["kv_heads"]} key/value heads), MLP {info["intermediate"]}, tied embeddings |
| parameters | {info["parameters"]:,} |
| vocabulary | {info["vocab"]} byte-level BPE tokens; `<|endoftext|>` (end of text, padding), `<|im_start|>`, `<|im_end|>` |
| chat template | ChatML (`chat_template.jinja`, also in `tokenizer_config.json`) |
| weights | float16 safetensors; every Linear dimension is a multiple of 64, so it loads in 4-bit NF4 |
| pretraining | {info["steps"]} steps of {BATCH} x {SEQ_LEN} tokens, AdamW, peak learning rate {PEAK_LR}, seed {SEED} |
| final training loss | {info["final_loss"]:.2f} (mean of the last 20 steps; it started at {info["first_loss"]:.2f}) |
| time | {info["seconds"]:.0f} s on {info["threads"]} CPU threads (Python {info["python"]}, torch {info["torch"]}) |

## How it was made

```
python scripts/make_demo_model.py
```

The script trains the tokenizer on the files in `resources/samples/` (so the
tokenizer is the same on every machine), then pretrains the model from random
weights on:

- the prose and the conversations in `resources/samples/`, written for this
  project (the chats rendered in ChatML), except `demo_persona.json` and
  `demo_prompts.json`, which the demo must teach it;
- the docstrings of the Python {info["python"]} standard library, parsed from its source files.

Seeds, data order and thread count are fixed and deterministic algorithms are
on: a second run gives the same `tokenizer.json`, and the same weights with the
same Python and torch versions on the same kind of machine.

## Licence

The weights and tokenizer are released under the project's licence (Apache-2.0).
The training text written for this project is under the same licence; the
Python standard library docstrings are under the Python Software Foundation
License Version 2.
"""
    (out / "README.md").write_text(card, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--steps", type=int, default=STEPS)
    args = parser.parse_args(argv)

    import torch
    import transformers

    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)
    random.seed(SEED)
    torch.manual_seed(SEED)

    corpus = tokenizer_corpus()
    tokenizer = train_tokenizer(corpus)
    write_tokenizer(tokenizer, args.out)
    print(f"tokenizer: {tokenizer.get_vocab_size()} tokens from {sum(map(len, corpus)):,} characters", flush=True)

    model, losses, final, seconds = pretrain(tokenizer, args.steps, log=lambda s: print(s, flush=True))
    model.eval()
    for prompt in ("Explain what a leap year is.", "What is a good way to learn a new language?"):
        print(f"sample: {prompt!r} -> {sample_reply(model, tokenizer, prompt)!r}", flush=True)
    save_model(model, args.out)

    config = model.config
    info = dict(
        layers=config.num_hidden_layers,
        hidden=config.hidden_size,
        heads=config.num_attention_heads,
        kv_heads=config.num_key_value_heads,
        intermediate=config.intermediate_size,
        vocab=config.vocab_size,
        parameters=sum(p.numel() for p in model.parameters()),
        steps=args.steps,
        first_loss=sum(losses[:20]) / len(losses[:20]),
        final_loss=final,
        seconds=seconds,
        threads=torch.get_num_threads(),
        python=".".join(map(str, sys.version_info[:3])),
        torch=torch.__version__,
        transformers=transformers.__version__,
    )
    write_model_card(args.out, info)
    build = {"tokenizer_corpus_sha256": corpus_fingerprint(corpus), **info}
    (args.out / "build_info.json").write_text(json.dumps(build, indent=2) + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in args.out.iterdir() if p.is_file())
    print(
        f"final loss {final:.3f} after {args.steps} steps in {seconds:.0f} s; "
        f"{info['parameters']:,} parameters; {size / 1e6:.1f} MB in {args.out}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
