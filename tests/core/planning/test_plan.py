"""The planner and `lorasmith plan`: proposals that fit, reasons for each, smaller retries."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from core.cli.plan import plan_main
from core.config import RunConfig
from core.planning.estimate import GIB, EstimateSettings, estimate_peak
from core.planning.plan import next_smaller, propose, smaller_after_oom
from tests.locations import TEST_DATA

CONFIGS = json.loads((TEST_DATA / "vram_calibration.json").read_text(encoding="utf-8"))["configs"]
MISTRAL = CONFIGS["mistral-7b"]["config"]
QWEN_SMALL = {
    "model_type": "qwen2",
    "hidden_size": 896,
    "intermediate_size": 4864,
    "num_hidden_layers": 24,
    "num_attention_heads": 14,
    "num_key_value_heads": 2,
    "vocab_size": 151936,
    "tie_word_embeddings": True,
    "max_position_embeddings": 32768,
}
MODELS = [MISTRAL, CONFIGS["llama-2-13b"]["config"], CONFIGS["gemma-2b"]["config"], QWEN_SMALL]


@st.composite
def dataset_stats(draw):
    p50 = draw(st.integers(20, 3000))
    p90 = draw(st.integers(p50, p50 * 3))
    p95 = draw(st.integers(p90, p90 * 2))
    p99 = draw(st.integers(p95, p95 * 3))
    return {
        "rows": draw(st.integers(5, 50000)),
        "p50": p50,
        "p90": p90,
        "p95": p95,
        "p99": p99,
        "max": draw(st.integers(p99, p99 * 4)),
        "mean": p50,
    }


def _re_estimate(plan):
    """Estimate the proposal again from the RunConfig it produces, independently of the planner."""
    config = plan.apply_to(RunConfig(model="m", dataset="d"))
    return estimate_peak(plan.model_config, EstimateSettings.from_run_config(config, device=plan.device))


@settings(max_examples=60, deadline=None)
@given(
    model=st.sampled_from(MODELS),
    gib=st.floats(2, 80),
    stats=st.one_of(st.none(), dataset_stats()),
    goal=st.sampled_from(["style", "knowledge"]),
)
def test_planner_never_proposes_what_the_estimator_says_does_not_fit(model, gib, stats, goal):
    plan = propose(model, int(gib * GIB), dataset_stats=stats, goal=goal)
    if plan.fits:
        assert _re_estimate(plan).total_bytes <= plan.budget_bytes
    else:
        assert "smaller model" in plan.messages[0] and "shorter cutoff" in plan.messages[0]


@settings(max_examples=60, deadline=None)
@given(
    model=st.sampled_from(MODELS),
    low=st.floats(2, 80),
    extra=st.floats(0.01, 40),
    stats=st.one_of(st.none(), dataset_stats()),
)
def test_smaller_budget_never_gets_a_larger_micro_batch_or_cutoff(model, low, extra, stats):
    small = propose(model, int(low * GIB), dataset_stats=stats)
    big = propose(model, int((low + extra) * GIB), dataset_stats=stats)
    assert small.settings["micro_batch_size"] <= big.settings["micro_batch_size"]
    assert small.settings["cutoff_len"] <= big.settings["cutoff_len"]


STATS = {"rows": 800, "p50": 300, "p90": 700, "p95": 900, "p99": 1400, "max": 3000, "mean": 350}


def test_every_setting_has_a_reason_and_makes_a_valid_run_config():
    plan = propose(MISTRAL, 20 * GIB, dataset_stats=STATS)
    assert plan.fits and set(plan.settings) <= set(plan.reasons) | {"device"}
    assert all(reason.endswith(".") and len(reason) < 200 for reason in plan.reasons.values())
    config = plan.apply_to(RunConfig(model="m", dataset="d"))
    assert config.validate() == []
    assert config.batch_size % config.micro_batch_size == 0
    assert config.vram_budget_gib == pytest.approx(20, abs=0.01)  # the engine caps the allocator to the budget


def test_cutoff_covers_most_of_the_dataset_when_it_fits():
    plan = propose(MISTRAL, 40 * GIB, dataset_stats=STATS)
    assert plan.settings["cutoff_len"] == 1408  # the 99th percentile, on a multiple of 64
    tail = {**STATS, "p99": 2500}  # a long tail: cover 95% instead
    assert propose(MISTRAL, 40 * GIB, dataset_stats=tail).settings["cutoff_len"] == 960
    assert propose(MISTRAL, 40 * GIB).settings["cutoff_len"] == 512
    assert propose(MISTRAL, 40 * GIB, goal="knowledge").settings["cutoff_len"] == 1024


def test_tight_budget_shortens_texts_before_dropping_adapters():
    roomy = propose(MISTRAL, 12 * GIB, dataset_stats=STATS)
    tight = propose(MISTRAL, 8 * GIB, dataset_stats=STATS)
    assert roomy.fits and tight.fits
    assert tight.settings["micro_batch_size"] == 1 and tight.settings["gradient_checkpointing"]
    assert tight.settings["cutoff_len"] < roomy.settings["cutoff_len"]
    assert tight.settings["lora_targets"] == "all-linear" and "Memory is tight" in tight.messages[0]


def test_nothing_fits_says_so_and_what_to_do():
    plan = propose(CONFIGS["llama-2-70b"]["config"], 8 * GIB, dataset_stats=STATS)
    assert not plan.fits
    assert "smaller model" in plan.messages[0] and "shorter cutoff" in plan.messages[0]


def test_schedule_scales_with_the_dataset_and_the_goal():
    tiny = propose(MISTRAL, 20 * GIB, dataset_stats={**STATS, "rows": 30})
    large = propose(MISTRAL, 20 * GIB, dataset_stats={**STATS, "rows": 20000})
    facts = propose(MISTRAL, 20 * GIB, dataset_stats={**STATS, "rows": 30}, goal="knowledge")
    assert tiny.settings["epochs"] > large.settings["epochs"]
    assert (
        facts.settings["epochs"] > tiny.settings["epochs"] and facts.settings["lora_rank"] > tiny.settings["lora_rank"]
    )
    assert tiny.settings["validation_split"] == 0 and "validation is off" in tiny.reasons["validation_split"]
    assert 0 < large.settings["validation_split"] <= 0.1
    assert tiny.settings["batch_size"] < large.settings["batch_size"]
    assert large.settings["save_steps"] == 2 * large.settings["eval_steps"]


def test_next_smaller_steps_down_until_nothing_is_left():
    plan = propose(MISTRAL, 40 * GIB, dataset_stats=STATS)
    first = next_smaller(plan)
    assert first.settings["micro_batch_size"] == plan.settings["micro_batch_size"] // 2
    assert first.settings["batch_size"] == plan.settings["batch_size"]
    assert "running out of memory" in first.reasons["micro_batch_size"]
    steps, current = [plan], first
    while current is not None:
        steps.append(current)
        current = next_smaller(current)
    sizes = [p.estimate.total_bytes for p in steps]
    assert sizes == sorted(sizes, reverse=True) and len(set(sizes)) > 5
    last = steps[-1].settings
    assert (last["micro_batch_size"], last["cutoff_len"], last["lora_targets"], last["lora_rank"]) == (1, 128, "qv", 4)


def test_a_run_that_ran_out_of_memory_is_retried_one_step_smaller_than_what_it_used():
    # Settings the user chose by hand, not a proposal: the retry starts from them.
    config = RunConfig(
        model="m",
        dataset="d",
        micro_batch_size=8,
        batch_size=16,
        cutoff_len=2048,
        gradient_checkpointing=True,
        lora_rank=32,
        lora_alpha=64,
        learning_rate=1e-4,
    )
    smaller, why = smaller_after_oom(config, MISTRAL)
    assert (smaller.micro_batch_size, smaller.batch_size) == (4, 16)
    assert smaller.learning_rate == 1e-4 and smaller.cutoff_len == 2048 and smaller.dataset == "d"
    assert "running out of memory" in why
    steps = [config]
    while (step := smaller_after_oom(steps[-1], MISTRAL)) is not None:
        steps.append(step[0])
    sizes = [estimate_peak(MISTRAL, EstimateSettings.from_run_config(c)).total_bytes for c in steps]
    assert sizes == sorted(sizes, reverse=True) and len(steps) > 5
    assert (steps[-1].micro_batch_size, steps[-1].lora_targets, steps[-1].lora_rank) == (1, "qv", 4)


def test_cpu_plan_uses_plain_adamw_and_gives_a_time_estimate():
    plan = propose(QWEN_SMALL, 8 * GIB, dataset_stats={**STATS, "rows": 200}, device="cpu", cpu_gflops=50)
    assert plan.device == "cpu" and plan.settings["optimizer"] == "adamw_torch"
    assert "vram_budget_gib" not in plan.settings
    assert any(m.startswith("Training on the processor: about") for m in plan.messages)


def test_unknown_goal_is_refused():
    with pytest.raises(ValueError, match="style .* or knowledge"):
        propose(MISTRAL, 20 * GIB, goal="vibes")


# --- the command line ---------------------------------------------------------------


@pytest.fixture
def model_dir(tmp_path):
    folder = tmp_path / "mistral"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(MISTRAL), encoding="utf-8")
    return folder


def test_cli_proposes_settings_as_json(model_dir, capsys):
    assert plan_main(["--model", str(model_dir), "--vram", "16", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["mode"] == "proposal" and report["fits"] is True
    assert report["predicted_peak_gib"] <= 16 and report["budget_gib"] == 16
    assert sum(report["breakdown_gib"].values()) == pytest.approx(report["predicted_peak_gib"], abs=0.02)
    assert report["settings"]["micro_batch_size"] >= 1 and report["reasons"]["cutoff_len"]


def test_cli_predicts_exactly_the_given_settings(model_dir, capsys):
    argv = [
        "--model",
        str(model_dir / "config.json"),
        "--vram",
        "12",
        "--micro-batch",
        "2",
        "--cutoff",
        "2048",
        "--rank",
        "32",
        "--targets",
        "q_proj,v_proj",
        "--no-gradient-checkpointing",
        "--optimizer",
        "adamw_torch",
        "--json",
    ]
    assert plan_main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    expected = estimate_peak(
        MISTRAL,
        EstimateSettings(
            micro_batch_size=2,
            seq_len=2048,
            lora_rank=32,
            lora_targets="custom",
            custom_targets=("q_proj", "v_proj"),
            gradient_checkpointing=False,
            optimizer="adamw_torch",
        ),
    )
    assert report["mode"] == "prediction" and report["total_bytes"] == expected.total_bytes
    assert report["fits"] is (expected.total_bytes <= 12 * GIB)
    assert report["settings"]["custom_targets"] == ["q_proj", "v_proj"]


def test_cli_text_report_explains_each_setting(model_dir, tmp_path, capsys):
    data = tmp_path / "data.jsonl"
    data.write_text(
        "\n".join(json.dumps({"instruction": "Say hi " * n, "output": "Hello " * (3 * n)}) for n in range(1, 60)),
        encoding="utf-8",
    )
    assert plan_main(["--model", str(model_dir), "--vram", "10", "--dataset", str(data), "--goal", "knowledge"]) == 0
    out = capsys.readouterr().out
    assert "Dataset: 59 examples" in out and "characters / 3.5" in out
    assert "Proposed settings:" in out and "Predicted peak:" in out and "fits" in out
    assert "Rank 32 gives the adapter room to take in new facts." in out


@pytest.mark.parametrize(
    "argv, words",
    [
        (["--model", "nowhere/config.json", "--vram", "8"], "no such folder or file"),
        (["--vram", "8", "--targets", "c_attn"], "none of the chosen LoRA target layers"),
        (["--vram", "-3"], "not a sensible budget"),
        (["--vram", "8", "--micro-batch", "0"], "must be at least 1"),
        (["--vram", "8", "--dataset", "missing.jsonl"], "missing.jsonl: no such file"),
    ],
)
def test_cli_bad_input_exits_2_with_a_plain_message(model_dir, capsys, argv, words):
    if "--model" not in argv:
        argv = ["--model", str(model_dir)] + argv
    assert plan_main(argv) == 2
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err


def test_cli_hub_id_without_network_is_a_plain_error(capsys):
    assert plan_main(["--model", "Qwen/Qwen2.5-0.5B", "--vram", "8"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("lorasmith plan: Qwen/Qwen2.5-0.5B:") and "Traceback" not in err


def test_cli_without_budget_uses_this_computer(model_dir, capsys):
    assert plan_main(["--model", str(model_dir), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    from core.planning.hardware import detect_hardware

    assert report["device"] == detect_hardware().device


def test_cli_measures_the_dataset_with_the_model_tokenizer(model_dir, capsys):
    from tokenizers import Tokenizer, models, pre_tokenizers

    words = ["[UNK]", "</s>", "<s>", "question", "an", "answer", ".", "?"] + [str(n) for n in range(1, 41)]
    tokenizer = Tokenizer(models.WordLevel({w: i for i, w in enumerate(words)}, unk_token="[UNK]"))
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.save(str(model_dir / "tokenizer.json"))
    (model_dir / "tokenizer_config.json").write_text(json.dumps({"eos_token": "</s>", "bos_token": "<s>"}))
    data = model_dir.parent / "data.jsonl"
    data.write_text(
        "\n".join(json.dumps({"instruction": f"Question {n}?", "output": "An answer. " * n}) for n in range(1, 41)),
        encoding="utf-8",
    )
    assert plan_main(["--model", str(model_dir), "--vram", "12", "--dataset", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dataset"]["rows"] == 40 and report["dataset"]["note"] == "token lengths from the model's tokenizer"
    assert report["settings"]["cutoff_len"] >= report["dataset"]["max"]  # short examples: all fit in full
