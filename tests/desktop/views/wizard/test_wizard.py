"""The settings wizard and the getting-started wizard, with real widgets, the real planner and real training."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core.config import RunConfig
from core.planning.estimate import GIB, EstimateSettings, estimate_peak
from core.planning.hardware import GpuInfo, HardwareInfo
from tests.desktop.qt_tools import qt_tool
from tests.desktop.waits import GUI_WAIT, TRAINING_WAIT
from tests.locations import REPO

# The shape of a 3-billion-parameter model (Qwen2.5-3B's config.json, the fields that matter).
CONFIG_3B = {
    "model_type": "qwen2",
    "hidden_size": 2048,
    "intermediate_size": 11008,
    "num_hidden_layers": 36,
    "num_attention_heads": 16,
    "num_key_value_heads": 2,
    "vocab_size": 151936,
    "max_position_embeddings": 32768,
    "tie_word_embeddings": True,
}


def gpu_machine(free_gib: float, total_gib: float = 12.0) -> HardwareInfo:
    gpu = GpuInfo(0, "NVIDIA GeForce RTX 4070", int(total_gib * GIB), int(free_gib * GIB), 0, (8, 9))
    return HardwareInfo(gpus=[gpu], ram_total_bytes=32 * GIB, ram_available_bytes=20 * GIB)


def cpu_machine() -> HardwareInfo:
    import psutil

    memory = psutil.virtual_memory()
    return HardwareInfo(
        ram_total_bytes=int(memory.total), ram_available_bytes=int(memory.available), disk_free_bytes=50 * GIB
    )


@pytest.fixture
def model_3b(tmp_path) -> Path:
    folder = tmp_path / "Qwen2.5-3B-like"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(CONFIG_3B), encoding="utf-8")
    return folder


def estimated_bytes(settings: dict, device: str = "cuda") -> int:
    run = RunConfig(**{k: v for k, v in settings.items() if k in RunConfig.__dataclass_fields__})
    return estimate_peak(CONFIG_3B, EstimateSettings.from_run_config(run, device=device)).total_bytes


def settings_wizard(qtbot, model: Path, dataset: Path, hardware: HardwareInfo):
    from desktop.views.wizard.hyper import HyperparameterWizard

    wizard = HyperparameterWizard(hardware=hardware)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.goal_page.set_goal("style")
    wizard.next()
    assert wizard.model_page.select_path(str(model))
    wizard.next()
    wizard.dataset_page.set_path(str(dataset))
    assert wizard.dataset_page.wait_until_checked()
    wizard.next()
    assert wizard.currentPage() is wizard.settings_page
    return wizard


# --- the settings wizard ---------------------------------------------------------------------------


def test_memory_bar_and_proposal_follow_a_changed_setting(lorasmith_app, qtbot, model_3b, samples):
    wizard = settings_wizard(qtbot, model_3b, samples / "alpaca_en.json", gpu_machine(10.8))
    page = wizard.settings_page
    proposed = page.settings()
    first_total, first_micro = page.bar.total, proposed["micro_batch_size"]
    assert page.bar.fits and page.isComplete()
    assert page.bar.total == estimated_bytes(proposed) <= page.plan.budget_bytes
    assert "Fits" in page.bar.verdict.text() and page.plan.reasons["micro_batch_size"] != ""
    assert first_micro > 1, "a 3B model on a 12 GB card should get more than one example at a time"

    page.set_setting("cutoff_len", 2048)  # as if typed into the box
    changed = page.settings()
    assert changed["cutoff_len"] == 2048 and page.pinned == {"cutoff_len": 2048}
    assert page.bar.total > first_total and page.bar.total == estimated_bytes(changed)
    assert changed["micro_batch_size"] < first_micro, "the micro batch is proposed again so that it still fits"
    assert page.bar.total <= page.plan.budget_bytes and page.isComplete()
    assert "with your choices" in page.reasons["micro_batch_size"].text()
    assert "Your choice; the proposal was" in page.reasons["cutoff_len"].text()
    assert f"({changed['micro_batch_size']} at a time" in page.reasons["batch_size"].text()

    page.set_setting("lora_rank", 64)
    page.set_setting("gradient_checkpointing", False)
    page.set_setting("micro_batch_size", 16)  # far too much with all the rest
    assert not page.isComplete() and not page.bar.fits
    assert "Does not fit" in page.bar.verdict.text() and "Lower one of the settings" in page.messages.text()

    page.use_proposal()
    assert page.settings() == proposed and page.bar.total == first_total
    page.set_setting("optimizer", "adamw_torch")  # 32-bit optimizer states: more memory than 8-bit
    assert page.bar.total > first_total

    config = wizard.result_config()
    assert config.model == str(model_3b) and config.dataset == str(samples / "alpaca_en.json")
    assert config.optimizer == "adamw_torch" and config.micro_batch_size == page.settings()["micro_batch_size"]
    assert config.batch_size % config.micro_batch_size == 0 and not config.validate()


@pytest.mark.parametrize("free_gib", [2.0, 3.5, 5.0, 8.0, 16.0, 40.0])
def test_the_wizard_never_proposes_what_does_not_fit(lorasmith_app, qtbot, free_gib):
    """Whatever the card and whatever the user pins, a page that lets you go on fits by the estimator."""
    from desktop.views.wizard.pages import PlanInputs
    from desktop.views.wizard.settings import SettingsPage

    page = SettingsPage()
    qtbot.addWidget(page)
    stats = {"rows": 3000, "count": 3000, "mean": 600, "p50": 500, "p90": 1400, "p95": 1900, "p99": 3000, "max": 7000}
    page.set_inputs(PlanInputs(CONFIG_3B, "", "", stats, "knowledge", gpu_machine(free_gib, 48.0)))
    for pins in (
        {},
        {"cutoff_len": 4096},
        {"lora_rank": 128},
        {"micro_batch_size": 4},
        {"gradient_checkpointing": False},
        {"lora_targets": "qv", "cutoff_len": 512},
    ):
        page.use_proposal()
        for name, value in pins.items():
            page.set_setting(name, value)
        settings, budget = page.settings(), page.plan.budget_bytes
        fits = estimated_bytes(settings) <= budget
        assert page.isComplete() == fits == page.bar.fits, (free_gib, pins, settings)
        if not pins:
            assert settings == page.plan.settings, "untouched, the page shows the planner's own proposal"
        for name, value in pins.items():
            assert settings[name] == value, "a setting the user chose is kept"


# --- the getting-started wizard ---------------------------------------------------------------------


def test_without_a_gpu_the_first_step_says_so_plainly(lorasmith_app, qtbot):
    from PySide6.QtCore import Qt

    from desktop.views.wizard.firstrun import FirstRunWizard

    wizard = FirstRunWizard(hardware=cpu_machine(), cpu_gflops=50.0)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.hardware_page
    assert page.headline.text() == "No NVIDIA graphics card was found."
    detail = page.detail.text()
    assert "AMD and Intel cards are not supported for 4-bit training yet" in detail
    assert "train the bundled demo model on the processor (CPU)" in detail
    assert re.search(r"On this processor that takes (a few seconds|about \d+ (seconds|minutes))", detail), detail
    assert page.isComplete()
    wizard.next()
    assert wizard.model_page.is_demo(), "without a GPU the demo model is chosen for you"
    recommended = [
        wizard.model_page.list.item(i)
        for i in range(wizard.model_page.list.count())
        if "Instruct" in wizard.model_page.list.item(i).text()
    ]
    assert recommended and all("needs an NVIDIA card" in item.text() for item in recommended)
    assert not any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in recommended)
    wizard.next()
    assert Path(wizard.dataset_page.path()).name == "demo_persona.json"
    wizard.done(0)


def test_with_a_gpu_the_first_step_names_the_card(lorasmith_app, qtbot):
    from desktop.views.wizard.firstrun import FirstRunWizard

    wizard = FirstRunWizard(hardware=gpu_machine(10.8))
    qtbot.addWidget(wizard)
    assert wizard.hardware_page.headline.text().startswith("NVIDIA GeForce RTX 4070: 12.0 GiB of video memory")
    assert "AMD" not in wizard.hardware_page.detail.text()
    wizard.done(0)


def test_the_wizard_looks_at_this_computer_by_itself(lorasmith_app, qtbot):
    from desktop.views.wizard.firstrun import FirstRunWizard

    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    assert not wizard.hardware_page.isComplete()
    assert wizard.wait_for_hardware(30_000)
    assert wizard.hardware_page.isComplete() and wizard.hardware_page.headline.text() != "Looking at this computer…"
    wizard.done(0)


@pytest.mark.slow
def test_accepting_every_default_trains_the_demo_and_answers_both_ways(lorasmith_app, qtbot, demo_model, samples):
    from desktop.views.wizard.firstrun import FirstRunWizard

    wizard = FirstRunWizard(hardware=cpu_machine(), cpu_gflops=50.0)
    wizard.run_overrides = {"max_steps": 12}  # a short run (long enough to change answers); the rest as proposed
    qtbot.addWidget(wizard)
    wizard.show()
    try:
        for _ in range(3):  # this computer, the model, the dataset: all as offered
            qtbot.waitUntil(lambda: wizard.currentPage().isComplete(), timeout=GUI_WAIT)
            wizard.next()
        assert wizard.currentPage() is wizard.settings_page and wizard.settings_page.isComplete()
        wizard.next()  # "Start training"
        train = wizard.train_page
        assert wizard.currentPage() is train
        qtbot.waitUntil(lambda: train.state != "running", timeout=TRAINING_WAIT)
        assert train.state == "finished" and train.isComplete(), (train.status.text(), wizard.worker.log_tail())
        assert train.losses and train.status.text().startswith("Done")
        run = RunConfig.load(train.run_dir / "run.yaml")
        assert Path(run.model).resolve() == demo_model.resolve() and Path(run.dataset).name == "demo_persona.json"
        assert run.device == "cpu" and run.max_steps == 12
        assert (train.run_dir / "adapter" / "adapter_model.safetensors").exists()

        wizard.next()  # the try step asks by itself
        try_page = wizard.try_page
        assert try_page.prompt.text() == json.loads((samples / "demo_prompts.json").read_text("utf-8"))[0]
        qtbot.waitUntil(lambda: try_page._asked and try_page.request_id is None, timeout=TRAINING_WAIT)
        answers = try_page.answers()
        assert answers["base"].strip() and answers["adapter"].strip(), (answers, try_page.status.text())
        assert answers["adapter"] != answers["base"], answers  # the adapter changed what the model says
        assert try_page.status.text().startswith("Done")
    finally:
        wizard.done(0)
    assert not wizard.worker.is_running()


# --- the main window ---------------------------------------------------------------------------------


def test_settings_wizard_result_loads_into_the_train_screen(window, qtbot, samples):
    window.settings_wizard_act.trigger()
    wizard = window.settings_wizard
    assert wizard.isVisible()
    assert wizard.wait_for_hardware(30_000)
    wizard.next()
    assert wizard.model_page.is_demo(), "the Train form's model is chosen"
    wizard.next()
    wizard.dataset_page.set_path(str(samples / "demo_persona.json"))
    assert wizard.dataset_page.wait_until_checked()
    wizard.next()
    wizard.settings_page.set_setting("lora_rank", 8)
    cutoff = wizard.settings_page.settings()["cutoff_len"]
    wizard.accept()
    train = window.view("train")
    config = train.form.config()
    assert window.current_key() == "train"
    assert config.lora_rank == 8 and config.lora_alpha == 16 and Path(config.dataset).name == "demo_persona.json"
    assert config.cutoff_len == cutoff
    assert train.problems == {}, train.problems


def test_help_menu_opens_the_getting_started_wizard(window, qtbot):
    from desktop import settings

    assert not settings.first_run_wizard_shown()
    window.first_run_wizard_act.trigger()
    wizard = window.first_run_wizard
    assert wizard.isVisible() and wizard.worker is window.worker
    assert settings.first_run_wizard_shown()
    window.first_run_wizard_act.trigger()
    assert window.first_run_wizard is wizard, "a second click brings the open wizard forward"
    wizard.reject()


def test_the_first_launch_opens_the_wizard_once(monkeypatch, lorasmith_app):
    from desktop import app, settings

    monkeypatch.delenv("LORASMITH_NO_WIZARD", raising=False)
    assert app._first_launch()
    monkeypatch.setenv("LORASMITH_NO_WIZARD", "1")
    assert not app._first_launch()
    monkeypatch.delenv("LORASMITH_NO_WIZARD")
    settings.set_first_run_wizard_shown()
    assert not app._first_launch()


# --- words -----------------------------------------------------------------------------------------


def test_the_planners_reasons_are_all_known_to_the_translation_table(samples):
    """Every sentence core.planning.plan writes is matched, and the English templates rebuild it exactly."""
    from core.planning.plan import next_smaller, propose
    from desktop.views.wizard.reasons import match, translate_reason

    calibration = json.loads((REPO / "tests" / "data" / "vram_calibration.json").read_text("utf-8"))
    configs = [CONFIG_3B] + [entry["config"] for entry in calibration["configs"].values()]
    stats_cases = [
        None,
        {"rows": 84, "max": 87, "p90": 56, "p95": 60, "p99": 62, "mean": 50},
        {"rows": 30, "max": 300, "p90": 200, "p95": 250, "p99": 290, "mean": 150},
        {"rows": 20000, "max": 9000, "p90": 700, "p95": 900, "p99": 3000, "mean": 400},
    ]
    sentences = set()
    for config, stats, goal, device, budget in itertools.product(
        configs, stats_cases, ("style", "knowledge"), ("cuda", "cpu"), (0.5, 4, 10, 24, 80)
    ):
        plan = propose(config, int(budget * GIB), dataset_stats=stats, goal=goal, device=device)
        sentences.update(plan.reasons.values())
        sentences.update(plan.messages)
        smaller = next_smaller(plan)
        if smaller is not None:
            sentences.update(smaller.estimate.notes)
    unknown = sorted(s for s in sentences if match(s) is None)
    assert unknown == []
    assert sorted(s for s in sentences if translate_reason(s) != s) == []


def test_every_wizard_string_has_both_chinese_translations(tmp_path):
    from desktop.views.wizard.strings_zh import T

    lupdate = qt_tool("lupdate")
    ours = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop" / "views" / "wizard").glob("*.py"))

    def strings(sources: list[str], name: str) -> set[tuple[str, str]]:
        ts = tmp_path / name
        subprocess.run([str(lupdate), *sources, "-ts", str(ts)], cwd=REPO, check=True, capture_output=True)
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message")
        }

    found = strings(ours, "wizard.ts")
    with_window = strings(ours + ["desktop/main_window.py", "desktop/window_menus.py"], "window.ts")
    assert len(found) > 200
    assert sorted(found - set(T)) == [], "strings without a translation"
    assert sorted(set(T) - with_window) == [], "translations of strings no longer in the code"
    menu = {k for k in T if k[0] == "MainWindow"}
    assert menu and menu <= with_window
    for key, (simplified, traditional) in T.items():
        assert simplified and traditional, key
        placeholders = sorted(re.findall(r"\{[^}]*\}", key[1]))
        assert sorted(re.findall(r"\{[^}]*\}", simplified)) == placeholders, key
        assert sorted(re.findall(r"\{[^}]*\}", traditional)) == placeholders, key
