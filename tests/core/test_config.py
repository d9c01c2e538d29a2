import pytest

from core.config import RunConfig, basic_settings, setting_help


def test_yaml_round_trip_keeps_every_setting(tmp_path):
    config = RunConfig(
        model="m",
        dataset="d.json",
        lora_rank=64,
        learning_rate=1e-5,
        hard_cut="###",
        custom_targets=["q_proj", "gate_proj"],
        lora_targets="custom",
        train_on_prompt=True,
    )
    config.save(tmp_path / "run.yaml")
    assert RunConfig.load(tmp_path / "run.yaml") == config


def test_defaults_validate_once_model_and_dataset_are_chosen():
    assert RunConfig(model="m", dataset="d").validate() == []
    problems = RunConfig().validate()
    assert any("no base model" in p for p in problems) and any("no dataset" in p for p in problems)


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"batch_size": 10, "micro_batch_size": 4}, "not a multiple of micro_batch_size"),
        ({"lora_targets": "everything"}, "choose one of"),
        ({"cutoff_len": 4}, "at least 16"),
        ({"overlap_len": 600, "cutoff_len": 512, "dataset": "book.txt"}, "must be smaller than cutoff_len"),
        ({"lora_targets": "custom"}, "custom_targets is empty"),
    ],
)
def test_bad_settings_are_explained(changes, words):
    problems = RunConfig(**{"model": "m", "dataset": "d", **changes}).validate()
    assert any(words in p for p in problems), problems


def test_yaml_with_wrong_types_or_unknown_keys_names_the_setting():
    with pytest.raises(ValueError, match="lora_rank must be a number"):
        RunConfig.from_yaml("lora_rank: lots\n")
    with pytest.raises(ValueError, match="unknown setting.*lora_rnk"):
        RunConfig.from_yaml("lora_rnk: 8\n")
    with pytest.raises(ValueError, match="must be true or false"):
        RunConfig.from_yaml("packing: 3\n")
    with pytest.raises(ValueError, match="not valid YAML"):
        RunConfig.from_yaml("lora_rank: [\n")
    assert RunConfig.from_yaml("epochs: 2\nlora_rank: 8.0\n").lora_rank == 8


def test_every_setting_explains_itself_and_basic_ones_come_first():
    from dataclasses import fields

    for f in fields(RunConfig):
        assert len(setting_help(f.name)) > 20, f.name
    assert {"model", "dataset", "lora_rank", "learning_rate", "epochs"} <= set(basic_settings())


def test_gradient_accumulation_is_batch_over_micro_batch():
    assert RunConfig(batch_size=16, micro_batch_size=4).gradient_accumulation_steps == 4
