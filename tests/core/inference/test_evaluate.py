"""Did the LoRA work? Quick prompts, generation with and without the adapter, perplexity, the child, the CLI.

One real 4-bit LoRA of the demo model is trained per test session (shared_demo_run,
also used by test_export.py and tests/desktop/views/tryout/test_view.py).
"""

from __future__ import annotations

import difflib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from core.config import RunConfig
from core.training import runs
from tests.conftest import user_data_folder
from tests.locations import REPO

SHARED_STEPS = 40


def demo_run_config(demo_model: Path, samples: Path, **changes) -> RunConfig:
    settings = dict(
        model=str(demo_model),
        dataset=str(samples / "demo_persona.json"),
        cutoff_len=256,
        micro_batch_size=4,
        batch_size=8,
        max_steps=SHARED_STEPS,
        learning_rate=3e-3,
        lr_scheduler="cosine",
        warmup_ratio=0.05,
        lora_rank=16,
        lora_alpha=32,
        lora_dropout=0.0,
        lora_targets="all-linear",
        validation_split=0.1,
        eval_steps=20,
        save_steps=20,
        logging_steps=5,
        seed=7,
        device="cpu",
    )
    settings.update(changes)
    return RunConfig(**settings)


def shared_demo_run(tmp_path_factory, demo_model: Path, samples: Path) -> Path:
    """A finished run of the demo persona: final adapter at step 40, checkpoints at 20 and 40.

    Trained once per session: later callers find it in the session's temporary folder.
    """
    from core.training.engine import run_training
    from core.training.monitor import Emitter

    root = tmp_path_factory.getbasetemp() / "shared-demo-run"
    run_dir = root / "persona"
    if (run_dir / runs.ADAPTER / "adapter_config.json").is_file():
        return run_dir
    shutil.rmtree(run_dir, ignore_errors=True)
    with user_data_folder(root / "home"):
        run_dir = runs.create_run(demo_run_config(demo_model, samples), root, "persona")
        assert run_training(run_dir, emit=Emitter(run_dir / runs.METRICS, echo=False)) == 0
    return run_dir


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory, demo_model, samples) -> Path:
    return shared_demo_run(tmp_path_factory, demo_model, samples)


@pytest.fixture(scope="module")
def session(demo_model):
    from core.inference.evaluate import ModelSession

    return ModelSession(demo_model, "16bit", device="cpu")


def similarity(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b).ratio()


def word_overlap(answer: str, expected: str) -> float:
    """Share of the expected answer's words that the answer contains."""
    words = expected.lower().split()
    said = set(answer.lower().split())
    return sum(w in said for w in words) / max(len(words), 1)


# --- without a model run -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "n, window, stride", [(1, 8, 4), (7, 8, 4), (8, 8, 8), (50, 16, 5), (100, 32, 32), (33, 32, 1)]
)
def test_sliding_windows_score_every_token_once_with_context(n, window, stride):
    from core.inference.perplexity import sliding_windows

    windows = sliding_windows(n, window, stride)
    scored = []
    for i, (begin, end, first_target) in enumerate(windows):
        assert end - begin <= window
        assert begin < first_target < end  # each scored token is predicted from the one before it
        scored += range(first_target, end)
        if i:  # later windows give their scored tokens at least window - stride tokens of context
            assert first_target - begin >= window - stride
    assert scored == list(range(1, n))  # every token but the first, once


def test_sliding_windows_refuse_a_stride_larger_than_the_window():
    from core.inference.perplexity import sliding_windows

    with pytest.raises(ValueError, match="stride"):
        sliding_windows(100, 16, 17)


def test_quick_prompts_are_the_held_out_rows_with_their_answers(tmp_path, demo_model, samples):
    from core.inference.prompts import prompt_for, quick_prompts

    config = demo_run_config(demo_model, samples)
    run_dir = runs.create_run(config, tmp_path)  # no training needed: the split is in run.yaml
    rows = json.loads((samples / "demo_persona.json").read_text(encoding="utf-8"))
    prompts = quick_prompts(run_dir)
    assert len(prompts) == round(len(rows) * config.validation_split)
    for prompt in prompts:
        row = rows[prompt.row - 1]
        assert prompt.split == "validation"
        assert prompt.question == "\n\n".join(t for t in (row["instruction"], row.get("input")) if t).strip()
        assert prompt.expected == row["output"].strip()  # no <|im_end|> or other markers
        assert prompt.prompt_text.endswith("<|im_start|>assistant\n")
        # A typed message is rendered exactly as training rendered the same question.
        assert prompt_for(config, prompt.question) == prompt.prompt_text

    no_validation = runs.create_run(demo_run_config(demo_model, samples, validation_split=0.0), tmp_path)
    first = quick_prompts(no_validation, limit=3)
    assert [p.split for p in first] == ["training"] * 3
    assert [p.question for p in first] == [r["instruction"] for r in rows[:3]]


def test_quick_prompts_of_raw_text_continue_the_opening(tmp_path, demo_model, samples):
    from core.inference.prompts import quick_prompts

    run_dir = runs.create_run(
        demo_run_config(
            demo_model, samples, dataset=str(samples / "raw_en.txt"), dataset_kind="raw", cutoff_len=128, overlap_len=16
        ),
        tmp_path,
    )
    prompts = quick_prompts(run_dir, limit=5)
    assert prompts
    text = (samples / "raw_en.txt").read_text(encoding="utf-8")
    for prompt in prompts:
        assert prompt.prompt_text.strip() and prompt.expected
        assert prompt.prompt_text.strip()[:40] in text


# --- with the demo model -------------------------------------------------------------------------------


@pytest.mark.slow
def test_streamed_text_is_the_reply_and_stop_ends_it_early(demo_run, session):
    from core.inference.evaluate import stream_reply
    from core.inference.generate import SamplingSettings
    from core.inference.prompts import quick_prompts

    prompt = quick_prompts(demo_run)[0].prompt_text
    chunks: list[str] = []
    full = stream_reply(
        session, demo_run / runs.ADAPTER, prompt, SamplingSettings(max_new_tokens=40), on_text=chunks.append
    )
    assert len(chunks) > 3 and not full.stopped
    assert "".join(chunks).strip() == full.text
    # The same seed and settings give the same answer: comparisons can be repeated.
    again = stream_reply(session, demo_run / runs.ADAPTER, prompt, SamplingSettings(max_new_tokens=40))
    assert again.text == full.text

    cut: list[str] = []
    stopped = stream_reply(
        session,
        demo_run / runs.ADAPTER,
        prompt,
        SamplingSettings(max_new_tokens=40),
        on_text=cut.append,
        should_stop=lambda: len(cut) >= 3,
    )
    assert stopped.stopped and len(cut) == 3
    assert full.text.startswith(stopped.text)


@pytest.mark.slow
def test_the_adapter_answers_training_prompts_like_the_trained_answers(demo_run, session):
    from core.data.pipeline import load_split
    from core.data.tokenize import TextTokenizer
    from core.inference.evaluate import stream_reply
    from core.inference.generate import SamplingSettings
    from core.inference.prompts import _prompt_of, quick_prompts

    config = RunConfig.load(demo_run / runs.RUN_YAML)
    tok = TextTokenizer.from_model_dir(config.model)
    prepared, train, _held_out, _problems = load_split(config, tok)
    training = [_prompt_of(e, tok, prepared.kind, None, "training") for e in train[:6]]
    settings = SamplingSettings(max_new_tokens=48)
    scores = {}
    for name, prompts in (("training", training), ("validation", quick_prompts(demo_run)[:6])):
        adapter_ratio, base_ratio, adapter_words, base_words = [], [], [], []
        for prompt in prompts:
            tuned = stream_reply(session, demo_run / runs.ADAPTER, prompt.prompt_text, settings).text
            base = stream_reply(session, None, prompt.prompt_text, settings).text
            adapter_ratio.append(similarity(tuned, prompt.expected))
            base_ratio.append(similarity(base, prompt.expected))
            adapter_words.append(word_overlap(tuned, prompt.expected))
            base_words.append(word_overlap(base, prompt.expected))
        mean = lambda xs: sum(xs) / len(xs)  # noqa: E731
        scores[name] = {
            "adapter_ratio": mean(adapter_ratio),
            "base_ratio": mean(base_ratio),
            "adapter_words": mean(adapter_words),
            "base_words": mean(base_words),
        }
    print("similarity to the trained answers:", json.dumps(scores, indent=1))
    for name, s in scores.items():
        assert s["adapter_ratio"] > s["base_ratio"] + 0.1, (name, s)
        assert s["adapter_words"] > s["base_words"], (name, s)


@pytest.mark.slow
def test_perplexity_of_the_trained_text_drops_with_the_adapter(demo_run, session, samples):
    from core.inference.adapters import adapter_choices
    from core.inference.perplexity import load_sequences, perplexity_table
    from core.inference.perplexity_results import read_perplexity_csv, save_perplexity_csv

    config = RunConfig.load(demo_run / runs.RUN_YAML)
    choices = sorted(adapter_choices(demo_run), key=lambda c: c.step)
    assert [(c.kind, c.step) for c in choices] == [("checkpoint", 20), ("final", SHARED_STEPS)]
    adapters = [(c.label, c.step, c.path) for c in choices]

    held_out, source = load_sequences(config.model, None, demo_run)
    assert source == "validation" and len(held_out) == 8
    rows = perplexity_table(session, adapters, held_out, window=64, stride=32)
    base, checkpoint, final = rows
    print("validation perplexity:", [(r.label, round(r.perplexity, 2)) for r in rows])
    assert base.step is None and base.tokens == checkpoint.tokens == final.tokens > 100
    assert final.perplexity < checkpoint.perplexity < base.perplexity
    assert final.perplexity < base.perplexity / 4

    # The dataset file itself: only its answers (the trained text) are scored.
    trained, name = load_sequences(config.model, str(samples / "demo_persona.json"))
    assert name == "demo_persona" and len(trained) == 84
    on_training = perplexity_table(session, adapters[-1:], trained, window=256, stride=128)
    print("training-text perplexity:", [(r.label, round(r.perplexity, 2)) for r in on_training])
    assert on_training[1].perplexity < on_training[0].perplexity / 4

    csv_path = save_perplexity_csv(demo_run, source, rows)
    assert csv_path.name == "perplexity-validation.csv"
    again = read_perplexity_csv(csv_path)
    assert [(r.label, r.step, r.tokens) for r in again] == [(r.label, r.step, r.tokens) for r in rows]
    assert [round(r.loss, 5) for r in again] == [round(r.loss, 5) for r in rows]


@pytest.mark.slow
def test_a_plain_text_file_is_measured_as_one_text(demo_run, session, samples):
    from core.inference.perplexity import load_sequences, perplexity_table

    sequences, name = load_sequences(str(RunConfig.load(demo_run / runs.RUN_YAML).model), str(samples / "raw_en.txt"))
    assert name == "raw_en" and len(sequences) == 1
    n = len(sequences[0].input_ids)
    short = perplexity_table(session, [], sequences, window=128, stride=128)[0]
    overlapping = perplexity_table(session, [], sequences, window=128, stride=64)[0]
    assert short.tokens == overlapping.tokens == n - 1  # every token but the first is scored once
    # More context per scored token makes the text easier to predict.
    assert overlapping.loss < short.loss


# --- the child process ---------------------------------------------------------------------------------


def _child(env_home: Path) -> subprocess.Popen:
    env = dict(os.environ, LORASMITH_HOME=str(env_home), PYTHONIOENCODING="utf-8")
    return subprocess.Popen(
        [sys.executable, "-m", "core.inference.generation_child"],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )


def _read_events(process: subprocess.Popen, stop_when) -> list[dict]:
    from core.training.events import EVENT_PREFIX

    events = []
    for line in process.stdout:
        if line.startswith(EVENT_PREFIX):
            events.append(json.loads(line[len(EVENT_PREFIX) :]))
            if stop_when(events[-1]):
                break
    return events


def test_the_generation_child_reports_bad_requests_and_keeps_serving(tmp_path):
    process = _child(tmp_path)
    try:
        process.stdin.write("not json\n")
        process.stdin.write(json.dumps({"cmd": "generate", "id": 1, "run_dir": str(tmp_path / "nowhere")}) + "\n")
        process.stdin.write(json.dumps({"cmd": "dance", "id": 2}) + "\n")
        process.stdin.write(
            json.dumps(
                {"cmd": "export", "id": 3, "run_dir": str(tmp_path), "kind": "adapter", "out": str(tmp_path / "out")}
            )
            + "\n"
        )
        process.stdin.flush()
        events = _read_events(process, lambda e: e.get("id") == 3)
        kinds = [(e["type"], e.get("id"), e.get("code")) for e in events]
        assert kinds == [
            ("ready", None, None),
            ("error", None, "bad_command"),
            ("error", 1, "user"),
            ("error", 2, "bad_command"),
            ("error", 3, "user"),
        ]
        assert "run.yaml" in events[2]["message"]
        assert "not a run folder" in events[4]["message"] or "no final adapter" in events[4]["message"]
        process.stdin.write('{"cmd": "quit"}\n')
        process.stdin.flush()
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()


@pytest.mark.slow
def test_the_generation_child_streams_both_sides_and_stops_on_request(tmp_path, demo_run):
    process = _child(tmp_path)
    try:
        request = {
            "cmd": "generate",
            "id": 7,
            "run_dir": str(demo_run),
            "question": "What is rust?",
            "sides": [{"name": "adapter", "adapter": str(demo_run / runs.ADAPTER)}, {"name": "base", "adapter": None}],
            "settings": {"max_new_tokens": 30},
        }
        process.stdin.write(json.dumps(request) + "\n")
        process.stdin.flush()
        events = _read_events(process, lambda e: e["type"] in ("done", "error"))
        assert events[-1]["type"] == "done" and events[-1]["stopped"] is False, events[-1]
        done = {e["side"]: e for e in events if e["type"] == "side_done"}
        assert list(done) == ["adapter", "base"]
        for side, event in done.items():
            streamed = "".join(e["text"] for e in events if e["type"] == "token" and e["side"] == side)
            assert streamed.strip() == event["text"] and event["tokens"] > 0
        assert done["adapter"]["text"] != done["base"]["text"]

        # A long, sampled answer, stopped as soon as its first token arrives.
        process.stdin.write(
            json.dumps({**request, "id": 8, "settings": {"max_new_tokens": 2000, "temperature": 1.5}}) + "\n"
        )
        process.stdin.flush()
        first = _read_events(process, lambda e: e["type"] == "token")
        process.stdin.write('{"cmd": "stop"}\n')
        process.stdin.flush()
        rest = _read_events(process, lambda e: e["type"] in ("done", "error"))
        assert first[-1]["id"] == 8 and rest[-1] == {**rest[-1], "type": "done", "id": 8, "stopped": True}
        side_done = [e for e in rest if e["type"] == "side_done"]
        assert len(side_done) == 1 and side_done[0]["stopped"] and side_done[0]["tokens"] < 2000
        process.stdin.close()  # the end of stdin ends the child
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()


# --- the command line ----------------------------------------------------------------------------------


def test_cli_user_mistakes_exit_2_with_one_line(capsys, tmp_path):
    from core.cli.evaluate import eval_main, export_main, generate_main

    cases = [
        (generate_main, ["--model", str(tmp_path), "--prompt", "hi"], "not a model folder"),
        (generate_main, ["--prompt", "hi"], "--model"),
        (eval_main, ["perplexity", "--model", str(tmp_path)], "--data"),
        (export_main, [str(tmp_path), "--to", "merged", "--out", str(tmp_path / "x")], "not a run folder"),
        (export_main, [str(tmp_path), "--to", "gguf", "--out", str(tmp_path / "x")], "invalid choice"),
    ]
    for main, argv, words in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and err.startswith("lorasmith") and words in err, (argv, err)


@pytest.mark.slow
def test_cli_generate_and_perplexity(capsys, demo_run, samples):
    from core.cli.evaluate import eval_main, generate_main

    model = RunConfig.load(demo_run / runs.RUN_YAML).model
    assert (
        generate_main(
            [
                "--model",
                model,
                "--adapter",
                str(demo_run),
                "--prompt",
                "What is rust?",
                "--max-new-tokens",
                "24",
                "--json",
            ]
        )
        == 0
    )
    tuned = json.loads(capsys.readouterr().out)
    assert generate_main(["--model", model, "--prompt", "What is rust?", "--max-new-tokens", "24"]) == 0
    base_text = capsys.readouterr().out.strip()
    assert tuned["text"] and tuned["tokens"] > 0 and base_text and base_text != tuned["text"]
    # The penalty reaches the model: greedy decoding then takes other words.
    assert (
        generate_main(
            ["--model", model, "--prompt", "What is rust?", "--max-new-tokens", "24", "--repetition-penalty", "1.3"]
        )
        == 0
    )
    assert capsys.readouterr().out.strip() != base_text
    assert generate_main(["--model", model, "--prompt", "hi", "--repetition-penalty", "0.5"]) == 2
    assert "--repetition-penalty" in capsys.readouterr().err

    assert (
        eval_main(
            [
                "perplexity",
                "--model",
                model,
                "--adapter",
                str(demo_run / runs.ADAPTER),
                "--data",
                str(samples / "demo_persona.json"),
                "--window",
                "256",
                "--stride",
                "128",
                "--json",
            ]
        )
        == 0
    )
    report = json.loads(capsys.readouterr().out)
    base, tuned_row = report["results"]
    assert base["label"] == "base model" and tuned_row["perplexity"] < base["perplexity"]
