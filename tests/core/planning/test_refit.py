"""Re-fitting a proposal around the user's choices: what they pinned stays, the rest fits again."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from core.planning.duration import training_seconds, training_steps, training_tokens
from core.planning.estimate import GIB
from core.planning.plan import estimate_for, propose
from core.planning.refit import refit
from tests.core.planning.test_plan import MISTRAL, MODELS, QWEN_SMALL

STATS = {"rows": 2000, "p50": 300, "p90": 700, "p95": 900, "p99": 1400, "max": 2000, "mean": 320}


def test_nothing_pinned_is_the_plan_itself():
    plan = propose(MISTRAL, 10 * GIB, dataset_stats=STATS)
    fitted = refit(plan, {})
    assert fitted.settings == plan.settings and fitted.fits == plan.fits and fitted.changed == {}


def test_a_longer_cutoff_is_kept_and_the_micro_batch_comes_down_to_fit():
    plan = propose(MISTRAL, 12 * GIB, dataset_stats=STATS)
    fitted = refit(plan, {"cutoff_len": 4096})
    assert fitted.settings["cutoff_len"] == 4096
    assert fitted.fits and fitted.estimate.total_bytes <= plan.budget_bytes
    assert fitted.settings["micro_batch_size"] <= plan.settings["micro_batch_size"]
    assert estimate_for(plan.model_config, fitted.settings, plan.device).total_bytes == fitted.estimate.total_bytes
    if fitted.settings["micro_batch_size"] < plan.settings["micro_batch_size"]:
        assert fitted.changed["micro_batch_size"] == "down"


def test_a_micro_batch_too_big_for_the_card_is_kept_and_said_not_to_fit():
    plan = propose(MISTRAL, 8 * GIB, dataset_stats=STATS)
    fitted = refit(plan, {"micro_batch_size": 16, "cutoff_len": 8192, "lora_rank": 128})
    assert (fitted.settings["micro_batch_size"], fitted.settings["cutoff_len"], fitted.settings["lora_rank"]) == (
        16,
        8192,
        128,
    )
    assert fitted.settings["lora_alpha"] == 256  # alpha follows a pinned rank
    assert not fitted.fits


@settings(max_examples=40, deadline=None)
@given(model=st.sampled_from(MODELS), gib=st.floats(3, 48), rank=st.sampled_from([8, 16, 32, 64]))
def test_a_pinned_rank_never_changes_and_a_fitting_refit_really_fits(model, gib, rank):
    plan = propose(model, int(gib * GIB), dataset_stats=STATS)
    fitted = refit(plan, {"lora_rank": rank})
    assert fitted.settings["lora_rank"] == rank
    assert "lora_rank" not in fitted.changed
    if fitted.fits:
        assert estimate_for(plan.model_config, fitted.settings, plan.device).total_bytes <= plan.budget_bytes
    assert fitted.settings["batch_size"] % fitted.settings["micro_batch_size"] == 0


def test_time_grows_with_the_data_and_is_unknown_without_it():
    settings_ = propose(QWEN_SMALL, 10 * GIB, dataset_stats=STATS).settings
    small = training_seconds(settings_, STATS, 500_000_000, "cuda")
    large = training_seconds(settings_, {**STATS, "rows": 20_000}, 500_000_000, "cuda")
    assert 0 < small < large
    assert training_seconds(settings_, None, 500_000_000, "cuda") is None
    assert training_seconds(settings_, STATS, 500_000_000, "cpu", cpu_gflops=0) is None
    assert training_steps(settings_, 2000) >= 1
    assert training_tokens(settings_, STATS) <= 2000 * settings_["epochs"] * settings_["cutoff_len"]
