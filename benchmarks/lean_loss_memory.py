"""Peak memory of one training step with the lean loss against transformers' own loss, and
training throughput on the demo model both ways.

Memory: a Llama-shaped model with a 128k vocabulary (Llama 3's 128,256) and random weights is
saved once, then each variant runs in a fresh child process that loads it exactly as the
engine does (4-bit NF4 through bitsandbytes, peft's k-bit preparation, LoRA r=16 on all linear
layers, gradient checkpointing, fp32 compute as on the CPU) and runs one forward and backward
pass of micro batch 4 at cutoff 1024. The figure is the kernel's peak resident set (VmHWM) during
that step above the resident set just before it: /proc/self/clear_refs resets the peak first.
glibc is told to serve every allocation over 128 KiB with mmap, so freed tensors leave the
resident set at once and the peak is what was live at the worst moment (torch's CPU allocator
is plain malloc, with no cache of its own). Linux only.

Throughput: --in-process alternates forward+backward steps of both paths on the same batches
in one process, so a busy machine slows both alike. --throughput has the engine train the demo
model on LLaMA-Factory's alpaca_en_demo (as train_throughput.py does) with the lean loss on and
off, in alternating child processes: real tokens per second after the first step, and the
ratio per pair (only meaningful on an otherwise idle machine).

    python benchmarks/lean_loss_memory.py [--memory] [--throughput] [--rounds 3] [--steps 20] [--masked 0.5]
    python benchmarks/lean_loss_memory.py --in-process [--steps 40]   # steps of both in turn, one process
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "compat" / "llamafactory" / "alpaca_en_demo.json"
VOCAB, HIDDEN, LAYERS = 128_256, 512, 2
BATCH, CUTOFF = 4, 1024


def make_model(folder: Path) -> None:
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    config = LlamaConfig(
        vocab_size=VOCAB,
        hidden_size=HIDDEN,
        intermediate_size=4 * HIDDEN,
        num_hidden_layers=LAYERS,
        num_attention_heads=8,
        num_key_value_heads=4,
        max_position_embeddings=CUTOFF,
        tie_word_embeddings=False,
    )
    torch.manual_seed(0)
    LlamaForCausalLM(config).save_pretrained(str(folder))


def rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(field)


def one_step(folder: str, lean: bool, masked: float) -> dict:
    """In a fresh process: load as the engine does, run one forward + backward, report the peak."""
    import torch

    from core.config import RunConfig
    from core.training import engine, lean_loss

    torch.manual_seed(0)
    config = RunConfig(
        model=folder,
        dataset="-",
        device="cpu",
        quantization="4bit",
        lora_rank=16,
        lora_alpha=32,
        lora_targets="all-linear",
        gradient_checkpointing=True,
        lean_loss=lean,
    )
    model = engine.attach_lora(engine.load_model(config, "cpu", torch.float32), config)
    model.config.use_cache = False
    installed = lean and lean_loss.install(model)
    model.train()
    ids = torch.randint(0, VOCAB, (BATCH, CUTOFF))
    labels = ids.clone()
    labels[:, : int(CUTOFF * masked)] = -100  # a prompt share that is not trained
    inputs = dict(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        labels=labels,
        num_items_in_batch=labels[:, 1:].ne(-100).sum(),
    )
    before = rss_kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current resident set
    start = time.perf_counter()
    loss = model(**inputs).loss
    loss.backward()
    seconds = time.perf_counter() - start
    peak = rss_kib("VmHWM")
    return {
        "lean": installed,
        "loss": loss.item(),
        "step_seconds": round(seconds, 2),
        "rss_before_mib": round(before / 1024),
        "peak_mib": round(peak / 1024),
        "step_peak_above_mib": round((peak - before) / 1024),
    }


def memory(rounds: int, masked: float) -> None:
    env = {**os.environ, "MALLOC_MMAP_THRESHOLD_": "131072", "MALLOC_TRIM_THRESHOLD_": "131072"}
    with tempfile.TemporaryDirectory() as tmp:
        make_model(Path(tmp))
        results = {"lean": [], "plain": []}
        for _ in range(rounds):
            for name in ("lean", "plain"):
                out = subprocess.run(
                    [
                        sys.executable,
                        __file__,
                        "--child-step",
                        tmp,
                        "--masked",
                        str(masked),
                        *(["--lean"] if name == "lean" else []),
                    ],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                results[name].append(json.loads(out.stdout.strip().splitlines()[-1]))
                print(name, results[name][-1], flush=True)
    lean = statistics.median(r["step_peak_above_mib"] for r in results["lean"])
    plain = statistics.median(r["step_peak_above_mib"] for r in results["plain"])
    ratios = [a["step_peak_above_mib"] / b["step_peak_above_mib"] for a, b in zip(results["lean"], results["plain"])]
    print(
        f"vocab {VOCAB}, hidden {HIDDEN}, {LAYERS} layers, {BATCH}x{CUTOFF} tokens, {masked:.0%} masked: "
        f"step peak above the loaded model: lean {lean:.0f} MiB, plain {plain:.0f} MiB, "
        f"ratio {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f}); "
        f"loss lean {results['lean'][0]['loss']:.5f}, plain {results['plain'][0]['loss']:.5f}"
    )


def train_run(steps: int, lean: bool) -> dict:
    from core.config import RunConfig
    from core.paths import demo_model_dir
    from core.training import runs
    from core.training.engine import run_training
    from core.training.events import read_metrics
    from core.training.monitor import Emitter

    config = RunConfig(
        model=str(demo_model_dir()),
        dataset=str(DATA),
        max_steps=steps,
        cutoff_len=512,
        micro_batch_size=8,
        batch_size=8,
        lora_rank=16,
        lora_alpha=32,
        learning_rate=2e-4,
        lora_dropout=0.0,
        validation_split=0.0,
        save_steps=100000,
        eval_steps=100000,
        warmup_ratio=0.0,
        lr_scheduler="constant",
        device="cpu",
        lean_loss=lean,
    )
    with tempfile.TemporaryDirectory() as tmp:
        run_dir = runs.create_run(config, Path(tmp))
        assert run_training(run_dir, emit=Emitter(run_dir / "metrics.jsonl", echo=False)) == 0
        events = list(read_metrics(run_dir / "metrics.jsonl"))
    progress = [e for e in events if e["type"] == "progress"]
    elapsed = progress[-1]["time"] - progress[0]["time"]  # after the first step, as train_throughput.py
    tokens = sum(b["tokens_per_second"] * (b["time"] - a["time"]) for a, b in zip(progress, progress[1:]))
    started = [e for e in events if e["type"] == "started"][0]
    return {
        "lean": started["lean_loss"],
        "tokens_per_second": round(tokens / elapsed, 1),
        "final_loss": progress[-1]["loss"],
    }


def throughput(rounds: int, steps: int) -> None:
    if not DATA.exists():
        raise SystemExit(f"{DATA} is missing")
    pairs = []
    for round_ in range(rounds):
        pair = {}
        for name in ("lean", "plain") if round_ % 2 == 0 else ("plain", "lean"):  # neither always goes first
            out = subprocess.run(
                [sys.executable, __file__, "--child-train", str(steps), *(["--lean"] if name == "lean" else [])],
                capture_output=True,
                text=True,
                check=True,
            )
            pair[name] = json.loads(out.stdout.strip().splitlines()[-1])
            print(name, pair[name], flush=True)
        pairs.append(pair)
    ratios = [p["lean"]["tokens_per_second"] / p["plain"]["tokens_per_second"] for p in pairs]
    print(
        f"demo model, batch 8, cutoff 512, {steps} steps: real tokens/s "
        f"lean {statistics.median(p['lean']['tokens_per_second'] for p in pairs):.0f}, "
        f"plain {statistics.median(p['plain']['tokens_per_second'] for p in pairs):.0f}, "
        f"ratio {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})"
    )


def steps_in_process(steps: int) -> None:
    """Both paths in one process, a step of each in turn on the same batch, so a busy machine
    slows both alike: the demo model as the engine loads it, batches of 8 rows of 128-512
    tokens whose first half (the prompt) is not trained, as in instruction data."""
    import torch

    from core.config import RunConfig
    from core.paths import demo_model_dir
    from core.training import engine, lean_loss

    config = RunConfig(model=str(demo_model_dir()), dataset="-", device="cpu", lora_rank=16, lora_alpha=32)
    models = {}
    for name in ("lean", "plain"):
        torch.manual_seed(0)
        models[name] = engine.attach_lora(engine.load_model(config, "cpu", torch.float32), config)
        models[name].config.use_cache = False
        models[name].train()
    assert lean_loss.install(models["lean"])
    gen = torch.Generator().manual_seed(0)
    seconds = {"lean": [], "plain": []}
    for step in range(steps + 1):
        lengths = torch.randint(128, 513, (8,), generator=gen)
        width = int(lengths.max())
        ids = torch.randint(0, 4096, (8, width), generator=gen)
        mask = (torch.arange(width)[None] < lengths[:, None]).long()
        labels = ids.masked_fill(mask == 0, -100)
        labels[torch.arange(width)[None] < lengths[:, None] // 2] = -100
        inputs = dict(
            input_ids=ids, attention_mask=mask, labels=labels, num_items_in_batch=labels[:, 1:].ne(-100).sum()
        )
        for name in ("lean", "plain") if step % 2 else ("plain", "lean"):
            start = time.perf_counter()
            models[name](**inputs).loss.backward()
            if step:  # the first is a warm-up
                seconds[name].append(time.perf_counter() - start)
    ratios = [p / q for p, q in zip(seconds["plain"], seconds["lean"])]
    print(
        f"demo model in one process, {steps} steps of each in turn: forward+backward median "
        f"lean {statistics.median(seconds['lean']):.3f} s, plain {statistics.median(seconds['plain']):.3f} s; "
        f"speed lean/plain per step pair: median {statistics.median(ratios):.3f} "
        f"(quartiles {statistics.quantiles(ratios, n=4)[0]:.3f}-{statistics.quantiles(ratios, n=4)[2]:.3f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--memory", action="store_true")
    parser.add_argument("--throughput", action="store_true")
    parser.add_argument("--in-process", action="store_true", help="alternate steps of both paths in one process")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--masked", type=float, default=0.0, help="share of each row not trained (a prompt)")
    parser.add_argument("--child-step")
    parser.add_argument("--child-train", type=int)
    parser.add_argument("--lean", action="store_true")
    args = parser.parse_args()
    if args.child_step:
        print(json.dumps(one_step(args.child_step, args.lean, args.masked)))
    elif args.in_process:
        steps_in_process(args.steps)
    elif args.child_train:
        print(json.dumps(train_run(args.child_train, args.lean)))
    else:
        if args.memory or not args.throughput:
            memory(args.rounds, args.masked)
        if args.throughput or not args.memory:
            throughput(args.rounds, args.steps)


if __name__ == "__main__":
    main()
