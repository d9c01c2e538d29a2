"""Training throughput and padding: Lorasmith's engine against a plain transformers Trainer.

Both train the same 4-bit LoRA of the demo model on the same tokenised examples
(LLaMA-Factory's alpaca_en_demo, whose lengths vary a lot) for the same number
of steps, in alternating child processes of this one command. We report real
(non-padding) tokens per second and the padded fraction of each, and the ratio.

    python benchmarks/train_throughput.py [--steps 30] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = REPO.parent / "shared" / "compat" / "llamafactory" / "alpaca_en_demo.json"
SETTINGS = dict(
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
    logging_steps=1,
    warmup_ratio=0.0,
    lr_scheduler="constant",
    device="cpu",
)


def config(steps: int, packing: bool = False):
    from core.config import RunConfig
    from core.paths import demo_model_dir

    return RunConfig(model=str(demo_model_dir()), dataset=str(DATA), max_steps=steps, packing=packing, **SETTINGS)


def run_lorasmith(steps: int, packing: bool) -> dict:
    from core.training import runs
    from core.training.engine import run_training
    from core.training.events import read_metrics
    from core.training.monitor import Emitter

    with tempfile.TemporaryDirectory() as tmp:
        run_dir = runs.create_run(config(steps, packing), Path(tmp))
        assert run_training(run_dir, emit=Emitter(run_dir / "metrics.jsonl", echo=False)) == 0
        events = list(read_metrics(run_dir / "metrics.jsonl"))
    progress = [e for e in events if e["type"] == "progress"]
    # Skip the first step (warm-up of kernels and the allocator) in both variants, and
    # count all tokens over all time: batches grouped by length differ a lot in length,
    # so a median of per-step rates would not be the throughput.
    elapsed = progress[-1]["time"] - progress[0]["time"]
    tokens = sum(b["tokens_per_second"] * (b["time"] - a["time"]) for a, b in zip(progress, progress[1:]))
    end = [e for e in events if e["type"] in ("finished",)][-1]
    return {
        "padded_fraction": end["padded_fraction"],
        "elapsed": elapsed,
        "steps": len(progress) - 1,
        "tokens_per_second": tokens / elapsed,
    }


def run_plain(steps: int) -> dict:
    """What a script following the usual QLoRA recipe does: random batches padded to the longest."""
    import torch
    from datasets import Dataset
    from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
    from transformers import (
        AutoModelForCausalLM,
        BitsAndBytesConfig,
        DataCollatorForSeq2Seq,
        PreTrainedTokenizerFast,
        Trainer,
        TrainerCallback,
        TrainingArguments,
    )

    from core.data.pipeline import prepare_examples
    from core.data.tokenize import TextTokenizer, tokenize_example

    cfg = config(steps)
    tok = TextTokenizer.from_model_dir(cfg.model)
    examples = prepare_examples(cfg, tokenizer=tok).examples
    items = [tokenize_example(e, tok, cfg.cutoff_len) for e in examples]
    ds = Dataset.from_dict(
        {
            "input_ids": [t.input_ids for t in items],
            "labels": [t.labels for t in items],
            "attention_mask": [[1] * len(t.input_ids) for t in items],
        }
    )
    hf_tok = PreTrainedTokenizerFast.from_pretrained(cfg.model)
    model = AutoModelForCausalLM.from_pretrained(
        cfg.model,
        dtype=torch.float32,
        device_map={"": "cpu"},
        quantization_config=BitsAndBytesConfig(
            load_in_4bit=True,
            bnb_4bit_quant_type="nf4",
            bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=torch.float32,
        ),
    )
    model = prepare_model_for_kbit_training(
        model, use_gradient_checkpointing=True, gradient_checkpointing_kwargs={"use_reentrant": False}
    )
    model = get_peft_model(
        model, LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, target_modules="all-linear", task_type="CAUSAL_LM")
    )
    counts = {"real": 0, "slots": 0}
    base = DataCollatorForSeq2Seq(hf_tok, padding="longest", label_pad_token_id=-100)

    def collate(features):
        batch = base(features)
        counts["real"] += int(batch["attention_mask"].sum())
        counts["slots"] += batch["attention_mask"].numel()
        return batch

    times = []

    class Clock(TrainerCallback):
        def on_step_end(self, args, state, control, **kw):
            times.append((time.time(), counts["real"]))

    args = TrainingArguments(
        output_dir=tempfile.mkdtemp(),
        per_device_train_batch_size=8,
        max_steps=steps,
        learning_rate=2e-4,
        lr_scheduler_type="constant",
        report_to=[],
        use_cpu=True,
        logging_steps=1,
        save_strategy="no",
        disable_tqdm=True,
        seed=42,
        remove_unused_columns=False,
        optim="adamw_torch",
    )
    Trainer(model=model, args=args, train_dataset=ds, data_collator=collate, callbacks=[Clock()]).train()
    elapsed = times[-1][0] - times[0][0]
    return {
        "padded_fraction": 1 - counts["real"] / counts["slots"],
        "elapsed": elapsed,
        "steps": len(times) - 1,
        "tokens_per_second": (times[-1][1] - times[0][1]) / elapsed,
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--variant", choices=("lorasmith", "packed", "plain"))
    args = parser.parse_args()
    if args.variant:
        import torch

        torch.set_num_threads(2)
        result = {
            "lorasmith": lambda: run_lorasmith(args.steps, False),
            "packed": lambda: run_lorasmith(args.steps, True),
            "plain": lambda: run_plain(args.steps),
        }[args.variant]()
        print("RESULT " + json.dumps(result))
        return 0
    results: dict[str, list[dict]] = {"plain": [], "lorasmith": [], "packed": []}
    for _ in range(args.rounds):
        for variant in results:
            out = subprocess.run(
                [sys.executable, __file__, "--variant", variant, "--steps", str(args.steps)],
                capture_output=True,
                text=True,
                cwd=REPO,
            )
            line = [text for text in out.stdout.splitlines() if text.startswith("RESULT ")]
            if not line:
                print(out.stdout[-2000:], out.stderr[-4000:], file=sys.stderr)
                return 1
            results[variant].append(json.loads(line[-1][7:]))
    print(f"{'variant':<12}{'real tokens/s':>15}{'padded':>10}{'ratio vs plain':>16}")
    ref = statistics.median(r["tokens_per_second"] for r in results["plain"])
    for variant, rows in results.items():
        tps = statistics.median(r["tokens_per_second"] for r in rows)
        pad = statistics.median(r["padded_fraction"] for r in rows)
        print(f"{variant:<12}{tps:>15.0f}{pad:>10.1%}{tps / ref:>16.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
